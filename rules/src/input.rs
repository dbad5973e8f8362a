//! The engine's input (IO.md): parsing with JSON paths in every error, and the
//! checks that reject impossible combinations before any rule runs.

use crate::dates::Date;
use crate::ids::*;
use crate::money::{Dec, Money};
use crate::policy::bounds;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
impl Default for HousingChoice {
    fn default() -> Self {
        HousingChoice::Cash
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Employment {
    #[serde(default)]
    pub mode: Mode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_type: Option<EmployerType>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub division_affiliated: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub first_social_insurance_in_city: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_years: Option<Dec>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub open_ended_contract: bool,
    #[serde(default, skip_serializing_if = "is_default")]
    pub flexible_days: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub housing_choice: HousingChoice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_price: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bingtuan_support: Option<Money>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    pub tax_paid: Money,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Loan {
    pub principal: Money,
    pub annual_rate: Dec,
    pub term_months: i64,
    pub repayment: Repayment,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enterprise {
    #[serde(default, skip_serializing_if = "is_default")]
    pub registered_in_city: bool,
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
    pub specialized_awards_received: Money,
    #[serde(default, skip_serializing_if = "is_default")]
    pub key_tech_breakthrough_projects: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry_education_investment: Option<Money>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub joint_innovation_platforms: i64,
    #[serde(default, skip_serializing_if = "is_default")]
    pub expert_workstations: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flexible_hires: Vec<Hire>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hire {
    #[serde(default)]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    #[serde(default)]
    pub days: i64,
}

/// A rejected input: the JSON path of the field and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        InputError { path: path.into(), message: message.into() }
    }
    /// `{"error": {"path": …, "message": …}}` as IO.md shows it.
    pub fn to_json(&self) -> String {
        serde_json::json!({ "error": self }).to_string()
    }
}

/// A validated input: exactly one subject, with the assessment date.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject<'a> {
    Person { person: &'a Person, employment: Option<&'a Employment>, startup: Option<&'a Startup>, loan: Option<&'a Loan> },
    Enterprise(&'a Enterprise),
}

/// Parses one JSON input; every failure names the field.
pub fn parse(json: &str) -> Result<Input, InputError> {
    if !json.trim_start().starts_with('{') {
        return Err(InputError::new("", "expected a JSON object such as {\"assessment_date\": …, \"person\": {…}}"));
    }
    // Tracking the path costs time on every field; only a failure needs it.
    if let Ok(input) = serde_json::from_str(json) {
        return Ok(input);
    }
    let de = &mut serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." || path == "?" { String::new() } else { path };
        from_serde(path, &e.into_inner())
    })
}

fn from_serde(path: String, err: &serde_json::Error) -> InputError {
    let raw = err.to_string();
    // serde_json appends " at line L column C"; the path says where already.
    let msg = match raw.rfind(" at line ") {
        Some(i) if err.line() > 0 => &raw[..i],
        _ => &raw[..],
    };
    let join = |field: &str| match path.as_str() {
        "" => field.to_string(),
        p if p == field || p.ends_with(&format!(".{field}")) => p.to_string(),
        p => format!("{p}.{field}"),
    };
    if let Some(field) = between(msg, "missing field `", "`") {
        return InputError::new(join(field), "required: this field is missing");
    }
    if let Some(field) = between(msg, "unknown field `", "`") {
        let expected = msg.split_once(", expected ").map(|(_, e)| e).unwrap_or("");
        let hint = if expected.is_empty() { String::new() } else { format!("; expected {expected}") };
        return InputError::new(join(field), format!("unknown field: check its spelling{hint}"));
    }
    let friendly = msg
        .replace("expected i64", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("integer `", "number `")
        .replace("EOF while parsing", "the JSON ends too early while reading")
        .replace("invalid type: ", "wrong kind of value: ");
    let friendly = match friendly.find("expected struct ") {
        Some(i) => format!("{}expected an object {{…}}", &friendly[..i]),
        None => friendly,
    };
    InputError::new(path, friendly)
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &s[s.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

struct Checker {
    errors: Option<InputError>,
}

impl Checker {
    fn fail(&mut self, path: &str, message: impl Into<String>) {
        if self.errors.is_none() {
            self.errors = Some(InputError::new(path, message));
        }
    }
    fn money(&mut self, path: &str, m: Money) {
        if m.0.is_sign_negative() && !m.0.is_zero() {
            self.fail(path, format!("must not be negative, got {}", m.0));
        } else if m.0.scale() > 2 && m.0 != m.0.round_dp(2) {
            self.fail(path, format!("at most two decimal places (fen), got {}", m.0));
        } else if m > bounds::MAX_MONEY {
            self.fail(path, format!("too large to be a real amount, got {}", m.0));
        }
    }
    fn count(&mut self, path: &str, n: i64, max: i64) {
        if n < 0 {
            self.fail(path, format!("must not be negative, got {n}"));
        } else if n > max {
            self.fail(path, format!("must be at most {max}, got {n}"));
        }
    }
}

impl Input {
    /// The assessment date and the subject, after every cross-field check.
    pub fn validate(&self) -> Result<(Date, Subject<'_>), InputError> {
        let t = self.assessment_date.ok_or_else(|| InputError::new("assessment_date", "required: this field is missing"))?;
        let mut c = Checker { errors: None };
        let subject = match (&self.person, &self.enterprise) {
            (Some(_), Some(_)) => return Err(InputError::new("enterprise", "give either a person or an enterprise, not both")),
            (None, None) => return Err(InputError::new("person", "required: give a person or an enterprise")),
            (None, Some(e)) => {
                for (name, present) in
                    [("employment", self.employment.is_some()), ("startup", self.startup.is_some()), ("loan", self.loan.is_some())]
                {
                    if present {
                        c.fail(name, "belongs to a person, not to an enterprise");
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
        match c.errors {
            Some(e) => Err(e),
            None => Ok((t, subject)),
        }
    }
}

fn check_person(c: &mut Checker, t: Date, path: &str, p: &Person) {
    if p.birth_date > t {
        c.fail(&format!("{path}.birth_date"), format!("the birth date {} is after the assessment date {t}", p.birth_date));
    }
    if p.claimed_equivalent == Some(Category::E) {
        c.fail(&format!("{path}.claimed_equivalent"), "equivalent talents exist for categories A to D only");
    }
    if let Some(g) = p.graduation_date {
        if g < p.birth_date {
            c.fail(&format!("{path}.graduation_date"), "the graduation date is before the birth date");
        }
    }
}

fn check_employment(c: &mut Checker, e: &Employment) {
    if let Some(y) = e.contract_years {
        if y.0.is_sign_negative() && !y.0.is_zero() {
            c.fail("employment.contract_years", format!("must not be negative, got {}", y.0));
        } else if y.0 > Decimal::from(bounds::MAX_CONTRACT_YEARS) {
            c.fail("employment.contract_years", format!("must be at most {}, got {}", bounds::MAX_CONTRACT_YEARS, y.0));
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

fn check_startup(c: &mut Checker, t: Date, p: &Person, s: &Startup) {
    match s.registration_date {
        None => c.fail("startup.registration_date", "required: the date the business was registered"),
        Some(r) if r > t => c.fail("startup.registration_date", format!("the registration date {r} is after the assessment date {t}")),
        Some(_) => {}
    }
    if p.graduation_date.is_none() {
        c.fail("person.graduation_date", "required when a business is given: §13 counts from graduation");
    }
    c.count("startup.insured_employees", s.insured_employees, bounds::MAX_COUNT);
    c.money("startup.tax_paid", s.tax_paid);
}

fn check_loan(c: &mut Checker, l: &Loan) {
    c.money("loan.principal", l.principal);
    let r = l.annual_rate.0;
    if r.is_sign_negative() && !r.is_zero() {
        c.fail("loan.annual_rate", format!("must not be negative, got {r}"));
    } else if r >= Decimal::ONE {
        c.fail(
            "loan.annual_rate",
            format!("a rate of 100 % or more is not possible; give a fraction such as \"0.0345\" for 3.45 %, got {r}"),
        );
    }
    if l.term_months < 1 {
        c.fail("loan.term_months", format!("must be at least 1 month, got {}", l.term_months));
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
        c.fail("enterprise.flexible_hires", format!("at most {} hires at once", bounds::MAX_HIRES));
    }
    for (i, h) in e.flexible_hires.iter().enumerate() {
        let path = format!("enterprise.flexible_hires[{i}]");
        match (&h.category, &h.person) {
            (Some(_), Some(_)) => c.fail(&path, "give either a category or a person, not both"),
            (None, None) => c.fail(&format!("{path}.category"), "required: give a category or a person"),
            (None, Some(p)) => check_person(c, t, &format!("{path}.person"), p),
            (Some(_), None) => {}
        }
        c.count(&format!("{path}.days"), h.days, bounds::MAX_DAYS);
    }
}
