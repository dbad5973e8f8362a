//! Scripts beside the page that it loads only once they are wanted, so that
//! no page's first load carries them: `public/workers.js`, the page's side of
//! the QR and next-steps workers, when a code or the next steps are first
//! wanted; `public/clause-words.js` when a card's clause words are first
//! opened. Each does its work from the page's DOM: what the app tells it
//! stands in attributes it watches, so it needs no code here beyond this.

use gloo_events::EventListener;

/// The page's side of its workers (`qr::client`, `next_steps::client`).
pub const WORKERS: &str = "workers.js";

/// Tells the workers' script, loaded with the first thing told, what is
/// wanted: `value` in the root element's attribute `name`; `None` takes it away.
pub fn tell_workers(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    match value {
        Some(value) => {
            let _ = root.set_attribute(name, value);
            load(WORKERS);
        }
        None => {
            let _ = root.remove_attribute(name);
        }
    }
}

/// Loads the script `src` (beside the page) unless it is in the page. One
/// that did not load (offline before it was ever fetched) is taken out
/// again, so the next time it is wanted it is tried again.
pub fn load(src: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let selector = format!("script[src=\"{src}\"]");
    if doc.query_selector(&selector).ok().flatten().is_some() {
        return;
    }
    let (Ok(script), Some(head)) = (doc.create_element("script"), doc.head()) else { return };
    let _ = script.set_attribute("src", src);
    let failed = script.clone();
    EventListener::once(&script, "error", move |_| failed.remove()).forget();
    let _ = head.append_child(&script);
}
