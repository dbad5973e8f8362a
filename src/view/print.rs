//! What only the printout shows: the answers given, above the result, and
//! the share link's QR code, so a printout leads back to the same answers on
//! a phone. Both are drawn when printing starts (`beforeprint`), not on
//! every answer; the code is the one the QR worker drew last, which it is
//! asked for a moment after each result and before the print button prints.

use crate::form_state::use_form;
use crate::html::Html;
use crate::i18n::{use_i18n, Lang};
use crate::qr::{self, Markup};
use crate::share;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// How long after the last answer the code is drawn ahead of printing.
const DRAW_AFTER_MS: u32 = 1_000;
/// How long the print button waits for a code that is not drawn yet.
const PRINT_WAIT_MS: u32 = 2_000;

fn figure(lang: Lang, svg: Option<Markup>) -> String {
    let Some(svg) = svg else { return String::new() };
    let mut h = Html::default();
    h.open("figure", &[("class", Some("print-qr"))]);
    h.raw(&svg);
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
    let printed = Rc::new(Cell::new(false));
    let once = {
        let printed = printed.clone();
        move || {
            if !printed.replace(true) {
                print();
            }
        }
    };
    let fallback = once.clone();
    qr::client::request(url, move |_| once());
    if !printed.get() {
        Timeout::new(PRINT_WAIT_MS, fallback).forget();
    }
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
            let timer = Timeout::new(DRAW_AFTER_MS, move || qr::client::request(&url(), |_| {}));
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
            box_.set_inner_html(&figure(lang, qr::client::cached(&url())));
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
        let svg = qr::svg("https://example.invalid/#t2.degree=doctorate.00000000");
        let html = figure(Lang::Zh, svg);
        assert!(html.starts_with("<figure class=\"print-qr\"><svg"), "{html}");
        assert!(html.contains("<figcaption>"));
        assert_eq!(figure(Lang::Zh, None), "", "no code drawn yet: no figure");
    }
}
