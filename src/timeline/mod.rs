//! The payment timeline (`timeline.html`): what the talent of the talent
//! page receives in each year, years 1 to 8, by benefit, drawn as bars with
//! a table beside them for screen readers and print. Its own binary
//! (`src/bin/timeline.rs`): the talent page links here, its download stays
//! within its budget.

mod page_html;

use crate::clock;
use crate::hire::page::candidate;
use crate::view::shell::Shell;
use leptos::prelude::*;
use page_html::page_html;

#[component]
pub fn TimelineApp() -> impl IntoView {
    let (candidate, notice) = candidate();
    let shell = Shell::new("timeline.title", notice);
    let lang = shell.lang;
    let today = clock::today();
    let fragment = candidate.fragment.clone();
    let printable = candidate.result(today).is_some();
    shell.text_page(
        ("timeline.title", "timeline.subtitle", "timeline.intro"),
        "timeline.html",
        fragment,
        ("timeline-body", printable.then_some("timeline-print")),
        move || page_html(lang.get(), &candidate, today),
    )
}
