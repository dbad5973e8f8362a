//! The batch page (`batch.html`): a CSV file of candidates assessed on this
//! device, for recruiters and HR. Its own binary (`src/bin/batch.rs`), and the
//! CSV reader, the engine and the exports in a worker of their own
//! (`src/bin/batch-worker.rs`), which loads after the page.

pub mod guide;
pub mod lines;
pub mod page;
pub mod table;
pub mod worker;

pub use page::BatchApp;
