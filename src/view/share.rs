//! Keeping and passing on: share link with QR code, copy and share buttons,
//! print, clear everything.

use super::chrome::page_url;
use super::share_html::share_html;
use crate::answers::Answers;
use crate::form_state::use_form;
use crate::i18n::use_i18n;
use crate::i18n::Lang;
use crate::{qr, share, storage};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`: throws where there is no clipboard
    /// (an insecure page), rejects where writing is not allowed.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_clipboard(text: &str) -> Result<js_sys::Promise, JsValue>;
    /// `navigator.share` (the Web Share API), on phones and some desktops.
    #[wasm_bindgen(catch, js_namespace = navigator, js_name = share)]
    fn native_share(data: &js_sys::Object) -> Result<js_sys::Promise, JsValue>;
}

/// Whether this browser can hand the link to other apps (`navigator.share`).
pub(crate) fn can_share() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"navigator".into())
        .is_ok_and(|n| js_sys::Reflect::has(&n, &"share".into()).unwrap_or(false))
}

/// A keep panel's keys and focus: Escape inside the clear question
/// (`confirm`, a selector) answers no; focus on the share link selects it,
/// ready to copy. True when `ev` was one of these.
pub(crate) fn keys_and_focus(
    ev: &web_sys::Event,
    target: &web_sys::Element,
    confirm: &str,
    ask: impl Fn(bool),
) -> bool {
    match ev.type_().as_str() {
        "keydown" => {
            let escape = ev.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape");
            if escape && target.closest(confirm).ok().flatten().is_some() {
                ask(false);
            }
            true
        }
        "focusin" => {
            if let Some(input) =
                target.dyn_ref::<web_sys::HtmlInputElement>().filter(|i| i.id() == "share-link")
            {
                input.select();
            }
            true
        }
        _ => false,
    }
}

/// Shows the share box for `payload` (what follows `#` in the link): the
/// link, and its QR code once the worker has drawn it.
pub(crate) fn show_link(link: RwSignal<Option<String>>, payload: &str) {
    let url = format!("{}#{payload}", page_url());
    qr::client::start();
    link.set(Some(url));
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
    // One listener for the panel: its buttons, Escape while asking, and
    // focus on the link, which selects it, ready to copy.
    super::events::on_element("keep", &["click", "keydown", "focusin"], move |ev| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if keys_and_focus(ev, &target, "#clear-confirm", ask) {
            return;
        }
        match target.id().as_str() {
            "make-link" => show_link(link, &ctx.answers.with_untracked(share::encode)),
            "print" => super::print::print_when_ready(),
            // The copy and share buttons, drawn with the link.
            "copy-link" | "native-share" => {
                let Some(url) = link.get_untracked() else { return };
                if target.id() == "copy-link" {
                    copy(url, i18n.lang_untracked());
                } else {
                    share(&url, &i18n.t("app.title"));
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
    });
    view! {
        <section id="keep" class="keep no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{i18n.text("keep.heading")}</h2>
            <div class="buttons">
                <button type="button" id="make-link">{i18n.text("keep.share")}</button>
                <button type="button" id="print">{i18n.text("keep.print")}</button>
                <button type="button" id="clear" class="danger">{i18n.text("keep.clear")}</button>
            </div>
            <div id="clear-confirm" class="ask" role="group" aria-labelledby="clear-question" hidden>
                <p id="clear-question">{i18n.text("keep.clear_confirm")}</p>
                <div class="buttons">
                    <button type="button" id="clear-yes" class="danger">{i18n.text("keep.clear_yes")}</button>
                    <button type="button" id="clear-cancel">{i18n.text("keep.clear_cancel")}</button>
                </div>
            </div>
            // Hidden where nothing can be stored (boot.js, style/main.css).
            <p class="muted small"><span class="saved-note">{i18n.text("keep.saved")}</span>{i18n.text("keep.privacy")}</p>
            <div
                inner_html=move || link.get().map(|url| share_html(i18n.lang(), &url, can_share())).unwrap_or_default()></div>
        </section>
    }
}

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Says under the buttons how copying went.
fn copy_status(lang: Lang, key: &str) {
    if let Some(status) = element("copy-status") {
        status.set_text_content(Some(&lang.t(key)));
    }
}

/// Copies the link to the clipboard; where that is not allowed, selects it
/// in its box for the user to copy.
pub(crate) fn copy(url: String, lang: Lang) {
    let select = move || {
        if let Some(input) =
            element("share-link").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            input.select();
        }
        copy_status(lang, "keep.copy_fallback");
    };
    match write_clipboard(&url) {
        Ok(written) => leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(written).await {
                Ok(_) => copy_status(lang, "keep.copied"),
                Err(_) => select(),
            }
        }),
        Err(_) => select(),
    }
}

/// The share box's buttons, by the id clicked: copy the link, or hand it to
/// the share sheet under `title`; any other id does nothing here.
pub(crate) fn share_box_click(id: &str, link: Option<String>, lang: Lang, title: &str) {
    match (id, link) {
        ("copy-link", Some(url)) => copy(url, lang),
        ("native-share", Some(url)) => share(&url, title),
        _ => {}
    }
}

/// Hands the link to the system's share sheet; closing it is no error.
pub(crate) fn share(url: &str, title: &str) {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    if let Ok(shared) = native_share(&data) {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(shared).await;
        });
    }
}
