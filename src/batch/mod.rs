//! The batch page (`batch.html`): a CSV file of candidates assessed on this
//! device, for recruiters and HR. Its own binary (`src/bin/batch.rs`), so the
//! CSV reader and the JSON writer never load with the talent page.

pub mod page;
pub mod table;

pub use page::BatchApp;
