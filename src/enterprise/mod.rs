//! The enterprise page (`enterprise.html`): an enterprise's awards under
//! §1, §3, §5, §12 and §11(2) for its flexible hires. Its own binary
//! (`src/bin/enterprise.rs`) and its own texts (`locales/enterprise/`), so
//! none of this loads with the talent page.

pub mod answers;
pub mod form_html;
pub mod page;
mod result;
pub mod stored;

pub use page::EnterpriseApp;
