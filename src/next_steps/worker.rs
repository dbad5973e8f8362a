//! The next-steps worker (`src/bin/next-steps-worker.rs`): reads each
//! message (`Asked`), writes the next steps or the help desk's review
//! (`render`) with the printout's part (`printout`), and answers
//! `{asked, html, ics, note, summary, qr, table}`. The deployer's
//! `contacts.json` is fetched once, on the first message.

use super::contacts::{self, Contacts, Json};
use super::printout::{printout, Printout};
use super::render;
use super::{Asked, Kind, READY};
use std::cell::OnceCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, the worker's as much as a window's.
    #[wasm_bindgen(js_name = fetch)]
    fn fetch(url: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn warn(text: &str);
}

/// Starts answering the page's messages.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let known: Rc<OnceCell<Option<Contacts>>> = Rc::default();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(message) = ev.data().as_string() else { return };
        let (answer, known) = (answer.clone(), Rc::clone(&known));
        wasm_bindgen_futures::spawn_local(async move {
            if known.get().is_none() {
                let _ = known.set(load_contacts().await);
            }
            let Reply { html, ics, note, print } = reply(&message, known.get().and_then(Option::as_ref));
            let out = js_sys::Object::new();
            let mut fields = vec![("asked", message), ("html", html), ("ics", ics), ("note", note)];
            if let Some(p) = print {
                fields.extend([("summary", p.summary), ("qr", p.qr), ("table", p.table)]);
            }
            for (key, value) in fields {
                let _ = js_sys::Reflect::set(&out, &key.into(), &value.into());
            }
            let _ = answer.post_message(&out);
        });
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The worker lives as long as its handler: for good.
    handler.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// What answers a message: the HTML, the calendar file, and for the next
/// steps the note above the result when it follows a version of the policy
/// not in force today, and the printout's part.
#[derive(Default)]
struct Reply {
    html: String,
    ics: String,
    note: String,
    print: Option<Printout>,
}

fn reply(message: &str, contacts: Option<&Contacts>) -> Reply {
    let Some(asked) = Asked::read(message) else { return Reply::default() };
    match asked.kind {
        Kind::Desk => Reply { html: render::desk(asked.lang, asked.text), ..Reply::default() },
        Kind::Next => {
            let Some(answers) = crate::share::decode(asked.text).and_then(Result::ok) else {
                return Reply::default();
            };
            let today = crate::clock::today();
            let e = answers.evaluate(today);
            let (Some(input), Some(a)) = (e.input.as_ref(), e.result.as_ref()) else {
                return Reply::default();
            };
            let next = render::next_steps(asked.lang, input, a, contacts, asked.kiosk, asked.page);
            let note = crate::view::policy_version::note_html(
                asked.lang,
                talent_rules::policy::versions(),
                a,
                today,
            );
            let print = printout(asked.lang, &answers, &e.visible, a, asked.page, asked.text);
            Reply { html: next.html, ics: next.ics, note, print: Some(print) }
        }
    }
}

/// The deployer's contact details, if the site has any and they read; a
/// file that does not read is named in the console and left out.
async fn load_contacts() -> Option<Contacts> {
    let response: web_sys::Response = JsFuture::from(fetch(contacts::FILE)).await.ok()?.unchecked_into();
    if !response.ok() {
        return None;
    }
    let parsed = match JsFuture::from(response.json().ok()?).await {
        Ok(v) => contacts::read(&json_of(&v)),
        Err(_) => Err("not JSON".to_string()),
    };
    parsed.map_err(|e| warn(&format!("{}: {e}", contacts::FILE))).ok().flatten()
}

fn json_of(v: &JsValue) -> Json {
    if let Some(s) = v.as_string() {
        return Json::Text(s);
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Json::Other;
    }
    let entries = js_sys::Object::entries(v.unchecked_ref());
    Json::Object(
        entries
            .iter()
            .map(|pair| {
                let pair: js_sys::Array = pair.unchecked_into();
                (pair.get(0).as_string().unwrap_or_default(), json_of(&pair.get(1)))
            })
            .collect(),
    )
}
