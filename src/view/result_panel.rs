//! The result's place on the talent page: follows the answers, announces
//! the status to screen readers, takes a link to a field to correct to it.

use super::result::{body_html, status_text};
use crate::form_state::use_form;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Moves the focus to the field an error-summary link names, without
/// touching the URL fragment, which carries share links.
fn focus_field(ev: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[data-field]").ok().flatten());
    let Some(id) = link.and_then(|l| l.get_attribute("data-field")) else { return };
    ev.prevent_default();
    let field = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id));
    if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = field.focus();
        field.scroll_into_view();
    }
}

#[component]
pub fn ResultPanel() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let body = move || ctx.eval.with(|e| body_html(i18n.lang(), e));
    super::events::on_element("result-body", &["click"], |ev| {
        focus_field(ev);
        crate::rules_link::open_words(ev);
    });
    crate::next_steps::client::start();
    let status =
        move || ctx.eval.with(|e| e.result.as_ref().map(|a| status_text(i18n.lang(), a)).unwrap_or_default());
    view! {
        <section id="result" class="result" aria-labelledby="result-heading">
            <h2 id="result-heading" class="visually-hidden">{i18n.text("result.heading")}</h2>
            <p class="visually-hidden" id="result-status" aria-live="polite">{status}</p>
            <div id="result-body" class="result-body" inner_html=body></div>
            // Filled by the next-steps worker once there is a result (src/next_steps/).
            <div id="next-steps"></div>
        </section>
    }
}
