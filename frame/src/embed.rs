//! Inside a portal's page (`?embed`, usually opened by `embed.js`): the
//! portal's accent colour (`?accent=%23005a9c`), and, when the portal names
//! its origin (`?parent=https://portal.example`), the page's height sent to
//! it so the frame fits, its language messages heard, and, when it asks
//! (`?share=<a page of that origin>`), the page the share links lead to.
//! Messages from any other origin or window are ignored. docs/embedding.md
//! has the protocol.

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

/// The portal's page that share links lead to (`asked`), when it is on the
/// portal's origin (`parent`): nothing else, so a link can lead nowhere the
/// portal that frames the app does not serve. Its fragment is the link's.
fn share_page(asked: &str, parent: &str) -> Option<String> {
    let url = web_sys::Url::new(asked).ok()?;
    url.set_hash("");
    (url.origin() == parent).then(|| url.href())
}

/// `page` as a link made while the app shows `lang` starts: English adds
/// `lang=en` to the page's own query, as the app's own links add `?lang=en`.
fn in_lang(page: &str, lang: Option<String>) -> String {
    match (lang.as_deref(), web_sys::Url::new(page)) {
        (Some("en"), Ok(url)) => {
            url.search_params().set("lang", "en");
            url.href()
        }
        _ => page.to_string(),
    }
}

/// The listeners of embed mode: the height observer, the message listener,
/// and the language observer that keeps the links' page in the language shown.
struct Embedded {
    _resize: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
    _messages: EventListener,
    _share: Option<(web_sys::MutationObserver, Closure<dyn FnMut()>)>,
}

impl Drop for Embedded {
    fn drop(&mut self) {
        self._resize.disconnect();
        if let Some((observer, _)) = &self._share {
            observer.disconnect();
        }
    }
}

/// Share links lead to `page`: the root's `data-share`, which the pages'
/// links start with (`page_url` in src/view/share.rs), follows the language.
fn share_links_to(
    root: &web_sys::Element,
    page: String,
) -> Option<(web_sys::MutationObserver, Closure<dyn FnMut()>)> {
    let set = {
        let root = root.clone();
        move || {
            let _ = root.set_attribute("data-share", &in_lang(&page, root.get_attribute("lang")));
        }
    };
    set();
    let on_lang = Closure::<dyn FnMut()>::new(set);
    let observer = web_sys::MutationObserver::new(on_lang.as_ref().unchecked_ref()).ok()?;
    let init = web_sys::MutationObserverInit::new();
    init.set_attributes(true);
    init.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
    observer.observe_with_options(root, &init).ok()?;
    Some((observer, on_lang))
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
    let share = crate::param("share")
        .and_then(|asked| share_page(&asked, &parent_origin))
        .and_then(|page| share_links_to(&root, page));
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
    Some(Box::new(Embedded { _resize: resize, _on_resize: on_resize, _messages: messages, _share: share }))
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
