//! The form's element ids that are built from others or named outside the
//! question data, in one place so the renderer, the code that keeps the page
//! in line and the tests agree. Ids serve the page only: share links and
//! drafts use the questions' stored keys.

use talent_rules::ids::Honor;

/// The title finder's search box.
pub const TITLE_FINDER: &str = "title-finder";
/// The finder's suggestions.
pub const TITLE_MATCHES: &str = "title-matches";
/// The title-level select, set and focused when a suggestion is picked.
pub const TITLE_SELECT: &str = "title";

/// A radio button: its group's name and its value.
pub fn radio(name: &str, value: &str) -> String {
    format!("{name}-{value}")
}

/// The line under a field that holds its message.
pub fn error(id: &str) -> String {
    format!("{id}-error")
}

/// The line beside a control that holds its warning.
pub fn warning(id: &str) -> String {
    format!("{id}-warning")
}

pub fn help(id: &str) -> String {
    format!("{id}-help")
}

pub fn heading(section: &str) -> String {
    format!("{section}-heading")
}

pub fn honour(h: Honor) -> String {
    format!("honor-{}", h.as_str())
}

/// A group of questions shown or hidden together.
pub fn group(name: &str) -> String {
    format!("group-{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Browser tests, end-to-end journeys and the page's own links use these.
    #[test]
    fn ids_keep_their_shape() {
        assert_eq!(radio("mode", "full_time"), "mode-full_time");
        assert_eq!(error("contract-years"), "contract-years-error");
        assert_eq!(help("loan-rate"), "loan-rate-help");
        assert_eq!(warning("degree"), "degree-warning");
        assert_eq!(heading("about"), "about-heading");
        assert_eq!(honour(Honor::CasAcademician), "honor-cas_academician");
        assert_eq!(group("full-time-terms"), "group-full-time-terms");
    }
}
