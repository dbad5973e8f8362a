//! The questions written as escaped HTML in one language: labels, help,
//! units, options, and the empty error line each field's message goes to.
//! Values, groups shown and errors are filled in by `questions::show`.

use crate::answers::WARNED;
use crate::dom_ids::{self, TITLE_FINDER, TITLE_MATCHES};
use crate::html::Html;
use crate::i18n::Lang;
use crate::questions::{sections, Question, TextSpec};
use crate::titles;
use talent_rules::ids::Honor;

pub fn render(lang: Lang) -> String {
    let mut h = Html::default();
    for s in sections() {
        let heading = dom_ids::heading(s.id);
        h.open(
            "section",
            &[("class", Some("section")), ("id", Some(s.id)), ("aria-labelledby", Some(&heading))],
        );
        h.el("h2", &[("id", Some(&heading))], &lang.t(s.title));
        questions(&mut h, lang, &s.items);
        h.close("section");
    }
    h.finish()
}

fn questions(h: &mut Html, lang: Lang, items: &[Question]) {
    for q in items {
        match q {
            Question::Text(spec) => text_field(h, lang, spec),
            Question::Select { id, label, lens, none, help, .. } => {
                h.open("div", &[("class", Some("field"))]).el("label", &[("for", Some(id))], &lang.t(label));
                let help_id = dom_ids::help(id);
                if let Some(help) = help {
                    h.el("p", &[("class", Some("help")), ("id", Some(&help_id))], &lang.t(help));
                }
                let described = described_by(help.map(|_| help_id), id, None);
                h.open(
                    "select",
                    &[("id", Some(id)), ("name", Some(id)), ("aria-describedby", described.as_deref())],
                );
                if let Some(none) = none {
                    h.el("option", &[("value", Some(""))], &lang.t(none));
                }
                for (value, key) in (lens.options)() {
                    h.el("option", &[("value", Some(value))], &lang.t(&key));
                }
                h.close("select");
                warning_line(h, id);
                h.close("div");
            }
            Question::Radio { name, legend, lens, .. } => {
                h.open("fieldset", &[("class", Some("radios"))]).el("legend", &[], &lang.t(legend));
                for (value, key) in (lens.options)() {
                    choice(h, lang, "radio", &dom_ids::radio(name, value), Some(name), value, &key);
                }
                h.close("fieldset");
            }
            Question::Check { id, label, .. } => choice(h, lang, "checkbox", id, Some(id), "on", label),
            Question::Honours => {
                h.open("fieldset", &[("class", Some("checks"))]).el("legend", &[], &lang.t("q.honors"));
                for &honour in Honor::ALL {
                    choice(
                        h,
                        lang,
                        "checkbox",
                        &dom_ids::honour(honour),
                        None,
                        "on",
                        &format!("honor.{}", honour.as_str()),
                    );
                }
                h.close("fieldset");
            }
            Question::TitleFinder => {
                let help_id = dom_ids::help(TITLE_FINDER);
                h.open("div", &[("class", Some("field finder"))])
                    .el("label", &[("for", Some(TITLE_FINDER))], &lang.t("q.title_finder"))
                    .el(
                        "p",
                        &[("class", Some("help")), ("id", Some(&help_id))],
                        &lang.t("q.title_finder_help"),
                    )
                    .open(
                        "input",
                        &[
                            ("id", Some(TITLE_FINDER)),
                            ("type", Some("search")),
                            ("autocomplete", Some("off")),
                            ("aria-describedby", Some(&help_id)),
                            ("aria-controls", Some(TITLE_MATCHES)),
                        ],
                    )
                    .el(
                        "ul",
                        &[
                            ("id", Some(TITLE_MATCHES)),
                            ("class", Some("matches")),
                            ("aria-live", Some("polite")),
                        ],
                        "",
                    )
                    .close("div");
            }
            Question::Group { name, items, .. } => {
                h.open("div", &[("class", Some("group")), ("id", Some(&dom_ids::group(name)))]);
                questions(h, lang, items);
                h.close("div");
            }
        }
    }
}

fn text_field(h: &mut Html, lang: Lang, spec: &TextSpec) {
    let id = spec.field.id();
    let error_id = dom_ids::error(id);
    let help_id = dom_ids::help(id);
    let described = described_by(spec.help.map(|_| help_id.clone()), id, Some(&error_id));
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
            ("aria-describedby", described.as_deref()),
        ],
    );
    if let Some(unit) = spec.suffix {
        h.el("span", &[("class", Some("suffix")), ("aria-hidden", Some("true"))], &lang.t(unit));
    }
    h.close("div").el(
        "p",
        &[("class", Some("error")), ("id", Some(&error_id)), ("aria-live", Some("polite"))],
        "",
    );
    warning_line(h, id);
    h.close("div");
}

/// The ids that describe control `id`: its help, its error line, its warning line.
fn described_by(help: Option<String>, id: &str, error: Option<&str>) -> Option<String> {
    let warning = WARNED.contains(&id).then(|| dom_ids::warning(id));
    let ids: Vec<&str> = [help.as_deref(), error, warning.as_deref()].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The empty line a warning goes to, for the controls that can get one:
/// a status, not an alert, in its own colour (the answer stays valid).
fn warning_line(h: &mut Html, id: &str) {
    if WARNED.contains(&id) {
        h.el(
            "p",
            &[("class", Some("warning")), ("id", Some(&dom_ids::warning(id))), ("role", Some("status"))],
            "",
        );
    }
}

/// A check box or radio button inside its label.
fn choice(h: &mut Html, lang: Lang, kind: &str, id: &str, name: Option<&str>, value: &str, label: &str) {
    h.open("label", &[("class", Some("choice")), ("for", Some(id))])
        .open("input", &[("type", Some(kind)), ("id", Some(id)), ("name", name), ("value", Some(value))])
        .el("span", &[], &lang.t(label))
        .close("label");
}

/// The finder's suggestions for `query`: buttons that set the title level,
/// or a line saying none matched.
pub fn title_matches(lang: Lang, query: &str) -> String {
    let mut h = Html::default();
    let found = titles::find(query, 6);
    if found.is_empty() && !query.trim().is_empty() {
        h.el("li", &[("class", Some("help"))], &lang.t("q.title_finder_none"));
    }
    for talent_rules::title_names::TitleName { key, level, .. } in found {
        let name = lang.t(&titles::name_key(key));
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
    use crate::answers::Answers;
    use crate::questions::{show, FormView};
    use std::cell::RefCell;
    use talent_rules::dates::Date;

    #[test]
    fn every_field_is_labelled_and_its_error_linked() {
        let html = render(Lang::Zh);
        for id in [
            "birth-date",
            "contract-years",
            "loan-rate",
            "degree",
            "employer-type",
            "mode-full_time",
            "honor-cas_academician",
        ] {
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
    fn groups_are_named_and_hold_their_questions() {
        let html = render(Lang::Zh);
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s}"));
        assert!(at("id=\"group-employer\"") < at("id=\"employer-type\""));
        assert!(at("id=\"group-contract-years\"") < at("id=\"contract-years\""));
        assert!(at("id=\"group-startup\"") < at("id=\"graduation-date\""));
        assert!(at("id=\"group-loan\"") < at("id=\"loan-principal\""));
        assert_eq!(html.matches("class=\"group\"").count(), 9);
    }

    /// Every control `questions::show` keeps in line, as the live page does:
    /// a field's error also reaches the line under it.
    #[derive(Default)]
    struct Touched(RefCell<Vec<String>>);

    impl FormView for Touched {
        fn set_value(&self, id: &str, _: &str) {
            self.0.borrow_mut().push(id.into());
        }
        fn set_checked(&self, id: &str, _: bool) {
            self.0.borrow_mut().push(id.into());
        }
        fn set_hidden(&self, id: &str, _: bool) {
            self.0.borrow_mut().push(id.into());
        }
        fn set_error(&self, id: &str, _: Option<&str>) {
            self.0.borrow_mut().extend([id.to_string(), dom_ids::error(id)]);
        }
        fn set_warning(&self, id: &str, _: Option<&str>) {
            self.0.borrow_mut().extend([id.to_string(), dom_ids::warning(id)]);
        }
    }

    #[test]
    fn every_element_the_form_keeps_in_line_is_drawn() {
        let answers = Answers::default();
        let eval = answers.evaluate(Date::parse("2026-11-23").unwrap());
        for lang in Lang::ALL {
            let html = render(lang);
            let touched = Touched::default();
            show(&touched, lang, &answers, &eval);
            let ids = touched.0.into_inner();
            assert!(ids.len() > 60, "{ids:?}");
            let missing: Vec<_> =
                ids.iter().filter(|id| html.matches(&format!(" id=\"{id}\"")).count() != 1).collect();
            assert!(missing.is_empty(), "{}: not drawn exactly once: {missing:?}", lang.code());
        }
    }

    /// The phone keyboard each number field opens: a number pad cannot type 万.
    #[test]
    fn money_fields_open_the_full_keyboard_and_counts_the_number_pad() {
        let html = render(Lang::Zh);
        let input = |id: &str| {
            let at = html.find(&format!("<input id=\"{id}\"")).unwrap_or_else(|| panic!("{id}"));
            html[at..at + html[at..].find('>').unwrap()].to_string()
        };
        for id in ["purchase-price", "bingtuan-support", "tax-paid", "loan-principal"] {
            assert!(!input(id).contains("inputmode"), "{}", input(id));
        }
        for id in ["flexible-days", "insured-employees", "loan-months"] {
            assert!(input(id).contains("inputmode=\"numeric\""), "{}", input(id));
        }
        for id in ["contract-years", "loan-rate"] {
            assert!(input(id).contains("inputmode=\"decimal\""), "{}", input(id));
        }
        assert!(html.contains("按月填写，例如 36"), "the loan term says its unit");
    }

    #[test]
    fn warnings_have_their_own_line_role_and_link() {
        let html = render(Lang::Zh);
        for id in WARNED {
            let line = format!("<p class=\"warning\" id=\"{id}-warning\" role=\"status\"></p>");
            assert!(html.contains(&line), "{id}");
            assert!(
                html.contains(&format!("-error {id}-warning\""))
                    || html.contains(&format!("help {id}-warning\"")),
                "{id}"
            );
        }
        assert_eq!(html.matches("class=\"warning\"").count(), WARNED.len());
    }

    #[test]
    fn the_finder_suggests_levels() {
        let html = title_matches(Lang::Zh, "主治");
        assert!(html.contains("data-title=\"intermediate\"") && html.contains("主治医师 → "), "{html}");
        assert_eq!(title_matches(Lang::Zh, ""), "");
        let html = title_matches(Lang::En, "Senior engineer");
        assert!(html.starts_with("<li><button type=\"button\" class=\"link\" data-title=\"associate_senior\">senior engineer → Associate senior</button></li>"), "{html}");
        assert_eq!(title_matches(Lang::Zh, "高工"), title_matches(Lang::Zh, "高级工程师"));
        assert!(title_matches(Lang::Zh, "园艺大师").contains("未找到"));
        assert!(title_matches(Lang::En, "gardener").contains("No title found"));
    }
}
