//! The engine's input (docs/contract.md), and the checks that reject
//! impossible combinations before any rule runs.

use crate::dates::Date;
use crate::error::{ErrorKind, InputError};
use crate::ids::*;
use crate::money::{Dec, Money};
use crate::policy::{self, bounds, Versions};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Input {
    /// Required: its absence is an input error.
    #[cfg_attr(test, ts(as = "Date"))]
    pub assessment_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<Employment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startup: Option<Startup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan: Option<Loan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<Enterprise>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub birth_date: Date,
    #[serde(default, skip_serializing_if = "is_default")]
    pub full_time_degree: Degree,
    #[serde(default, skip_serializing_if = "is_default")]
    pub title_level: Title,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub honors: Vec<Honor>,
    /// Recorded and shown, but counts for nothing in §10.
    #[serde(default, skip_serializing_if = "is_default")]
    pub part_time_degree: Degree,
    /// E is no category one can claim to be equivalent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(type = "'A' | 'B' | 'C' | 'D'"))]
    pub claimed_equivalent: Option<Category>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub graduation_date: Option<Date>,
}

// The id enums come from a macro, so their defaults are written out here.
#[allow(clippy::derivable_impls)]
impl Default for Degree {
    fn default() -> Self {
        Degree::None
    }
}
#[allow(clippy::derivable_impls)]
impl Default for Title {
    fn default() -> Self {
        Title::None
    }
}
#[allow(clippy::derivable_impls)]
impl Default for Mode {
    fn default() -> Self {
        Mode::None
    }
}
#[allow(clippy::derivable_impls)]
impl Default for Repayment {
    fn default() -> Self {
        Repayment::InterestOnly
    }
}
#[allow(clippy::derivable_impls)]
impl Default for Location {
    fn default() -> Self {
        Location::Elsewhere
    }
}
#[allow(clippy::derivable_impls)]
impl Default for HousingChoice {
    fn default() -> Self {
        HousingChoice::Cash
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Employment {
    // Left out, it takes its default.
    #[cfg_attr(test, ts(optional = nullable))]
    #[serde(default)]
    pub mode: Mode,
    /// The day the talent starts or started: §10 is decided on it (INT-11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// Where the employer is (INT-13).
    #[serde(default, skip_serializing_if = "is_default")]
    pub location: Location,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_type: Option<EmployerType>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub division_affiliated: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub first_social_insurance_in_city: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(as = "Option<crate::money::DecimalInput>"))]
    pub contract_years: Option<Dec>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub open_ended_contract: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub flexible_days: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub housing_choice: HousingChoice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(as = "Option<crate::money::DecimalInput>"))]
    pub purchase_price: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(as = "Option<crate::money::DecimalInput>"))]
    pub bingtuan_support: Option<Money>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Startup {
    #[serde(default, skip_serializing_if = "is_default")]
    pub registered_in_city: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub legal_representative: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_date: Option<Date>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub insured_employees: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    #[cfg_attr(test, ts(as = "crate::money::DecimalInput"))]
    pub tax_paid: Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Loan {
    #[cfg_attr(test, ts(as = "crate::money::DecimalInput"))]
    pub principal: Money,
    #[cfg_attr(test, ts(as = "crate::money::DecimalInput"))]
    pub annual_rate: Dec,
    pub term_months: i64,
    pub repayment: Repayment,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Enterprise {
    #[serde(default, skip_serializing_if = "is_default")]
    pub registered_in_city: bool,
    /// 师属企事业单位: §11(2) pays for its flexible hires only then.
    #[serde(default, skip_serializing_if = "is_default")]
    pub division_affiliated: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub platform_national: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub platform_regional: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub industrial_institute_years: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_tech: Option<HighTech>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub tech_sme_first: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specialized: Option<Specialized>,
    #[serde(default, skip_serializing_if = "is_default")]
    #[cfg_attr(test, ts(as = "crate::money::DecimalInput"))]
    pub specialized_awards_received: Money,
    #[serde(default, skip_serializing_if = "is_default")]
    pub key_tech_breakthrough_projects: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(as = "Option<crate::money::DecimalInput>"))]
    pub industry_education_investment: Option<Money>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub joint_innovation_platforms: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub expert_workstations: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flexible_hires: Vec<Hire>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Hire {
    // Left out, it takes its default.
    #[cfg_attr(test, ts(optional = nullable))]
    #[serde(default)]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    // Left out, it takes its default.
    #[cfg_attr(test, ts(optional = nullable))]
    #[serde(default)]
    pub days: i64,
}

/// A validated input: exactly one subject, with the assessment date.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject<'a> {
    Person {
        person: &'a Person,
        employment: Option<&'a Employment>,
        startup: Option<&'a Startup>,
        loan: Option<&'a Loan>,
    },
    Enterprise(&'a Enterprise),
}

/// Collects every problem, in the order the fields come.
struct Checker {
    errors: Vec<InputError>,
    /// INT-12: the first day the policy governs, that of its first version.
    first_day: Date,
    /// INT-12: the youngest age assessed, as the version in force on T sets it.
    min_age: u32,
}

impl Checker {
    fn fail(&mut self, e: InputError) {
        self.errors.push(e);
    }
    fn money(&mut self, path: &str, m: Money) {
        if m.0.is_sign_negative() && !m.0.is_zero() {
            self.fail(InputError::new(path, ErrorKind::Negative));
        } else if m.0.scale() > 2 && m.0 != m.0.round_dp(2) {
            self.fail(InputError::new(path, ErrorKind::TooManyDecimals));
        } else if m > bounds::MAX_MONEY {
            self.fail(InputError::new(path, ErrorKind::OutOfRange).limit(bounds::MAX_MONEY));
        }
    }
    fn count(&mut self, path: &str, n: i64, max: i64) {
        if n < 0 {
            self.fail(InputError::new(path, ErrorKind::Negative));
        } else if n > max {
            self.fail(InputError::new(path, ErrorKind::OutOfRange).limit(max));
        }
    }
    /// A date the policy can govern (INT-12).
    fn policy_date(&mut self, path: &str, d: Date) {
        if d < self.first_day {
            self.fail(InputError::new(path, ErrorKind::BeforePolicy).limit(self.first_day));
        } else if d > bounds::LAST_DAY {
            self.fail(InputError::new(path, ErrorKind::OutOfRange).limit(bounds::LAST_DAY));
        }
    }
}

impl Input {
    /// The assessment date and the subject, after every cross-field check;
    /// the first problem when there are any.
    pub fn validate(&self) -> Result<(Date, Subject<'_>), InputError> {
        self.validate_in(policy::versions())
    }

    /// `validate` against `versions` rather than the compiled-in ones.
    pub fn validate_in(&self, versions: &Versions) -> Result<(Date, Subject<'_>), InputError> {
        let (t, subject, mut problems) = self.checked(versions)?;
        match problems.is_empty() {
            true => Ok((t, subject)),
            false => Err(problems.swap_remove(0)),
        }
    }

    /// Every problem of the input, in field order: a form shows each beside its field.
    pub fn problems(&self) -> Vec<InputError> {
        self.problems_in(policy::versions())
    }

    /// `problems` against `versions` rather than the compiled-in ones.
    pub fn problems_in(&self, versions: &Versions) -> Vec<InputError> {
        match self.checked(versions) {
            Ok((_, _, problems)) => problems,
            Err(e) => vec![e],
        }
    }

    fn checked(&self, versions: &Versions) -> Result<(Date, Subject<'_>, Vec<InputError>), InputError> {
        let t =
            self.assessment_date.ok_or_else(|| InputError::new("assessment_date", ErrorKind::Required))?;
        let first_day = versions.first_day();
        let mut c = Checker { errors: Vec::new(), first_day, min_age: versions.in_force(t).min_age };
        c.policy_date("assessment_date", t);
        let subject = match (&self.person, &self.enterprise) {
            (Some(_), Some(_)) => {
                return Err(
                    InputError::new("enterprise", ErrorKind::Conflict).expecting(&["person", "enterprise"])
                )
            }
            (None, None) => {
                return Err(
                    InputError::new("person", ErrorKind::Required).expecting(&["person", "enterprise"])
                )
            }
            (None, Some(e)) => {
                for (name, present) in [
                    ("employment", self.employment.is_some()),
                    ("startup", self.startup.is_some()),
                    ("loan", self.loan.is_some()),
                ] {
                    if present {
                        c.fail(
                            InputError::new(name, ErrorKind::Conflict).expecting(&["person", "enterprise"]),
                        );
                    }
                }
                check_enterprise(&mut c, t, e);
                Subject::Enterprise(e)
            }
            (Some(p), None) => {
                check_person(&mut c, t, "person", p);
                if let Some(e) = &self.employment {
                    check_employment(&mut c, e);
                }
                if let Some(s) = &self.startup {
                    check_startup(&mut c, t, p, s);
                }
                if let Some(l) = &self.loan {
                    check_loan(&mut c, l);
                }
                Subject::Person {
                    person: p,
                    employment: self.employment.as_ref(),
                    startup: self.startup.as_ref(),
                    loan: self.loan.as_ref(),
                }
            }
        };
        Ok((t, subject, c.errors))
    }
}

fn check_person(c: &mut Checker, t: Date, path: &str, p: &Person) {
    let at = |field: &str| format!("{path}.{field}");
    if p.birth_date > t {
        c.fail(InputError::new(at("birth_date"), ErrorKind::AfterAssessmentDate).limit(t));
    } else if t < p.birth_date.plus_years(c.min_age) {
        c.fail(InputError::new(at("birth_date"), ErrorKind::TooYoung).limit(c.min_age));
    }
    if p.claimed_equivalent == Some(Category::E) {
        c.fail(
            InputError::new(at("claimed_equivalent"), ErrorKind::UnknownValue)
                .expecting(&["A", "B", "C", "D"]),
        );
    }
    if let Some(g) = p.graduation_date {
        if g < p.birth_date {
            c.fail(InputError::new(at("graduation_date"), ErrorKind::BeforeBirth));
        } else if g > bounds::LAST_DAY {
            c.fail(InputError::new(at("graduation_date"), ErrorKind::OutOfRange).limit(bounds::LAST_DAY));
        }
    }
}

fn check_employment(c: &mut Checker, e: &Employment) {
    if let Some(d) = e.start_date {
        c.policy_date("employment.start_date", d);
    }
    if let Some(y) = e.contract_years {
        if y.0.is_sign_negative() && !y.0.is_zero() {
            c.fail(InputError::new("employment.contract_years", ErrorKind::Negative));
        } else if y.0 > Decimal::from(bounds::MAX_CONTRACT_YEARS) {
            c.fail(
                InputError::new("employment.contract_years", ErrorKind::OutOfRange)
                    .limit(bounds::MAX_CONTRACT_YEARS),
            );
        }
    }
    c.count("employment.flexible_days", e.flexible_days, bounds::MAX_DAYS);
    if let Some(m) = e.purchase_price {
        c.money("employment.purchase_price", m);
    }
    if let Some(m) = e.bingtuan_support {
        c.money("employment.bingtuan_support", m);
    }
}

/// A registration date after T is no error: it is a planned one, and the
/// result is read as of it; so it must be a day the policy can govern.
fn check_startup(c: &mut Checker, t: Date, p: &Person, s: &Startup) {
    match s.registration_date {
        None => c.fail(InputError::new("startup.registration_date", ErrorKind::Required)),
        Some(r) if r > t => c.policy_date("startup.registration_date", r),
        Some(_) => {}
    }
    if p.graduation_date.is_none() {
        // §13 counts from graduation.
        c.fail(InputError::new("person.graduation_date", ErrorKind::Required));
    }
    c.count("startup.insured_employees", s.insured_employees, bounds::MAX_COUNT);
    c.money("startup.tax_paid", s.tax_paid);
}

fn check_loan(c: &mut Checker, l: &Loan) {
    c.money("loan.principal", l.principal);
    let r = l.annual_rate.0;
    if r.is_sign_negative() && !r.is_zero() {
        c.fail(InputError::new("loan.annual_rate", ErrorKind::Negative));
    } else if r >= Decimal::ONE {
        // A fraction: "0.0345" is 3.45 %.
        c.fail(InputError::new("loan.annual_rate", ErrorKind::OutOfRange).limit("1"));
    }
    if l.term_months < 1 {
        c.fail(InputError::new("loan.term_months", ErrorKind::OutOfRange).limit(1));
    } else {
        c.count("loan.term_months", l.term_months, bounds::MAX_LOAN_MONTHS);
    }
}

fn check_enterprise(c: &mut Checker, t: Date, e: &Enterprise) {
    let counts = [
        ("enterprise.platform_national", e.platform_national),
        ("enterprise.platform_regional", e.platform_regional),
        ("enterprise.industrial_institute_years", e.industrial_institute_years),
        ("enterprise.key_tech_breakthrough_projects", e.key_tech_breakthrough_projects),
        ("enterprise.joint_innovation_platforms", e.joint_innovation_platforms),
        ("enterprise.expert_workstations", e.expert_workstations),
    ];
    for (path, n) in counts {
        c.count(path, n, bounds::MAX_COUNT);
    }
    c.money("enterprise.specialized_awards_received", e.specialized_awards_received);
    if let Some(m) = e.industry_education_investment {
        c.money("enterprise.industry_education_investment", m);
    }
    if e.flexible_hires.len() > bounds::MAX_HIRES {
        c.fail(InputError::new("enterprise.flexible_hires", ErrorKind::OutOfRange).limit(bounds::MAX_HIRES));
    }
    for (i, h) in e.flexible_hires.iter().enumerate() {
        let path = format!("enterprise.flexible_hires[{i}]");
        match (&h.category, &h.person) {
            (Some(_), Some(_)) => {
                c.fail(InputError::new(&path, ErrorKind::Conflict).expecting(&["category", "person"]))
            }
            (None, None) => c.fail(
                InputError::new(format!("{path}.category"), ErrorKind::Required)
                    .expecting(&["A", "B", "C", "D", "E"]),
            ),
            (None, Some(p)) => check_person(c, t, &format!("{path}.person"), p),
            (Some(_), None) => {}
        }
        c.count(&format!("{path}.days"), h.days, bounds::MAX_DAYS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn person(extra: &str) -> String {
        format!(r#"{{"assessment_date": "2026-11-24", "person": {{"birth_date": "1992-04-15"}}{extra}}}"#)
    }

    fn kinds(json: &str) -> Vec<(String, ErrorKind)> {
        parse(json).unwrap().problems().into_iter().map(|e| (e.path, e.kind)).collect()
    }

    #[test]
    fn every_problem_is_listed_in_field_order() {
        let json = person(r#", "employment": {"flexible_days": -1, "purchase_price": "-5"}"#);
        let problems = kinds(&json);
        assert_eq!(
            problems,
            [
                ("employment.flexible_days".to_string(), ErrorKind::Negative),
                ("employment.purchase_price".to_string(), ErrorKind::Negative)
            ]
        );
        assert_eq!(
            parse(&json).unwrap().validate().unwrap_err().path,
            "employment.flexible_days",
            "the first"
        );
        assert_eq!(kinds(&person("")), []);
    }

    #[test]
    fn bounds_hold_on_the_bound_itself() {
        let days = |n: i64| kinds(&person(&format!(r#", "employment": {{"flexible_days": {n}}}"#)));
        assert_eq!(days(bounds::MAX_DAYS), []);
        assert_eq!(days(bounds::MAX_DAYS + 1)[0].1, ErrorKind::OutOfRange);
        let price = |p: &str| kinds(&person(&format!(r#", "employment": {{"purchase_price": "{p}"}}"#)));
        assert_eq!(price("1000000000000"), [], "the largest sum allowed");
        assert_eq!(price("1000000000000.01")[0].1, ErrorKind::OutOfRange);
        // Zeros after the fen are no fraction of a fen.
        assert_eq!(price("450000.500"), []);
        assert_eq!(price("450000.505")[0].1, ErrorKind::TooManyDecimals);
        let years = |y: &str| kinds(&person(&format!(r#", "employment": {{"contract_years": "{y}"}}"#)));
        assert_eq!(years("100"), []);
        assert_eq!(years("100.5")[0].1, ErrorKind::OutOfRange);
        assert_eq!(years("-1")[0].1, ErrorKind::Negative);
        assert_eq!(years("0"), []);
        let graduated = |d: &str| {
            kinds(&format!(
                r#"{{"assessment_date": "2026-11-24", "person": {{"birth_date": "1992-04-15", "graduation_date": "{d}"}}}}"#
            ))
        };
        assert_eq!(graduated("2100-12-31"), []);
        assert_eq!(graduated("2101-01-01")[0].1, ErrorKind::OutOfRange);
        let registered = |d: &str| {
            kinds(&format!(
                r#"{{"assessment_date": "2026-11-24", "person": {{"birth_date": "1992-04-15", "graduation_date": "2020-06-30"}},
                    "startup": {{"registered_in_city": true, "legal_representative": true, "registration_date": "{d}"}}}}"#
            ))
        };
        assert_eq!(registered("2026-11-24"), [], "registered on the assessment day");
        assert_eq!(registered("2026-11-25"), [], "a planned registration");
        assert_eq!(registered("2100-12-31"), []);
        assert_eq!(registered("2101-01-01")[0].1, ErrorKind::OutOfRange);
        // Born on the assessment day: too young, not born after it.
        let born = kinds(r#"{"assessment_date": "2026-11-24", "person": {"birth_date": "2026-11-24"}}"#);
        assert_eq!(born[0].1, ErrorKind::TooYoung);
    }

    #[test]
    fn an_enterprise_may_list_as_many_hires_as_the_bound() {
        let hires = |n: usize| {
            let hire = r#"{"category": "A", "days": 1}"#;
            let list = vec![hire; n].join(",");
            kinds(&format!(
                r#"{{"assessment_date": "2026-11-24", "enterprise": {{"flexible_hires": [{list}]}}}}"#
            ))
        };
        assert_eq!(hires(bounds::MAX_HIRES), []);
        assert_eq!(
            hires(bounds::MAX_HIRES + 1),
            [("enterprise.flexible_hires".to_string(), ErrorKind::OutOfRange)]
        );
    }

    #[test]
    fn money_may_be_a_json_number() {
        let price = |p: &str| {
            let input = parse(&person(&format!(r#", "employment": {{"purchase_price": {p}}}"#))).unwrap();
            input.employment.and_then(|e| e.purchase_price)
        };
        assert_eq!(price("450000"), Some(Money::yuan(450_000)));
        assert_eq!(price("-5"), Some(Money(Decimal::from(-5))));
        assert_eq!(kinds(&person(r#", "employment": {"purchase_price": -5}"#))[0].1, ErrorKind::Negative);
    }

    #[test]
    fn defaults_are_left_out_when_written() {
        let json =
            serde_json::to_value(parse(&person(r#", "employment": {"division_affiliated": true}"#)).unwrap())
                .unwrap();
        let employment = json["employment"].as_object().unwrap();
        assert_eq!(employment.get("division_affiliated"), Some(&serde_json::Value::Bool(true)));
        assert!(!employment.contains_key("open_ended_contract"), "false is the default: {json}");
        assert!(!json["person"].as_object().unwrap().contains_key("full_time_degree"));
    }
}
