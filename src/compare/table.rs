//! The comparison table: a column per scenario, a row per line of the result
//! (category, totals, each benefit), every cell that differs from the first
//! scenario marked, in words too for screen readers and print.

use crate::answers::{Answers, Evaluation};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::amount_text::{amount_text, span_text};
use crate::view::result::category_text;
use talent_rules::dates::Date;
use talent_rules::ids::BenefitId;
use talent_rules::Assessment;

/// What a scenario's result says in each row; `None` where the answers
/// still need correcting.
/// A scenario's column, its texts giving the figures of the version its
/// amounts come from: scenarios on other dates can be under other versions.
fn cells(lang: Lang, r: &Assessment, ids: &[BenefitId]) -> Vec<String> {
    crate::figures::about(Some(&r.policy_version), || scenario_cells(lang, r, ids))
}

fn scenario_cells(lang: Lang, r: &Assessment, ids: &[BenefitId]) -> Vec<String> {
    let mut cells =
        vec![category_text(lang, r), span_text(lang, r.totals.talent), span_text(lang, r.totals.employer)];
    for id in ids {
        let b = r.benefits.iter().find(|b| b.id == *id);
        cells.push(b.map_or_else(|| "—".to_string(), |b| amount_text(lang, &b.amount)));
    }
    // Why a benefit is not paid here: what explains a "—" beside another scenario's amount.
    let why: Vec<String> = r
        .ineligible
        .iter()
        .map(|i| {
            let reasons: Vec<String> =
                i.reasons.iter().map(|x| lang.t(&format!("reason.{}", x.as_str()))).collect();
            let params = [
                ("benefit", lang.t(&format!("benefit.{}", i.id.as_str()))),
                ("why", reasons.join(&lang.t("list.separator"))),
            ];
            lang.compare_t_with("compare.not_paid", &params)
        })
        .collect();
    cells.push(if why.is_empty() { "—".to_string() } else { why.join("; ") });
    cells
}

/// The scenario's name: 方案一, Scenario 2…
pub fn scenario_name(lang: Lang, i: usize) -> String {
    lang.compare_t_with("compare.scenario", &[("n", lang.compare_t(&format!("compare.n.{}", i + 1)))])
}

/// What a scenario sets: employer, date, contract, house price.
fn settings(lang: Lang, a: &Answers) -> String {
    let employer =
        a.employer_type.map_or_else(|| "—".to_string(), |e| lang.t(&format!("employer.{}", e.as_str())));
    let date = match a.assessment_date.trim() {
        "" => lang.compare_t("compare.today"),
        d => d.to_string(),
    };
    let mut parts = vec![employer, date];
    if !a.contract_years.trim().is_empty() {
        parts.push(lang.compare_t_with("compare.years", &[("years", a.contract_years.trim().to_string())]));
    }
    if !a.purchase_price.trim().is_empty() {
        parts.push(lang.compare_t_with("compare.price", &[("price", a.purchase_price.trim().to_string())]));
    }
    parts.join(" · ")
}

/// The table of the scenarios and their evaluations.
pub fn table_html(lang: Lang, scenarios: &[Answers], evaluated: &[Evaluation]) -> String {
    if evaluated.is_empty() {
        return String::new();
    }
    let results: Vec<Option<&Assessment>> = evaluated.iter().map(|e| e.result.as_ref()).collect();
    let mut ids: Vec<BenefitId> = Vec::new();
    for b in results.iter().flatten().flat_map(|r| &r.benefits) {
        if !ids.contains(&b.id) {
            ids.push(b.id);
        }
    }
    // What each scenario sets is shown even where its answers need correcting.
    let columns: Vec<Vec<Option<String>>> = results
        .iter()
        .zip(scenarios)
        .map(|(r, a)| {
            let cells = r.map(|r| cells(lang, r, &ids));
            let rest = (0..ids.len() + 4).map(|i| cells.as_ref().map(|c| c[i].clone()));
            std::iter::once(Some(settings(lang, a))).chain(rest).collect()
        })
        .collect();
    let mut labels = vec![
        lang.compare_t("compare.row.settings"),
        lang.compare_t("compare.row.category"),
        lang.compare_t("compare.row.talent"),
        lang.compare_t("compare.row.employer"),
    ];
    labels.extend(ids.iter().map(|id| lang.t(&format!("benefit.{}", id.as_str()))));
    labels.push(lang.compare_t("compare.row.not_paid"));
    let mut h = Html::default();
    h.scroll_hint(lang);
    h.open_table("compare", &lang.compare_t("compare.caption")).open("thead", &[]).open("tr", &[]).el(
        "td",
        &[],
        "",
    );
    for i in 0..evaluated.len() {
        h.el("th", &[("scope", Some("col"))], &scenario_name(lang, i));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let differs = lang.compare_t("compare.differs");
    for (row, label) in labels.iter().enumerate() {
        h.open("tr", &[("id", Some(&format!("compare-row-{row}")))]).el(
            "th",
            &[("scope", Some("row"))],
            label,
        );
        let first = columns[0][row].as_ref();
        for (i, column) in columns.iter().enumerate() {
            match &column[row] {
                None => {
                    h.el("td", &[("class", Some("muted"))], &lang.compare_t("compare.fix_first"));
                }
                Some(c) if i > 0 && first != Some(c) => {
                    h.open("td", &[("class", Some("differs"))])
                        .text(c)
                        .el("span", &[("class", Some("visually-hidden"))], &differs)
                        .close("td");
                }
                Some(c) => {
                    h.el("td", &[], c);
                }
            }
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    h.el("p", &[("class", Some("muted small"))], &lang.compare_t("compare.legend"));
    h.finish()
}

/// Every scenario evaluated as of `today`.
pub fn evaluate(scenarios: &[Answers], today: Date) -> Vec<Evaluation> {
    scenarios.iter().map(|a| a.evaluate(today)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::EmployerType;

    fn phd(employer: EmployerType) -> Answers {
        Answers { assessment_date: "2026-11-24".into(), ..crate::answers::phd_at(employer) }
    }

    #[test]
    fn differences_from_the_first_scenario_are_marked_in_words_too() {
        let today = Date::parse("2026-11-24").unwrap();
        let two = [phd(EmployerType::Enterprise), phd(EmployerType::Enterprise)];
        let html = table_html(Lang::Zh, &two, &evaluate(&two, today));
        assert!(!html.contains("differs"), "nothing differs: {html}");
        assert!(html.contains("情形一") && html.contains("情形二"));

        let mut short = phd(EmployerType::Enterprise);
        short.contract_years = "2".into();
        let mut wrong = phd(EmployerType::Enterprise);
        wrong.contract_years = "abc".into();
        let three = [phd(EmployerType::Enterprise), short, wrong];
        let html = table_html(Lang::Zh, &three, &evaluate(&three, today));
        assert!(html.contains("企业 · 2026-11-24 · 合同 2 年"), "what each scenario sets: {html}");
        assert!(html.contains("情形三"));
        assert!(html.contains("class=\"differs\""), "{html}");
        assert!(html.contains("与情形一不同"));
        assert!(html.contains("请先更正"), "a scenario to correct says so: {html}");
        assert!(html.contains("生活补助（合同期限须在3年及以上）"), "why a benefit is not paid: {html}");
        assert!(!html.contains("compare."), "every text in the catalogs");
        assert!(table_html(Lang::En, &three, &evaluate(&three, today)).contains("Scenario 3"));
        assert_eq!(table_html(Lang::Zh, &[], &[]), "", "no candidate yet: no table");
    }
}
