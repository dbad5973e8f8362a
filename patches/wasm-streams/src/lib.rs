//! A stand-in for `wasm-streams` 0.5, patched in by the workspace
//! (`[patch.crates-io]`, see README.md there).
//!
//! Leptos always enables `server_fn/browser`, which streams server-function
//! bodies with `wasm-streams`. That crate exports three classes to
//! JavaScript (`IntoUnderlyingSource`, `IntoUnderlyingByteSource`,
//! `IntoUnderlyingSink`); exports are never removed as dead code, so every
//! page downloaded them and the futures machinery behind them. This app is
//! a static site without server functions: only the signatures `server_fn`
//! compiles against are kept, and calling them is a bug that says so.

use futures_core::Stream;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use wasm_bindgen::JsValue;

const NO_SERVER_FUNCTIONS: &str = "streams of server functions: this static app has none (patches/wasm-streams)";

pub mod readable {
    pub use super::{IntoStream, ReadableStream};
}

/// A web `ReadableStream`, as `server_fn` holds one.
pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self(raw)
    }

    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        panic!("{NO_SERVER_FUNCTIONS}")
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    pub fn into_stream(self) -> IntoStream<'static> {
        panic!("{NO_SERVER_FUNCTIONS}")
    }
}

/// What `into_stream` would return; never made.
pub struct IntoStream<'reader>(PhantomData<&'reader JsValue>);

impl Stream for IntoStream<'_> {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        panic!("{NO_SERVER_FUNCTIONS}")
    }
}
