//! What only the printout shows: the answers given, above the result, and
//! the share link's QR code, so a printout leads back to the same answers on
//! a phone. Both are drawn when printing starts (`beforeprint`), not on
//! every answer.

use crate::form_state::use_form;
use crate::html::Html;
use crate::i18n::{use_i18n, Lang};
use crate::{qr, share};
use leptos::prelude::*;

fn figure(lang: Lang, url: &str) -> String {
    let Some(svg) = qr::svg(url) else { return String::new() };
    let mut h = Html::default();
    h.open("figure", &[("class", Some("print-qr"))]);
    h.raw(&svg);
    h.el("figcaption", &[], &lang.t("print.qr_caption")).close("figure");
    h.finish()
}

#[component]
pub fn PrintOnly() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    super::events::on_window(&["beforeprint"], move |_| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        let lang = i18n.lang_untracked();
        if let Some(summary) = doc.get_element_by_id("print-summary") {
            let html = ctx.eval.with_untracked(|e| {
                ctx.answers.with_untracked(|a| crate::summary::html(a, &e.visible, lang))
            });
            summary.set_inner_html(&html);
        }
        if let Some(qr) = doc.get_element_by_id("print-qr-box") {
            let url = format!("{}#{}", super::share::page_url(), ctx.answers.with_untracked(share::encode));
            qr.set_inner_html(&figure(lang, &url));
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
        let html = figure(Lang::Zh, "https://example.invalid/#t2.degree=doctorate.00000000");
        assert!(html.starts_with("<figure class=\"print-qr\"><svg"), "{html}");
        assert!(html.contains("<figcaption>"));
    }
}
