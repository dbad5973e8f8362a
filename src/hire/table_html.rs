//! The hire table as HTML: the candidate, a row per employer type with
//! what the candidate brings there, and the notice in its place when there
//! is no result to show.

use crate::answers::Answers;
use crate::figures;
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::amount_text::{amount_text, span_text};
use crate::view::result::{category_text, disclaimer};
use talent_rules::dates::Date;
use talent_rules::output::{Amount, True};
use talent_rules::policy::{self, Policy};
use talent_rules::standard_hire::{by_employer, EmployerRow};
use talent_rules::Assessment;

/// How the comparison page says a benefit in kind (`amount_text`).
const IN_KIND: Amount = Amount::InKind(True);

/// The candidate of the pages about one person: a talent share link in the
/// address (kept there, not saved, and carried on by the links between
/// these pages), else the talent page's draft on this device.
#[derive(Clone)]
pub(crate) struct Candidate {
    pub answers: Option<Answers>,
    /// `#t2.…` when the candidate came from a link, else empty.
    pub fragment: String,
}

impl Candidate {
    /// The answers with their result; None without answers or with answers
    /// that give none (the talent page names what to correct).
    pub(crate) fn result(&self, today: Date) -> Option<(Answers, Assessment)> {
        let a = self.answers.as_ref()?;
        a.evaluate(today).result.map(|r| (a.clone(), r))
    }
}

/// The candidate's answers and result, or the notice saying why there are
/// none: nothing entered yet, or answers the talent page wants corrected.
pub(crate) fn assessed(
    h: &mut Html,
    lang: Lang,
    id: &str,
    c: &Candidate,
    today: Date,
) -> Option<(Answers, Assessment)> {
    if let Some(found) = c.result(today) {
        return Some(found);
    }
    let a = c.answers.as_ref();
    let needs_fix =
        a.is_some_and(|a| !a.evaluate(today).errors.is_empty() && !a.birth_date.trim().is_empty());
    h.open("div", &[("class", Some("notice")), ("id", Some(id))])
        .el("p", &[], &lang.page_t(if needs_fix { "hire.fix_first" } else { "hire.none" }))
        .open("p", &[])
        .el("a", &[("href", Some(&format!("./{}", c.fragment)))], &lang.page_t("hire.to_talent"))
        .close("p")
        .close("div");
    None
}

/// Who the candidate is, with the way back to change the answers.
pub(crate) fn candidate_line(h: &mut Html, lang: Lang, id: &str, c: &Candidate, a: &Answers, r: &Assessment) {
    let candidate = [("category", category_text(lang, r)), ("birth", a.birth_date.clone())];
    h.open("p", &[("id", Some(id))])
        .text(&lang.page_t_with("hire.candidate", &candidate))
        .text(" ")
        .el(
            "a",
            &[("href", Some(&format!("./{}", c.fragment))), ("class", Some("no-print"))],
            &lang.page_t("hire.edit"),
        )
        .close("p");
}

fn row_html(h: &mut Html, lang: Lang, r: &EmployerRow) {
    let employer = lang.t(&format!("employer.{}", r.employer_type.as_str()));
    let class = r.best.then_some("best");
    h.open("tr", &[("class", class), ("id", Some(&format!("hire-row-{}", r.employer_type.as_str())))])
        .open("th", &[("scope", Some("row"))])
        .text(&employer);
    if r.best {
        h.text(" ").el("strong", &[("class", Some("tag"))], &lang.page_t("hire.best"));
    }
    h.close("th");
    let category = r
        .category
        .map_or_else(|| lang.t("result.no_category"), |c| lang.t(&format!("category.{}", c.as_str())));
    let cell = |h: &mut Html, label: &str, text: &str| {
        h.el("td", &[("data-label", Some(&lang.page_t(label)))], text);
    };
    cell(h, "hire.col.category", &category);
    let s11 = match &r.s11_1 {
        Ok(()) => lang.page_t("hire.applies"),
        Err(reasons) => {
            let why: Vec<String> =
                reasons.iter().map(|x| lang.t(&format!("reason.{}", x.as_str()))).collect();
            format!("{}{}", lang.page_t("hire.not_applies"), why.join(&lang.t("list.separator")))
        }
    };
    cell(h, "hire.col.s11_1", &s11);
    // The benefits in kind under the money, named as the comparison page names
    // them: what sets apart rows that pay the same.
    h.open("td", &[("data-label", Some(&lang.page_t("hire.col.talent")))]).text(&span_text(lang, r.talent));
    if !r.in_kind.is_empty() {
        let names: Vec<String> =
            r.in_kind.iter().map(|id| lang.t(&format!("benefit.{}", id.as_str()))).collect();
        let text = format!(
            "{}{}{}",
            amount_text(lang, &IN_KIND),
            lang.t("ui.colon"),
            names.join(&lang.t("list.separator"))
        );
        h.el("span", &[("class", Some("in-kind"))], &text);
    }
    h.close("td");
    let per_month = if r.per_month.is_zero() { "—".to_string() } else { lang.money(r.per_month) };
    cell(h, "hire.col.per_month", &per_month);
    let per_day = lang.money(r.employer_per_day);
    if r.per_day_not_for_offices && !r.employer_per_day.is_zero() {
        h.open("td", &[("data-label", Some(&lang.page_t("hire.col.per_day")))])
            .el("span", &[("class", Some("in-kind"))], &lang.page_t("hire.per_day_not_offices"))
            .el(
                "span",
                &[("class", Some("in-kind"))],
                &lang.page_t_with("hire.per_day_institutions", &[("amount", per_day)]),
            )
            .close("td");
    } else {
        cell(h, "hire.col.per_day", &per_day);
    }
    h.close("tr");
}

/// The table, its texts giving the figures of the version that governs the
/// candidate's category and §11 (INT-14: the start date, else the
/// assessment date), as its rows' amounts do; without a result, of the
/// version in force `today`.
pub(crate) fn table_html(lang: Lang, c: &Candidate, today: Date) -> String {
    let mut h = Html::default();
    let Some((a, r)) =
        figures::under(Some(policy::in_force(today)), || assessed(&mut h, lang, "hire-none", c, today))
    else {
        return h.finish();
    };
    let Some(rows) = a.as_candidate(today).and_then(|c| by_employer(&c).ok()) else { return h.finish() };
    let governing = policy::in_force(r.category_decided_on.unwrap_or(r.assessment_date));
    figures::under(Some(governing), || table(&mut h, lang, c, (&a, &r), &rows, governing));
    disclaimer(&mut h, lang, today);
    h.finish()
}

fn table(
    h: &mut Html,
    lang: Lang,
    c: &Candidate,
    (a, r): (&Answers, &Assessment),
    rows: &[EmployerRow],
    governing: &Policy,
) {
    candidate_line(h, lang, "hire-candidate", c, a, r);
    h.open_table(
        "hire",
        &lang.page_t_with("hire.caption", &[("years", governing.min_contract_years.to_string())]),
    )
    .open("thead", &[])
    .open("tr", &[]);
    for key in [
        "hire.col.employer",
        "hire.col.category",
        "hire.col.s11_1",
        "hire.col.talent",
        "hire.col.per_month",
        "hire.col.per_day",
    ] {
        h.el("th", &[("scope", Some("col"))], &lang.page_t(key));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for r in rows {
        row_html(h, lang, r);
    }
    h.close("tbody").close("table").close("div");
    h.el("p", &[("class", Some("muted small"))], &lang.page_t("hire.notes"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::EmployerType;

    fn phd() -> Answers {
        Answers { assessment_date: "2026-11-24".into(), ..crate::answers::phd_at(EmployerType::Enterprise) }
    }

    #[test]
    fn a_candidate_has_a_row_per_employer_type_and_the_best_is_marked() {
        let today = Date::parse("2026-11-24").unwrap();
        let c = Candidate { answers: Some(phd()), fragment: "#t3.x".into() };
        let html = table_html(Lang::Zh, &c, today);
        let rows = by_employer(&phd().as_candidate(today).unwrap()).unwrap();
        for r in &rows {
            let id = format!("id=\"hire-row-{}\"", r.employer_type.as_str());
            assert!(html.contains(&id), "{id}: {html}");
        }
        assert_eq!(html.matches("<tr id=\"hire-row-").count() + 1, rows.len(), "one best");
        assert!(html.contains("class=\"best\""), "{html}");
        assert!(html.contains("id=\"hire-candidate\"") && html.contains("href=\"./#t3.x\""), "{html}");
        assert!(!html.contains("hire."), "every text in the catalogs: {html}");
    }

    #[test]
    fn without_a_result_the_page_says_why_and_leads_back() {
        let today = Date::parse("2026-11-24").unwrap();
        let none = table_html(Lang::En, &Candidate { answers: None, fragment: String::new() }, today);
        assert!(none.contains("id=\"hire-none\"") && none.contains("href=\"./\""), "{none}");
        let unfinished = Answers { contract_years: "x".into(), ..phd() };
        let fix =
            table_html(Lang::Zh, &Candidate { answers: Some(unfinished), fragment: String::new() }, today);
        assert!(fix.contains("id=\"hire-none\"") && !fix.contains("hire-row-"), "{fix}");
    }

    /// The table's texts give the figures of the version that governs the
    /// candidate, whatever version the texts around it give: here a
    /// fictional one that lives only in this test, as a revision would.
    #[test]
    fn its_texts_give_the_figures_of_the_version_that_governs_the_candidate() {
        let today = Date::parse("2026-11-24").unwrap();
        let fictional: &'static Policy =
            Box::leak(Box::new(Policy { min_contract_years: 4, ..policy::latest().clone() }));
        // A 2-year contract: §11(1) applies nowhere, and says why.
        let short = Answers { contract_years: "2".into(), ..phd() };
        let c = Candidate { answers: Some(short), fragment: String::new() };
        let html = figures::under(Some(fictional), || table_html(Lang::En, &c, today));
        let years = policy::in_force(today).min_contract_years;
        assert!(html.contains(&format!("and a {years}-year contract")), "the caption: {html}");
        assert!(html.contains(&format!("The contract must run {years} years or more")), "{html}");
        assert!(!html.contains("4 years or more") && !html.contains("a 4-year"), "{html}");
    }
}
