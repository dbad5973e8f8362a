//! The form's shared state: the answers and what the engine makes of them,
//! and lenses that read and write one answer, so each question is data.

use crate::answers::{Answers, Evaluation};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct FormCtx {
    pub answers: RwSignal<Answers>,
    pub eval: Memo<Evaluation>,
}

pub fn use_form() -> FormCtx {
    use_context::<FormCtx>().expect("FormCtx is provided by App")
}

/// One answer inside `Answers`.
pub struct Lens<T: 'static> {
    pub get: fn(&Answers) -> &T,
    pub get_mut: fn(&mut Answers) -> &mut T,
}

impl<T> Clone for Lens<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Lens<T> {}

#[macro_export]
macro_rules! lens {
    ($field:ident) => {
        $crate::form_state::Lens { get: |a| &a.$field, get_mut: |a| &mut a.$field }
    };
}

/// A choice among engine ids, without generics: each instance of a generic
/// function costs the browser download as much as a new function.
#[derive(Clone, Copy)]
pub struct ChoiceLens {
    /// The ids offered and their locale keys.
    pub options: fn() -> Vec<(&'static str, String)>,
    /// The chosen id; "" when nothing is chosen.
    pub get: fn(&Answers) -> &'static str,
    pub set: fn(&mut Answers, &str),
}

/// `choice!(field, Type, "prefix")` for a required choice,
/// `choice!(field, Type, "prefix", optional)` for an `Option`.
#[macro_export]
macro_rules! choice {
    ($field:ident, $t:ty, $prefix:literal) => {
        $crate::form_state::ChoiceLens {
            options: || {
                <$t>::ALL.iter().map(|c| (c.as_str(), format!(concat!($prefix, ".{}"), c.as_str()))).collect()
            },
            get: |a| a.$field.as_str(),
            set: |a, id| {
                if let Some(v) = <$t>::parse(id) {
                    a.$field = v;
                }
            },
        }
    };
    ($field:ident, $t:ty, $prefix:literal, optional) => {
        $crate::choice!($field, $t, $prefix, optional, only = <$t>::ALL)
    };
    ($field:ident, $t:ty, $prefix:literal, optional, only = $only:expr) => {
        $crate::form_state::ChoiceLens {
            options: || {
                let all: &[$t] = $only;
                all.iter().map(|c| (c.as_str(), format!(concat!($prefix, ".{}"), c.as_str()))).collect()
            },
            get: |a| a.$field.map_or("", |v| v.as_str()),
            set: |a, id| a.$field = <$t>::parse(id),
        }
    };
}
