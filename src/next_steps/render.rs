//! The next steps as HTML, and the help desk's review of a code: pure
//! functions of the answers, the result and the language, written in the
//! worker (`worker.rs`) and shown by the page as they come.

use super::contacts::{Contacts, Office};
use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::calendar::{self, Words as _};
use talent_rules::documents;
use talent_rules::ids::{BenefitId, Department};
use talent_rules::input::Input;
use talent_rules::money::{parse_decimal, Money};
use talent_rules::output::{Assessment, Benefit};
use talent_rules::review_bundle::{self, Figures};

/// The calendar's words: its own texts (locales/calendar/) and the app's names.
pub struct Words(pub Lang);

impl calendar::Words for Words {
    fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        self.0.next_t_with(key, args)
    }
}

fn t(lang: Lang, key: &str) -> String {
    lang.next_t_with(key, &[])
}

fn names(lang: Lang, ids: impl IntoIterator<Item = BenefitId>) -> String {
    let names: Vec<String> = ids.into_iter().map(|b| lang.t(&format!("benefit.{}", b.as_str()))).collect();
    names.join(&lang.t("list.separator"))
}

/// The next steps' HTML, and the calendar file (empty where none is offered).
pub struct Next {
    pub html: String,
    pub ics: String,
}

/// The calendar file's name when saved.
pub const ICS_NAME: &str = "rencai-dates.ics";

/// Everything after the result: the checklist, the offices, the dates with
/// the calendar, and the review code whose link starts with `page`.
pub fn next_steps(
    lang: Lang,
    input: &Input,
    a: &Assessment,
    contacts: Option<&Contacts>,
    kiosk: bool,
    page: &str,
) -> Next {
    // The figures the texts name are those of the version the result is under.
    crate::figures::about(Some(&a.policy_version), || {
        let mut h = Html::default();
        h.open("section", &[("class", Some("next-steps")), ("aria-labelledby", Some("next-heading"))]).el(
            "h2",
            &[("id", Some("next-heading"))],
            &t(lang, "next.heading"),
        );
        checklist(&mut h, lang, a);
        offices(&mut h, lang, a, contacts);
        let ics = dates(&mut h, lang, input, a, kiosk);
        looks_wrong(&mut h, lang, input, a, page);
        h.close("section");
        Next { html: h.finish(), ics }
    })
}

/// One list of the documents of every benefit that applies, each once, with
/// what it is for and a box to tick, on screen and on paper.
fn checklist(h: &mut Html, lang: Lang, a: &Assessment) {
    let ids: Vec<BenefitId> = a.benefits.iter().map(|b| b.id).collect();
    let docs = documents::checklist(ids.iter().copied());
    if docs.is_empty() {
        return;
    }
    h.open("div", &[("class", Some("card checklist")), ("id", Some("checklist"))])
        .el("h3", &[], &t(lang, "next.checklist"))
        .open("ul", &[("class", Some("ticks"))]);
    for d in docs {
        let uses = ids.iter().copied().filter(|b| documents::for_benefit(*b).contains(&d));
        let id = format!("doc-{}", d.as_str());
        h.open("li", &[])
            .open("input", &[("type", Some("checkbox")), ("id", Some(&id))])
            .open("label", &[("for", Some(&id))])
            .el("span", &[("class", Some("doc"))], &lang.t(&format!("doc.{}", d.as_str())))
            .text(" ")
            .el(
                "span",
                &[("class", Some("for"))],
                &lang.next_t_with("next.for", &[("benefits", names(lang, uses))]),
            )
            .close("label")
            .close("li");
    }
    h.close("ul").el("p", &[("class", Some("muted small"))], &lang.t("result.documents_note")).close("div");
}

/// The departments in the order to go to them: the one of the person's
/// employer first (recognition, then its benefits), then any other the
/// benefits name; each with what it handles, what to bring and the time
/// limits the text sets, and the contact details the deployer gave.
fn offices(h: &mut Html, lang: Lang, a: &Assessment, contacts: Option<&Contacts>) {
    let mut depts: Vec<Department> = a.apply_to.clone();
    for d in a.benefits.iter().flat_map(|b| &b.apply_to) {
        if !depts.contains(d) {
            depts.push(*d);
        }
    }
    if depts.is_empty() {
        return;
    }
    h.open("div", &[("class", Some("card offices")), ("id", Some("offices"))]).el(
        "h3",
        &[],
        &t(lang, "next.offices"),
    );
    match contacts {
        None => h.el("p", &[("class", Some("notice")), ("id", Some("hotline"))], &t(lang, "next.hotline")),
        Some(c) => h.el(
            "p",
            &[("class", Some("muted small"))],
            &lang.next_t_with("next.contacts_from", &[("updated", c.updated.to_string())]),
        ),
    };
    h.open("ol", &[("class", Some("steps"))]);
    for (n, d) in depts.iter().enumerate() {
        let benefits: Vec<&Benefit> = a
            .benefits
            .iter()
            .filter(|b| b.apply_to.contains(d) || (n == 0 && b.apply_to.is_empty()))
            .collect();
        let here: Vec<BenefitId> = benefits.iter().map(|b| b.id).collect();
        let step = lang.next_t_with("next.step", &[("n", (n + 1).to_string())]);
        h.open("li", &[("class", Some("office"))]).el(
            "h4",
            &[],
            &format!("{step}{}{}", lang.t("ui.colon"), lang.t(&format!("dept.{}", d.as_str()))),
        );
        if let Some(c) = contacts {
            match c.office(*d) {
                Some(o) => contact(h, lang, o),
                None => {
                    h.el("p", &[("class", Some("muted small"))], &t(lang, "next.missing_contact"));
                }
            }
        }
        if let (0, Some(c)) = (n, a.category) {
            let category = lang.t(&format!("category.{}", c.as_str()));
            h.el(
                "p",
                &[("class", Some("first"))],
                &lang.next_t_with("next.recognition", &[("category", category)]),
            );
            let who = if a.employer_submits { lang.t("result.section16") } else { t(lang, "next.in_person") };
            h.el("p", &[("class", Some("muted small"))], &who);
        }
        if !here.is_empty() {
            let docs = documents::checklist(here.iter().copied());
            let docs: Vec<String> = docs.iter().map(|x| lang.t(&format!("doc.{}", x.as_str()))).collect();
            h.open("dl", &[("class", Some("facts"))]).el("dt", &[], &t(lang, "next.handles")).el(
                "dd",
                &[],
                &names(lang, here.iter().copied()),
            );
            if !docs.is_empty() {
                h.el("dt", &[], &t(lang, "next.bring")).el("dd", &[], &docs.join(&lang.t("list.separator")));
            }
            h.el("dt", &[], &t(lang, "next.when")).open("dd", &[]);
            // Each benefit's own "when", with the figures of the version it follows.
            h.list(
                "limits",
                benefits.iter().map(|b| {
                    let id = b.id.as_str();
                    let when = crate::figures::about(b.policy_version.as_deref(), || {
                        lang.t(&format!("benefit.{id}.when"))
                    });
                    format!("{}{}{when}", lang.t(&format!("benefit.{id}")), lang.t("ui.colon"))
                }),
            );
            h.close("dd").close("dl");
        }
        h.close("li");
    }
    h.close("ol").close("div");
}

/// An office's details, as the deployer gave them.
fn contact(h: &mut Html, lang: Lang, o: &Office) {
    h.open("dl", &[("class", Some("contact"))]);
    if let Some(a) = &o.address {
        h.el("dt", &[], &t(lang, "next.address")).el("dd", &[], a.get(lang));
    }
    if let Some(p) = &o.phone {
        let tel: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        h.el("dt", &[], &t(lang, "next.phone"))
            .open("dd", &[])
            .el("a", &[("href", Some(&format!("tel:{tel}")))], p)
            .close("dd");
    }
    if let Some(hours) = &o.hours {
        h.el("dt", &[], &t(lang, "next.hours")).el("dd", &[], hours.get(lang));
    }
    if let Some(w) = &o.website {
        h.el("dt", &[], &t(lang, "next.website"))
            .open("dd", &[])
            .el("a", &[("href", Some(w))], w)
            .close("dd");
    }
    h.close("dl");
}

/// The person's dates, and the calendar file of them (none on a shared tablet).
fn dates(h: &mut Html, lang: Lang, input: &Input, a: &Assessment, kiosk: bool) -> String {
    let words = Words(lang);
    let events = calendar::events(input, a);
    h.open("div", &[("class", Some("card dates")), ("id", Some("dates"))]).el(
        "h3",
        &[],
        &t(lang, "next.dates"),
    );
    if events.is_empty() {
        h.el("p", &[("class", Some("muted"))], &t(lang, "next.no_dates")).close("div");
        return String::new();
    }
    h.open("ul", &[("class", Some("dates-list"))]);
    for e in &events {
        let date = e.date.to_string();
        h.open("li", &[])
            .el("time", &[("datetime", Some(&date))], &date)
            .text(" ")
            .text(&words.text(e.key(), &e.args(&words)))
            .close("li");
    }
    h.close("ul");
    let ics = if kiosk {
        h.el("p", &[("class", Some("notice no-print"))], &t(lang, "next.kiosk_calendar"))
            .open("div", &[("class", Some("buttons no-print"))])
            .el("button", &[("type", Some("button")), ("id", Some("next-take"))], &t(lang, "next.kiosk_take"))
            .close("div");
        String::new()
    } else {
        // The page gives the link its file (`client.rs`) as it shows it.
        h.el(
            "a",
            &[("id", Some("next-ics")), ("class", Some("button no-print")), ("download", Some(ICS_NAME))],
            &t(lang, "next.calendar"),
        );
        let days = calendar::REMINDER_DAYS.to_string();
        h.el(
            "p",
            &[("class", Some("muted small no-print"))],
            &lang.next_t_with("next.calendar_note", &[("days", days)]),
        );
        calendar::ics(input, a, &words)
    };
    h.close("div");
    ics
}

/// "This result looks wrong?": the review code to copy, and a link to it as
/// a QR code, which the help desk opens in the app (`desk`).
fn looks_wrong(h: &mut Html, lang: Lang, input: &Input, a: &Assessment, page: &str) {
    let code = review_bundle::write(input, a);
    h.open("details", &[("class", Some("card looks-wrong no-print")), ("id", Some("looks-wrong"))])
        .el("summary", &[], &t(lang, "next.wrong"))
        .el("p", &[], &t(lang, "next.wrong_text"))
        .el("label", &[("for", Some("next-code"))], &t(lang, "next.wrong_code"))
        .open(
            "input",
            &[
                ("id", Some("next-code")),
                ("type", Some("text")),
                ("readonly", Some("")),
                ("value", Some(&code)),
            ],
        )
        .open("div", &[("class", Some("buttons"))])
        .el("button", &[("type", Some("button")), ("id", Some("next-copy"))], &t(lang, "next.copy"))
        .close("div")
        .el(
            "p",
            &[
                ("id", Some("next-copy-status")),
                ("role", Some("status")),
                ("data-copied", Some(&t(lang, "next.copied"))),
                ("data-fallback", Some(&t(lang, "next.copy_fallback"))),
            ],
            "",
        );
    if let Some(svg) = crate::qr::svg(&format!("{page}#{code}")) {
        h.open("figure", &[("class", Some("qr"))])
            // Not `qr-code`: that is the share box's, which the kiosk's hand-off looks for.
            .open(
                "div",
                &[
                    ("class", Some("review-qr")),
                    ("role", Some("img")),
                    ("aria-label", Some(&t(lang, "next.qr_label"))),
                ],
            )
            .raw(&svg)
            .close("div")
            .el("figcaption", &[], &t(lang, "next.qr_caption"))
            .close("figure");
    }
    h.close("details");
}

/// The help desk's review of a code (or of a link ending in one): today's
/// figures beside the ones the person saw, every difference marked, and a
/// box to open another.
pub fn desk(lang: Lang, text: &str) -> String {
    let code = text.rsplit_once('#').map_or(text, |(_, code)| code);
    let mut h = Html::default();
    h.open(
        "section",
        &[
            ("class", Some("card help-desk")),
            ("id", Some("help-desk")),
            ("aria-labelledby", Some("desk-heading")),
        ],
    )
    .el("h2", &[("id", Some("desk-heading")), ("tabindex", Some("-1"))], &t(lang, "desk.heading"))
    .el("p", &[("class", Some("muted small"))], &t(lang, "desk.intro"));
    match review_bundle::read(code) {
        Err(e) => {
            h.el(
                "p",
                &[("class", Some("notice warn")), ("id", Some("desk-error")), ("role", Some("alert"))],
                &t(lang, &format!("desk.error.{}", e.name())),
            );
        }
        Ok(bundle) => figures(&mut h, lang, &bundle),
    }
    h.open("div", &[("class", Some("desk-open no-print"))])
        .el("label", &[("for", Some("desk-code"))], &t(lang, "desk.paste"))
        .open("input", &[("id", Some("desk-code")), ("type", Some("text")), ("spellcheck", Some("false"))])
        .open("div", &[("class", Some("buttons"))])
        .el("button", &[("type", Some("button")), ("id", Some("desk-open"))], &t(lang, "desk.open"))
        .el("button", &[("type", Some("button")), ("id", Some("desk-close"))], &t(lang, "desk.close"))
        .close("div")
        .close("div")
        .close("section");
    h.finish()
}

/// The bundle's figures and today's, one row each, differences marked.
fn figures(h: &mut Html, lang: Lang, bundle: &review_bundle::Bundle) {
    let date = bundle.input.assessment_date.map(|d| d.to_string()).unwrap_or_default();
    h.el("p", &[], &lang.next_t_with("desk.policy", &[("policy", bundle.policy.clone())])).el(
        "p",
        &[],
        &lang.next_t_with("desk.date", &[("date", date)]),
    );
    let differences = review_bundle::review(bundle);
    let now = talent_rules::assess(&bundle.input).ok();
    if differences.is_empty() {
        h.el("p", &[("class", Some("notice ok")), ("id", Some("desk-verdict"))], &t(lang, "desk.reproduced"));
    } else {
        h.el("p", &[("class", Some("notice warn")), ("id", Some("desk-verdict"))], &t(lang, "desk.differs"));
    }
    let then = &bundle.result;
    let today = now.as_ref().map(Figures::of);
    // (field as review names it, label, then, now)
    let mut rows: Vec<(String, String, String, String)> = Vec::new();
    let category = |f: Option<&Figures>| {
        f.and_then(|f| f.category)
            .map_or_else(|| "-".to_string(), |c| lang.t(&format!("category.{}", c.as_str())))
    };
    rows.push(("category".into(), lang.t("result.category"), category(Some(then)), category(today.as_ref())));
    let mut totals: Vec<&String> =
        then.totals.keys().chain(today.iter().flat_map(|f| f.totals.keys())).collect();
    totals.sort();
    totals.dedup();
    for name in totals {
        let get = |f: Option<&Figures>| {
            f.and_then(|f| f.totals.get(name)).map_or("-".to_string(), |v| amount(lang, v))
        };
        rows.push((
            format!("totals.{name}"),
            t(lang, &format!("desk.total.{name}")),
            get(Some(then)),
            get(today.as_ref()),
        ));
    }
    let mut ids: Vec<&BenefitId> =
        then.benefits.keys().chain(today.iter().flat_map(|f| f.benefits.keys())).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let get = |f: Option<&Figures>| {
            f.and_then(|f| f.benefits.get(id)).map_or("-".to_string(), |v| amount(lang, v))
        };
        let label = lang.t(&format!("benefit.{}", id.as_str()));
        rows.push((format!("benefits.{}", id.as_str()), label, get(Some(then)), get(today.as_ref())));
    }
    h.open("table", &[("class", Some("desk-table")), ("id", Some("desk-table"))])
        .open("thead", &[])
        .open("tr", &[])
        .el("th", &[("scope", Some("col"))], &t(lang, "desk.field"))
        .el("th", &[("scope", Some("col"))], &t(lang, "desk.then"))
        .el("th", &[("scope", Some("col"))], &t(lang, "desk.now"))
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    for (field, label, was, is) in rows {
        let differs = differences.iter().any(|d| d.field == field);
        h.open("tr", &[("class", differs.then_some("differs")), ("data-field", Some(&field))])
            .el("th", &[("scope", Some("row"))], &label)
            .el("td", &[], &was)
            .el("td", &[], &if differs { format!("≠ {is}") } else { is })
            .close("tr");
    }
    // A refusal today, or a policy of another version, in the review's own words.
    for d in differences.iter().filter(|d| d.field == "result" || d.field == "policy") {
        h.open("tr", &[("class", Some("differs")), ("data-field", Some(&d.field))])
            .el("th", &[("scope", Some("row"))], &d.field)
            .el("td", &[], &d.bundle)
            .el("td", &[], &format!("≠ {}", d.now))
            .close("tr");
    }
    h.close("tbody").close("table");
}

/// A bundle's amount (`608800.00`, `a~b`, `~cap`, `in_kind`) as the result shows it.
fn amount(lang: Lang, v: &str) -> String {
    let money = |s: &str| parse_decimal(s).map_or_else(|| s.to_string(), |d| lang.money(Money(d)));
    match v {
        "in_kind" => lang.t("amount.in_kind"),
        _ => match v.split_once('~') {
            Some(("", cap)) => lang.t_with("amount.up_to", &[("amount", money(cap))]),
            Some((min, max)) => format!("{} – {}", money(min), money(max)),
            None => money(v),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::next_steps::contacts;

    const PHD: &str = include_str!("../../rules/tests/policy_cases/phd-enterprise-b.input.json");

    fn phd() -> (Input, Assessment) {
        let input = talent_rules::parse(PHD).unwrap();
        let a = talent_rules::assess(&input).unwrap();
        (input, a)
    }

    /// No key shown in place of its text.
    fn all_texts_found(html: &str) {
        for family in ["next.", "desk.", "calendar.", "doc.", "benefit.", "dept."] {
            for (at, _) in html.match_indices(family) {
                let next = html[at + family.len()..].chars().next();
                assert!(
                    !next.is_some_and(|c| c.is_ascii_lowercase()),
                    "{family} shown as a key: {}",
                    &html[at..]
                );
            }
        }
    }

    fn example() -> Contacts {
        let json = serde_json::from_str(include_str!("../../deploy/contacts.example.json")).unwrap();
        contacts::read(&contacts::from_serde(&json)).unwrap().unwrap()
    }

    #[test]
    fn a_checklist_names_each_document_once_with_what_it_is_for() {
        let (input, a) = phd();
        for lang in Lang::ALL {
            let next = next_steps(lang, &input, &a, None, false, "https://example.invalid/");
            all_texts_found(&next.html);
            let id_card =
                format!("<label for=\"doc-id_card\"><span class=\"doc\">{}</span>", lang.t("doc.id_card"));
            assert_eq!(next.html.matches(&id_card).count(), 1, "{}", next.html);
            assert_eq!(next.html.matches("type=\"checkbox\"").count(), 7, "{}", next.html);
        }
        let zh = next_steps(Lang::Zh, &input, &a, None, false, "").html;
        assert!(zh.contains("用于：生活补助、住房补助、购房补助、人才服务卡"), "{zh}");
        assert!(
            zh.contains("商品住房购房合同及发票</span> <span class=\"for\">用于：购房补助</span>"),
            "{zh}"
        );
    }

    #[test]
    fn the_offices_come_in_order_with_what_to_bring_and_the_time_limits() {
        let (input, a) = phd();
        let zh = next_steps(Lang::Zh, &input, &a, None, false, "").html;
        assert!(zh.contains("<h4>第1步：师市人社局</h4>"), "{zh}");
        assert!(zh.contains("先申请认定人才类别（B类人才）"), "{zh}");
        assert!(zh.contains(&escaped(&Lang::Zh.t("result.section16"))), "the employer submits: {zh}");
        assert!(zh.contains(&escaped(&Lang::Zh.t("benefit.purchase_subsidy.when"))), "{zh}");
        assert!(zh.contains("12345"), "without contacts, where to ask: {zh}");
        let en = next_steps(Lang::En, &input, &a, None, false, "").html;
        assert!(en.contains("Step 1: the city&#39;s Human Resources and Social Security Bureau"), "{en}");
    }

    fn escaped(text: &str) -> String {
        let mut h = Html::default();
        h.text(text);
        h.finish()
    }

    #[test]
    fn contact_details_come_only_from_the_deployers_file() {
        let (input, a) = phd();
        let c = example();
        let en = next_steps(Lang::En, &input, &a, Some(&c), false, "").html;
        assert!(!en.contains("id=\"hotline\""), "{en}");
        assert!(en.contains("<a href=\"tel:00000000000\">0000-0000000</a>"), "{en}");
        assert!(en.contains("(example: replace with the real address) 1 Example Road"), "{en}");
        assert!(en.contains("updated 2026-12-01"), "{en}");
        // A department the file does not name: where to ask, nothing made up.
        let teacher = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1992-04-15","full_time_degree":"doctorate"},
                "employment":{"mode":"full_time","employer_type":"public_hospital","first_social_insurance_in_city":true,"contract_years":"3"}}"#,
        )
        .unwrap();
        let html = next_steps(Lang::Zh, &input, &teacher, Some(&c), false, "").html;
        assert!(
            html.contains("师市卫健委") && html.contains(&Lang::Zh.next_t_with("next.missing_contact", &[]))
        );
    }

    #[test]
    fn a_phd_gets_the_calendar_with_the_age_conditions_last_day() {
        let (input, a) = phd();
        let next = next_steps(Lang::Zh, &input, &a, None, false, "");
        assert!(next
            .html
            .contains("<time datetime=\"2038-04-15\">2038-04-15</time> 年龄条件最后一天：B类人才"));
        assert!(next.html.contains("id=\"next-ics\"") && next.html.contains("download=\"rencai-dates.ics\""));
        assert!(
            next.ics.starts_with("BEGIN:VCALENDAR\r\n")
                && next.ics.contains("DTSTART;VALUE=DATE:20380415\r\n")
        );
        // A shared tablet downloads nothing: the phone does, after the hand-off.
        let kiosk = next_steps(Lang::Zh, &input, &a, None, true, "");
        assert!(
            kiosk.ics.is_empty()
                && !kiosk.html.contains("next-ics")
                && kiosk.html.contains("id=\"next-take\"")
        );
        assert!(kiosk.html.contains("2038-04-15"), "the dates are still shown");
    }

    #[test]
    fn the_review_code_opens_at_the_help_desk_as_reproduced() {
        let (input, a) = phd();
        let page = "https://example.invalid/rencai/";
        let html = next_steps(Lang::En, &input, &a, None, false, page).html;
        let code = review_bundle::write(&input, &a);
        assert!(html.contains(&format!("value=\"{code}\"")), "{html}");
        assert!(html.contains("class=\"review-qr\" role=\"img\"") && html.contains("<svg"), "{html}");
        for text in [code.clone(), format!("{page}#{code}"), format!("  {}\n{} ", &code[..40], &code[40..])] {
            let desk = desk(Lang::Zh, &text);
            all_texts_found(&desk);
            assert!(desk.contains("id=\"desk-verdict\">已重现"), "{desk}");
            assert!(!desk.contains("class=\"differs\""), "{desk}");
            assert!(desk.contains("<td>608,800.00 元</td><td>608,800.00 元</td>"), "{desk}");
        }
    }

    #[test]
    fn the_help_desk_sees_every_figure_that_came_out_otherwise() {
        let (input, mut a) = phd();
        a.totals.talent.max = Money::round_fen(rust_decimal::Decimal::new(600_000, 0));
        a.totals.talent.min = a.totals.talent.max;
        a.benefits.retain(|b| b.id != BenefitId::TalentServiceCard);
        let desk = desk(Lang::En, &review_bundle::write(&input, &a));
        all_texts_found(&desk);
        assert!(desk.contains("id=\"desk-verdict\">These figures come out otherwise"), "{desk}");
        assert!(desk.contains("<tr class=\"differs\" data-field=\"totals.talent\"><th scope=\"row\">Total for the person</th><td>¥600,000.00</td><td>≠ ¥608,800.00</td></tr>"), "{desk}");
        assert!(desk.contains("data-field=\"benefits.talent_service_card\""), "{desk}");
        assert!(desk.contains("<td>-</td><td>≠ In kind</td>"), "{desk}");
    }

    #[test]
    fn a_code_that_does_not_read_is_named() {
        let code = review_bundle::write(&phd().0, &phd().1);
        let damaged = format!("{}x{}", &code[..30], &code[31..]);
        for (text, name) in [
            ("", "empty"),
            ("hello", "not_a_bundle"),
            ("r9.abc.0123abcd", "other_version"),
            (damaged.as_str(), "damaged"),
        ] {
            let html = desk(Lang::En, text);
            let message = escaped(&Lang::En.next_t_with(&format!("desk.error.{name}"), &[]));
            assert!(html.contains(&message), "{text}: {html}");
            assert!(html.contains("id=\"desk-code\""), "another can be opened");
        }
    }
}
