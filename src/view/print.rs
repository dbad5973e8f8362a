//! What only the printout shows: the answers given, above the result, and
//! the share link's QR code, so a printout leads back to the same answers on
//! a phone. Both are drawn when printing starts (`beforeprint`), not on
//! every answer; the code is the one the QR worker drew last, which it is
//! asked for a moment after each result and before the print button prints
//! (`qr::client`: `public/workers.js` puts it in the figure, whose place it
//! names, as printing starts, or leaves the figure out if none is drawn).

use crate::form_state::use_form;
use crate::html::Html;
use crate::i18n::{use_i18n, Lang};
use crate::qr;
use crate::share;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// How long after the last answer the code is drawn ahead of printing.
const DRAW_AFTER_MS: u32 = 1_000;
/// How long the print button waits for a code that is not drawn yet.
const PRINT_WAIT_MS: u32 = 2_000;

/// The printout's figure for the code of `url`, which goes before its caption.
fn figure(lang: Lang, url: &str) -> String {
    let mut h = Html::default();
    h.open("figure", &[("class", Some("print-qr")), ("data-qr", Some(url))]);
    h.el("figcaption", &[], &lang.t("print.qr_caption")).close("figure");
    h.finish()
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Prints once the code of `url` is drawn, or after `PRINT_WAIT_MS` without it.
pub(crate) fn print_with_code(url: &str) {
    qr::client::print_when_drawn(url);
    Timeout::new(PRINT_WAIT_MS, || {
        if qr::client::take_print() {
            print();
        }
    })
    .forget();
}

#[component]
pub fn PrintOnly() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let url = move || format!("{}#{}", super::chrome::page_url(), ctx.answers.with_untracked(share::encode));
    // Each result's code drawn a moment after the last answer.
    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |_| {
        if ctx.eval.with(|e| e.result.is_some()) {
            let timer = Timeout::new(DRAW_AFTER_MS, move || qr::client::draw_ahead(&url()));
            pending.set_value(Some(timer));
        }
    });
    super::events::on_window(&["beforeprint"], move |_| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let lang = i18n.lang_untracked();
        if let Some(summary) = doc.get_element_by_id("print-summary") {
            let html = ctx.eval.with_untracked(|e| {
                ctx.answers.with_untracked(|a| crate::summary::html(a, &e.visible, lang))
            });
            summary.set_inner_html(&html);
        }
        if let Some(box_) = doc.get_element_by_id("print-qr-box") {
            box_.set_inner_html(&figure(lang, &url()));
        }
    });
    view! {
        <section id="print-summary" class="print-only print-summary" aria-hidden="true"></section>
        <div id="print-qr-box" class="print-only" aria-hidden="true"></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_code_carries_the_link_and_says_what_it_is() {
        let html = figure(Lang::Zh, "https://example.invalid/?a=1&b=2#t2.degree=doctorate.00000000");
        assert!(
            html.starts_with("<figure class=\"print-qr\" data-qr=\"https://example.invalid/?a=1&amp;b=2#t2."),
            "{html}"
        );
        assert!(html.contains("<figcaption>"));
    }
}
