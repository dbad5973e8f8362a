//! The questions, in the order people answer them, described as data and
//! drawn by one renderer: one instance of each control instead of one typed
//! view per question keeps the download small. Groups of questions that
//! cannot change this person's result stay hidden (see `Visible`).

use super::fields::*;
use crate::answers::{Answers, Evaluation, Field};
use crate::form_state::{use_form, ChoiceLens, Lens};
use crate::i18n::use_i18n;
use crate::{choice, lens, titles};
use leptos::prelude::*;
use talent_rules::ids::{Category, Degree, EmployerType, Honor, HousingChoice, Mode, Repayment, Title};

pub enum Q {
    Text(TextSpec),
    Select {
        id: &'static str,
        label: &'static str,
        lens: ChoiceLens,
        none: Option<&'static str>,
        help: Option<&'static str>,
    },
    Radio {
        name: &'static str,
        legend: &'static str,
        lens: ChoiceLens,
    },
    Check {
        id: &'static str,
        label: &'static str,
        lens: Lens<bool>,
    },
    Honours,
    TitleFinder,
    /// Shown only while `shown` holds.
    Group {
        shown: fn(&Evaluation, &Answers) -> bool,
        items: Vec<Q>,
    },
}

fn text(field: Field, label: &'static str, lens: Lens<String>) -> TextSpec {
    TextSpec { field, label, lens, kind: "text", inputmode: None, help: None, suffix: None }
}

fn date(field: Field, label: &'static str, lens: Lens<String>, help: &'static str) -> Q {
    Q::Text(TextSpec { kind: "date", help: Some(help), ..text(field, label, lens) })
}

/// A number typed on a phone's number pad, with its unit beside it.
fn number(field: Field, label: &'static str, lens: Lens<String>, inputmode: &'static str, suffix: &'static str) -> TextSpec {
    TextSpec { inputmode: Some(inputmode), suffix: Some(suffix), ..text(field, label, lens) }
}

fn select(id: &'static str, label: &'static str, lens: ChoiceLens, help: Option<&'static str>) -> Q {
    Q::Select { id, label, lens, none: None, help }
}

fn sections() -> Vec<(&'static str, &'static str, Vec<Q>)> {
    vec![
        (
            "about",
            "section.about",
            vec![
                date(Field::BirthDate, "q.birth_date", lens!(birth_date), "q.date_help"),
                select("degree", "q.degree", choice!(degree, Degree, "degree"), Some("q.degree_help")),
                select(
                    "part-time-degree",
                    "q.part_time_degree",
                    choice!(part_time_degree, Degree, "degree"),
                    Some("q.part_time_degree_help"),
                ),
                Q::TitleFinder,
                select("title", "q.title", choice!(title, Title, "title"), None),
                Q::Honours,
                Q::Select {
                    id: "claimed-equivalent",
                    label: "q.claimed_equivalent",
                    lens: choice!(
                        claimed_equivalent,
                        Category,
                        "category",
                        optional,
                        only = &[Category::A, Category::B, Category::C, Category::D]
                    ),
                    none: Some("q.claimed_none"),
                    help: Some("q.claimed_help"),
                },
            ],
        ),
        (
            "job",
            "section.job",
            vec![
                Q::Radio { name: "mode", legend: "q.mode", lens: choice!(mode, Mode, "mode") },
                Q::Group {
                    shown: |e, _| e.visible.employer,
                    items: vec![Q::Select {
                        id: "employer-type",
                        label: "q.employer_type",
                        lens: choice!(employer_type, EmployerType, "employer", optional),
                        none: Some("q.choose"),
                        help: Some("q.employer_type_help"),
                    }],
                },
                Q::Group {
                    shown: |e, _| e.visible.full_time_terms,
                    items: vec![
                        Q::Check { id: "first-social-insurance", label: "q.first_social_insurance", lens: lens!(first_social_insurance) },
                        Q::Check { id: "open-ended", label: "q.open_ended", lens: lens!(open_ended) },
                        Q::Group {
                            shown: |_, a| !a.open_ended,
                            items: vec![Q::Text(number(
                                Field::ContractYears,
                                "q.contract_years",
                                lens!(contract_years),
                                "decimal",
                                "unit.years",
                            ))],
                        },
                    ],
                },
                Q::Group {
                    shown: |e, _| e.visible.housing,
                    items: vec![
                        Q::Radio { name: "housing", legend: "q.housing", lens: choice!(housing, HousingChoice, "housing") },
                        Q::Text(TextSpec {
                            help: Some("q.purchase_price_help"),
                            ..number(Field::PurchasePrice, "q.purchase_price", lens!(purchase_price), "decimal", "unit.yuan")
                        }),
                        Q::Text(TextSpec {
                            help: Some("q.bingtuan_support_help"),
                            ..number(Field::BingtuanSupport, "q.bingtuan_support", lens!(bingtuan_support), "decimal", "unit.yuan")
                        }),
                    ],
                },
                Q::Group {
                    shown: |_, a| a.mode == Mode::Flexible,
                    items: vec![Q::Check { id: "division-affiliated", label: "q.division_affiliated", lens: lens!(division_affiliated) }],
                },
                Q::Group {
                    shown: |e, _| e.visible.flexible_terms,
                    items: vec![Q::Text(number(Field::FlexibleDays, "q.flexible_days", lens!(flexible_days), "numeric", "unit.days"))],
                },
            ],
        ),
        (
            "business",
            "section.business",
            vec![
                Q::Check { id: "has-startup", label: "q.has_startup", lens: lens!(has_startup) },
                Q::Group {
                    shown: |e, _| e.visible.startup,
                    items: vec![
                        date(Field::GraduationDate, "q.graduation_date", lens!(graduation_date), "q.date_help"),
                        Q::Check { id: "startup-in-city", label: "q.startup_in_city", lens: lens!(startup_in_city) },
                        Q::Check { id: "legal-representative", label: "q.legal_representative", lens: lens!(legal_representative) },
                        date(Field::RegistrationDate, "q.registration_date", lens!(registration_date), "q.date_help"),
                        Q::Text(number(Field::InsuredEmployees, "q.insured_employees", lens!(insured_employees), "numeric", "unit.people")),
                        Q::Text(number(Field::TaxPaid, "q.tax_paid", lens!(tax_paid), "decimal", "unit.yuan")),
                    ],
                },
            ],
        ),
        (
            "loan",
            "section.loan",
            vec![
                Q::Check { id: "wants-loan", label: "q.wants_loan", lens: lens!(wants_loan) },
                Q::Group {
                    shown: |e, _| e.visible.loan,
                    items: vec![
                        Q::Text(number(Field::LoanPrincipal, "q.loan_principal", lens!(loan_principal), "decimal", "unit.yuan")),
                        Q::Text(TextSpec {
                            help: Some("q.loan_rate_help"),
                            ..number(Field::LoanRate, "q.loan_rate", lens!(loan_rate_percent), "decimal", "unit.percent")
                        }),
                        Q::Text(number(Field::LoanMonths, "q.loan_months", lens!(loan_months), "numeric", "unit.months")),
                        Q::Radio { name: "repayment", legend: "q.repayment", lens: choice!(repayment, Repayment, "repayment") },
                    ],
                },
            ],
        ),
        ("when", "section.when", vec![date(Field::AssessmentDate, "q.assessment_date", lens!(assessment_date), "q.assessment_date_help")]),
    ]
}

#[component]
pub fn Questions() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form class="questions" on:submit=|ev| ev.prevent_default() novalidate>
            {sections().into_iter().map(|(id, title, items)| {
                let heading = format!("{id}-heading");
                let labelled_by = heading.clone();
                view! {
                    <section class="section" id=id aria-labelledby=labelled_by>
                        <h2 id=heading>{move || i18n.t(title)}</h2>
                        {items.into_iter().map(question).collect_view()}
                    </section>
                }
            }).collect_view()}
        </form>
    }
}

fn question(q: Q) -> AnyView {
    match q {
        Q::Text(spec) => text_field(spec).into_any(),
        Q::Select { id, label, lens, none, help } => select_field(id, label, lens, none, help).into_any(),
        Q::Radio { name, legend, lens } => radio_group(name, legend, lens).into_any(),
        Q::Check { id, label, lens } => checkbox(id, label, lens).into_any(),
        Q::Honours => honours().into_any(),
        Q::TitleFinder => title_finder().into_any(),
        Q::Group { shown, items } => {
            let ctx = use_form();
            view! {
                <div class="group" hidden=move || !ctx.eval.with(|e| ctx.answers.with(|a| shown(e, a)))>
                    {items.into_iter().map(question).collect_view()}
                </div>
            }
            .into_any()
        }
    }
}

/// Type a title's name, get its level; choosing a suggestion sets the level.
fn title_finder() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let query = RwSignal::new(String::new());
    let matches = move || titles::find(&query.get(), 6);
    view! {
        <div class="field finder">
            <label for="title-finder">{move || i18n.t("q.title_finder")}</label>
            <p class="help" id="title-finder-help">{move || i18n.t("q.title_finder_help")}</p>
            <input id="title-finder" type="search" autocomplete="off" aria-describedby="title-finder-help"
                aria-controls="title-matches"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev)) />
            <ul id="title-matches" class="matches" aria-live="polite">
                {move || matches().into_iter().map(|(zh, en, level)| {
                    let name = if i18n.lang() == crate::i18n::Lang::Zh { zh } else { en };
                    view! {
                        <li>
                            <button type="button" class="link"
                                on:click=move |_| { lens!(title).write(ctx, level); query.set(String::new()); }>
                                {name}" → "{move || i18n.t(&format!("title.{}", level.as_str()))}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

fn honours() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    view! {
        <fieldset class="checks">
            <legend>{move || i18n.t("q.honors")}</legend>
            {Honor::ALL.iter().map(|&h| {
                let id = format!("honor-{}", h.as_str());
                let for_id = id.clone();
                view! {
                    <label class="choice" for=for_id>
                        <input type="checkbox" id=id
                            prop:checked=move || ctx.answers.with(|a| a.honors.contains(&h))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ctx.answers.update(|a| {
                                    a.honors.retain(|x| *x != h);
                                    if on { a.honors.push(h); a.honors.sort(); }
                                })
                            } />
                        <span>{move || i18n.t(&format!("honor.{}", h.as_str()))}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
