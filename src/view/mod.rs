//! Components: thin views over `FormCtx` and the engine's result.

pub mod fields;
pub mod form;
pub mod result;
pub mod share;
