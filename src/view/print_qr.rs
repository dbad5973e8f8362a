//! Printed only: the share link's QR code, so a printout leads back to the
//! same answers on a phone. Drawn when printing starts, not on every answer.

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
pub fn PrintQr() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let drawn = RwSignal::new(String::new());
    super::events::on_window(&["beforeprint"], move |_| {
        let url = format!("{}#{}", super::share::page_url(), ctx.answers.with_untracked(share::encode));
        drawn.set(figure(i18n.lang_untracked(), &url));
    });
    view! { <div class="print-only" aria-hidden="true" inner_html=move || drawn.get()></div> }
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
