//! The modes a page takes from its address, in a module of their own that
//! `public/boot.js` loads only when asked for, so no page's first load
//! carries them:
//! * `?kiosk` (`kiosk.rs`): a fair's shared tablet;
//! * `?embed` (`embed.rs`): inside a portal's page.
//!
//! What must happen before the app starts stays in `boot.js`: taking
//! storage away in kiosk mode, and the `embedded` class (no header flashes).
//! Each mode's listeners and timers belong to one value kept for the page's
//! life; gloo-events and gloo-timers remove them when it goes.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

mod embed;
mod kiosk;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// What a mode keeps alive: dropping it removes its listeners and timers.
type Owner = Box<dyn std::any::Any>;

thread_local! {
    static OWNERS: RefCell<Vec<Owner>> = const { RefCell::new(Vec::new()) };
}

fn keep(owner: Owner) {
    OWNERS.with_borrow_mut(|o| o.push(owner));
}

/// The query parameter `name` of the page's address.
fn param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

#[wasm_bindgen(start)]
pub fn start() {
    if param("embed").is_some() {
        if let Some(owner) = embed::start() {
            keep(owner);
        }
    }
    if let Some(seconds) = param("kiosk") {
        if let Some(owner) = kiosk::start(&seconds) {
            keep(owner);
        }
    }
}
