//! The QR worker (`src/bin/qr-worker.rs`): draws the share link's code off
//! the page, so the pages that show one load without the QR encoder.
//!
//! Messages, page (`public/workers.js`) → worker: the text to encode (a string).
//! worker → page: `ready` once it listens (what is sent before is lost),
//! then for each text `{text}\n{svg}`, the SVG empty when the text is too
//! long for any QR code. A link holds no line break, so the first one ends it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts answering the page's messages.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(text) = ev.data().as_string() {
            let svg = super::svg(&text).map(|m| m.0).unwrap_or_default();
            let _ = answer.post_message(&JsValue::from_str(&reply(&text, &svg)));
        }
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The worker lives as long as its handler: for good.
    handler.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

const READY: &str = "ready";

fn reply(text: &str, svg: &str) -> String {
    format!("{text}\n{svg}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_names_its_text_and_keeps_the_svg_whole() {
        // public/workers.js reads the text up to the first line break.
        let svg = "<svg viewBox=\"0 0 1 1\">\n<path d=\"M0,0\"/></svg>";
        let message = reply("https://a.invalid/#t2.x.0", svg);
        assert_eq!(message.split_once('\n'), Some(("https://a.invalid/#t2.x.0", svg)));
        assert_eq!(reply("t", "").split_once('\n'), Some(("t", "")));
    }
}
