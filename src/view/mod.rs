//! Components: thin views over `FormCtx` and the engine's result.

pub mod amount_text;
pub mod chrome;
pub mod chrome_html;
pub mod events;
pub mod form;
pub mod form_html;
pub mod policy_version;
pub mod print;
pub mod result;
pub mod result_panel;
pub mod share;
pub mod share_html;
pub mod shell;
pub mod steps;
pub mod timeline;
