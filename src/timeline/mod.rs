//! The payment timeline (`timeline.html`): what the talent of the talent
//! page receives in each year, years 1 to 8, by benefit, drawn as bars with
//! a table beside them for screen readers and print. Its own binary
//! (`src/bin/timeline.rs`): the talent page links here, its download stays
//! within its budget.

use crate::clock;
use crate::hire::page::{assessed, candidate, candidate_line, Candidate};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::result::{disclaimer, span_text};
use crate::view::shell::Shell;
use leptos::prelude::*;
use talent_rules::dates::Date;
use talent_rules::ids::{BenefitId, Recipient};
use talent_rules::money::Money;
use talent_rules::output::Span;
use talent_rules::timeline::{timeline, Item, Timeline};

/// The talent's money of each benefit paying them, in the order they first pay.
fn benefits(t: &Timeline) -> Vec<BenefitId> {
    let mut ids: Vec<BenefitId> = Vec::new();
    for item in t.years.iter().flat_map(|y| &y.items).chain(&t.after) {
        if item.recipient == Recipient::Talent && !ids.contains(&item.id) {
            ids.push(item.id);
        }
    }
    ids
}

fn talent_item(items: &[Item], id: BenefitId) -> Option<&Item> {
    items.iter().find(|i| i.id == id && i.recipient == Recipient::Talent)
}

fn benefit_name(lang: Lang, id: BenefitId) -> String {
    lang.t(&format!("benefit.{}", id.as_str()))
}

/// A benefit's colour, the same on every candidate's timeline.
fn colour(id: BenefitId) -> usize {
    BenefitId::ALL.iter().position(|b| *b == id).unwrap_or(0) % 6
}

/// One bar per year: a segment per benefit, as long as its share of the
/// largest year's total (maximum of a range). Decoration only: the table
/// says the same in words.
fn bars(h: &mut Html, lang: Lang, t: &Timeline, ids: &[BenefitId]) {
    let most = t.years.iter().map(|y| y.total.talent.max).max().unwrap_or_default();
    if most.is_zero() {
        return;
    }
    let width = |m: Money| (m.0 * rust_decimal::Decimal::ONE_HUNDRED / most.0).round_dp(2).to_string();
    h.open("div", &[("class", Some("bars")), ("aria-hidden", Some("true"))]);
    for y in &t.years {
        h.open("div", &[("class", Some("bar-row"))])
            .el(
                "span",
                &[("class", Some("bar-year"))],
                &lang.page_t_with("timeline.year", &[("n", y.year.to_string())]),
            )
            .open(
                "svg",
                &[
                    ("viewBox", Some("0 0 100 10")),
                    ("preserveAspectRatio", Some("none")),
                    ("class", Some("bar")),
                ],
            );
        let mut x = Money::default();
        for id in ids {
            let Some(item) = talent_item(&y.items, *id) else { continue };
            let class = format!("seg seg-{}", colour(*id));
            h.el(
                "rect",
                &[
                    ("x", Some(&width(x))),
                    ("y", Some("0")),
                    ("height", Some("10")),
                    ("width", Some(&width(item.amount.max))),
                    ("class", Some(&class)),
                ],
                "",
            );
            x += item.amount.max;
        }
        h.close("svg")
            .el("span", &[("class", Some("bar-total"))], &span_text(lang, y.total.talent))
            .close("div");
    }
    h.open("ul", &[("class", Some("legend"))]);
    for id in ids {
        h.open("li", &[])
            .el("span", &[("class", Some(&format!("swatch seg-{}", colour(*id))))], "")
            .text(&benefit_name(lang, *id))
            .close("li");
    }
    h.close("ul").close("div");
}

fn cell(lang: Lang, item: Option<&Item>) -> String {
    match item {
        None => "—".to_string(),
        Some(i) if i.later => lang.page_t_with("timeline.later", &[("amount", span_text(lang, i.amount))]),
        Some(i) => span_text(lang, i.amount),
    }
}

/// The table: a row per year, a column per benefit, and the year's total.
fn table(h: &mut Html, lang: Lang, t: &Timeline, ids: &[BenefitId]) {
    h.el("p", &[("class", Some("scroll-hint muted small"))], &lang.page_t("timeline.scroll"));
    h.open_table("timeline", &lang.page_t("timeline.caption")).open("thead", &[]).open("tr", &[]).el(
        "th",
        &[("scope", Some("col"))],
        &lang.page_t("timeline.col.year"),
    );
    for id in ids {
        h.el("th", &[("scope", Some("col"))], &benefit_name(lang, *id));
    }
    h.el("th", &[("scope", Some("col"))], &lang.page_t("timeline.col.total"))
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    let row = |h: &mut Html, id: &str, label: &str, items: &[Item], total: Span| {
        h.open("tr", &[("id", Some(id))]).el("th", &[("scope", Some("row"))], label);
        for benefit in ids {
            h.el("td", &[], &cell(lang, talent_item(items, *benefit)));
        }
        h.el("td", &[("class", Some("total"))], &span_text(lang, total)).close("tr");
    };
    for y in &t.years {
        let label = lang.page_t_with("timeline.year", &[("n", y.year.to_string())]);
        row(h, &format!("timeline-year-{}", y.year), &label, &y.items, y.total.talent);
    }
    if t.after.iter().any(|i| i.recipient == Recipient::Talent) {
        let mut total = Span::default();
        for i in t.after.iter().filter(|i| i.recipient == Recipient::Talent) {
            total.add((i.amount.min, i.amount.max));
        }
        row(h, "timeline-after", &lang.page_t("timeline.after"), &t.after, total);
    }
    h.close("tbody").close("table").close("div");
}

fn page_html(lang: Lang, c: &Candidate, today: Date) -> String {
    let mut h = Html::default();
    let Some((a, r)) = assessed(&mut h, lang, "timeline-none", c, today) else { return h.finish() };
    let t = timeline(&r);
    let ids = benefits(&t);
    candidate_line(&mut h, lang, "timeline-candidate", c, &a, &r);
    // Where the Bingtuan pays more, the city's benefits below are not paid as listed.
    if let Some(f) = r.funding {
        let text = lang.page_t_with(
            "timeline.bingtuan",
            &[("bingtuan", lang.money(f.bingtuan)), ("city", lang.money(f.city))],
        );
        h.el("p", &[("class", Some("notice warn")), ("id", Some("timeline-bingtuan"))], &text);
    }
    if ids.is_empty() {
        h.el(
            "p",
            &[("class", Some("notice")), ("id", Some("timeline-empty"))],
            &lang.page_t("timeline.empty"),
        );
    } else {
        bars(&mut h, lang, &t, &ids);
        table(&mut h, lang, &t, &ids);
    }
    if !t.in_kind.is_empty() {
        let names: Vec<String> = t.in_kind.iter().map(|id| benefit_name(lang, *id)).collect();
        let text = lang.page_t_with("timeline.in_kind", &[("names", names.join(&lang.t("list.separator")))]);
        h.el("p", &[("id", Some("timeline-in-kind"))], &text);
    }
    h.el("p", &[("class", Some("muted small"))], &lang.page_t("timeline.notes"));
    disclaimer(&mut h, lang, r.assessment_date);
    h.finish()
}

#[component]
pub fn TimelineApp() -> impl IntoView {
    let (candidate, notice) = candidate();
    let shell = Shell::new("timeline.title", notice);
    let lang = shell.lang;
    let today = clock::today();
    let fragment = candidate.fragment.clone();
    shell.text_page(
        ("timeline.title", "timeline.subtitle", "timeline.intro"),
        "timeline.html",
        fragment,
        ("timeline-body", "timeline-print"),
        move || page_html(lang.get(), &candidate, today),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use talent_rules::ids::Degree;

    #[test]
    fn a_phd_sees_eight_years_with_the_purchase_subsidy_later() {
        let phd = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            mode: talent_rules::ids::Mode::FullTime,
            employer_type: Some(talent_rules::ids::EmployerType::Enterprise),
            first_social_insurance: true,
            contract_years: "3".into(),
            assessment_date: "2026-11-24".into(),
            ..Answers::default()
        };
        let today = Date::parse("2026-11-24").unwrap();
        let c = |answers| Candidate { answers, fragment: String::new() };
        let html = page_html(Lang::Zh, &c(Some(phd)), today);
        assert!(html.contains("id=\"timeline-year-1\""), "{html}");
        assert!(html.contains("id=\"timeline-year-8\""));
        assert!(html.contains("<rect"), "bars");
        assert!(html.contains("购房后"), "the purchase instalments marked as later: {html}");
        assert!(!html.contains("timeline."), "every text in the catalogs");
        assert!(page_html(Lang::En, &c(None), today).contains("id=\"timeline-none\""));
        let unfinished = Answers {
            birth_date: "1992-04-15".into(),
            contract_years: "x".into(),
            mode: talent_rules::ids::Mode::FullTime,
            ..Answers::default()
        };
        assert!(page_html(Lang::Zh, &c(Some(unfinished)), today).contains("需要更正"));
    }
}
