//! The page's side of the next-steps worker (`worker.rs`): once there is a
//! result and the answers have settled, it asks for the next steps and puts
//! them after the result, giving the calendar link its file; a review code
//! in the address (`#r1.…`) asks for the help desk's view. Every word comes
//! from the worker, so the page carries none of its texts.

use super::{Asked, Kind, READY};
use crate::form_state::use_form;
use crate::i18n::use_i18n;
use crate::view::events::{on_window, target_id};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's script, beside the page (trunk's loader for `src/bin/next-steps-worker.rs`).
const WORKER: &str = "next-steps-worker_loader.js";

/// The next steps' own stylesheet, fetched with the first of them.
const STYLE: &str = "next-steps.css";

/// Where the next steps go: after the result (`view::result_panel::ResultPanel`).
pub const PLACE: &str = "next-steps";

/// How long the answers stay unchanged before the next steps are asked
/// for: typing a date changes the result at every key.
const SETTLE_MS: u32 = 400;

#[wasm_bindgen]
extern "C" {
    type Blob;
    #[wasm_bindgen(constructor)]
    fn new(parts: &js_sys::Array, options: &js_sys::Object) -> Blob;
    #[wasm_bindgen(js_namespace = URL, js_name = createObjectURL)]
    fn object_url(blob: &Blob) -> String;
    #[wasm_bindgen(js_namespace = URL, js_name = revokeObjectURL)]
    fn revoke(url: &str);
    /// Throws where there is no clipboard, rejects where writing is not allowed.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_clipboard(text: &str) -> Result<js_sys::Promise, JsValue>;
}

#[derive(Default)]
struct Client {
    worker: Option<(web_sys::Worker, [EventListener; 2])>,
    ready: bool,
    /// Asked before the worker listened.
    waiting: Vec<String>,
    /// The newest next steps asked for: an older answer is stale.
    newest: Option<String>,
    timer: Option<Timeout>,
    /// The calendar file's address in this page, given up when replaced.
    ics: Option<String>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Keeps the next steps in line with the result, and opens a review code
/// found in the address, now or when it changes.
pub fn start() {
    let ctx = use_form();
    let i18n = use_i18n();
    Effect::new(move |_| {
        let lang = i18n.lang();
        if !ctx.eval.with(|e| e.result.is_some()) {
            CLIENT.with_borrow_mut(|c| {
                c.timer = None;
                c.newest = None;
            });
            if let Some(place) = element(PLACE) {
                place.set_inner_html("");
            }
            return;
        }
        let text = ctx.answers.with_untracked(crate::share::encode);
        let page = crate::view::chrome::page_url();
        let message = Asked { kind: Kind::Next, lang, kiosk: kiosk(), page: &page, text: &text }.write();
        let timer = Timeout::new(SETTLE_MS, move || {
            CLIENT.with_borrow_mut(|c| c.newest = Some(message.clone()));
            ask(message);
        });
        CLIENT.with_borrow_mut(|c| c.timer = Some(timer));
    });
    let desk = move |text: &str| {
        let page = crate::view::chrome::page_url();
        ask(Asked { kind: Kind::Desk, lang: i18n.lang_untracked(), kiosk: false, page: &page, text }.write());
    };
    let from_address = move || {
        let fragment = crate::view::chrome::current_fragment();
        if is_review_code(&fragment) {
            desk(&fragment);
        }
    };
    from_address();
    on_window(&["hashchange"], move |_| from_address());
    on_window(&["click"], move |ev| match target_id(ev).as_str() {
        "next-copy" => copy(),
        // On a shared tablet: the kiosk's hand-off (frame/src/kiosk.rs).
        "next-take" => click("kiosk-take"),
        "desk-open" => {
            let code = element("desk-code").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            desk(&code.map(|c| c.value()).unwrap_or_default());
        }
        "desk-close" => {
            if let Some(section) = element("help-desk") {
                section.remove();
            }
            if is_review_code(&crate::view::chrome::current_fragment()) {
                crate::view::chrome::clear_fragment();
            }
        }
        _ => {}
    });
}

/// Whether the address's fragment is a review code (`#r1.…`), not an
/// anchor in the page such as `#result`.
fn is_review_code(fragment: &str) -> bool {
    fragment.strip_prefix("#r").is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether this is a fair's shared tablet (`?kiosk`, public/boot.js).
fn kiosk() -> bool {
    let class = document().and_then(|d| d.document_element()).and_then(|r| r.get_attribute("class"));
    class.is_some_and(|c| c.split_whitespace().any(|c| c == "kiosk"))
}

fn click(id: &str) {
    if let Some(el) = element(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.click();
    }
}

fn ask(message: String) {
    let ready = CLIENT.with_borrow_mut(|c| {
        if !c.ready {
            c.waiting.push(message.clone());
        }
        c.ready
    });
    if start_worker() && ready {
        post(&message);
    }
}

fn post(message: &str) {
    CLIENT.with_borrow(|c| {
        if let Some((worker, _)) = &c.worker {
            let _ = worker.post_message(&message.into());
        }
    });
}

/// Starts the worker unless it runs; false if it cannot. Its stylesheet comes with it.
fn start_worker() -> bool {
    if CLIENT.with_borrow(|c| c.worker.is_some()) {
        return true;
    }
    let Ok(worker) = web_sys::Worker::new(WORKER) else { return false };
    let message = EventListener::new(&worker, "message", |ev| {
        if let Some(m) = ev.dyn_ref::<web_sys::MessageEvent>() {
            heard(m.data());
        }
    });
    // Its script did not load (offline before it was ever fetched): the next answer tries again.
    let error = EventListener::new(&worker, "error", |_| {
        CLIENT.with_borrow_mut(|c| {
            c.worker = None;
            c.ready = false;
        });
    });
    CLIENT.with_borrow_mut(|c| c.worker = Some((worker, [message, error])));
    // Once: a worker started again after a failed load finds it there.
    let link = format!("<link rel=\"stylesheet\" href=\"{STYLE}\">");
    let styled = document().and_then(|d| d.query_selector(&format!("link[href=\"{STYLE}\"]")).ok().flatten());
    if let (None, Some(head)) = (styled, document().and_then(|d| d.head())) {
        let _ = head.insert_adjacent_html("beforeend", &link);
    }
    true
}

fn heard(data: JsValue) {
    if data.as_string().as_deref() == Some(READY) {
        let waiting = CLIENT.with_borrow_mut(|c| {
            c.ready = true;
            std::mem::take(&mut c.waiting)
        });
        waiting.iter().for_each(|m| post(m));
        return;
    }
    let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok().and_then(|v| v.as_string());
    let (Some(asked), Some(html), Some(ics)) = (get("asked"), get("html"), get("ics")) else { return };
    if asked.starts_with("desk") {
        return show_desk(&html);
    }
    if CLIENT.with_borrow(|c| c.newest.as_ref() != Some(&asked)) {
        return;
    }
    let Some(place) = element(PLACE) else { return };
    place.set_inner_html(&html);
    let url = (!ics.is_empty()).then(|| {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"type".into(), &"text/calendar;charset=utf-8".into());
        object_url(&Blob::new(&js_sys::Array::of1(&ics.into()), &options))
    });
    if let (Some(url), Some(link)) = (&url, element("next-ics")) {
        let _ = link.set_attribute("href", url);
    }
    if let Some(old) = CLIENT.with_borrow_mut(|c| std::mem::replace(&mut c.ics, url)) {
        revoke(&old);
    }
}

/// The help desk's review, above the form, the focus on its heading.
fn show_desk(html: &str) {
    let Some(doc) = document() else { return };
    if let Some(old) = doc.get_element_by_id("help-desk") {
        old.remove();
    }
    let Some(main) = doc.query_selector("main").ok().flatten() else { return };
    let _ = main.insert_adjacent_html("beforebegin", html);
    if let Some(heading) = element("desk-heading").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// Copies the review code; where that is not allowed, selects it to copy by
/// hand. The status's words come with it (`data-copied`, `data-fallback`).
fn copy() {
    let Some(code) = element("next-code").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return;
    };
    let say = |key: &str| {
        if let Some(status) = element("next-copy-status") {
            status.set_text_content(status.get_attribute(key).as_deref());
        }
    };
    let text = code.value();
    let select = move || {
        let _ = code.focus();
        code.select();
        say("data-fallback");
    };
    match write_clipboard(&text) {
        Ok(written) => leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(written).await {
                Ok(_) => say("data-copied"),
                Err(_) => select(),
            }
        }),
        Err(_) => select(),
    }
}
