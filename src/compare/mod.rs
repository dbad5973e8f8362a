//! The comparison page (`compare.html`): one person in two or three
//! scenarios side by side. Its own binary (`src/bin/compare.rs`).

pub mod form_html;
pub mod link;
pub mod page;
pub mod table;
pub mod version_note;

pub use page::CompareApp;
