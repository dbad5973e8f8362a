//! The enterprise's result as escaped HTML: the total, one card per award
//! (the talent page's cards), each flexible hire with its category, why it
//! has it and its subsidy, what does not apply and why, where to apply each
//! award. Printed, it starts with what was entered and keeps the cards with
//! their arithmetic (style/pages.css), which the talent page's printout
//! replaces by a table.

use super::answers::{Basis, EnterpriseAnswers, EnterpriseEvaluation};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::amount_text::span_text;
use crate::view::result::{benefit_card, closing, not_applicable};
use talent_rules::documents::checklist;
use talent_rules::ids::{BenefitId, Clause, Department, Interp};
use talent_rules::output::{Amount, Span};
use talent_rules::Assessment;

/// What the enterprise receives in all: its awards and, as the employer, its
/// hires' subsidies.
pub fn total(a: &Assessment) -> Span {
    let (awards, hires) = (a.totals.enterprise, a.totals.employer);
    Span { min: awards.min + hires.min, max: awards.max + hires.max }
}

/// The result of `e` (whose `result` is `a`) for the answers `answers`.
pub fn render(lang: Lang, a: &Assessment, e: &EnterpriseEvaluation, answers: &EnterpriseAnswers) -> String {
    // Its texts give the figures of the version its amounts come from.
    crate::figures::about(Some(&a.policy_version), || write(lang, a, e, answers))
}

fn write(lang: Lang, a: &Assessment, e: &EnterpriseEvaluation, answers: &EnterpriseAnswers) -> String {
    let mut h = Html::default();
    entered(&mut h, lang, answers);
    let total = span_text(lang, total(a));
    h.open("div", &[("class", Some("card totals")), ("id", Some("totals"))])
        .el("p", &[("class", Some("eyebrow"))], &lang.page_t("ent.total"))
        .el("p", &[("class", Some("big")), ("id", Some("e-total"))], &total);
    let has_caps = a.benefits.iter().any(|b| matches!(b.amount, Amount::UpTo(_) | Amount::Range { .. }));
    let note = if has_caps { "result.total_note_caps" } else { "result.total_note" };
    h.el("p", &[("class", Some("muted"))], &lang.t(note)).close("div");

    h.open("div", &[("class", Some("cards"))]).el("h3", &[], &lang.t("result.benefits"));
    if a.benefits.is_empty() {
        let key = if a.flexible_hires.is_empty() { "ent.no_awards" } else { "ent.no_awards_but_hires" };
        h.el("p", &[("class", Some("muted"))], &lang.page_t(key));
    }
    for b in &a.benefits {
        benefit_card(&mut h, lang, b);
    }
    h.close("div");
    if !a.flexible_hires.is_empty() || !e.waiting.is_empty() {
        let names: Vec<String> = answers.hires.iter().map(|h| h.label.clone()).collect();
        hires(&mut h, lang, a, e, &names);
    }
    not_applicable(&mut h, lang, &a.ineligible);
    apply_to(&mut h, lang, a);
    closing(&mut h, lang, a);
    h.finish()
}

/// Printed only, above the result: the answers, two to a row as on the talent page's printout.
fn entered(h: &mut Html, lang: Lang, answers: &EnterpriseAnswers) {
    h.open("section", &[("class", Some("print-only print-summary")), ("id", Some("e-entered"))])
        .el("h2", &[], &lang.t("print.answers"))
        .open("table", &[]);
    for pair in super::form_html::entered(lang, answers).chunks(2) {
        h.open("tr", &[]);
        for (question, answer) in pair {
            h.el("th", &[], question).el("td", &[], answer);
        }
        h.close("tr");
    }
    h.close("table").close("section");
}

/// Where to apply, award by award as the engine directs each (§16, INT-06),
/// and the hires' subsidies; then the documents the hires need.
fn apply_to(h: &mut Html, lang: Lang, a: &Assessment) {
    let hires_paid = a.flexible_hires.iter().any(|r| !r.amount.is_zero());
    if a.benefits.is_empty() && !hires_paid {
        return;
    }
    let depts = |ds: &[Department]| {
        ds.iter()
            .map(|d| lang.t(&format!("dept.{}", d.as_str())))
            .collect::<Vec<_>>()
            .join(&lang.t("list.separator"))
    };
    h.open("div", &[("class", Some("card apply")), ("id", Some("apply-to"))])
        .el("h3", &[], &lang.t("result.where_to_apply"))
        .open("ul", &[("class", Some("departments"))]);
    for b in &a.benefits {
        let line = format!(
            "{}{}{}",
            lang.t(&format!("benefit.{}", b.id.as_str())),
            lang.t("ui.colon"),
            depts(&b.apply_to)
        );
        h.el("li", &[("id", Some(&format!("apply-{}", b.id.as_str())))], &line);
    }
    if hires_paid {
        let line = format!(
            "{}{}{}",
            lang.page_t("ent.hires_heading"),
            lang.t("ui.colon"),
            depts(&[talent_rules::policy::in_force(a.assessment_date).flexible_hires_department])
        );
        h.el("li", &[("id", Some("apply-hires"))], &line);
    }
    h.close("ul").el("p", &[("class", Some("muted small"))], &lang.page_t("ent.section16"));
    if a.benefits.iter().any(|b| b.interpretations.contains(&Interp::Int06)) {
        h.el("p", &[("class", Some("muted small"))], &format!("INT-06 {}", lang.t("interp.INT-06")));
    }
    let docs = checklist(hires_paid.then_some(BenefitId::FlexibleDailySubsidy));
    if !docs.is_empty() {
        h.el("h4", &[], &lang.t("result.documents"));
        let docs: Vec<String> = docs.iter().map(|d| lang.t(&format!("doc.{}", d.as_str()))).collect();
        h.list("docs", docs.iter().cloned());
        // The list is hidden in print (style/main.css); a line says it there, as on the talent page.
        h.el("p", &[("class", Some("print-only small"))], &docs.join(&lang.t("list.separator")));
        h.el("p", &[("class", Some("muted small"))], &lang.t("result.documents_note"));
    }
    h.close("div");
}

/// Why a hire has its category, in words: declared, or the criteria met.
fn basis_text(lang: Lang, b: Option<&Basis>) -> String {
    match b {
        Some(Basis::Declared) => lang.page_t("ent.basis.declared"),
        Some(Basis::Criteria(met)) if !met.is_empty() => {
            let names: Vec<String> = met
                .iter()
                .map(|m| {
                    let criterion = lang.t(&format!("criterion.{}", m.id.as_str()));
                    lang.page_t_with(
                        "ent.basis.criterion",
                        &[("criterion", criterion), ("clause", m.clause.as_str().to_string())],
                    )
                })
                .collect();
            names.join(&lang.t("list.separator"))
        }
        _ => lang.page_t("ent.basis.none"),
    }
}

/// One row per hire: who, the category the engine found and why, the days,
/// the subsidy, and why it is nothing when it is; under them, the subtotal
/// the enterprise receives as their employer (§11(2)).
fn hires(h: &mut Html, lang: Lang, a: &Assessment, e: &EnterpriseEvaluation, names: &[String]) {
    let (hires, rows, waiting) = (&a.flexible_hires, &e.rows, &e.waiting);
    h.open("div", &[("class", Some("card hires")), ("id", Some("hire-results"))])
        .open("h3", &[])
        .text(&lang.page_t("ent.hires_heading"))
        .text(" ")
        .el("span", &[("class", Some("clause"))], Clause::S11_2.as_str())
        .close("h3")
        .open("table", &[])
        .open("thead", &[])
        .open("tr", &[]);
    for key in
        ["ent.col.hire", "result.category", "ent.col.basis", "ent.col.days", "ent.col.subsidy", "ent.col.why"]
    {
        h.el("th", &[("scope", Some("col"))], &lang.page_t(key));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let name = |row: usize| match names.get(row).map(|n| n.trim()).filter(|n| !n.is_empty()) {
        Some(n) => n.to_string(),
        None => lang.page_t_with("ent.hire_legend", &[("n", (row + 1).to_string())]),
    };
    for (i, (&row, r)) in rows.iter().zip(hires).enumerate() {
        let category = r
            .category
            .map_or_else(|| lang.t("result.no_category"), |c| lang.t(&format!("category.{}", c.as_str())));
        // The page's own wording first: the reason is the hire's, not the reader's.
        let why: Vec<String> =
            r.reasons.iter().map(|x| lang.page_t(&format!("reason.{}", x.as_str()))).collect();
        let why = if why.is_empty() {
            let per_day =
                if r.days > 0 { r.amount.0 / rust_decimal::Decimal::from(r.days) } else { r.amount.0 };
            lang.page_t_with(
                "ent.hire_paid",
                &[("days", r.days.to_string()), ("rate", lang.money(talent_rules::money::Money(per_day)))],
            )
        } else {
            why.join(&lang.t("list.separator"))
        };
        h.open("tr", &[("id", Some(&format!("hire-result-{row}")))])
            .el("th", &[("scope", Some("row"))], &name(row))
            .el("td", &[("data-label", Some(&lang.t("result.category")))], &category)
            .el(
                "td",
                &[("class", Some("basis")), ("data-label", Some(&lang.page_t("ent.col.basis")))],
                &basis_text(lang, e.bases.get(i)),
            )
            .el("td", &[("data-label", Some(&lang.page_t("ent.col.days")))], &r.days.to_string())
            .el(
                "td",
                &[("class", Some("amount")), ("data-label", Some(&lang.page_t("ent.col.subsidy")))],
                &lang.money(r.amount),
            )
            .el("td", &[("data-label", Some(&lang.page_t("ent.col.why")))], &why)
            .close("tr");
    }
    for &row in waiting {
        h.open("tr", &[("id", Some(&format!("hire-result-{row}")))])
            .el("th", &[("scope", Some("row"))], &name(row))
            .el("td", &[("colspan", Some("5"))], &lang.page_t("ent.error.hire_profile"))
            .close("tr");
    }
    h.close("tbody");
    let subtotal = span_text(lang, a.totals.employer);
    h.open("tfoot", &[])
        .open("tr", &[("id", Some("hire-subtotal"))])
        .el("th", &[("scope", Some("row")), ("colspan", Some("4"))], &lang.page_t("ent.hires_subtotal"))
        .el(
            "td",
            &[("class", Some("amount")), ("data-label", Some(&lang.page_t("ent.col.subsidy")))],
            &subtotal,
        )
        .close("tr")
        .close("tfoot");
    h.close("table").close("div");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enterprise::answers::HireAnswers;
    use talent_rules::dates::Date;
    use talent_rules::ids::{Degree, HighTech, Specialized};

    #[test]
    fn each_award_is_sent_where_section_16_and_int_06_say_and_the_hires_show_why_and_their_subtotal() {
        let answers = EnterpriseAnswers {
            registered_in_city: true,
            division_affiliated: true,
            platform_national: "1".into(),
            high_tech: Some(HighTech::First),
            specialized: Some(Specialized::LittleGiant),
            specialized_awards_received: "5万".into(),
            hires: vec![HireAnswers {
                label: "张工".into(),
                days: "10".into(),
                birth_date: "1990-01-01".into(),
                degree: Degree::Doctorate,
                ..HireAnswers::default()
            }],
            ..EnterpriseAnswers::default()
        };
        Lang::use_page_texts();
        let e = answers.evaluate(Date::parse("2026-11-24").unwrap());
        let html = render(Lang::Zh, e.result.as_ref().unwrap(), &e, &answers);
        for part in [
            "id=\"apply-platform_national\">国家级创新平台奖励：师市发改委、师市科技局",
            "id=\"apply-high_tech_first\">首次认定高新技术企业奖励：师市科技局",
            "id=\"apply-little_giant\">专精特新“小巨人”奖励：师市工信局",
            "id=\"apply-hires\">柔性引进人才补助：师市人社局",
            "INT-06",
            "200,000.00 元 减已获 50,000.00 元",
            "45岁（含）以下全日制博士研究生（§10）",
            "id=\"hire-subtotal\"",
            "3,000.00 元",
            "id=\"e-entered\"",
            "在师市注册登记</th><td>是",
            "5万",
        ] {
            assert!(html.contains(part), "{part}: {html}");
        }
        assert!(!html.contains("行业主管部门"), "no industrial award goes to a sector authority: {html}");
        assert!(
            html.contains("id=\"apply-high_tech_first\">首次认定高新技术企业奖励：师市科技局")
                || html.contains("高新技术")
        );
        assert!(!render(Lang::En, e.result.as_ref().unwrap(), &e, &answers).contains("ent."));
    }
}
