//! The enterprise questions as escaped HTML, with the current answers filled
//! in: drawn again when the language changes or a hire row comes or goes,
//! never while typing, so focus and the caret stay where they are.

use super::answers::{hire_id, EnterpriseAnswers, EnterpriseEvaluation, HireAnswers, Problem, TEXT_FIELDS};
use crate::answers::{quote, Example, Unit};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::result::fix_fields_text;
use talent_rules::ids::{Category, Degree, HighTech, Honor, Specialized, Title};
use talent_rules::policy::Policy;

fn field_start(h: &mut Html, lang: Lang, id: &str, label: &str, help: Option<&str>) -> Option<String> {
    h.open("div", &[("class", Some("field"))]).el("label", &[("for", Some(id))], &lang.page_t(label));
    help.map(|help| {
        let help_id = format!("{id}-help");
        h.el("p", &[("class", Some("help")), ("id", Some(&help_id))], &lang.page_t(help));
        help_id
    })
}

/// A text or date box with its unit, help and (empty) message line.
fn text(
    h: &mut Html,
    lang: Lang,
    id: &str,
    value: &str,
    unit: Option<Unit>,
    label: &str,
    help: Option<&str>,
) {
    let help_id = field_start(h, lang, id, label, help);
    let error_id = format!("{id}-error");
    let described = [help_id.as_deref(), Some(&error_id)].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let (kind, inputmode) = match unit {
        None => ("date", None),
        Some(Unit::Yuan) => ("text", None),
        Some(_) => ("text", Some("numeric")),
    };
    h.open("div", &[("class", Some("control"))]).open(
        "input",
        &[
            ("id", Some(id)),
            ("name", Some(id)),
            ("type", Some(kind)),
            ("inputmode", inputmode),
            ("autocomplete", Some("off")),
            ("value", Some(value)),
            ("aria-invalid", Some("false")),
            ("aria-describedby", Some(&described)),
        ],
    );
    let suffix = match unit {
        Some(Unit::Yuan) => Some("unit.yuan"),
        Some(Unit::Years) => Some("unit.years"),
        Some(Unit::Days) => Some("unit.days"),
        _ => None,
    };
    if let Some(suffix) = suffix {
        h.el("span", &[("class", Some("suffix")), ("aria-hidden", Some("true"))], &lang.t(suffix));
    }
    h.close("div").el(
        "p",
        &[("class", Some("error")), ("id", Some(&error_id)), ("aria-live", Some("polite"))],
        "",
    );
    h.close("div");
}

/// A select of `options` (value, catalog key), the current one selected.
fn select(
    h: &mut Html,
    lang: Lang,
    id: &str,
    label: &str,
    help: Option<&str>,
    options: &[(&str, String)],
    current: &str,
) {
    let help_id = field_start(h, lang, id, label, help);
    h.open("select", &[("id", Some(id)), ("name", Some(id)), ("aria-describedby", help_id.as_deref())]);
    for (value, key) in options {
        let selected = (*value == current).then_some("");
        h.el("option", &[("value", Some(value)), ("selected", selected)], &lang.page_t(key));
    }
    h.close("select").close("div");
}

fn check(h: &mut Html, lang: Lang, id: &str, label: &str, on: bool) {
    h.open("label", &[("class", Some("choice")), ("for", Some(id))])
        .open(
            "input",
            &[
                ("type", Some("checkbox")),
                ("id", Some(id)),
                ("name", Some(id)),
                ("checked", on.then_some("")),
            ],
        )
        .el("span", &[], &lang.page_t(label))
        .close("label");
}

fn section(h: &mut Html, lang: Lang, id: &str, title: &str) {
    let heading = format!("{id}-heading");
    h.open("section", &[("class", Some("section")), ("id", Some(id)), ("aria-labelledby", Some(&heading))])
        .el("h2", &[("id", Some(&heading))], &lang.page_t(title));
}

/// `none` (the empty value) first, then the other options.
fn options(none: &str, others: impl Iterator<Item = (&'static str, String)>) -> Vec<(&'static str, String)> {
    std::iter::once(("", none.to_string())).chain(others).collect()
}

/// The text fields outside the hire rows, in the form's order: (id, label, help).
const TEXTS: [(&str, &str, Option<&str>); 9] = [
    ("platform-national", "ent.q.platform_national", Some("ent.q.platform_help")),
    ("platform-regional", "ent.q.platform_regional", None),
    (
        "industrial-institute-years",
        "ent.q.industrial_institute_years",
        Some("ent.q.industrial_institute_help"),
    ),
    ("specialized-awards-received", "ent.q.specialized_received", Some("ent.q.specialized_received_help")),
    ("key-tech-projects", "ent.q.key_tech_projects", None),
    ("industry-education-investment", "ent.q.education_investment", Some("ent.q.education_investment_help")),
    ("joint-platforms", "ent.q.joint_platforms", None),
    ("expert-workstations", "ent.q.expert_workstations", None),
    ("e-assessment-date", "ent.q.assessment_date", Some("ent.q.assessment_date_help")),
];

/// The label of the control `id`, for the list of answers to correct; a
/// hire row's control is named with its row.
pub fn label_of(lang: Lang, id: &str) -> String {
    if let Some((_, label, _)) = TEXTS.iter().find(|t| t.0 == id) {
        return lang.page_t(label);
    }
    let Some((row, part)) = super::answers::hire_part(id) else { return String::new() };
    let part = match part {
        "days" => lang.page_t("ent.q.hire_days"),
        "birth" => lang.t("q.birth_date"),
        "label" => lang.page_t("ent.q.hire_label"),
        _ => lang.page_t("ent.q.hire_category"),
    };
    format!("{} · {part}", lang.page_t_with("ent.hire_legend", &[("n", (row + 1).to_string())]))
}

/// What was entered, for the printout: (question, answer) in the form's
/// order, the two yes/no questions always, the rest only when answered.
pub fn entered(lang: Lang, a: &EnterpriseAnswers) -> Vec<(String, String)> {
    let yes_no = |on: bool| if on { lang.t("ui.yes") } else { lang.page_t("ent.answer_no") };
    let mut out = vec![
        (lang.page_t("ent.q.registered_in_city"), yes_no(a.registered_in_city)),
        (lang.page_t("ent.q.division_affiliated"), yes_no(a.division_affiliated)),
    ];
    // As typed, with the unit the box shows beside a bare number.
    let typed = |id: &str, unit: Option<Unit>| {
        let v = a.text(id).trim();
        let suffix = match unit {
            Some(Unit::Yuan) => "unit.yuan",
            Some(Unit::Years) => "unit.years",
            Some(Unit::Days) => "unit.days",
            _ => "",
        };
        match v.chars().last() {
            Some(c) if c.is_ascii_digit() && !suffix.is_empty() => format!("{v} {}", lang.t(suffix)),
            _ => v.to_string(),
        }
    };
    let text_answers = |out: &mut Vec<(String, String)>, fields: &[(&str, &str, Option<&str>)]| {
        for &(id, label, _) in fields {
            let unit = TEXT_FIELDS.iter().find(|f| f.0 == id).and_then(|f| f.2);
            if !a.text(id).trim().is_empty() {
                out.push((lang.page_t(label), typed(id, unit)));
            }
        }
    };
    text_answers(&mut out, &TEXTS[..3]);
    if let Some(v) = a.high_tech {
        out.push((lang.page_t("ent.q.high_tech"), lang.page_t(&format!("ent.high_tech.{}", v.as_str()))));
    }
    if a.tech_sme_first {
        out.push((lang.page_t("ent.q.tech_sme_first"), lang.t("ui.yes")));
    }
    if let Some(v) = a.specialized {
        out.push((lang.page_t("ent.q.specialized"), lang.page_t(&format!("ent.specialized.{}", v.as_str()))));
    }
    text_answers(&mut out, &TEXTS[3..]);
    let sep = lang.t("list.separator");
    for (row, hire) in a.hires.iter().enumerate() {
        let mut parts: Vec<String> =
            [hire.label.trim().to_string()].into_iter().filter(|l| !l.is_empty()).collect();
        if !hire.days.trim().is_empty() {
            parts.push(format!("{} {}", hire.days.trim(), lang.t("unit.days")));
        }
        match hire.category {
            Some(c) => parts.push(lang.t(&format!("category.{}", c.as_str()))),
            None => {
                let mut profile = vec![hire.birth_date.trim().to_string()];
                profile.push(lang.t(&format!("degree.{}", hire.degree.as_str())));
                if hire.part_time_degree != Degree::None {
                    let part_time = lang.t(&format!("degree.{}", hire.part_time_degree.as_str()));
                    profile.push(format!(
                        "{}{}{part_time}",
                        lang.t("q.part_time_degree"),
                        lang.t("ui.colon")
                    ));
                }
                profile.push(lang.t(&format!("title.{}", hire.title.as_str())));
                profile.extend(hire.honors.iter().map(|h| lang.t(&format!("honor.{}", h.as_str()))));
                parts.push(profile.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(&sep));
            }
        }
        out.push((lang.page_t_with("ent.hire_legend", &[("n", (row + 1).to_string())]), parts.join(" · ")));
    }
    out
}

/// The form, its texts giving the figures of `version`: the one in force
/// today, as no result has chosen one for the questions.
pub fn render(lang: Lang, a: &EnterpriseAnswers, version: &'static Policy) -> String {
    crate::figures::under(Some(version), || write(lang, a))
}

fn write(lang: Lang, a: &EnterpriseAnswers) -> String {
    let mut h = Html::default();
    let h = &mut h;
    section(h, lang, "e-about", "ent.section.about");
    check(h, lang, "registered-in-city", "ent.q.registered_in_city", a.registered_in_city);
    check(h, lang, "division-affiliated", "ent.q.division_affiliated", a.division_affiliated);
    h.el("p", &[("class", Some("help"))], &lang.page_t("ent.q.division_affiliated_help"));
    h.close("section");

    section(h, lang, "e-recognitions", "ent.section.recognitions");
    let field = |id: &str| TEXT_FIELDS.iter().find(|f| f.0 == id).and_then(|f| f.2);
    for &(id, label, help) in &TEXTS[..3] {
        text(h, lang, id, a.text(id), field(id), label, help);
    }
    let high_tech = HighTech::ALL.iter().map(|v| (v.as_str(), format!("ent.high_tech.{}", v.as_str())));
    let high_tech = options("ent.none", high_tech);
    select(h, lang, "high-tech", "ent.q.high_tech", None, &high_tech, a.high_tech.map_or("", |v| v.as_str()));
    check(h, lang, "tech-sme-first", "ent.q.tech_sme_first", a.tech_sme_first);
    let specialized =
        Specialized::ALL.iter().map(|v| (v.as_str(), format!("ent.specialized.{}", v.as_str())));
    select(
        h,
        lang,
        "specialized",
        "ent.q.specialized",
        None,
        &options("ent.none", specialized),
        a.specialized.map_or("", |v| v.as_str()),
    );
    for &(id, label, help) in &TEXTS[3..8] {
        text(h, lang, id, a.text(id), field(id), label, help);
    }
    h.close("section");

    section(h, lang, "e-hires", "ent.section.hires");
    h.el("p", &[("class", Some("help"))], &lang.page_t("ent.hires_help"));
    for (row, hire) in a.hires.iter().enumerate() {
        hire_row(h, lang, row, hire);
    }
    h.open("p", &[("class", Some("buttons"))])
        .el("button", &[("type", Some("button")), ("id", Some("add-hire"))], &lang.page_t("ent.add_hire"))
        .close("p");
    h.close("section");

    section(h, lang, "e-when", "ent.section.when");
    let (id, label, help) = TEXTS[8];
    text(h, lang, id, &a.assessment_date, None, label, help);
    h.close("section");
    std::mem::take(h).finish()
}

fn hire_row(h: &mut Html, lang: Lang, row: usize, hire: &HireAnswers) {
    let legend = lang.page_t_with("ent.hire_legend", &[("n", (row + 1).to_string())]);
    h.open("fieldset", &[("class", Some("hire")), ("id", Some(&hire_id(row, "row")))]).el(
        "legend",
        &[],
        &legend,
    );
    let id = hire_id(row, "label");
    field_start(h, lang, &id, "ent.q.hire_label", None);
    h.open(
        "input",
        &[
            ("id", Some(&id)),
            ("name", Some(&id)),
            ("type", Some("text")),
            ("autocomplete", Some("off")),
            ("value", Some(&hire.label)),
        ],
    )
    .close("div");
    text(
        h,
        lang,
        &hire_id(row, "days"),
        &hire.days,
        Some(Unit::Days),
        "ent.q.hire_days",
        Some("ent.q.hire_days_help"),
    );
    let categories = Category::ALL.iter().map(|c| (c.as_str(), format!("category.{}", c.as_str())));
    let choices = options("ent.hire_from_profile", categories);
    select(
        h,
        lang,
        &hire_id(row, "category"),
        "ent.q.hire_category",
        None,
        &choices,
        hire.category.map_or("", |c| c.as_str()),
    );
    let profile = hire_id(row, "profile");
    h.open("div", &[("class", Some("group")), ("id", Some(&profile)), ("hidden", hire.category.map(|_| ""))]);
    text(h, lang, &hire_id(row, "birth"), &hire.birth_date, None, "q.birth_date", None);
    let degrees: Vec<(&str, String)> =
        Degree::ALL.iter().map(|d| (d.as_str(), format!("degree.{}", d.as_str()))).collect();
    select(h, lang, &hire_id(row, "degree"), "q.degree", None, &degrees, hire.degree.as_str());
    select(
        h,
        lang,
        &hire_id(row, "part-time-degree"),
        "q.part_time_degree",
        None,
        &degrees,
        hire.part_time_degree.as_str(),
    );
    let titles: Vec<(&str, String)> =
        Title::ALL.iter().map(|t| (t.as_str(), format!("title.{}", t.as_str()))).collect();
    select(h, lang, &hire_id(row, "title"), "q.title", None, &titles, hire.title.as_str());
    h.open("fieldset", &[("class", Some("checks"))]).el("legend", &[], &lang.t("q.honors"));
    for &honour in Honor::ALL {
        let id = hire_id(row, &format!("honour-{}", honour.as_str()));
        h.open("label", &[("class", Some("choice")), ("for", Some(&id))])
            .open(
                "input",
                &[
                    ("type", Some("checkbox")),
                    ("id", Some(&id)),
                    ("checked", hire.honors.contains(&honour).then_some("")),
                ],
            )
            .el("span", &[], &lang.t(&format!("honor.{}", honour.as_str())))
            .close("label");
    }
    h.close("fieldset").close("div");
    let remove = lang.page_t_with("ent.remove_hire", &[("n", (row + 1).to_string())]);
    h.el(
        "button",
        &[("type", Some("button")), ("class", Some("link")), ("id", Some(&hire_id(row, "remove")))],
        &remove,
    );
    h.close("fieldset");
}

/// What a problem with an answer says, with the example its unit gives.
pub(crate) fn message(lang: Lang, p: &Problem) -> String {
    let mut params: Vec<(&str, String)> = p.params.iter().map(|(n, v)| (*n, quote(v))).collect();
    params.extend(p.unit.map(|u| ("example", lang.t(u.example()))));
    lang.page_t_with(p.key, &params)
}

/// In place of a result: what needs correcting, each line a link to its field.
pub(crate) fn problems_html(lang: Lang, e: &EnterpriseEvaluation) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", Some("notice warn error-summary")), ("id", Some("fix-fields"))])
        .el("p", &[], &fix_fields_text(lang, e.problems.len()))
        .open("ul", &[]);
    for p in &e.problems {
        h.open("li", &[])
            .el(
                "a",
                &[("href", Some(&format!("#{}", p.id))), ("data-field", Some(&p.id))],
                &format!("{}{}{}", label_of(lang, &p.id), lang.t("list.colon"), message(lang, p)),
            )
            .close("li");
    }
    h.close("ul").close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::policy;

    #[test]
    fn the_form_carries_the_answers_and_a_row_per_hire() {
        let a = EnterpriseAnswers {
            registered_in_city: true,
            platform_national: "2".into(),
            high_tech: Some(HighTech::Renewal),
            hires: vec![
                HireAnswers {
                    label: "张<工>".into(), category: Some(Category::B), ..HireAnswers::default()
                },
                HireAnswers { honors: vec![Honor::CasAcademician], ..HireAnswers::default() },
            ],
            ..EnterpriseAnswers::default()
        };
        let html = render(Lang::Zh, &a, policy::latest());
        assert!(
            html.contains("id=\"registered-in-city\" name=\"registered-in-city\" checked=\"\""),
            "{html}"
        );
        assert!(html.contains("id=\"platform-national\" name=\"platform-national\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" value=\"2\""));
        assert!(html.contains("<option value=\"renewal\" selected=\"\">"));
        assert!(html.contains("value=\"张&lt;工&gt;\""), "escaped");
        assert!(html.contains("id=\"hire-0-profile\" hidden=\"\""), "a declared category needs no profile");
        assert!(html.contains("id=\"hire-1-profile\">"));
        assert!(html.contains("id=\"hire-1-honour-cas_academician\" checked=\"\""));
        assert!(html.contains("id=\"hire-1-remove\""));
        assert!(!html.contains("ent."), "every text is in the catalogs: {html}");
        assert!(!render(Lang::En, &a, policy::latest()).contains("ent."));
        assert_eq!(label_of(Lang::Zh, "joint-platforms"), "新建的校企联合创新平台（个）");
        assert_eq!(label_of(Lang::Zh, "hire-1-days"), "柔性引进人才 2 · 在师市工作天数");
        let ids: Vec<&str> = TEXTS.iter().map(|t| t.0).collect();
        let fields: Vec<&str> = super::super::answers::TEXT_FIELDS.iter().map(|f| f.0).collect();
        assert_eq!(ids, fields, "every text field drawn, in the reading order");
    }

    /// The help of the years an institute has run gives the figure of the
    /// version it is given, not the newest: a fictional version that lives
    /// only in this test, as a revision compiled in before its first day.
    #[test]
    fn the_questions_give_the_figures_of_the_version_they_are_given() {
        let fictional: &'static Policy =
            Box::leak(Box::new(Policy { industrial_institute_max_years: 7, ..policy::latest().clone() }));
        let help = |version| {
            let html = render(Lang::En, &EnterpriseAnswers::default(), version);
            let at = html.find("id=\"industrial-institute-years-help\">").unwrap();
            html[at..].split_once('<').unwrap().0.to_string()
        };
        let years = policy::latest().industrial_institute_max_years;
        assert!(
            help(policy::latest()).ends_with(&format!("for at most {years} years.")),
            "{}",
            help(policy::latest())
        );
        assert!(help(fictional).ends_with("for at most 7 years."), "{}", help(fictional));
        let zh =
            crate::figures::under(Some(fictional), || Lang::Zh.page_t("ent.q.industrial_institute_help"));
        assert_eq!(zh, "按年补助，最多计7年。");
    }

    #[test]
    fn each_answer_to_correct_is_a_link_to_its_field_with_its_label_and_message() {
        let a = EnterpriseAnswers { platform_national: "two".into(), ..EnterpriseAnswers::default() };
        let e = a.evaluate(talent_rules::dates::Date::parse("2026-11-24").unwrap());
        assert!(!e.problems.is_empty());
        let html = problems_html(Lang::Zh, &e);
        for p in &e.problems {
            let link = format!("href=\"#{0}\" data-field=\"{0}\"", p.id);
            assert!(html.contains(&link), "{link}: {html}");
            assert!(html.contains(&label_of(Lang::Zh, &p.id)) && html.contains(&message(Lang::Zh, p)));
        }
        assert!(!html.contains("ent.") && !problems_html(Lang::En, &e).contains("ent."), "{html}");
    }
}
