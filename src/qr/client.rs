//! The page's side of the QR worker (`worker.rs`) is `public/workers.js`,
//! loaded when a code is first wanted (`on_demand`): it puts the code of an
//! element's `data-qr` in it once drawn (a share box's, the printout's), and
//! keeps the last code drawn, which a share box drawn again shows at once.
//! Here is what the app tells it.

use crate::on_demand::{self, tell_workers};

/// Where the share box shows its code (`view::share_html::share_html`).
pub const SHARE_BOX: &str = "share-qr";

/// The print button's wait, which the script removes as it prints.
const PRINT: &str = "data-print";

/// Loads the script that draws the codes, for a share box.
pub fn start() {
    on_demand::load(on_demand::WORKERS);
}

/// Has the script print once the printout of the current answers is
/// written and its code drawn (`view::print`).
pub fn print_when_ready() {
    tell_workers(PRINT, Some(""));
}

/// Whether the script has not printed (true once: the print is then the caller's).
pub fn take_print() -> bool {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    let waiting = root.as_ref().is_some_and(|r| r.has_attribute(PRINT));
    tell_workers(PRINT, None);
    waiting
}
