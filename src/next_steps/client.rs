//! The page's side of the next steps: once there is a result, the worker's
//! message for the answers (`Asked`) stands in the root element's
//! `data-next-steps`; a review code in the address (`#r1.…`) or pasted into
//! the help desk's box, the message for it in `data-desk`. The first of them
//! loads `public/workers.js` (`on_demand`), which does the rest: it starts the worker
//! (`worker.rs`), asks once the answers have settled, puts the next steps
//! after the result and the review above the form, gives the calendar link
//! its file and copies the code. Every word comes from the worker, so the
//! page carries none of its texts.

use super::{Asked, Kind};
use crate::form_state::use_form;
use crate::i18n::use_i18n;
use crate::view::events::{on_window, target_id};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Keeps the next steps in line with the result, and opens a review code
/// found in the address, now or when it changes, or pasted.
pub fn start() {
    let ctx = use_form();
    let i18n = use_i18n();
    Effect::new(move |_| {
        let lang = i18n.lang();
        let message = ctx.eval.with(|e| e.result.is_some()).then(|| {
            let text = ctx.answers.with_untracked(crate::share::encode);
            let page = crate::view::chrome::page_url();
            Asked { kind: Kind::Next, lang, kiosk: kiosk(), page: &page, text: &text }.write()
        });
        crate::on_demand::tell_workers("data-next-steps", message.as_deref());
        // The review open at the help desk follows the page's language: an
        // address with `?lang=en` opens it before the English texts have
        // arrived, so in Chinese first.
        let asked = OPEN_REVIEW
            .with_borrow(|open| open.as_ref().filter(|(_, was)| *was != lang).map(|(t, _)| t.clone()));
        if let Some(text) = asked {
            ask_desk(text, lang);
        }
    });
    let desk = move |text: &str| ask_desk(text.to_owned(), i18n.lang_untracked());
    let from_address = move || {
        let fragment = crate::view::chrome::current_fragment();
        if is_review_code(&fragment) {
            desk(&fragment);
        }
    };
    from_address();
    on_window(&["hashchange"], move |_| from_address());
    on_window(&["click"], move |ev| match target_id(ev).as_str() {
        "desk-open" => {
            let code = document()
                .and_then(|d| d.get_element_by_id("desk-code"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
            desk(&code.map(|c| c.value()).unwrap_or_default());
        }
        "desk-close" => OPEN_REVIEW.set(None),
        _ => {}
    });
}

thread_local! {
    /// The review code open at the help desk, and the language it was asked in.
    static OPEN_REVIEW: std::cell::RefCell<Option<(String, crate::i18n::Lang)>> = const { std::cell::RefCell::new(None) };
}

fn ask_desk(text: String, lang: crate::i18n::Lang) {
    let page = crate::view::chrome::page_url();
    let message = Asked { kind: Kind::Desk, lang, kiosk: false, page: &page, text: &text }.write();
    OPEN_REVIEW.set(Some((text, lang)));
    crate::on_demand::tell_workers("data-desk", Some(&message));
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
