//! 阿拉尔人才政策自测 in the browser. Components only collect answers and show
//! what `talent_rules` returns; no policy is decided here.

pub mod answers;
mod app;
#[cfg(feature = "batch")]
pub mod batch;
pub mod boot;
mod clock;
pub mod compare;
mod dom_ids;
pub mod enterprise;
mod figures;
pub mod form_state;
pub mod hire;
mod html;
pub mod i18n;
#[cfg(test)]
mod module_cycles;
pub mod next_steps;
mod on_demand;
pub mod prepaint;
pub mod qr;
pub mod questions;
mod rules_link;
/// The rules page, written natively at build time (src/bin/rules-page.rs).
#[cfg(not(target_arch = "wasm32"))]
pub mod rules_page;
pub mod share;
mod storage;
mod summary;
pub mod timeline;
mod titles;
mod view;

pub use app::App;
