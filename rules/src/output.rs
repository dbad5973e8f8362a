//! The engine's result (docs/contract.md): ids, amounts, schedules, clause refs, reason
//! codes and hints — data for a UI to translate, never sentences.

use crate::dates::Date;
use crate::ids::*;
use crate::money::{Dec, Money, ZERO};
use serde::{Deserialize, Serialize};
use std::fmt::{self, Write};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub policy: String,
    /// The id of the policy's version in force on the assessment date, which
    /// governs the result except where a benefit names another (INT-14).
    pub policy_version: String,
    pub assessment_date: Date,
    pub category: Option<Category>,
    /// A registration date after T is a planned one: the result is read as
    /// of that day, on which every date test is made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub planned_registration_date: Option<Date>,
    /// The start date the category was decided on (INT-11), when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub category_decided_on: Option<Date>,
    /// When every criterion of the category is age-bound: the last day it holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub category_valid_until: Option<Date>,
    pub criteria_met: Vec<CriterionMet>,
    /// Age-bound criteria that no longer hold, with the day they ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria_expired: Vec<CriterionMet>,
    pub benefits: Vec<Benefit>,
    pub ineligible: Vec<Ineligible>,
    pub referrals: Vec<Referral>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flexible_hires: Vec<HireResult>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_programmes: Vec<RelatedProgramme>,
    /// Benefits not asked about that this person's category would bring,
    /// with their clause: what they could still do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prospects: Vec<Prospect>,
    pub apply_to: Vec<Department>,
    /// §16: the employer submits an introduced talent's application to the
    /// department; false for anyone without a job in the city, who applies
    /// in person (a founder to the start-up department).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub employer_submits: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub funding: Option<Funding>,
    pub totals: Totals,
    pub interpretations: Vec<Interp>,
    /// Answers possible but unlikely, to look at again; the result stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::plausibility::Warning>,
}

impl Assessment {
    /// Every benefit's `calculation` in symbols, as `Benefit::fill_calculation`.
    pub fn fill_calculation(&mut self) {
        self.benefits.iter_mut().for_each(Benefit::fill_calculation);
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct CriterionMet {
    pub id: Criterion,
    pub category: Category,
    pub clause: Clause,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub valid_until: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpretations: Vec<Interp>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Amount {
    Exact(Money),
    Range {
        min: Money,
        max: Money,
    },
    UpTo(Money),
    /// `{"in_kind": true}`.
    InKind(True),
}

/// The JSON `true` and nothing else, so an in-kind amount cannot say `false`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS), ts(type = "true"))]
pub struct True;

impl Serialize for True {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(true)
    }
}

impl<'de> Deserialize<'de> for True {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<True, D::Error> {
        match bool::deserialize(d)? {
            true => Ok(True),
            false => Err(serde::de::Error::invalid_value(serde::de::Unexpected::Bool(false), &"true")),
        }
    }
}

impl Amount {
    /// What this amount adds to a total's (min, max): docs/contract.md, "Totals".
    pub fn span(&self) -> (Money, Money) {
        match *self {
            Amount::Exact(m) => (m, m),
            Amount::Range { min, max } => (min, max),
            Amount::UpTo(m) => (ZERO, m),
            Amount::InKind(True) => (ZERO, ZERO),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(untagged)]
pub enum Payment {
    Monthly { from_month: u32, to_month: u32, per_month: Money },
    Yearly { year: u32, amount: Money },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    pub id: BenefitId,
    pub clause: Clause,
    pub recipient: Recipient,
    pub amount: Amount,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedule: Vec<Payment>,
    /// The arithmetic, in numbers and symbols only, e.g. `5000.00 × 36`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub calculation: String,
    /// The same arithmetic as data, for a UI to say in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    pub interpretations: Vec<Interp>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apply_to: Vec<Department>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirm: Vec<Confirm>,
    /// The other side of an either/or (INT-03): shown beside, never counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub alternative: Option<Box<Benefit>>,
    /// The version this benefit follows when it is not the result's
    /// `policy_version` (INT-14: §10–§11 the category's day, §13 the
    /// registration date); its amounts over the years stay that version's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub policy_version: Option<String>,
}

impl Benefit {
    pub fn new(id: BenefitId, clause: Clause, recipient: Recipient, amount: Amount) -> Benefit {
        Benefit {
            id,
            clause,
            recipient,
            amount,
            schedule: Vec::new(),
            calculation: String::new(),
            steps: Vec::new(),
            interpretations: Vec::new(),
            apply_to: Vec::new(),
            confirm: Vec::new(),
            alternative: None,
            policy_version: None,
        }
    }
    /// The arithmetic as data, and in symbols beside it where the
    /// `calculation-text` feature asks for it (the browser app says the steps
    /// in words and leaves it out of its download).
    pub fn with_steps(mut self, steps: Vec<Step>) -> Benefit {
        self.steps = steps;
        if cfg!(feature = "calculation-text") {
            self.fill_calculation();
        }
        self
    }

    /// Writes `calculation` from the steps where it is empty (built without
    /// `calculation-text`), for output that keeps to the contract.
    pub fn fill_calculation(&mut self) {
        if self.calculation.is_empty() {
            // Written in place: one String for all the steps, not one each.
            for (i, step) in self.steps.iter().enumerate() {
                let separator = if i == 0 { "" } else { "; " };
                write!(self.calculation, "{separator}{step}").expect("a String takes any text");
            }
        }
        if let Some(alternative) = &mut self.alternative {
            alternative.fill_calculation();
        }
    }
}

/// One step of a benefit's arithmetic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Step {
    /// `per_month` each month for `months` months.
    Monthly { per_month: Money, months: u32 },
    /// Free of charge for `months` months (in kind).
    FreeMonths { months: u32 },
    /// The clause's amount for the category.
    Standard { category: Category, amount: Money },
    /// The standard, but no more than the house price.
    CappedByPrice { standard: Money, price: Money, amount: Money },
    /// Paid in `count` equal yearly parts from year `first_year`; the last takes the remainder.
    Instalments { count: u32, first_year: u32, each: Money, last: Money },
    /// A rate per day of work times the days.
    Daily { rate: Money, days: i64 },
    /// Interest paid on a loan repaid at the end: principal × rate × months / 12.
    InterestOnly { principal: Money, rate: Dec, months: u32, interest: Money },
    /// Interest paid on a loan repaid in equal monthly instalments, month by month.
    EqualInstallments { principal: Money, rate: Dec, months: u32, interest: Money },
    /// The subsidised share of the interest.
    InterestShare { interest: Money, percent: Dec, subsidy: Money },
    /// The employment test of §13 that was met.
    Employees { employees: i64, at_least: u32 },
    /// The tax test of §13 that was met.
    TaxAbove { tax: Money, above: Money },
    /// A fixed amount.
    Fixed { amount: Money },
    /// `amount` for each of `count`.
    Each { amount: Money, count: i64 },
    /// The award less award money already received, never below 0.
    LessReceived { standard: Money, received: Money, amount: Money },
    /// At most `cap` for each of `count`.
    UpToEach { cap: Money, count: i64 },
    /// At most the cap, and no more than the investment.
    UpToInvestment { cap: Money, investment: Money, amount: Money },
    /// Between `min` and `max` for each of `count`.
    RangeEach { min: Money, max: Money, count: i64 },
}

/// The step in numbers and symbols, for `Benefit::calculation`. Amounts go
/// through `Money::text`, as in the JSON: the same text, without the `fmt`
/// machinery, which was most of the time a calculation took.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Monthly { per_month, months } => write!(f, "{} × {months}", per_month.text()),
            Step::FreeMonths { months } => write!(f, "free × {months} months"),
            Step::Standard { amount, .. } | Step::Fixed { amount } => f.write_str(amount.text().as_str()),
            Step::CappedByPrice { standard, price, amount } => {
                write!(f, "min({}, {}) = {}", standard.text(), price.text(), amount.text())
            }
            Step::Instalments { count, each, last, .. } => {
                let total = each.times(i64::from(count.saturating_sub(1))) + *last;
                let (total, each, last) = (total.text(), each.text(), last.text());
                write!(f, "{total} ÷ {count} = {each} × {} + {last}", count.saturating_sub(1))
            }
            Step::Daily { rate, days } => write!(f, "{} × {days}", rate.text()),
            Step::InterestOnly { principal, rate, months, interest } => {
                write!(f, "{} × {rate} × {months} / 12 = {}", principal.text(), interest.text())
            }
            Step::EqualInstallments { rate, months, interest, .. } => {
                write!(f, "Σ[m=1..{months}] B(m) × {rate} / 12 = {}", interest.text())
            }
            Step::InterestShare { interest, percent, subsidy } => {
                write!(f, "{} × {percent}% = {}", interest.text(), subsidy.text())
            }
            Step::Employees { employees, at_least } => write!(f, "{employees} ≥ {at_least}"),
            Step::TaxAbove { tax, above } => write!(f, "{} > {}", tax.text(), above.text()),
            Step::Each { amount, count } => write!(f, "{} × {count}", amount.text()),
            Step::LessReceived { standard, received, amount } => {
                write!(f, "max(0, {} − {}) = {}", standard.text(), received.text(), amount.text())
            }
            Step::UpToEach { cap, count } => write!(f, "≤ {} × {count}", cap.text()),
            Step::UpToInvestment { cap, investment, amount } => {
                write!(f, "≤ min({}, {}) = {}", cap.text(), investment.text(), amount.text())
            }
            Step::RangeEach { min, max, count } => write!(f, "({} – {}) × {count}", min.text(), max.text()),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Ineligible {
    pub id: BenefitId,
    pub clause: Clause,
    pub reasons: Vec<Reason>,
    /// What would change the outcome, as data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<Hint>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Hint {
    /// A contract of at least this many years, or an open-ended one.
    ContractYearsAtLeast { years: u32 },
    /// The categories this benefit is open to with the given employer type.
    CategoriesAccepted { categories: Vec<Category> },
    /// Employer types with which the person's category would qualify.
    EmployerTypesAccepting { category: Category, employer_types: Vec<EmployerType> },
    /// The condition is met from this date on (e.g. 12 months of operation).
    EligibleFrom { date: Date },
    /// Registration had to fall within this window.
    RegistrationWindow { from: Date, until: Date },
    /// The subsidy the loan would get within the caps.
    CappedLoan { principal: Money, term_months: u32, subsidy: Money },
    /// An age-bound criterion that gave a better category held until `until`:
    /// the age limit, not the employer, is why.
    AgeLimitPassed { criterion: Criterion, category: Category, until: Date },
    /// Either this many insured employees or tax paid above this amount.
    EmployeesOrTax { employees_at_least: u32, tax_more_than: Money },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub id: ReferralId,
    pub clause: Clause,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub category: Option<Category>,
    /// Where the case goes, when the referral names a department.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub apply_to: Vec<Department>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Prospect {
    pub id: BenefitId,
    pub clause: Clause,
    pub amount: Amount,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct RelatedProgramme {
    pub id: Programme,
    pub clause: Clause,
    pub apply_to: Vec<Department>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct HireResult {
    pub label: String,
    pub category: Option<Category>,
    pub days: i64,
    pub amount: Money,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub calculation: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub bingtuan: Money,
    pub city: Money,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub min: Money,
    pub max: Money,
}

impl Span {
    pub fn add(&mut self, (min, max): (Money, Money)) {
        self.min += min;
        self.max += max;
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub talent: Span,
    pub employer: Span,
    pub enterprise: Span,
    /// The part of `talent` that waits for a later event (work 3 years, buy a house).
    #[serde(default)]
    pub talent_later: Span,
}

impl Totals {
    /// The part of `talent` that waits for no later event: paid on taking
    /// up the job, or on its own schedule from then.
    pub fn talent_now(&self) -> Span {
        Span { min: self.talent.min - self.talent_later.min, max: self.talent.max - self.talent_later.max }
    }

    pub fn for_recipient(&mut self, r: Recipient) -> &mut Span {
        match r {
            Recipient::Talent => &mut self.talent,
            Recipient::Employer => &mut self.employer,
            Recipient::Enterprise => &mut self.enterprise,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_paid_now_is_the_talents_total_less_what_waits_for_a_later_event() {
        let input = r#"{"assessment_date": "2026-11-23", "person": {"birth_date": "1992-04-15", "full_time_degree": "doctorate"},
            "employment": {"mode": "full_time", "employer_type": "enterprise", "first_social_insurance_in_city": true,
                           "contract_years": "3", "purchase_price": "350000"}}"#;
        let t = crate::assess_json(input).unwrap().totals;
        assert_eq!(t.talent.max.to_string(), "558800.00");
        assert_eq!(t.talent_later.max.to_string(), "350000.00", "the purchase subsidy");
        assert_eq!(t.talent_now(), Span { min: Money::yuan(208_800), max: Money::yuan(208_800) });
        let enterprise = r#"{"assessment_date": "2026-11-23", "enterprise": {"registered_in_city": true, "high_tech": "first"}}"#;
        let t = crate::assess_json(enterprise).unwrap().totals;
        assert_eq!(t.talent_now(), Span::default(), "nothing for a talent");
    }
}
