//! The hire table page: the candidate of a talent share link, or of the
//! talent page's draft on this device, one row per employer type.

use super::table_html::{table_html, Candidate};
use crate::view::chrome::{clear_fragment, current_fragment};
use crate::view::shell::Shell;
use crate::{clock, share, storage};
use leptos::prelude::*;

pub(crate) fn candidate() -> (Candidate, Option<&'static str>) {
    let fragment = current_fragment();
    match share::decode(&fragment) {
        Some(Ok(a)) => (Candidate { answers: Some(a), fragment }, Some("notice.link_loaded")),
        Some(Err(e)) => {
            clear_fragment();
            (Candidate { answers: None, fragment: String::new() }, Some(e.key()))
        }
        None => (Candidate { answers: storage::load().ok().flatten(), fragment: String::new() }, None),
    }
}

#[component]
pub fn HireApp() -> impl IntoView {
    let (candidate, notice) = candidate();
    let shell = Shell::new("hire.title", notice);
    let lang = shell.lang;
    let fragment = candidate.fragment.clone();
    let printable = candidate.result(clock::today()).is_some();
    shell.text_page(
        ("hire.title", "hire.subtitle", "hire.intro"),
        "hire.html",
        fragment,
        ("hire-body", printable.then_some("hire-print")),
        move || table_html(lang.get(), &candidate, clock::today()),
    )
}
