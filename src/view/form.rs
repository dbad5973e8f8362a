//! The questions, in the order people answer them. Sections and questions
//! that cannot change this person's result stay hidden (see `Visible`).

use super::fields::*;
use crate::answers::Field;
use crate::form_state::use_form;
use crate::i18n::use_i18n;
use crate::{choice, lens};
use crate::titles;
use leptos::prelude::*;
use talent_rules::ids::{Category, Degree, EmployerType, Honor, HousingChoice, Mode, Repayment, Title};

#[component]
pub fn Questions() -> impl IntoView {
    view! {
        <form class="questions" on:submit=|ev| ev.prevent_default() novalidate>
            <AboutYou />
            <YourJob />
            <YourBusiness />
            <YourLoan />
            <WhenToAssess />
        </form>
    }
}

#[component]
fn Section(id: &'static str, title: &'static str, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    view! {
        <section class="section" id=id aria-labelledby=labelled_by>
            <h2 id=heading>{move || i18n.t(title)}</h2>
            {children()}
        </section>
    }
}

#[component]
fn AboutYou() -> impl IntoView {
    view! {
        <Section id="about" title="section.about">
            <TextField field=Field::BirthDate label="q.birth_date" lens=lens!(birth_date) kind="date" help="q.date_help" />
            <SelectField id="degree" label="q.degree" lens=choice!(degree, Degree, "degree") help="q.degree_help" />
            <SelectField id="part-time-degree" label="q.part_time_degree" lens=choice!(part_time_degree, Degree, "degree") help="q.part_time_degree_help" />
            <TitleFinder />
            <SelectField id="title" label="q.title" lens=choice!(title, Title, "title") />
            <Honours />
            <SelectField id="claimed-equivalent" label="q.claimed_equivalent"
                lens=choice!(claimed_equivalent, Category, "category", optional, only = &[Category::A, Category::B, Category::C, Category::D])
                none_label="q.claimed_none" help="q.claimed_help" />
        </Section>
    }
}

/// Type a title's name, get its level; choosing a suggestion sets the level.
#[component]
fn TitleFinder() -> impl IntoView {
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

#[component]
fn Honours() -> impl IntoView {
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

#[component]
fn YourJob() -> impl IntoView {
    let ctx = use_form();
    let visible = move || ctx.eval.with(|e| e.visible);
    view! {
        <Section id="job" title="section.job">
            <RadioGroup name="mode" legend="q.mode" lens=choice!(mode, Mode, "mode") />
            <div class="group" hidden=move || !visible().employer>
                <SelectField id="employer-type" label="q.employer_type" lens=choice!(employer_type, EmployerType, "employer", optional)
                    none_label="q.choose" help="q.employer_type_help" />
            </div>
            <div class="group" hidden=move || !visible().full_time_terms>
                <Checkbox id="first-social-insurance" label="q.first_social_insurance" lens=lens!(first_social_insurance) />
                <Checkbox id="open-ended" label="q.open_ended" lens=lens!(open_ended) />
                <div class="group" hidden=move || ctx.answers.with(|a| a.open_ended)>
                    <TextField field=Field::ContractYears label="q.contract_years" lens=lens!(contract_years)
                        inputmode="decimal" suffix="unit.years" />
                </div>
            </div>
            <div class="group" hidden=move || !visible().housing>
                <RadioGroup name="housing" legend="q.housing" lens=choice!(housing, HousingChoice, "housing") />
                <TextField field=Field::PurchasePrice label="q.purchase_price" lens=lens!(purchase_price)
                    inputmode="decimal" suffix="unit.yuan" help="q.purchase_price_help" />
                <TextField field=Field::BingtuanSupport label="q.bingtuan_support" lens=lens!(bingtuan_support)
                    inputmode="decimal" suffix="unit.yuan" help="q.bingtuan_support_help" />
            </div>
            <div class="group" hidden=move || ctx.answers.with(|a| a.mode != Mode::Flexible)>
                <Checkbox id="division-affiliated" label="q.division_affiliated" lens=lens!(division_affiliated) />
            </div>
            <div class="group" hidden=move || !visible().flexible_terms>
                <TextField field=Field::FlexibleDays label="q.flexible_days" lens=lens!(flexible_days)
                    inputmode="numeric" suffix="unit.days" />
            </div>
        </Section>
    }
}

#[component]
fn YourBusiness() -> impl IntoView {
    let ctx = use_form();
    view! {
        <Section id="business" title="section.business">
            <Checkbox id="has-startup" label="q.has_startup" lens=lens!(has_startup) />
            <div class="group" hidden=move || !ctx.eval.with(|e| e.visible.startup)>
                <TextField field=Field::GraduationDate label="q.graduation_date" lens=lens!(graduation_date) kind="date" help="q.date_help" />
                <Checkbox id="startup-in-city" label="q.startup_in_city" lens=lens!(startup_in_city) />
                <Checkbox id="legal-representative" label="q.legal_representative" lens=lens!(legal_representative) />
                <TextField field=Field::RegistrationDate label="q.registration_date" lens=lens!(registration_date) kind="date" help="q.date_help" />
                <TextField field=Field::InsuredEmployees label="q.insured_employees" lens=lens!(insured_employees)
                    inputmode="numeric" suffix="unit.people" />
                <TextField field=Field::TaxPaid label="q.tax_paid" lens=lens!(tax_paid) inputmode="decimal" suffix="unit.yuan" />
            </div>
        </Section>
    }
}

#[component]
fn YourLoan() -> impl IntoView {
    let ctx = use_form();
    view! {
        <Section id="loan" title="section.loan">
            <Checkbox id="wants-loan" label="q.wants_loan" lens=lens!(wants_loan) />
            <div class="group" hidden=move || !ctx.eval.with(|e| e.visible.loan)>
                <TextField field=Field::LoanPrincipal label="q.loan_principal" lens=lens!(loan_principal)
                    inputmode="decimal" suffix="unit.yuan" />
                <TextField field=Field::LoanRate label="q.loan_rate" lens=lens!(loan_rate_percent)
                    inputmode="decimal" suffix="unit.percent" help="q.loan_rate_help" />
                <TextField field=Field::LoanMonths label="q.loan_months" lens=lens!(loan_months)
                    inputmode="numeric" suffix="unit.months" />
                <RadioGroup name="repayment" legend="q.repayment" lens=choice!(repayment, Repayment, "repayment") />
            </div>
        </Section>
    }
}

#[component]
fn WhenToAssess() -> impl IntoView {
    view! {
        <Section id="when" title="section.when">
            <TextField field=Field::AssessmentDate label="q.assessment_date" lens=lens!(assessment_date)
                kind="date" help="q.assessment_date_help" />
        </Section>
    }
}
