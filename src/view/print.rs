//! The print button, and where the printout's own parts go: the answers given above the
//! result (`#print-summary`), the share link's QR code (`#print-qr-box`)
//! and the benefits table in the result (`#print-result`), are written by
//! the next-steps worker with each result's next steps
//! (`next_steps::printout`) and put in their places by `public/workers.js`,
//! which draws the code and, as printing starts, takes out a printout
//! written for answers that have changed since.

use crate::qr;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

/// How long the print button waits for a printout not written or drawn yet.
const PRINT_WAIT_MS: u32 = 2_000;

/// Prints once the printout of the current answers is written and its code
/// drawn, or after `PRINT_WAIT_MS` without them.
pub(crate) fn print_when_ready() {
    qr::client::print_when_ready();
    Timeout::new(PRINT_WAIT_MS, || {
        if qr::client::take_print() {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
    })
    .forget();
}

#[component]
pub fn PrintOnly() -> impl IntoView {
    view! {
        <section id="print-summary" class="print-only print-summary" aria-hidden="true"></section>
        <div id="print-qr-box" class="print-only" aria-hidden="true"></div>
    }
}
