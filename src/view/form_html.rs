//! The questions written as escaped HTML in one language: labels, help,
//! units, options, and the empty error line each field's message goes to.
//! Values, groups shown and errors are filled in by `questions::show`.

use crate::html::Html;
use crate::i18n::Lang;
use crate::questions::{honour_id, sections, Question, TextSpec, TITLE_FINDER};
use crate::titles;
use talent_rules::ids::Honor;

pub fn render(lang: Lang) -> String {
    let mut h = Html::default();
    let mut next_group = 0;
    for s in sections() {
        let heading = format!("{}-heading", s.id);
        h.open("section", &[("class", Some("section")), ("id", Some(s.id)), ("aria-labelledby", Some(&heading))]);
        h.el("h2", &[("id", Some(&heading))], &lang.t(s.title));
        questions(&mut h, lang, &s.items, &mut next_group);
        h.close("section");
    }
    h.finish()
}

fn questions(h: &mut Html, lang: Lang, items: &[Question], next_group: &mut usize) {
    for q in items {
        match q {
            Question::Text(spec) => text_field(h, lang, spec),
            Question::Select { id, label, lens, none, help } => {
                h.open("div", &[("class", Some("field"))]).el("label", &[("for", Some(id))], &lang.t(label));
                let help_id = format!("{id}-help");
                if let Some(help) = help {
                    h.el("p", &[("class", Some("help")), ("id", Some(&help_id))], &lang.t(help));
                }
                let described = help.map(|_| help_id.as_str());
                h.open("select", &[("id", Some(id)), ("name", Some(id)), ("aria-describedby", described)]);
                if let Some(none) = none {
                    h.el("option", &[("value", Some(""))], &lang.t(none));
                }
                for (value, key) in (lens.options)() {
                    h.el("option", &[("value", Some(value))], &lang.t(&key));
                }
                h.close("select").close("div");
            }
            Question::Radio { name, legend, lens } => {
                h.open("fieldset", &[("class", Some("radios"))]).el("legend", &[], &lang.t(legend));
                for (value, key) in (lens.options)() {
                    let id = format!("{name}-{value}");
                    choice(h, lang, "radio", &id, Some(name), value, &key);
                }
                h.close("fieldset");
            }
            Question::Check { id, label, .. } => choice(h, lang, "checkbox", id, Some(id), "on", label),
            Question::Honours => {
                h.open("fieldset", &[("class", Some("checks"))]).el("legend", &[], &lang.t("q.honors"));
                for &honour in Honor::ALL {
                    choice(h, lang, "checkbox", &honour_id(honour), None, "on", &format!("honor.{}", honour.as_str()));
                }
                h.close("fieldset");
            }
            Question::TitleFinder => {
                h.open("div", &[("class", Some("field finder"))])
                    .el("label", &[("for", Some(TITLE_FINDER))], &lang.t("q.title_finder"))
                    .el("p", &[("class", Some("help")), ("id", Some("title-finder-help"))], &lang.t("q.title_finder_help"))
                    .open(
                        "input",
                        &[
                            ("id", Some(TITLE_FINDER)),
                            ("type", Some("search")),
                            ("autocomplete", Some("off")),
                            ("aria-describedby", Some("title-finder-help")),
                            ("aria-controls", Some("title-matches")),
                        ],
                    )
                    .el("ul", &[("id", Some("title-matches")), ("class", Some("matches")), ("aria-live", Some("polite"))], "")
                    .close("div");
            }
            Question::Group { items, .. } => {
                let id = format!("group-{next_group}");
                *next_group += 1;
                h.open("div", &[("class", Some("group")), ("id", Some(&id))]);
                questions(h, lang, items, next_group);
                h.close("div");
            }
        }
    }
}

fn text_field(h: &mut Html, lang: Lang, spec: &TextSpec) {
    let id = spec.field.id();
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let described = if spec.help.is_some() { format!("{help_id} {error_id}") } else { error_id.clone() };
    h.open("div", &[("class", Some("field"))]).el("label", &[("for", Some(id))], &lang.t(spec.label));
    if let Some(help) = spec.help {
        h.el("p", &[("class", Some("help")), ("id", Some(&help_id))], &lang.t(help));
    }
    h.open("div", &[("class", Some("control"))]).open(
        "input",
        &[
            ("id", Some(id)),
            ("name", Some(id)),
            ("type", Some(spec.kind)),
            ("inputmode", spec.inputmode),
            ("autocomplete", Some("off")),
            ("aria-invalid", Some("false")),
            ("aria-describedby", Some(&described)),
        ],
    );
    if let Some(unit) = spec.suffix {
        h.el("span", &[("class", Some("suffix")), ("aria-hidden", Some("true"))], &lang.t(unit));
    }
    h.close("div").el("p", &[("class", Some("error")), ("id", Some(&error_id)), ("aria-live", Some("polite"))], "").close("div");
}

/// A check box or radio button inside its label.
fn choice(h: &mut Html, lang: Lang, kind: &str, id: &str, name: Option<&str>, value: &str, label: &str) {
    h.open("label", &[("class", Some("choice")), ("for", Some(id))])
        .open("input", &[("type", Some(kind)), ("id", Some(id)), ("name", name), ("value", Some(value))])
        .el("span", &[], &lang.t(label))
        .close("label");
}

/// The finder's suggestions for `query`: buttons that set the title level.
pub fn title_matches(lang: Lang, query: &str) -> String {
    let mut h = Html::default();
    for (zh, en, level) in titles::find(query, 6) {
        let name = if lang == Lang::Zh { zh } else { en };
        let level_text = lang.t(&format!("title.{}", level.as_str()));
        h.open("li", &[])
            .el(
                "button",
                &[("type", Some("button")), ("class", Some("link")), ("data-title", Some(level.as_str()))],
                &format!("{name} → {level_text}"),
            )
            .close("li");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_labelled_and_its_error_linked() {
        let html = render(Lang::Zh);
        for id in ["birth-date", "contract-years", "loan-rate", "degree", "employer-type", "mode-full_time", "honor-cas_academician"] {
            assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
            assert!(html.contains(&format!("for=\"{id}\"")), "label for {id}");
        }
        assert!(html.contains("aria-describedby=\"contract-years-error\""));
        assert!(html.contains("id=\"contract-years-error\""));
        assert!(html.contains("aria-describedby=\"loan-rate-help loan-rate-error\""));
        assert!(html.contains("出生日期"));
        assert!(render(Lang::En).contains("Date of birth"));
    }

    #[test]
    fn groups_are_numbered_in_page_order() {
        let html = render(Lang::Zh);
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s}"));
        assert!(at("id=\"group-0\"") < at("id=\"employer-type\""));
        assert!(at("id=\"group-2\"") < at("id=\"contract-years\""));
        assert!(at("id=\"group-6\"") < at("id=\"graduation-date\""));
        assert!(!html.contains("group-9"));
    }

    #[test]
    fn the_finder_suggests_levels() {
        let html = title_matches(Lang::Zh, "主治");
        assert!(html.contains("data-title=\"intermediate\"") && html.contains("主治医师 → "), "{html}");
        assert_eq!(title_matches(Lang::Zh, ""), "");
    }
}
