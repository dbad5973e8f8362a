//! Keeping and passing on: share link with QR code, print, clear everything.

use crate::answers::Answers;
use crate::form_state::use_form;
use crate::i18n::use_i18n;
use crate::{qr, share, storage};
use leptos::prelude::*;

fn page_url() -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
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
        let confirmed = web_sys::window().and_then(|w| w.confirm_with_message(&i18n.t("keep.clear_confirm")).ok()).unwrap_or(true);
        if confirmed {
            storage::clear();
            ctx.answers.set(Answers::default());
        }
    };
    view! {
        <section class="keep no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{move || i18n.t("keep.heading")}</h2>
            <div class="buttons">
                <button type="button" id="make-link" on:click=make_link>{move || i18n.t("keep.share")}</button>
                <button type="button" id="print" on:click=print>{move || i18n.t("keep.print")}</button>
                <button type="button" id="clear" class="danger" on:click=clear>{move || i18n.t("keep.clear")}</button>
            </div>
            <p class="muted small">{move || i18n.t("keep.privacy")}</p>
            {move || link.get().map(|url| {
                let svg = qr::svg(&url);
                view! {
                    <div class="share">
                        <label for="share-link">{i18n.t("keep.link_label")}</label>
                        <input id="share-link" type="text" readonly prop:value=url.clone() on:focus=|ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                el.select();
                            }
                        } />
                        {svg.map(|s| view! {
                            <figure class="qr">
                                <div class="qr-code" role="img" aria-label=i18n.t("keep.qr_label") inner_html=s></div>
                                <figcaption>{i18n.t("keep.qr_caption")}</figcaption>
                            </figure>
                        })}
                    </div>
                }
            })}
        </section>
    }
}
