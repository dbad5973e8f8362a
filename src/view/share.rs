//! Keeping and passing on: share link with QR code, print, clear everything.

use crate::answers::Answers;
use crate::form_state::use_form;
use crate::html::Html;
use crate::i18n::use_i18n;
use crate::i18n::Lang;
use crate::{qr, share, storage};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) fn page_url() -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

/// The link in a box to copy, and its QR code.
fn share_html(lang: Lang, url: &str) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", Some("share"))])
        .el("label", &[("for", Some("share-link"))], &lang.t("keep.link_label"))
        .open(
            "input",
            &[
                ("id", Some("share-link")),
                ("type", Some("text")),
                ("readonly", Some("")),
                ("value", Some(url)),
            ],
        );
    if let Some(svg) = qr::svg(url) {
        // The SVG is our own drawing of the link, not user text.
        h.open("figure", &[("class", Some("qr"))]).open(
            "div",
            &[
                ("class", Some("qr-code")),
                ("role", Some("img")),
                ("aria-label", Some(&lang.t("keep.qr_label"))),
            ],
        );
        h.raw(&svg);
        h.close("div").el("figcaption", &[], &lang.t("keep.qr_caption")).close("figure");
    }
    h.close("div");
    h.finish()
}

#[component]
pub fn KeepPanel() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let link = RwSignal::new(None::<String>);
    // A shown link goes stale as soon as an answer changes.
    Effect::new(move |_| {
        ctx.answers.track();
        link.set(None);
    });
    let make_link = move |_| {
        let url = format!("{}#{}", page_url(), ctx.answers.with_untracked(share::encode));
        link.set(Some(url));
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let clear = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message(&i18n.t("keep.clear_confirm")).ok())
            .unwrap_or(true);
        if confirmed {
            storage::clear();
            ctx.answers.set(Answers::default());
        }
    };
    // Focusing the link selects it, ready to copy.
    let select_link = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    };
    view! {
        <section class="keep no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{i18n.text("keep.heading")}</h2>
            <div class="buttons">
                <button type="button" id="make-link" on:click=make_link>{i18n.text("keep.share")}</button>
                <button type="button" id="print" on:click=print>{i18n.text("keep.print")}</button>
                <button type="button" id="clear" class="danger" on:click=clear>{i18n.text("keep.clear")}</button>
            </div>
            <p class="muted small">{i18n.text("keep.privacy")}</p>
            <div on:focusin=select_link inner_html=move || link.get().map(|url| share_html(i18n.lang(), &url)).unwrap_or_default()></div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_escaped_and_comes_with_its_qr_code() {
        let html = share_html(Lang::En, "https://example.invalid/?a=1&b=2#t1.abc.00000000");
        assert!(html.contains("value=\"https://example.invalid/?a=1&amp;b=2#t1.abc.00000000\""), "{html}");
        assert!(html.contains("<svg") && html.contains("aria-label=\"QR code of the share link\""));
    }
}
