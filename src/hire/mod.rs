//! The recruiter's table (`hire.html`): what one candidate brings at each
//! kind of employer. Its own binary (`src/bin/hire.rs`), so none of it loads
//! with the talent page.

pub mod page;
pub mod table_html;

pub use page::HireApp;
