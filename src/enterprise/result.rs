//! The enterprise's result as escaped HTML: the total, one card per award
//! (the talent page's cards), each flexible hire with its category and
//! subsidy, what does not apply and why, where to apply.

use crate::html::Html;
use crate::i18n::Lang;
use crate::view::result::{apply_to, benefit_card, closing, not_applicable, print_table, span_text};
use talent_rules::output::{Amount, HireResult, Span};
use talent_rules::Assessment;

/// `rows` gives the form row of each hire in the result; `waiting`, the rows
/// not yet filled in enough to count.
/// What the enterprise receives in all: its awards and, as the employer, its
/// hires' subsidies.
pub fn total(a: &Assessment) -> Span {
    let (awards, hires) = (a.totals.enterprise, a.totals.employer);
    Span { min: awards.min + hires.min, max: awards.max + hires.max }
}

/// `names` are the hires' names as typed, by form row.
pub fn render(lang: Lang, a: &Assessment, rows: &[usize], waiting: &[usize], names: &[String]) -> String {
    let mut h = Html::default();
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
    // Printed in place of the cards, as on the talent page.
    print_table(&mut h, lang, a);
    if !a.flexible_hires.is_empty() || !waiting.is_empty() {
        hires(&mut h, lang, &a.flexible_hires, rows, waiting, names);
    }
    not_applicable(&mut h, lang, &a.ineligible);
    apply_to(&mut h, lang, a);
    closing(&mut h, lang, a);
    h.finish()
}

/// One row per hire: who, the category the engine found, the days, the
/// subsidy, and why it is nothing when it is.
fn hires(
    h: &mut Html,
    lang: Lang,
    hires: &[HireResult],
    rows: &[usize],
    waiting: &[usize],
    names: &[String],
) {
    h.open("div", &[("class", Some("card hires")), ("id", Some("hire-results"))])
        .el("h3", &[], &lang.page_t("ent.hires_heading"))
        .open("table", &[])
        .open("thead", &[])
        .open("tr", &[]);
    for key in ["ent.col.hire", "result.category", "ent.col.days", "ent.col.subsidy", "ent.col.why"] {
        h.el("th", &[("scope", Some("col"))], &lang.page_t(key));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let name = |row: usize| match names.get(row).map(|n| n.trim()).filter(|n| !n.is_empty()) {
        Some(n) => n.to_string(),
        None => lang.page_t_with("ent.hire_legend", &[("n", (row + 1).to_string())]),
    };
    for (&row, r) in rows.iter().zip(hires) {
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
            .el("td", &[("colspan", Some("4"))], &lang.page_t("ent.error.hire_profile"))
            .close("tr");
    }
    h.close("tbody").close("table").close("div");
}
