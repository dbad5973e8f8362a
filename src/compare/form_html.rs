//! The comparison page's form and its list of what to correct, as HTML:
//! a fieldset per scenario with what it may change, each problem a link to
//! its field.

use super::link::{MAX, MIN};
use super::table::scenario_name;
use crate::answers::{Answers, Evaluation, Field};
use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::ids::{EmployerType, HousingChoice};

fn select(h: &mut Html, id: &str, options: &[(&str, String)], chosen: &str) {
    h.open("select", &[("id", Some(id))]);
    for (value, text) in options {
        let selected = (*value == chosen).then_some("");
        h.el("option", &[("value", Some(value)), ("selected", selected)], text);
    }
    h.close("select");
}

fn field(h: &mut Html, lang: Lang, id: &str, label: &str, help: Option<&str>) {
    h.open("div", &[("class", Some("field"))]).el("label", &[("for", Some(id))], &lang.compare_t(label));
    if let Some(help) = help {
        h.el("p", &[("class", Some("help"))], &lang.compare_t(help));
    }
}

fn text_input(h: &mut Html, id: &str, value: &str, mode: &str, kind: &str) {
    h.open(
        "input",
        &[
            ("id", Some(id)),
            ("type", Some(kind)),
            ("inputmode", Some(mode)),
            ("autocomplete", Some("off")),
            ("value", Some(value)),
        ],
    );
}

/// A fieldset per scenario with what it may change.
pub(crate) fn form_html(lang: Lang, scenarios: &[Answers]) -> String {
    let mut h = Html::default();
    let employers: Vec<(&str, String)> = std::iter::once(("", lang.compare_t("compare.choose")))
        .chain(EmployerType::ALL.iter().map(|e| (e.as_str(), lang.t(&format!("employer.{}", e.as_str())))))
        .collect();
    let housing: Vec<(&str, String)> =
        HousingChoice::ALL.iter().map(|c| (c.as_str(), lang.t(&format!("housing.{}", c.as_str())))).collect();
    for (i, a) in scenarios.iter().enumerate() {
        let id = |f: &str| format!("s{i}-{f}");
        h.open("fieldset", &[("class", Some("scenario")), ("id", Some(&id("fields")))]).el(
            "legend",
            &[],
            &scenario_name(lang, i),
        );
        field(&mut h, lang, &id("employer"), "compare.f.employer", None);
        select(&mut h, &id("employer"), &employers, a.employer_type.map_or("", |e| e.as_str()));
        h.close("div");
        field(&mut h, lang, &id("date"), "compare.f.date", Some("compare.f.date_help"));
        text_input(&mut h, &id("date"), &a.assessment_date, "numeric", "date");
        h.close("div");
        field(&mut h, lang, &id("years"), "compare.f.years", None);
        text_input(&mut h, &id("years"), &a.contract_years, "decimal", "text");
        h.close("div");
        field(&mut h, lang, &id("housing"), "compare.f.housing", None);
        select(&mut h, &id("housing"), &housing, a.housing.as_str());
        h.close("div");
        field(&mut h, lang, &id("price"), "compare.f.price", Some("compare.f.price_help"));
        text_input(&mut h, &id("price"), &a.purchase_price, "decimal", "text");
        h.close("div");
        if i >= MIN {
            h.el(
                "button",
                &[("type", Some("button")), ("id", Some(&id("remove"))), ("class", Some("link"))],
                &lang.compare_t("compare.remove"),
            );
        }
        h.close("fieldset");
    }
    if scenarios.len() < MAX {
        h.open("p", &[("class", Some("buttons add"))])
            .el(
                "button",
                &[("type", Some("button")), ("id", Some("compare-add"))],
                &lang.compare_t("compare.add"),
            )
            .close("p");
    }
    h.finish()
}

/// The fields of this page the talent page's checks can refuse, by their id part.
pub(crate) const FIELDS: [(Field, &str); 3] =
    [(Field::AssessmentDate, "date"), (Field::ContractYears, "years"), (Field::PurchasePrice, "price")];

/// What needs correcting, scenario by scenario, each a link to its field;
/// `unreadable`: the scenarios whose date box holds what is no date.
pub(crate) fn errors_html(lang: Lang, evaluated: &[Evaluation], unreadable: &[usize]) -> String {
    let mut h = Html::default();
    if evaluated.iter().all(|e| e.errors.is_empty()) && unreadable.is_empty() {
        return String::new();
    }
    h.open("div", &[("class", Some("notice warn")), ("id", Some("compare-errors"))])
        .el("p", &[], &lang.compare_t("compare.to_fix"))
        .open("ul", &[]);
    for &i in unreadable {
        let params = [
            ("scenario", scenario_name(lang, i)),
            ("field", lang.compare_t("compare.f.date")),
            ("what", lang.t("error.date_unreadable")),
        ];
        let href = format!("#s{i}-date");
        h.open("li", &[])
            .el("a", &[("href", Some(&href))], &lang.compare_t_with("compare.error", &params))
            .close("li");
    }
    for (i, e) in evaluated.iter().enumerate() {
        for err in &e.errors {
            let (href, label) = match FIELDS.iter().find(|(f, _)| *f == err.field) {
                Some((_, part)) => (format!("#s{i}-{part}"), format!("compare.f.{part}")),
                // A talent page answer: corrected there.
                None => ("./".to_string(), "compare.on_talent".to_string()),
            };
            let params = [
                ("scenario", scenario_name(lang, i)),
                ("field", lang.compare_t(&label)),
                ("what", err.text(lang)),
            ];
            let text = lang.compare_t_with("compare.error", &params);
            h.open("li", &[]).el("a", &[("href", Some(&href))], &text).close("li");
        }
    }
    h.close("ul").close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::dates::Date;
    use talent_rules::ids::{Degree, Mode};

    #[test]
    fn each_scenario_has_its_fields_and_only_those_beyond_two_can_go() {
        let two = form_html(Lang::Zh, &[Answers::default(), Answers::default()]);
        assert!(two.contains("id=\"s0-employer\"") && two.contains("id=\"s1-price\""), "{two}");
        assert!(!two.contains("-remove") && two.contains("id=\"compare-add\""), "{two}");
        let three = form_html(Lang::En, &vec![Answers::default(); MAX]);
        assert!(three.contains("id=\"s2-remove\"") && !three.contains("s1-remove"), "{three}");
        assert!(!three.contains("compare-add"), "no more than {MAX}");
    }

    #[test]
    fn what_to_correct_links_to_its_field_or_to_the_talent_page() {
        let today = Date::parse("2026-11-24").unwrap();
        let bad = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            mode: Mode::FullTime,
            employer_type: Some(EmployerType::Enterprise),
            contract_years: "x".into(),
            ..Answers::default()
        };
        let evaluated = [Answers::default().evaluate(today), bad.evaluate(today)];
        let html = errors_html(Lang::Zh, &evaluated, &[0]);
        assert!(html.contains("href=\"#s0-date\""), "the unreadable date: {html}");
        assert!(html.contains("href=\"#s1-years\""), "{html}");
        assert!(!html.contains("compare."), "every text in the catalogs: {html}");
        let fine = [bad.evaluate(today)].map(|mut e| {
            e.errors.clear();
            e
        });
        assert_eq!(errors_html(Lang::Zh, &fine, &[]), "");
    }
}
