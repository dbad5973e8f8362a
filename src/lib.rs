//! 阿拉尔人才政策自测 in the browser. Components only collect answers and show
//! what `talent_rules` returns; no policy is decided here.

mod answers;
mod app;
mod clock;

pub use answers::{Answers, Check};
pub use app::App;
