//! The app mounted in a real browser: answers typed into the form reach the
//! engine and the category on the page follows them.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fire(el: &web_sys::Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn type_into(selector: &str, value: &str) {
    let el = document().query_selector(selector).unwrap().unwrap();
    el.clone().dyn_into::<HtmlInputElement>().unwrap().set_value(value);
    fire(&el, "input");
}

fn choose(selector: &str, value: &str) {
    let el = document().query_selector(selector).unwrap().unwrap();
    el.clone().dyn_into::<HtmlSelectElement>().unwrap().set_value(value);
    fire(&el, "change");
}

fn text(selector: &str) -> Option<String> {
    document().query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default())
}

/// Lets the reactive system flush its effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_category_follows_the_answers() {
    leptos::mount::mount_to_body(talent_app::App);
    tick().await;
    assert_eq!(text("#category"), None, "no category before a birth date");

    type_into("#birth", "1992-04-15");
    choose("#degree", "doctorate");
    tick().await;
    assert_eq!(text("#category").as_deref(), Some("B类人才"));
    assert!(text(".criteria").unwrap().contains("2038-04-15"));

    choose("#degree", "bachelor");
    tick().await;
    assert_eq!(text("#category").as_deref(), Some("D类人才"));

    type_into("#birth", "2999-01-01");
    tick().await;
    assert_eq!(text("#birth-error").as_deref(), Some("出生日期不能晚于今天"));
    assert_eq!(text("#category"), None);
}
