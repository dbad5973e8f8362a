//! The page's side of the QR worker (`worker.rs`): started on the first code
//! asked for, it keeps the last code drawn, which is what printing and a
//! redrawn share box show at once.

use super::worker::{parse_reply, READY};
use super::Markup;
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The worker's script, beside the page (trunk's loader for `src/bin/qr-worker.rs`).
const WORKER: &str = "qr-worker_loader.js";

/// Where the share box shows its code (`view::share_html::share_html`).
pub const SHARE_BOX: &str = "share-qr";

type Then = Box<dyn FnOnce(Option<Markup>)>;

#[derive(Default)]
struct Client {
    worker: Option<(web_sys::Worker, [EventListener; 2])>,
    ready: bool,
    /// The text asked for last and what to do with its code: only the
    /// newest text is answered, an older link being stale.
    asked: Option<(String, Vec<Then>)>,
    /// The last code drawn: its text and SVG.
    drawn: Option<(String, String)>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::default();
}

/// What the worker drew last for `text`, if it was the last text drawn:
/// its code, or `None` when the text is too long for any QR code.
fn drawn(text: &str) -> Option<Option<Markup>> {
    CLIENT.with_borrow(|c| {
        let (_, svg) = c.drawn.as_ref().filter(|(t, _)| t == text)?;
        Some((!svg.is_empty()).then(|| Markup(svg.clone())))
    })
}

/// The code of `text` if it is the last one drawn (and not too long for one).
pub fn cached(text: &str) -> Option<Markup> {
    drawn(text).flatten()
}

/// Whether the worker found `text` too long for any QR code.
pub fn too_long(text: &str) -> bool {
    matches!(drawn(text), Some(None))
}

/// Calls `then` with the code of `text`: at once if it is the last drawn,
/// otherwise when the worker has drawn it (`None`: too long for a QR code).
/// Nothing is called if the worker cannot start (offline before it was ever
/// loaded): the link itself still works.
pub fn request(text: &str, then: impl FnOnce(Option<Markup>) + 'static) {
    if let Some(code) = drawn(text) {
        return then(code);
    }
    let ready = CLIENT.with_borrow_mut(|c| {
        match &mut c.asked {
            Some((t, waiting)) if t == text => waiting.push(Box::new(then)),
            asked => *asked = Some((text.to_string(), vec![Box::new(then)])),
        }
        c.ready
    });
    if !start() {
        return;
    }
    if ready {
        post(text);
    }
}

/// Draws the code of `text` into the share box once it is drawn.
pub fn fill_share_box(text: &str) {
    request(text, |markup| {
        let Some(el) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(SHARE_BOX))
        else {
            return;
        };
        match markup {
            Some(m) => el.set_inner_html(m.as_str()),
            // No code can hold this link: its figure goes.
            None => {
                if let Some(figure) = el.parent_element() {
                    figure.remove();
                }
            }
        }
    });
}

fn post(text: &str) {
    CLIENT.with_borrow(|c| {
        if let Some((worker, _)) = &c.worker {
            let _ = worker.post_message(&text.into());
        }
    });
}

/// Starts the worker unless it runs; false if it cannot.
fn start() -> bool {
    if CLIENT.with_borrow(|c| c.worker.is_some()) {
        return true;
    }
    let Ok(worker) = web_sys::Worker::new(WORKER) else { return false };
    let message = EventListener::new(&worker, "message", |ev| {
        let data = ev.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string());
        if let Some(message) = data {
            heard(&message);
        }
    });
    // Its script did not load: the next question tries again.
    let error = EventListener::new(&worker, "error", |_| {
        CLIENT.with_borrow_mut(|c| {
            c.worker = None;
            c.ready = false;
        });
    });
    CLIENT.with_borrow_mut(|c| c.worker = Some((worker, [message, error])));
    true
}

fn heard(message: &str) {
    if message == READY {
        let asked = CLIENT.with_borrow_mut(|c| {
            c.ready = true;
            c.asked.as_ref().map(|(t, _)| t.clone())
        });
        if let Some(text) = asked {
            post(&text);
        }
        return;
    }
    let Some((text, svg)) = parse_reply(message) else { return };
    let waiting = CLIENT.with_borrow_mut(|c| {
        c.drawn = Some((text.to_string(), svg.to_string()));
        match c.asked.take() {
            Some((t, waiting)) if t == text => waiting,
            other => {
                c.asked = other;
                Vec::new()
            }
        }
    });
    for then in waiting {
        then((!svg.is_empty()).then(|| Markup(svg.to_string())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qr::worker::reply;
    use std::rc::Rc;

    #[test]
    fn the_last_code_drawn_is_shown_at_once_and_only_for_its_own_text() {
        let link = "https://example.invalid/#t2.degree=doctorate.00000000";
        let svg = crate::qr::svg(link).unwrap();
        heard(&reply(link, svg.as_str()));
        assert_eq!(cached(link).map(|m| m.0), Some(svg.0.clone()));
        assert!(cached("https://example.invalid/#t2.other.00000000").is_none());
        // Asked again, it is answered before `request` returns, with no worker.
        let got = Rc::new(RefCell::new(None));
        let into = got.clone();
        request(link, move |m| *into.borrow_mut() = m.map(|m| m.0));
        assert_eq!(*got.borrow(), Some(svg.0));
    }

    #[test]
    fn a_text_too_long_for_any_code_is_answered_with_none() {
        let long = "x".repeat(5000);
        heard(&reply(&long, ""));
        let got = Rc::new(RefCell::new(Some(String::new())));
        let into = got.clone();
        request(&long, move |m| *into.borrow_mut() = m.map(|m| m.0));
        assert_eq!(*got.borrow(), None);
        // `ready` is no code.
        heard(READY);
        assert!(cached(&long).is_none());
        assert!(too_long(&long) && !too_long("https://example.invalid/"));
    }
}
