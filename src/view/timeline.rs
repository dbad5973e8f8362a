//! The payment timeline of an assessment, years 1 to 8 by benefit, from the
//! engine's `timeline`: bars for the eye (hidden from screen readers) and a
//! table that says the same in words, both printed. Drawn on the talent
//! result and on the timeline page.

use super::amount_text::span_text;
use crate::html::Html;
use crate::i18n::Lang;
use rust_decimal::Decimal;
use talent_rules::ids::{BenefitId, Recipient};
use talent_rules::money::Money;
use talent_rules::output::Span;
use talent_rules::timeline::{timeline, Item, Timeline};
use talent_rules::Assessment;

/// The talent's benefits that pay money, in the order they first pay.
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

fn year_label(lang: Lang, year: u8) -> String {
    lang.t_with("timeline.year", &[("n", year.to_string())])
}

/// One bar per year: a segment per benefit, as long as its share of the
/// largest year's total (maximum of a range).
fn bars(h: &mut Html, lang: Lang, t: &Timeline, ids: &[BenefitId]) {
    let most = t.years.iter().map(|y| y.total.talent.max).max().unwrap_or_default();
    if most.is_zero() {
        return;
    }
    let width = |m: Money| (m.0 * Decimal::ONE_HUNDRED / most.0).round_dp(2).to_string();
    h.open("div", &[("class", Some("bars")), ("aria-hidden", Some("true"))]);
    for y in &t.years {
        h.open("div", &[("class", Some("bar-row"))]).el("span", &[], &year_label(lang, y.year)).open(
            "svg",
            &[("viewBox", Some("0 0 100 10")), ("preserveAspectRatio", Some("none")), ("class", Some("bar"))],
        );
        let mut x = Money::default();
        for id in ids {
            let Some(item) = talent_item(&y.items, *id) else { continue };
            h.el(
                "rect",
                &[
                    ("x", Some(&width(x))),
                    ("height", Some("10")),
                    ("width", Some(&width(item.amount.max))),
                    ("class", Some(&format!("seg-{}", colour(*id)))),
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
        Some(i) if i.later => lang.t_with("timeline.later", &[("amount", span_text(lang, i.amount))]),
        Some(i) => span_text(lang, i.amount),
    }
}

/// The table: a row per year, a column per benefit, and the year's total.
fn table(h: &mut Html, lang: Lang, t: &Timeline, ids: &[BenefitId]) {
    h.open_table("timeline", &lang.t("timeline.caption")).open("thead", &[]).open("tr", &[]);
    let head = |h: &mut Html, text: &str| {
        h.el("th", &[("scope", Some("col"))], text);
    };
    head(h, &lang.t("timeline.col.year"));
    for id in ids {
        head(h, &benefit_name(lang, *id));
    }
    head(h, &lang.t("timeline.col.total"));
    h.close("tr").close("thead").open("tbody", &[]);
    let row = |h: &mut Html, id: &str, label: &str, items: &[Item], total: Span| {
        h.open("tr", &[("id", Some(id))]).el("th", &[("scope", Some("row"))], label);
        for benefit in ids {
            h.el("td", &[], &cell(lang, talent_item(items, *benefit)));
        }
        h.el("td", &[("class", Some("total"))], &span_text(lang, total)).close("tr");
    };
    for y in &t.years {
        row(h, &format!("timeline-year-{}", y.year), &year_label(lang, y.year), &y.items, y.total.talent);
    }
    let after: Vec<&Item> = t.after.iter().filter(|i| i.recipient == Recipient::Talent).collect();
    if !after.is_empty() {
        let mut total = Span::default();
        for i in &after {
            total.add((i.amount.min, i.amount.max));
        }
        row(h, "timeline-after", &lang.t("timeline.after"), &t.after, total);
    }
    h.close("tbody").close("table").close("div");
}

/// The bars, the table, the benefits in kind and how to read them; a notice
/// instead when nothing is paid to the talent in money. Where the Bingtuan
/// pays more, the city's benefits are not paid as listed: said first.
pub(crate) fn draw(h: &mut Html, lang: Lang, a: &Assessment) {
    draw_timeline(h, lang, a, &timeline(a));
}

fn draw_timeline(h: &mut Html, lang: Lang, a: &Assessment, t: &Timeline) {
    if let Some(f) = a.funding {
        let text = lang.t_with(
            "timeline.bingtuan",
            &[("bingtuan", lang.money(f.bingtuan)), ("city", lang.money(f.city))],
        );
        h.el("p", &[("class", Some("notice warn")), ("id", Some("timeline-bingtuan"))], &text);
    }
    let ids = benefits(t);
    if ids.is_empty() {
        h.el("p", &[("class", Some("notice")), ("id", Some("timeline-empty"))], &lang.t("timeline.empty"));
    } else {
        bars(h, lang, t, &ids);
        // Written out, not Html::scroll_hint: that made the talent page's wasm 0.3 KB larger.
        h.el("p", &[("class", Some("scroll-hint muted small"))], &lang.t("table.scroll"));
        table(h, lang, t, &ids);
    }
    if !t.in_kind.is_empty() {
        let names: Vec<String> = t.in_kind.iter().map(|id| benefit_name(lang, *id)).collect();
        let text = lang.t_with("timeline.in_kind", &[("names", names.join(&lang.t("list.separator")))]);
        h.el("p", &[("id", Some("timeline-in-kind"))], &text);
    }
    h.el("p", &[("class", Some("muted small"))], &lang.t("timeline.notes"));
}

/// The talent result's card: drawn only when something is paid to the talent
/// in money, which the benefit cards above then spread over the years.
pub(crate) fn card(h: &mut Html, lang: Lang, a: &Assessment) {
    let t = timeline(a);
    if benefits(&t).is_empty() {
        return;
    }
    h.open(
        "section",
        &[
            ("class", Some("card timeline")),
            ("id", Some("timeline")),
            ("aria-labelledby", Some("timeline-heading")),
        ],
    )
    .el("h3", &[("id", Some("timeline-heading"))], &lang.t("result.timeline"));
    draw_timeline(h, lang, a, &t);
    h.close("section");
}
