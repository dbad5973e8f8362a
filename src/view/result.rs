//! The result: category, one card per benefit, what does not apply and why,
//! referrals, where to apply, and an honest total. Every text comes from the
//! engine's ids through the locale catalogs; `render` is a pure function of
//! the assessment and the language, written as escaped HTML (see `html`),
//! tested natively; `result_panel.rs` shows it on the talent page.

use super::amount_text::{amount_text, span_text};
use crate::answers::{Evaluation, FieldError};
use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::ids::*;
use talent_rules::output::*;
use talent_rules::policy;
use talent_rules::Assessment;

pub(crate) fn list(lang: Lang, items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(&lang.t("list.separator"))
}

pub(crate) fn id_text(lang: Lang, prefix: &str, id: &str) -> String {
    lang.t(&format!("{prefix}.{id}"))
}

pub fn hint_text(lang: Lang, h: &Hint) -> String {
    match h {
        Hint::ContractYearsAtLeast { years } => {
            lang.t_count("hint.contract_years_at_least", ("years", u64::from(*years)), &[])
        }
        Hint::CategoriesAccepted { categories } => lang.t_with(
            "hint.categories_accepted",
            &[("categories", list(lang, categories.iter().map(|c| c.as_str().to_string())))],
        ),
        Hint::EmployerTypesAccepting { category, employer_types } => lang.t_with(
            "hint.employer_types_accepting",
            &[
                ("category", category.as_str().to_string()),
                (
                    "employers",
                    list(lang, employer_types.iter().map(|t| id_text(lang, "employer", t.as_str()))),
                ),
            ],
        ),
        Hint::EligibleFrom { date } => lang.t_with("hint.eligible_from", &[("date", date.to_string())]),
        Hint::RegistrationWindow { from, until } => lang
            .t_with("hint.registration_window", &[("from", from.to_string()), ("until", until.to_string())]),
        Hint::CappedLoan { principal, term_months, subsidy } => lang.t_count(
            "hint.capped_loan",
            ("months", u64::from(*term_months)),
            &[("principal", lang.money(*principal)), ("subsidy", lang.money(*subsidy))],
        ),
        Hint::AgeLimitPassed { criterion, category, until } => lang.t_with(
            "hint.age_limit_passed",
            &[
                ("criterion", id_text(lang, "criterion", criterion.as_str())),
                ("category", category.as_str().to_string()),
                ("until", until.to_string()),
            ],
        ),
        Hint::EmployeesOrTax { employees_at_least, tax_more_than } => lang.t_with(
            "hint.employees_or_tax",
            &[("employees", employees_at_least.to_string()), ("tax", lang.money(*tax_more_than))],
        ),
    }
}

fn schedule_text(lang: Lang, p: &Payment) -> String {
    match p {
        Payment::Monthly { from_month, to_month, per_month } => lang.t_with(
            "schedule.monthly",
            &[
                ("from", from_month.to_string()),
                ("to", to_month.to_string()),
                ("amount", lang.money(*per_month)),
            ],
        ),
        Payment::Yearly { year, amount } => {
            lang.t_with("schedule.yearly", &[("year", year.to_string()), ("amount", lang.money(*amount))])
        }
    }
}

fn interp_text(lang: Lang, i: Interp) -> String {
    format!("{} {}", i.as_str(), id_text(lang, "interp", i.as_str()))
}

/// "B类人才", or that no category applies.
pub fn category_text(lang: Lang, a: &Assessment) -> String {
    match a.category {
        Some(c) => id_text(lang, "category", c.as_str()),
        None => lang.t("result.no_category"),
    }
}

/// The category and the total in one sentence, for the live status line.
pub fn status_text(lang: Lang, a: &Assessment) -> String {
    format!(
        "{} · {} {}",
        category_text(lang, a),
        lang.t("result.total_talent"),
        span_text(lang, a.totals.talent)
    )
}

/// The result in one line, for the phone bar: the category and what is paid
/// on taking up the job, apart from money after a later event; the employer's
/// money where only the employer is paid; what to answer next while no job,
/// business or loan has been asked about.
pub fn summary_line(lang: Lang, a: &Assessment, asked_about_work: bool) -> String {
    let t = a.totals;
    let money = if !t.talent.max.is_zero() {
        match t.talent_later.max.is_zero() {
            true => span_text(lang, t.talent_now()),
            false => lang.t_with(
                "result.now_and_later",
                &[("now", span_text(lang, t.talent_now())), ("later", span_text(lang, t.talent_later))],
            ),
        }
    } else if !t.employer.max.is_zero() {
        lang.t_with("result.employer_gets", &[("amount", span_text(lang, t.employer))])
    } else if !asked_about_work {
        lang.t("result.answer_job_next")
    } else {
        span_text(lang, t.talent)
    };
    format!("{} · {money}", category_text(lang, a))
}

pub fn fix_fields_text(lang: Lang, errors: usize) -> String {
    lang.t_count("result.fix_fields", ("n", errors as u64), &[])
}

/// In place of a result: what needs correcting, each line a link that takes
/// the focus to its field.
pub fn error_summary(lang: Lang, errors: &[FieldError]) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", Some("notice warn error-summary")), ("id", Some("fix-fields"))])
        .el("p", &[], &fix_fields_text(lang, errors.len()))
        .open("ul", &[]);
    for e in errors {
        let id = e.field.id();
        let label = lang.t(crate::questions::label_of(e.field));
        let text = format!("{label}{}{}", lang.t("list.colon"), e.text(lang));
        h.open("li", &[])
            .el("a", &[("href", Some(&format!("#{id}"))), ("data-field", Some(id))], &text)
            .close("li");
    }
    h.close("ul").close("div");
    h.finish()
}

/// One notice paragraph in place of a result.
fn notice(class: &str, id: Option<&str>, text: &str) -> String {
    let mut h = Html::default();
    h.el("p", &[("class", Some(class)), ("id", id)], text);
    h.finish()
}

/// What the result's place shows: the result, what to correct, or how to start.
pub fn body_html(lang: Lang, e: &Evaluation) -> String {
    match (&e.result, e.errors.is_empty()) {
        (Some(a), _) => render(lang, a, e.what_if.as_ref()),
        (None, false) => error_summary(lang, &e.errors),
        (None, true) => notice("notice", Some("start-hint"), &lang.t("result.start")),
    }
}

/// The whole result as HTML; `what_if` is the not-yet-recognised result of a
/// higher equivalence claim.
pub fn render(lang: Lang, a: &Assessment, what_if: Option<&Assessment>) -> String {
    // Its texts give the figures of the version its amounts come from.
    crate::figures::about(Some(&a.policy_version), || write(lang, a, what_if))
}

fn write(lang: Lang, a: &Assessment, what_if: Option<&Assessment>) -> String {
    let mut h = Html::default();
    if let Some(d) = a.planned_registration_date {
        let text = lang.t_with("result.as_of_planned", &[("date", d.to_string())]);
        h.el("p", &[("class", Some("notice")), ("id", Some("as-of"))], &text);
    }
    category_card(&mut h, lang, a);
    totals(&mut h, lang, a);
    h.open("div", &[("class", Some("cards"))]).el("h3", &[], &lang.t("result.benefits"));
    if a.benefits.is_empty() {
        h.el("p", &[("class", Some("muted"))], &lang.t("result.no_benefits"));
    }
    for b in &a.benefits {
        benefit_card(&mut h, lang, b);
    }
    h.close("div");
    // Printed only, in its place: the benefits as one compact table, written
    // with the next steps (`next_steps::printout`).
    h.open("div", &[("class", Some("print-only print-result")), ("id", Some("print-result"))]).close("div");
    super::timeline::card(&mut h, lang, a);
    not_applicable(&mut h, lang, &a.ineligible);
    referrals(&mut h, lang, &a.referrals);
    prospects(&mut h, lang, &a.prospects);
    if let Some(w) = what_if {
        what_if_card(&mut h, lang, w);
    }
    apply_to(&mut h, lang, a);
    related(&mut h, lang, &a.related_programmes);
    closing(&mut h, lang, a);
    h.finish()
}

/// The document and date a result rests on, and that it is no decision.
pub(crate) fn disclaimer(h: &mut Html, lang: Lang, date: talent_rules::dates::Date) {
    h.open("footer", &[("class", Some("disclaimer"))])
        .el(
            "p",
            &[],
            &lang.t_with(
                "result.basis",
                &[("doc", policy::in_force(date).document.to_string()), ("date", date.to_string())],
            ),
        )
        .open("p", &[])
        .el("strong", &[], &lang.t("result.decide"))
        .close("p")
        .close("footer");
}

/// The interpretations used and the disclaimer, last in every result.
pub(crate) fn closing(h: &mut Html, lang: Lang, a: &Assessment) {
    if !a.interpretations.is_empty() {
        h.open("details", &[("class", Some("card interpretations"))]).el(
            "summary",
            &[],
            &lang.t("result.interpretations"),
        );
        h.list("interps", a.interpretations.iter().map(|i| interp_text(lang, *i)));
        h.close("details");
    }
    disclaimer(h, lang, a.assessment_date);
}

fn category_card(h: &mut Html, lang: Lang, a: &Assessment) {
    let heading = category_text(lang, a);
    h.open("div", &[("class", Some("card category"))])
        .el("p", &[("class", Some("eyebrow"))], &lang.t("result.category"))
        .el("p", &[("id", Some("category")), ("class", Some("big"))], &heading);
    let deciding = a.category.zip(a.category_valid_until).and_then(|(cat, date)| {
        a.criteria_met
            .iter()
            .find(|m| m.category == cat && m.valid_until == Some(date))
            .map(|m| (cat, date, m.id))
    });
    if let Some((cat, date, id)) = deciding {
        let text = lang.t_with(
            "result.category_until",
            &[
                ("criterion", id_text(lang, "criterion", id.as_str())),
                ("category", cat.as_str().to_string()),
                ("date", date.to_string()),
            ],
        );
        h.el("p", &[("class", Some("until")), ("id", Some("category-until"))], &text);
    }
    if !a.criteria_met.is_empty() {
        h.el("h3", &[("class", Some("small"))], &lang.t("result.criteria_met"))
            .open("ul", &[("class", Some("criteria"))]);
        for m in &a.criteria_met {
            h.open("li", &[]).el("span", &[("class", Some("tag"))], m.category.as_str()).text(&id_text(
                lang,
                "criterion",
                m.id.as_str(),
            ));
            if let Some(d) = m.valid_until {
                h.text(" ").el(
                    "span",
                    &[("class", Some("muted"))],
                    &lang.t_with("result.until", &[("date", d.to_string())]),
                );
            }
            h.text(" ").el("span", &[("class", Some("clause"))], m.clause.as_str()).close("li");
        }
        h.close("ul");
    }
    if !a.criteria_expired.is_empty() {
        h.el("h3", &[("class", Some("small"))], &lang.t("result.criteria_expired"))
            .open("ul", &[("class", Some("criteria expired"))]);
        for m in &a.criteria_expired {
            let ended = m
                .valid_until
                .map(|d| lang.t_with("result.expired_on", &[("date", d.to_string())]))
                .unwrap_or_default();
            h.open("li", &[])
                .el("span", &[("class", Some("tag muted-tag"))], m.category.as_str())
                .text(&id_text(lang, "criterion", m.id.as_str()))
                .text(" ")
                .el("span", &[("class", Some("muted"))], &ended)
                .close("li");
        }
        h.close("ul");
    }
    h.close("div");
}

fn totals(h: &mut Html, lang: Lang, a: &Assessment) {
    let t = a.totals;
    h.open("div", &[("class", Some("card totals")), ("id", Some("totals"))]).open("dl", &[]);
    h.el("dt", &[], &lang.t("result.total_talent")).el(
        "dd",
        &[("id", Some("total-talent"))],
        &span_text(lang, t.talent),
    );
    if !t.employer.max.is_zero() {
        h.el("dt", &[], &lang.t("result.total_employer")).el(
            "dd",
            &[("id", Some("total-employer"))],
            &span_text(lang, t.employer),
        );
    }
    h.close("dl");
    if !t.talent_later.max.is_zero() {
        let text = lang.t_with("result.total_later", &[("amount", span_text(lang, t.talent_later))]);
        h.el("p", &[("class", Some("later")), ("id", Some("total-later"))], &text);
    }
    if let Some(f) = a.funding {
        let text = lang
            .t_with("result.funding", &[("bingtuan", lang.money(f.bingtuan)), ("city", lang.money(f.city))]);
        h.el("p", &[("class", Some("muted")), ("id", Some("funding"))], &text);
    }
    let has_caps = a.benefits.iter().any(|b| matches!(b.amount, Amount::UpTo(_) | Amount::Range { .. }));
    h.el(
        "p",
        &[("class", Some("muted"))],
        &lang.t(if has_caps { "result.total_note_caps" } else { "result.total_note" }),
    );
    h.close("div");
}

/// A benefit under a version of its own (INT-14) says that version's figures.
pub(crate) fn benefit_card(h: &mut Html, lang: Lang, b: &Benefit) {
    crate::figures::about(b.policy_version.as_deref(), || write_benefit_card(h, lang, b))
}

fn write_benefit_card(h: &mut Html, lang: Lang, b: &Benefit) {
    let id = b.id.as_str();
    let fact = |h: &mut Html, key: &str, value: &str| {
        h.el("dt", &[], &lang.t(key)).el("dd", &[], value);
    };
    h.open("article", &[("class", Some("card benefit")), ("id", Some(&format!("benefit-{id}")))])
        .open("header", &[])
        .el("h4", &[], &id_text(lang, "benefit", id))
        .el("p", &[("class", Some("amount"))], &amount_text(lang, &b.amount))
        .close("header")
        .open("dl", &[("class", Some("facts"))]);
    fact(h, "result.recipient", &id_text(lang, "recipient", b.recipient.as_str()));
    h.el("dt", &[], &lang.t("result.when")).open("dd", &[]).text(&lang.t(&format!("benefit.{id}.when")));
    h.list("schedule", b.schedule.iter().map(|p| schedule_text(lang, p)));
    h.close("dd");
    if !b.steps.is_empty() {
        h.el("dt", &[], &lang.t("result.calculation")).open("dd", &[("class", Some("calc"))]);
        h.list("steps", b.steps.iter().map(|s| super::steps::step_text(lang, s)));
        h.close("dd");
    }
    // The clause says who: its place on the rules page, its words on demand.
    h.el("dt", &[], &lang.t("result.clause")).open("dd", &[]);
    crate::rules_link::link(h, b.clause);
    crate::rules_link::words(h, lang, b.clause);
    h.close("dd");
    if !b.apply_to.is_empty() {
        fact(h, "result.apply_to", &list(lang, b.apply_to.iter().map(|d| id_text(lang, "dept", d.as_str()))));
    }
    h.close("dl");
    h.list("confirm", b.confirm.iter().map(|c| id_text(lang, "confirm", c.as_str())));
    h.list("interps", b.interpretations.iter().map(|i| interp_text(lang, *i)));
    if let Some(alt) = &b.alternative {
        let text = lang.t_with(
            "result.alternative",
            &[
                ("name", id_text(lang, "benefit", alt.id.as_str())),
                ("amount", amount_text(lang, &alt.amount)),
            ],
        );
        h.el("p", &[("class", Some("alternative"))], &text);
    }
    h.close("article");
}

pub(crate) fn not_applicable(h: &mut Html, lang: Lang, items: &[Ineligible]) {
    if items.is_empty() {
        return;
    }
    h.open("div", &[("class", Some("not-applicable")), ("id", Some("not-applicable"))]).el(
        "h3",
        &[],
        &lang.t("result.not_applicable"),
    );
    // An age limit that passed ends the category for every benefit it
    // refuses: the engine names the same ones on each, the page says them
    // once, above them.
    let first = items.iter().find(|i| i.hints.iter().any(|x| matches!(x, Hint::AgeLimitPassed { .. })));
    if let Some(i) = first {
        h.list("hints age-limits", hints_of(lang, i, true));
    }
    for item in items {
        h.open(
            "article",
            &[("class", Some("card muted-card")), ("id", Some(&format!("ineligible-{}", item.id.as_str())))],
        )
        .open("h4", &[])
        .text(&id_text(lang, "benefit", item.id.as_str()))
        .text(" ");
        crate::rules_link::link(h, item.clause);
        h.close("h4");
        h.list("reasons", item.reasons.iter().map(|r| id_text(lang, "reason", r.as_str())));
        h.list("hints", hints_of(lang, item, false));
        crate::rules_link::words(h, lang, item.clause);
        h.close("article");
    }
    h.close("div");
}

/// A refusal's hints of a passed age limit, or its others: one iterator
/// type for both lists, so the download carries one copy of `Html::list`.
fn hints_of(lang: Lang, i: &Ineligible, age: bool) -> impl Iterator<Item = String> + '_ {
    i.hints
        .iter()
        .filter(move |x| matches!(x, Hint::AgeLimitPassed { .. }) == age)
        .map(move |x| hint_text(lang, x))
}

/// A card with a heading and one line per item, each ending in its clause.
fn clause_card(h: &mut Html, lang: Lang, id: &'static str, heading: &str, items: Vec<(String, Clause)>) {
    if items.is_empty() {
        return;
    }
    h.open("div", &[("class", Some(&format!("card {id}"))), ("id", Some(id))])
        .el("h3", &[], &lang.t(heading))
        .open("ul", &[]);
    for (text, clause) in items {
        h.open("li", &[])
            .text(&text)
            .text(" ")
            .el("span", &[("class", Some("clause"))], clause.as_str())
            .close("li");
    }
    h.close("ul").close("div");
}

fn referrals(h: &mut Html, lang: Lang, items: &[Referral]) {
    let lines = items.iter().map(|r| {
        let category = r.category.map(|c| c.as_str().to_string()).unwrap_or_default();
        let dept = list(lang, r.apply_to.iter().map(|d| id_text(lang, "dept", d.as_str())));
        let key = format!("referral.{}", r.id.as_str());
        (lang.t_with(&key, &[("category", category), ("dept", dept)]), r.clause)
    });
    clause_card(h, lang, "referrals", "result.referrals", lines.collect());
}

/// Clearly labelled: these amounts hold only if the claim is recognised.
fn what_if_card(h: &mut Html, lang: Lang, w: &Assessment) {
    let category = w.category.map(|c| c.as_str().to_string()).unwrap_or_default();
    h.open("div", &[("class", Some("card what-if")), ("id", Some("what-if"))])
        .el("h3", &[], &lang.t_with("result.what_if_heading", &[("category", category)]))
        .el(
            "p",
            &[("class", Some("amount"))],
            &lang.t_with("result.what_if_total", &[("amount", span_text(lang, w.totals.talent))]),
        );
    h.list(
        "what-if-items",
        w.benefits.iter().map(|b| {
            format!("{}: {}", id_text(lang, "benefit", b.id.as_str()), amount_text(lang, &b.amount))
        }),
    );
    h.close("div");
}

/// What this person's category would bring if they did what the clause asks.
fn prospects(h: &mut Html, lang: Lang, items: &[Prospect]) {
    let lines = items.iter().map(|p| {
        let key = format!("prospect.{}", p.id.as_str());
        (lang.t_with(&key, &[("amount", amount_text(lang, &p.amount))]), p.clause)
    });
    clause_card(h, lang, "prospects", "result.prospects", lines.collect());
}

pub(crate) fn apply_to(h: &mut Html, lang: Lang, a: &Assessment) {
    // Until the employer type is known, say why no department is named yet.
    let employer_unknown = a.ineligible.iter().any(|i| i.reasons.contains(&Reason::EmployerTypeNotGiven));
    if employer_unknown {
        h.el(
            "p",
            &[("class", Some("notice")), ("id", Some("apply-after-employer"))],
            &lang.t("result.apply_after_employer"),
        );
    }
    if a.apply_to.is_empty() {
        return;
    }
    h.open("div", &[("class", Some("card apply")), ("id", Some("apply-to"))]).el(
        "h3",
        &[],
        &lang.t("result.where_to_apply"),
    );
    h.list("departments", a.apply_to.iter().map(|d| id_text(lang, "dept", d.as_str())));
    // A founder without a job in the city applies in person, not through an employer.
    if a.employer_submits {
        h.el("p", &[("class", Some("muted small"))], &lang.t("result.section16"));
    }
    // What to bring is the next steps' one checklist (src/next_steps/), after the result.
    h.close("div");
}

fn related(h: &mut Html, lang: Lang, programmes: &[RelatedProgramme]) {
    if programmes.is_empty() {
        return;
    }
    h.open("details", &[("class", Some("card related"))])
        .el("summary", &[], &lang.t("result.related"))
        .el("p", &[("class", Some("muted small"))], &lang.t("result.related_note"))
        .open("ul", &[]);
    for p in programmes {
        let depts = list(lang, p.apply_to.iter().map(|d| id_text(lang, "dept", d.as_str())));
        h.open("li", &[])
            .text(&id_text(lang, "programme", p.id.as_str()))
            .text(" ")
            .el("span", &[("class", Some("clause"))], p.clause.as_str())
            .text(&format!(" · {depts}"))
            .close("li");
    }
    h.close("ul").close("details");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phd() -> Assessment {
        talent_rules::assess_json(include_str!("../../rules/tests/policy_cases/phd-enterprise-b.input.json"))
            .unwrap()
    }

    #[test]
    fn the_result_names_category_amounts_schedule_and_department() {
        let html = render(Lang::Zh, &phd(), None);
        for part in [
            "B类人才",
            "608,800.00 元",
            "第8年 80,000.00 元",
            "每月 5,000.00 元 × 36 个月",
            "师市人社局",
            "INT-03",
            "师市党办发〔2025〕17号",
            "至 2038-04-15",
        ] {
            assert!(html.contains(part), "missing {part}");
        }
        let en = render(Lang::En, &phd(), None);
        assert!(en.contains("Category B talent") && en.contains("¥608,800.00") && !en.contains("元"));
    }

    #[test]
    fn every_document_is_named_in_both_languages() {
        for lang in Lang::ALL {
            for d in Document::ALL {
                assert!(lang.has(&format!("doc.{}", d.as_str())), "{}", d.as_str());
            }
        }
    }

    #[test]
    fn what_does_not_apply_says_why_and_what_would_change_it() {
        let a = talent_rules::assess_json(include_str!(
            "../../rules/tests/policy_cases/c-at-university-city.input.json"
        ))
        .unwrap();
        let html = render(Lang::Zh, &a, None);
        assert!(html.contains("你现在的人才类别不在该单位类型的适用范围内"));
        assert!(html.contains("该单位类型仅适用于A、B类人才"));
        assert!(html.contains("在以下单位全职就职可按C类享受：师市经开区、企业"));
    }

    #[test]
    fn an_age_limit_that_has_passed_is_named_with_its_date() {
        let a = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1979-01-01","full_time_degree":"doctorate"}}"#,
        )
        .unwrap();
        let html = render(Lang::Zh, &a, None);
        assert!(html.contains("45岁（含）以下全日制博士研究生"), "{html}");
        assert!(html.contains("已于 2025-01-01 截止"));
    }

    /// A text as the result writes it.
    fn escaped(text: &str) -> String {
        let mut h = Html::default();
        h.text(text);
        h.finish()
    }

    #[test]
    fn an_age_limit_that_passed_is_said_once_not_on_every_card() {
        let a = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1979-01-01","full_time_degree":"doctorate"},
                "employment":{"mode":"full_time","employer_type":"university_city_college",
                              "first_social_insurance_in_city":true,"contract_years":"3"}}"#,
        )
        .unwrap();
        let passed = |i: &&Ineligible| i.hints.iter().any(|x| matches!(x, Hint::AgeLimitPassed { .. }));
        let on: Vec<&Ineligible> = a.ineligible.iter().filter(passed).collect();
        assert!(on.len() > 1, "the engine names it on each benefit it refuses: {:?}", a.ineligible);
        let hints: Vec<&Hint> =
            on[0].hints.iter().filter(|x| matches!(x, Hint::AgeLimitPassed { .. })).collect();
        assert_eq!(hints.len(), 2, "the doctorate's and the master's");
        for lang in [Lang::Zh, Lang::En] {
            let html = render(lang, &a, None);
            let texts: Vec<String> = hints.iter().map(|x| escaped(&hint_text(lang, x))).collect();
            for text in &texts {
                assert_eq!(html.matches(text.as_str()).count(), 1, "{text} once: {html}");
            }
            let (before_cards, _) = html.split_once("<article class=\"card muted-card\"").unwrap();
            let once = format!("<ul class=\"hints age-limits\"><li>{}</li></ul>", texts.join("</li><li>"));
            assert!(before_cards.ends_with(&format!("</h3>{once}")), "above the cards: {before_cards}");
            for item in &on {
                let refused = id_text(lang, "reason", item.reasons[0].as_str());
                assert!(html.contains(&refused), "each card still says why: {refused}");
            }
        }
    }

    /// A student who plans a business, assessed today (2026-12-06).
    fn planning_student(registration_date: &str) -> crate::answers::Evaluation {
        let a = crate::answers::Answers {
            birth_date: "2004-05-01".into(),
            degree: Degree::Bachelor,
            has_startup: true,
            graduation_date: "2027-06-30".into(),
            startup_in_city: true,
            legal_representative: true,
            registration_date: registration_date.into(),
            insured_employees: "3".into(),
            ..Default::default()
        };
        a.evaluate(talent_rules::dates::Date::parse("2026-12-06").unwrap())
    }

    #[test]
    fn a_planned_registration_gives_the_result_as_of_that_day_not_an_error() {
        let e = planning_student("2027-09-01");
        assert!(e.errors.is_empty(), "{:?}", e.errors.iter().map(|x| x.text(Lang::En)).collect::<Vec<_>>());
        let a = e.result.unwrap();
        let html = render(Lang::Zh, &a, None);
        assert!(
            html.contains("<p class=\"notice\" id=\"as-of\">以下按计划注册登记日期 2027-09-01 计算。</p>")
        );
        assert!(html.contains("2028-09-02"), "when 12 months of operation are met: {html}");
        let en = render(Lang::En, &a, None);
        assert!(en.contains("As of the planned registration date 2027-09-01."), "{en}");
        assert!(en.contains("assessed on 2026-12-06"), "the assessment is still made today");
        let registered = planning_student("2026-12-06").result.unwrap();
        assert!(!render(Lang::Zh, &registered, None).contains("as-of"), "registered today: no plan");
    }

    #[test]
    fn a_founder_without_a_job_is_not_told_the_employer_applies() {
        let founder = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"2000-03-01","full_time_degree":"bachelor","graduation_date":"2023-06-30"},
                "startup":{"registered_in_city":true,"legal_representative":true,"registration_date":"2024-09-01","insured_employees":3}}"#,
        )
        .unwrap();
        for lang in [Lang::Zh, Lang::En] {
            let html = render(lang, &founder, None);
            assert!(html.contains(&escaped(&lang.t("dept.师市人社局"))), "where to apply is named: {html}");
            let section16 = escaped(&lang.t("result.section16"));
            assert!(!html.contains(&section16), "{html}");
            assert!(render(lang, &phd(), None).contains(&section16), "a hire's employer does");
        }
    }

    #[test]
    fn a_what_if_is_labelled_as_not_recognised() {
        let input =
            talent_rules::parse(include_str!("../../rules/tests/policy_cases/claimed-equivalent.input.json"))
                .unwrap();
        let a = talent_rules::assess(&input).unwrap();
        let w = talent_rules::assess_claimed(&input).unwrap().unwrap();
        let html = render(Lang::Zh, &a, Some(&w));
        assert!(
            html.contains("相当B类人才") && html.contains("尚未认定") && html.contains("608,800.00 元"),
            "{html}"
        );
    }

    #[test]
    fn the_status_line_sums_up() {
        assert_eq!(status_text(Lang::En, &phd()), "Category B talent · Total for you ¥608,800.00");
    }

    #[test]
    fn the_error_summary_names_each_field_and_links_to_it() {
        let a = crate::answers::Answers {
            birth_date: "1990-01-01".into(),
            assessment_date: "2020-01-01".into(),
            ..Default::default()
        };
        let e = a.evaluate(talent_rules::dates::Date::parse("2026-11-23").unwrap());
        let html = error_summary(Lang::Zh, &e.errors);
        assert!(html.contains("有 1 项填写需要更正"), "{html}");
        assert!(html.contains("href=\"#assessment-date\" data-field=\"assessment-date\""), "{html}");
        assert!(html.contains("评估日期"), "the field is named: {html}");
        assert!(html.contains("2025-01-01"), "with its message: {html}");
        let typo = crate::answers::Answers {
            contract_years: "three".into(),
            mode: talent_rules::ids::Mode::FullTime,
            assessment_date: String::new(),
            ..a
        };
        let errors = typo.evaluate(talent_rules::dates::Date::parse("2026-11-23").unwrap()).errors;
        let html = error_summary(Lang::Zh, &errors);
        assert!(html.contains("three") && !html.contains('{'), "every message filled in: {html}");
        let en = error_summary(Lang::En, &e.errors);
        assert!(en.contains("1 answer needs correcting"), "{en}");
    }

    #[test]
    fn the_summary_line_says_what_is_paid_when_and_to_whom() {
        assert_eq!(
            summary_line(Lang::Zh, &phd(), true),
            "B类人才 · 到岗后 208,800.00 元，购房后另有 400,000.00 元"
        );
        let flexible = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1992-04-15","full_time_degree":"doctorate"},
                "employment":{"mode":"flexible","division_affiliated":true,"flexible_days":40}}"#,
        )
        .unwrap();
        assert_eq!(summary_line(Lang::Zh, &flexible, true), "B类人才 · 用人单位可获 12,000.00 元");
        let no_job = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1992-04-15","full_time_degree":"doctorate"}}"#,
        )
        .unwrap();
        assert_eq!(
            summary_line(Lang::En, &no_job, false),
            "Category B talent · answer “your job in the city” to see the subsidies"
        );
        assert_eq!(summary_line(Lang::Zh, &no_job, true), "B类人才 · 0.00 元");
    }

    #[test]
    fn a_young_bachelor_hears_of_the_start_up_grant() {
        let a = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"2003-05-01","full_time_degree":"bachelor"}}"#,
        )
        .unwrap();
        let html = render(Lang::Zh, &a, None);
        assert!(html.contains("一次性创业资金 20,000.00 元"), "{html}");
        let flexible = talent_rules::assess_json(
            r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1992-04-15","full_time_degree":"doctorate"},
                "employment":{"mode":"flexible","division_affiliated":true,"flexible_days":5}}"#,
        )
        .unwrap();
        assert!(render(Lang::En, &flexible, None).contains("Choose the employer type to see where to apply."));
    }
}
