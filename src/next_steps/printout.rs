//! What only the printout shows, written with each result's next steps so
//! that no page's first load carries it: the answers given, above the result
//! (`summary`), the share link's QR code, so a printout leads back to the
//! same answers on a phone, and the benefits as one compact table in the
//! result's place for it. `public/workers.js` puts them in their places
//! (`view::print`), draws the code and leaves out a printout written for
//! answers that have changed since.

use crate::answers::{Answers, Visible};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::amount_text::amount_text;
use crate::view::result::{id_text, list};
use talent_rules::Assessment;

/// The answers' table and the code's figure for the answers `answers`,
/// whose share link is `page#text`, and the table of their result `a`.
pub struct Printout {
    pub summary: String,
    pub qr: String,
    pub table: String,
}

pub fn printout(
    lang: Lang,
    answers: &Answers,
    visible: &Visible,
    a: &Assessment,
    page: &str,
    text: &str,
) -> Printout {
    Printout {
        summary: crate::summary::html(answers, visible, lang),
        qr: figure(lang, &format!("{page}#{text}")),
        // Its texts give the figures of the version its amounts come from.
        table: crate::figures::about(Some(&a.policy_version), || table(lang, a)),
    }
}

/// The figure for the code of `url` (its `data-qr`, drawn by the QR worker),
/// which goes before its caption.
fn figure(lang: Lang, url: &str) -> String {
    let mut h = Html::default();
    h.open("figure", &[("class", Some("print-qr")), ("data-qr", Some(url))]);
    h.el("figcaption", &[], &lang.next_t_with("printout.qr_caption", &[])).close("figure");
    h.finish()
}

/// The benefits as one compact table, and what does not apply in a line.
fn table(lang: Lang, a: &Assessment) -> String {
    let mut h = Html::default();
    h.open("table", &[("class", Some("benefits-table"))]).open("thead", &[]).open("tr", &[]);
    for key in ["printout.item", "printout.amount"] {
        h.el("th", &[], &lang.next_t_with(key, &[]));
    }
    for key in ["result.when", "result.recipient", "result.clause"] {
        h.el("th", &[], &lang.t(key));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for b in &a.benefits {
        h.open("tr", &[])
            .el("td", &[], &id_text(lang, "benefit", b.id.as_str()))
            .el("td", &[("class", Some("num"))], &amount_text(lang, &b.amount))
            .el(
                "td",
                &[],
                &crate::figures::about(b.policy_version.as_deref(), || {
                    lang.t(&format!("benefit.{}.when", b.id.as_str()))
                }),
            )
            .el("td", &[], &id_text(lang, "recipient", b.recipient.as_str()))
            .el("td", &[], b.clause.as_str())
            .close("tr");
    }
    h.close("tbody").close("table");
    if !a.ineligible.is_empty() {
        let items = a.ineligible.iter().map(|i| {
            let reasons = list(lang, i.reasons.iter().map(|r| id_text(lang, "reason", r.as_str())));
            lang.t_with(
                "print.item_reasons",
                &[("name", id_text(lang, "benefit", i.id.as_str())), ("reasons", reasons)],
            )
        });
        h.open("p", &[("class", Some("small"))])
            .el("strong", &[], &lang.t("result.not_applicable"))
            .text(&lang.t("ui.colon"))
            .text(&list(lang, items))
            .close("p");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printout_has_the_answers_the_code_of_the_link_and_the_benefits_table() {
        let answers = crate::share::tests::phd();
        let e = answers.evaluate(talent_rules::dates::Date::parse("2026-11-23").unwrap());
        let p = printout(
            Lang::Zh,
            &answers,
            &e.visible,
            e.result.as_ref().unwrap(),
            "https://example.invalid/?a=1&b=2",
            "t2.degree=doctorate.00000000",
        );
        assert!(
            p.qr.starts_with("<figure class=\"print-qr\" data-qr=\"https://example.invalid/?a=1&amp;b=2#t2."),
            "{}",
            p.qr
        );
        assert!(p.qr.contains("<figcaption>"));
        assert!(p.summary.starts_with("<h2>填写的信息</h2>"), "{}", p.summary);
        assert!(
            p.table.starts_with("<table class=\"benefits-table\"><thead><tr><th>项目</th><th>金额</th>"),
            "{}",
            p.table
        );
    }
}
