//! Event listeners for the components, with gloo-events. A listener written
//! into a view (`on:click=…`) gets code of its own for every element and
//! handler; these all share one boxed type, which keeps the download small.
//! Each lives as long as the component that asked for it.

use gloo_events::{EventListener, EventListenerOptions};
use leptos::prelude::*;
use std::rc::Rc;
use web_sys::Event;

/// Calls `handler` for every event of `kinds` on the element `id`, from the
/// moment it is in the page. The element must stay: content drawn inside it
/// may come and go, its events still arrive here.
pub fn on_element(id: &'static str, kinds: &'static [&'static str], handler: impl Fn(&Event) + 'static) {
    attach(Some(id), kinds, Rc::new(handler));
}

/// The id of the element an event happened on (empty when it has none).
pub fn target_id(ev: &Event) -> String {
    use wasm_bindgen::JsCast;
    ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id()).unwrap_or_default()
}

/// Calls `handler` for every event of `kinds` on the window.
pub fn on_window(kinds: &'static [&'static str], handler: impl Fn(&Event) + 'static) {
    attach(None, kinds, Rc::new(handler));
}

fn attach(id: Option<&'static str>, kinds: &'static [&'static str], handler: Rc<dyn Fn(&Event)>) {
    // Dropped with the owner, which removes the listeners: the window and a
    // page that embeds the app outlive it.
    let listeners = StoredValue::new_local(Vec::<EventListener>::new());
    let listen = move || {
        let Some(window) = web_sys::window() else { return };
        let target: web_sys::EventTarget = match id {
            None => window.into(),
            Some(id) => match window.document().and_then(|d| d.get_element_by_id(id)) {
                Some(el) => el.into(),
                None => return,
            },
        };
        let added = kinds.iter().map(|kind| {
            let handler = Rc::clone(&handler);
            // Not passive: handlers may prevent the default (a link's jump, a form's submit).
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&target, *kind, options, move |ev| handler(ev))
        });
        listeners.set_value(added.collect());
    };
    match id {
        None => listen(),
        // Effects run once the view is mounted, when the element exists.
        Some(_) => {
            Effect::new(move |_| {
                if listeners.with_value(Vec::is_empty) {
                    listen();
                }
            });
        }
    }
}

/// Keeps `unreadable`, the keys of the date boxes whose text is no date (30
/// February, or half typed), up to date for `date`, known by `key`. True when
/// the box holds no date: its answer then stays as it was.
pub fn unreadable_date<T: PartialEq + Send + Sync + 'static>(
    unreadable: RwSignal<Vec<T>>,
    key: T,
    date: &web_sys::HtmlInputElement,
) -> bool {
    let bad = !date.check_validity();
    if bad != unreadable.with_untracked(|keys| keys.contains(&key)) {
        unreadable.update(|keys| {
            keys.retain(|k| *k != key);
            if bad {
                keys.push(key);
            }
        });
    }
    bad
}
