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
pub mod next_steps;
pub mod prepaint;
pub mod qr;
pub mod questions;
pub mod share;
mod storage;
mod summary;
pub mod timeline;
mod titles;
mod view;

pub use app::App;
