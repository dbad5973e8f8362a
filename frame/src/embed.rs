//! Inside a portal's page (`?embed`, usually opened by `embed.js`): the
//! portal's accent colour (`?accent=%23005a9c`), and, when the portal names
//! its origin (`?parent=https://portal.example`), the page's height sent to
//! it so the frame fits, and its language messages heard. Messages from any
//! other origin or window are ignored. docs/embedding.md has the protocol.

use gloo_events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `#rgb` to `#rrggbbaa`: nothing else reaches the style.
pub(crate) fn is_colour(s: &str) -> bool {
    s.strip_prefix('#')
        .is_some_and(|hex| (3..=8).contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A plain origin (`https://portal.example`, no path), as the URL parser reads it.
fn origin(asked: &str) -> Option<String> {
    let url = web_sys::Url::new(asked).ok()?;
    (url.origin() == asked).then(|| asked.to_string())
}

/// The listeners of embed mode: the height observer and the message listener.
struct Embedded {
    _resize: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _messages: EventListener,
}

impl Drop for Embedded {
    fn drop(&mut self) {
        self._resize.disconnect();
    }
}

pub(crate) fn start() -> Option<crate::Owner> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let root = document.document_element()?;
    let _ = root.class_list().add_1("embedded");
    if let Some(accent) = crate::param("accent").filter(|a| is_colour(a)) {
        if let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() {
            let _ = root.style().set_property("--accent", &accent);
        }
    }
    let parent_origin = crate::param("parent").and_then(|p| origin(&p))?;
    let parent = window.parent().ok()??;
    if parent == window {
        return None;
    }
    let last = Rc::new(Cell::new(0));
    let send = {
        let (parent, origin, root) = (parent.clone(), parent_origin.clone(), root.clone());
        // The root's box holds the body's margins and those of its first and
        // last children, which collapse through the body (the update notice's).
        move || {
            let height = root.get_bounding_client_rect().height().ceil();
            if height as i64 != last.get() {
                last.set(height as i64);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"talent-check:height".into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                let _ = parent.post_message(&message, &origin);
            }
        }
    };
    send();
    let on_resize = Closure::<dyn FnMut()>::new(send);
    let resize = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    resize.observe(&root);
    let messages = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let from_parent = event.source().is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
        if event.origin() != parent_origin || !from_parent {
            return;
        }
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok().and_then(|v| v.as_string());
        let lang = field("lang").filter(|l| l == "en" || l == "zh-CN");
        if let (Some("talent-check:lang"), Some(lang)) = (field("type").as_deref(), lang) {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let current = document.document_element().and_then(|r| r.get_attribute("lang"));
            if let Some(switch) = document
                .get_element_by_id("lang-switch")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                if current.as_deref() != Some(lang.as_str()) {
                    switch.click();
                }
            }
        }
    });
    Some(Box::new(Embedded { _resize: resize, _on_resize: on_resize, _messages: messages }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_hex_colour_is_an_accent() {
        for ok in ["#abc", "#005a9c", "#005A9Cff"] {
            assert!(super::is_colour(ok), "{ok}");
        }
        for bad in ["005a9c", "#ab", "#005a9c000", "red", "#00;color:red", ""] {
            assert!(!super::is_colour(bad), "{bad}");
        }
    }
}
