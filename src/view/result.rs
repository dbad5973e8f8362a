//! The result: category, one card per benefit, what does not apply and why,
//! referrals, where to apply, and an honest total. Every text comes from the
//! engine's ids through the locale catalogs.

use crate::documents;
use crate::form_state::use_form;
use crate::i18n::{use_i18n, I18n};
use leptos::prelude::*;
use talent_rules::ids::*;
use talent_rules::output::*;
use talent_rules::policy::DOCUMENT;

pub fn amount_text(i18n: I18n, a: &Amount) -> String {
    let lang = i18n.lang();
    match *a {
        Amount::Exact(m) => lang.money(m),
        Amount::Range { min, max } => format!("{} – {}", lang.money(min), lang.money(max)),
        Amount::UpTo(m) => i18n.t_with("amount.up_to", &[("amount", lang.money(m))]),
        Amount::InKind(_) => i18n.t("amount.in_kind"),
    }
}

pub fn span_text(i18n: I18n, s: Span) -> String {
    if s.min == s.max {
        i18n.lang().money(s.max)
    } else {
        format!("{} – {}", i18n.lang().money(s.min), i18n.lang().money(s.max))
    }
}

fn list(i18n: I18n, ids: impl IntoIterator<Item = String>) -> String {
    ids.into_iter().collect::<Vec<_>>().join(&i18n.t("list.separator"))
}

pub fn hint_text(i18n: I18n, h: &Hint) -> String {
    let lang = i18n.lang();
    match h {
        Hint::ContractYearsAtLeast { years } => i18n.t_with("hint.contract_years_at_least", &[("years", years.to_string())]),
        Hint::CategoriesAccepted { categories } => i18n.t_with(
            "hint.categories_accepted",
            &[("categories", list(i18n, categories.iter().map(|c| c.as_str().to_string())))],
        ),
        Hint::EmployerTypesAccepting { category, employer_types } => i18n.t_with(
            "hint.employer_types_accepting",
            &[
                ("category", category.as_str().to_string()),
                ("employers", list(i18n, employer_types.iter().map(|t| i18n.t(&format!("employer.{}", t.as_str()))))),
            ],
        ),
        Hint::EligibleFrom { date } => i18n.t_with("hint.eligible_from", &[("date", date.to_string())]),
        Hint::RegistrationWindow { from, until } => {
            i18n.t_with("hint.registration_window", &[("from", from.to_string()), ("until", until.to_string())])
        }
        Hint::CappedLoan { principal, term_months, subsidy } => i18n.t_with(
            "hint.capped_loan",
            &[("principal", lang.money(*principal)), ("months", term_months.to_string()), ("subsidy", lang.money(*subsidy))],
        ),
        Hint::EmployeesOrTax { employees_at_least, tax_more_than } => i18n.t_with(
            "hint.employees_or_tax",
            &[("employees", employees_at_least.to_string()), ("tax", lang.money(*tax_more_than))],
        ),
    }
}

fn schedule_text(i18n: I18n, p: &Payment) -> String {
    match p {
        Payment::Monthly { from_month, to_month, per_month } => i18n.t_with(
            "schedule.monthly",
            &[("from", from_month.to_string()), ("to", to_month.to_string()), ("amount", i18n.lang().money(*per_month))],
        ),
        Payment::Yearly { year, amount } => {
            i18n.t_with("schedule.yearly", &[("year", year.to_string()), ("amount", i18n.lang().money(*amount))])
        }
    }
}

fn interp_item(i18n: I18n, i: Interp) -> impl IntoView {
    view! { <li><strong>{i.as_str()}</strong>" "{i18n.t(&format!("interp.{}", i.as_str()))}</li> }
}

#[component]
pub fn ResultPanel() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    view! {
        <section id="result" class="result" aria-labelledby="result-heading" aria-live="polite">
            <h2 id="result-heading" class="visually-hidden">{move || i18n.t("result.heading")}</h2>
            {move || {
                // Components render untracked: read the language here so a switch rebuilds the result.
                let _ = i18n.lang();
                let e = ctx.eval.get();
                match (e.result, e.errors.is_empty(), e.engine_error) {
                    (Some(a), _, _) => view! { <Assessment a=a /> }.into_any(),
                    (None, false, _) => view! {
                        <p class="notice warn" id="fix-fields">{i18n.t_with("result.fix_fields", &[("n", e.errors.len().to_string())])}</p>
                    }.into_any(),
                    (None, true, Some(err)) => view! { <p class="notice warn">{err}</p> }.into_any(),
                    (None, true, None) => view! { <p class="notice" id="start-hint">{i18n.t("result.start")}</p> }.into_any(),
                }
            }}
        </section>
    }
}

#[component]
fn Assessment(a: talent_rules::Assessment) -> impl IntoView {
    let i18n = use_i18n();
    let benefit_ids: Vec<BenefitId> = a.benefits.iter().map(|b| b.id).collect();
    view! {
        <CategoryCard a=a.clone() />
        <Totals a=a.clone() />
        <div class="cards">
            <h3>{i18n.t("result.benefits")}</h3>
            {if a.benefits.is_empty() {
                view! { <p class="muted">{i18n.t("result.no_benefits")}</p> }.into_any()
            } else {
                a.benefits.iter().cloned().map(|b| view! { <BenefitCard b=b /> }).collect_view().into_any()
            }}
        </div>
        <PrintTable a=a.clone() />
        <NotApplicable items=a.ineligible.clone() />
        <Referrals a=a.clone() />
        <ApplyTo departments=a.apply_to.clone() benefits=benefit_ids />
        <Related programmes=a.related_programmes.clone() />
        <Interpretations ids=a.interpretations.clone() />
        <footer class="disclaimer">
            <p>{i18n.t_with("result.basis", &[("doc", DOCUMENT.to_string()), ("date", a.assessment_date.to_string())])}</p>
            <p><strong>{i18n.t("result.decide")}</strong></p>
        </footer>
    }
}

#[component]
fn CategoryCard(a: talent_rules::Assessment) -> impl IntoView {
    let i18n = use_i18n();
    let heading = match a.category {
        Some(c) => i18n.t(&format!("category.{}", c.as_str())),
        None => i18n.t("result.no_category"),
    };
    let until = a.category.zip(a.category_valid_until).and_then(|(cat, date)| {
        let deciding = a.criteria_met.iter().find(|m| m.category == cat && m.valid_until == Some(date))?;
        Some(i18n.t_with(
            "result.category_until",
            &[
                ("criterion", i18n.t(&format!("criterion.{}", deciding.id.as_str()))),
                ("category", cat.as_str().to_string()),
                ("date", date.to_string()),
            ],
        ))
    });
    view! {
        <div class="card category">
            <p class="eyebrow">{i18n.t("result.category")}</p>
            <p id="category" class="big">{heading}</p>
            {until.map(|u| view! { <p class="until" id="category-until">{u}</p> })}
            {(!a.criteria_met.is_empty()).then(|| view! {
                <h3 class="small">{i18n.t("result.criteria_met")}</h3>
                <ul class="criteria">
                    {a.criteria_met.iter().map(|m| {
                        let until = m.valid_until.map(|d| i18n.t_with("result.until", &[("date", d.to_string())]));
                        view! {
                            <li>
                                <span class="tag">{m.category.as_str()}</span>
                                {i18n.t(&format!("criterion.{}", m.id.as_str()))}
                                {until.map(|u| view! { <span class="muted">" "{u}</span> })}
                                <span class="clause">" "{m.clause.as_str()}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[component]
fn Totals(a: talent_rules::Assessment) -> impl IntoView {
    let i18n = use_i18n();
    let t = a.totals;
    let zero = |s: Span| s.max.is_zero();
    let has_caps = a.benefits.iter().any(|b| matches!(b.amount, Amount::UpTo(_) | Amount::Range { .. }));
    view! {
        <div class="card totals" id="totals">
            <dl>
                <dt>{i18n.t("result.total_talent")}</dt>
                <dd id="total-talent">{span_text(i18n, t.talent)}</dd>
                {(!zero(t.employer)).then(|| view! {
                    <dt>{i18n.t("result.total_employer")}</dt>
                    <dd id="total-employer">{span_text(i18n, t.employer)}</dd>
                })}
            </dl>
            {a.funding.map(|f| view! {
                <p class="muted" id="funding">{i18n.t_with("result.funding", &[
                    ("bingtuan", i18n.lang().money(f.bingtuan)), ("city", i18n.lang().money(f.city))])}</p>
            })}
            <p class="muted">{if has_caps { i18n.t("result.total_note_caps") } else { i18n.t("result.total_note") }}</p>
        </div>
    }
}

#[component]
fn BenefitCard(b: Benefit) -> impl IntoView {
    let i18n = use_i18n();
    let id = b.id.as_str();
    let alternative = b.alternative.clone();
    view! {
        <article class="card benefit" id=format!("benefit-{id}")>
            <header>
                <h4>{i18n.t(&format!("benefit.{id}"))}</h4>
                <p class="amount">{amount_text(i18n, &b.amount)}</p>
            </header>
            <dl class="facts">
                <dt>{i18n.t("result.recipient")}</dt>
                <dd>{i18n.t(&format!("recipient.{}", b.recipient.as_str()))}</dd>
                <dt>{i18n.t("result.when")}</dt>
                <dd>
                    {i18n.t(&format!("benefit.{id}.when"))}
                    {(!b.schedule.is_empty()).then(|| view! {
                        <ul class="schedule">{b.schedule.iter().map(|p| view! { <li>{schedule_text(i18n, p)}</li> }).collect_view()}</ul>
                    })}
                </dd>
                {(!b.calculation.is_empty()).then(|| view! {
                    <dt>{i18n.t("result.calculation")}</dt>
                    <dd class="calc">{b.calculation.clone()}</dd>
                })}
                <dt>{i18n.t("result.clause")}</dt>
                <dd>{b.clause.as_str()}</dd>
                {(!b.apply_to.is_empty()).then(|| view! {
                    <dt>{i18n.t("result.apply_to")}</dt>
                    <dd>{list(i18n, b.apply_to.iter().map(|d| i18n.t(&format!("dept.{}", d.as_str()))))}</dd>
                })}
            </dl>
            {(!b.confirm.is_empty()).then(|| view! {
                <ul class="confirm">{b.confirm.iter().map(|c| view! {
                    <li>{i18n.t(&format!("confirm.{}", c.as_str()))}</li>
                }).collect_view()}</ul>
            })}
            {(!b.interpretations.is_empty()).then(|| view! {
                <ul class="interps">{b.interpretations.iter().map(|i| interp_item(i18n, *i)).collect_view()}</ul>
            })}
            {alternative.map(|alt| view! {
                <p class="alternative">{i18n.t_with("result.alternative", &[
                    ("name", i18n.t(&format!("benefit.{}", alt.id.as_str()))),
                    ("amount", amount_text(i18n, &alt.amount)),
                ])}</p>
            })}
        </article>
    }
}

/// Printed only: the benefits as one compact table, and what does not apply in a line each.
#[component]
fn PrintTable(a: talent_rules::Assessment) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="print-only print-result">
            <table class="benefits-table">
                <thead><tr>
                    <th>{i18n.t("print.item")}</th><th>{i18n.t("print.amount")}</th><th>{i18n.t("result.when")}</th>
                    <th>{i18n.t("result.recipient")}</th><th>{i18n.t("result.clause")}</th>
                </tr></thead>
                <tbody>{a.benefits.iter().map(|b| view! {
                    <tr>
                        <td>{i18n.t(&format!("benefit.{}", b.id.as_str()))}</td>
                        <td class="num">{amount_text(i18n, &b.amount)}</td>
                        <td>{i18n.t(&format!("benefit.{}.when", b.id.as_str()))}</td>
                        <td>{i18n.t(&format!("recipient.{}", b.recipient.as_str()))}</td>
                        <td>{b.clause.as_str()}</td>
                    </tr>
                }).collect_view()}</tbody>
            </table>
            {(!a.ineligible.is_empty()).then(|| view! {
                <p class="small"><strong>{i18n.t("result.not_applicable")}</strong>"："
                    {a.ineligible.iter().map(|item| format!("{}（{}）",
                        i18n.t(&format!("benefit.{}", item.id.as_str())),
                        list(i18n, item.reasons.iter().map(|r| i18n.t(&format!("reason.{}", r.as_str())))))
                    ).collect::<Vec<_>>().join(&i18n.t("list.separator"))}
                </p>
            })}
        </div>
    }
}

#[component]
fn NotApplicable(items: Vec<Ineligible>) -> impl IntoView {
    let i18n = use_i18n();
    (!items.is_empty()).then(|| view! {
        <div class="not-applicable" id="not-applicable">
            <h3>{i18n.t("result.not_applicable")}</h3>
            {items.into_iter().map(|item| view! {
                <article class="card muted-card" id=format!("ineligible-{}", item.id.as_str())>
                    <h4>{i18n.t(&format!("benefit.{}", item.id.as_str()))}" "<span class="clause">{item.clause.as_str()}</span></h4>
                    <ul class="reasons">{item.reasons.iter().map(|r| view! {
                        <li>{i18n.t(&format!("reason.{}", r.as_str()))}</li>
                    }).collect_view()}</ul>
                    {(!item.hints.is_empty()).then(|| view! {
                        <ul class="hints">{item.hints.iter().map(|h| view! { <li>{hint_text(i18n, h)}</li> }).collect_view()}</ul>
                    })}
                </article>
            }).collect_view()}
        </div>
    })
}

#[component]
fn Referrals(a: talent_rules::Assessment) -> impl IntoView {
    let i18n = use_i18n();
    (!a.referrals.is_empty()).then(|| view! {
        <div class="card referrals" id="referrals">
            <h3>{i18n.t("result.referrals")}</h3>
            <ul>{a.referrals.iter().map(|r| view! {
                <li>
                    {i18n.t_with(&format!("referral.{}", r.id.as_str()), &[("category", r.category.map(|c| c.as_str().to_string()).unwrap_or_default())])}
                    " "<span class="clause">{r.clause.as_str()}</span>
                </li>
            }).collect_view()}</ul>
        </div>
    })
}

#[component]
fn ApplyTo(departments: Vec<Department>, benefits: Vec<BenefitId>) -> impl IntoView {
    let i18n = use_i18n();
    let docs = documents::checklist(benefits);
    (!departments.is_empty()).then(|| view! {
        <div class="card apply" id="apply-to">
            <h3>{i18n.t("result.where_to_apply")}</h3>
            <ul class="departments">{departments.iter().map(|d| view! { <li>{i18n.t(&format!("dept.{}", d.as_str()))}</li> }).collect_view()}</ul>
            <p class="muted small">{i18n.t("result.section16")}</p>
            {(!docs.is_empty()).then(|| view! {
                <h4>{i18n.t("result.documents")}</h4>
                <ul class="docs">{docs.iter().map(|d| view! { <li>{i18n.t(d)}</li> }).collect_view()}</ul>
                <p class="print-only small">{list(i18n, docs.iter().map(|d| i18n.t(d)))}</p>
                <p class="muted small">{i18n.t("result.documents_note")}</p>
            })}
        </div>
    })
}

#[component]
fn Related(programmes: Vec<RelatedProgramme>) -> impl IntoView {
    let i18n = use_i18n();
    (!programmes.is_empty()).then(|| view! {
        <details class="card related">
            <summary>{i18n.t("result.related")}</summary>
            <p class="muted small">{i18n.t("result.related_note")}</p>
            <ul>{programmes.iter().map(|p| view! {
                <li>
                    {i18n.t(&format!("programme.{}", p.id.as_str()))}" "<span class="clause">{p.clause.as_str()}</span>
                    " · "{list(i18n, p.apply_to.iter().map(|d| i18n.t(&format!("dept.{}", d.as_str()))))}
                </li>
            }).collect_view()}</ul>
        </details>
    })
}

#[component]
fn Interpretations(ids: Vec<Interp>) -> impl IntoView {
    let i18n = use_i18n();
    (!ids.is_empty()).then(|| view! {
        <details class="card interpretations">
            <summary>{i18n.t("result.interpretations")}</summary>
            <ul class="interps">{ids.into_iter().map(|i| interp_item(i18n, i)).collect_view()}</ul>
        </details>
    })
}
