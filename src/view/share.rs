//! Keeping and passing on: share link with QR code, print, clear everything.

use crate::answers::Answers;
use crate::form_state::use_form;
use crate::html::Html;
use crate::i18n::use_i18n;
use crate::i18n::Lang;
use crate::{qr, share, storage};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn page_url() -> String {
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
    // Clearing is asked in the page, not with confirm(), which a sandboxed frame ignores.
    let ask = |open: bool| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(panel) = doc.get_element_by_id("clear-confirm") {
            let _ = panel.toggle_attribute_with_force("hidden", !open);
        }
        // The safe choice while asking; the button asked from afterwards.
        let focus = if open { "clear-cancel" } else { "clear" };
        if let Some(b) = doc.get_element_by_id(focus).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = b.focus();
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        match target.id().as_str() {
            "make-link" => {
                let url = format!("{}#{}", page_url(), ctx.answers.with_untracked(share::encode));
                link.set(Some(url));
            }
            "print" => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            "clear" => ask(true),
            "clear-cancel" => ask(false),
            "clear-yes" => {
                storage::clear();
                // The boxes too: a date half typed holds no answer, so nothing else would empty it.
                if let Some(form) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("questions"))
                {
                    form.unchecked_into::<web_sys::HtmlFormElement>().reset();
                }
                ctx.answers.set(Answers::default());
                ask(false);
            }
            _ => {}
        }
    };
    // Focusing the link selects it, ready to copy.
    let select_link = |ev: leptos::ev::FocusEvent| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.select();
        }
    };
    view! {
        <section class="keep no-print" aria-labelledby="keep-heading" on:click=on_click>
            <h2 id="keep-heading">{i18n.text("keep.heading")}</h2>
            <div class="buttons">
                <button type="button" id="make-link">{i18n.text("keep.share")}</button>
                <button type="button" id="print">{i18n.text("keep.print")}</button>
                <button type="button" id="clear" class="danger">{i18n.text("keep.clear")}</button>
            </div>
            <div id="clear-confirm" class="ask" role="group" aria-labelledby="clear-question" hidden
                on:keydown=move |ev| if ev.key() == "Escape" { ask(false) }>
                <p id="clear-question">{i18n.text("keep.clear_confirm")}</p>
                <div class="buttons">
                    <button type="button" id="clear-yes" class="danger">{i18n.text("keep.clear_yes")}</button>
                    <button type="button" id="clear-cancel">{i18n.text("keep.clear_cancel")}</button>
                </div>
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
