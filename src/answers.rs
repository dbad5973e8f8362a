//! What the user has answered, kept exactly as typed so nothing is ever lost,
//! and how it becomes an engine input: text read as dates and numbers here,
//! every other check by the engine, whose errors become message keys per field.
//! Numbers are read as people type them (`talent_rules::numbers`, as a batch
//! file's cells are): full-width digits, thousands separators, a unit after
//! the number ("3年", "45万", "18个月").
//! Answers a person should look at again, though they may be right, get
//! the engine's warnings (`talent_rules::plausibility`), which never hold
//! the result back.

use talent_rules::dates::Date;
use talent_rules::ids::*;
use talent_rules::input::{Employment, Input, Loan, Person, Startup};
use talent_rules::money::{Dec, Money};
use talent_rules::numbers;
pub use talent_rules::numbers::Unit;
use talent_rules::plausibility;
use talent_rules::policy::{self, Versions};
use talent_rules::relevance::{relevant, Relevant};
use talent_rules::{assess_claimed_in, assess_in, Assessment, ErrorKind, InputError};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    // about you
    pub birth_date: String,
    pub degree: Degree,
    pub part_time_degree: Degree,
    pub title: Title,
    /// Holds any of the honours? `None` (not answered) counts the honours
    /// ticked, as links and drafts from before the question did.
    pub has_honors: Option<bool>,
    pub honors: Vec<Honor>,
    pub claimed_equivalent: Option<Category>,
    // your job in the city
    pub mode: Mode,
    /// Empty: not started yet, or not given (INT-11).
    pub start_date: String,
    pub employer_type: Option<EmployerType>,
    pub location: Location,
    pub division_affiliated: bool,
    pub first_social_insurance: bool,
    pub contract_years: String,
    pub open_ended: bool,
    pub flexible_days: String,
    pub housing: HousingChoice,
    pub purchase_price: String,
    pub bingtuan_support: String,
    // your business
    pub has_startup: bool,
    pub graduation_date: String,
    pub startup_in_city: bool,
    pub legal_representative: bool,
    pub registration_date: String,
    pub insured_employees: String,
    pub tax_paid: String,
    // a start-up loan
    pub wants_loan: bool,
    pub loan_principal: String,
    /// Percent a year as people say it ("3.45"), not a fraction.
    pub loan_rate_percent: String,
    /// Months ("36"), or years with their unit ("3年").
    pub loan_months: String,
    pub repayment: Repayment,
    /// Empty means today; otherwise the planned start date.
    pub assessment_date: String,
}

/// Every text question, by the id of its form control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    BirthDate,
    StartDate,
    GraduationDate,
    ContractYears,
    FlexibleDays,
    PurchasePrice,
    BingtuanSupport,
    RegistrationDate,
    InsuredEmployees,
    TaxPaid,
    LoanPrincipal,
    LoanRate,
    LoanMonths,
    AssessmentDate,
}

/// The locale key of an example value in a unit, for a message's `{example}`.
pub trait Example {
    fn example(self) -> &'static str;
}

impl Example for Unit {
    fn example(self) -> &'static str {
        match self {
            Unit::Yuan => "example.yuan",
            Unit::Years => "example.years",
            Unit::Days => "example.days",
            Unit::People => "example.people",
            Unit::Percent | Unit::Rate => "example.percent",
            Unit::Months => "example.months",
            Unit::Count => "example.count",
        }
    }
}

impl Field {
    pub const fn id(self) -> &'static str {
        match self {
            Field::BirthDate => "birth-date",
            Field::StartDate => "start-date",
            Field::GraduationDate => "graduation-date",
            Field::ContractYears => "contract-years",
            Field::FlexibleDays => "flexible-days",
            Field::PurchasePrice => "purchase-price",
            Field::BingtuanSupport => "bingtuan-support",
            Field::RegistrationDate => "registration-date",
            Field::InsuredEmployees => "insured-employees",
            Field::TaxPaid => "tax-paid",
            Field::LoanPrincipal => "loan-principal",
            Field::LoanRate => "loan-rate",
            Field::LoanMonths => "loan-months",
            Field::AssessmentDate => "assessment-date",
        }
    }

    /// The engine's JSON path for this answer.
    fn path(self) -> &'static str {
        match self {
            Field::BirthDate => "person.birth_date",
            Field::StartDate => "employment.start_date",
            Field::GraduationDate => "person.graduation_date",
            Field::ContractYears => "employment.contract_years",
            Field::FlexibleDays => "employment.flexible_days",
            Field::PurchasePrice => "employment.purchase_price",
            Field::BingtuanSupport => "employment.bingtuan_support",
            Field::RegistrationDate => "startup.registration_date",
            Field::InsuredEmployees => "startup.insured_employees",
            Field::TaxPaid => "startup.tax_paid",
            Field::LoanPrincipal => "loan.principal",
            Field::LoanRate => "loan.annual_rate",
            Field::LoanMonths => "loan.term_months",
            Field::AssessmentDate => "assessment_date",
        }
    }

    fn unit(self) -> Option<Unit> {
        Some(match self {
            Field::ContractYears => Unit::Years,
            Field::FlexibleDays => Unit::Days,
            Field::PurchasePrice | Field::BingtuanSupport | Field::TaxPaid | Field::LoanPrincipal => {
                Unit::Yuan
            }
            Field::InsuredEmployees => Unit::People,
            Field::LoanRate => Unit::Percent,
            Field::LoanMonths => Unit::Months,
            _ => return None,
        })
    }

    /// The locale key of an example value that suits this number field,
    /// for its messages' `{example}`.
    pub fn example(self) -> Option<&'static str> {
        self.unit().map(Unit::example)
    }

    const ALL: [Field; 14] = [
        Field::BirthDate,
        Field::StartDate,
        Field::GraduationDate,
        Field::ContractYears,
        Field::FlexibleDays,
        Field::PurchasePrice,
        Field::BingtuanSupport,
        Field::RegistrationDate,
        Field::InsuredEmployees,
        Field::TaxPaid,
        Field::LoanPrincipal,
        Field::LoanRate,
        Field::LoanMonths,
        Field::AssessmentDate,
    ];
}

/// A problem with one field: a locale key and the values it mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub key: &'static str,
    pub params: Vec<(&'static str, String)>,
}

impl FieldError {
    /// The message in `lang`, with the example that suits its field and
    /// what was typed quoted short.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        let mut params: Vec<_> = self.params.iter().map(|(name, v)| (*name, quote(v))).collect();
        params.extend(self.field.example().map(|key| ("example", lang.t(key))));
        lang.t_with(self.key, &params)
    }
}

/// A value quoted in a message, cut short: a long entry must not fill a phone's screen.
pub(crate) fn quote(value: &str) -> String {
    match value.char_indices().nth(20) {
        Some((end, _)) => format!("{}…", &value[..end]),
        None => value.to_string(),
    }
}

/// An answer a person should check though it may be right, beside the
/// control `id` (one of `WARNED`); the result is computed all the same.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub id: &'static str,
    pub key: &'static str,
    pub params: Vec<(&'static str, String)>,
}

/// The controls that can get a warning.
pub const WARNED: [&str; 3] = ["degree", Field::GraduationDate.id(), Field::BingtuanSupport.id()];

impl Warning {
    /// The engine's warning beside its control, as a message key and its values.
    fn beside(w: &plausibility::Warning) -> Warning {
        let (id, key, params) = match *w {
            plausibility::Warning::GraduatedYoung { age } => {
                (Field::GraduationDate.id(), "warning.graduated_young", vec![("age", age.to_string())])
            }
            plausibility::Warning::DegreeYoung { age } => {
                ("degree", "warning.degree_young", vec![("age", age.to_string())])
            }
            plausibility::Warning::SupportLarge { max } => {
                (Field::BingtuanSupport.id(), "warning.support_large", vec![("max", max.grouped())])
            }
        };
        Warning { id, key, params }
    }
}

/// A loan rate in percent a year outside this range is far more likely a
/// fraction ("0.0345") or a percentage without its point ("345") than a real
/// rate: the form asks before computing with it. Not policy: a reading check.
const RATE_PERCENT_MIN: rust_decimal::Decimal = rust_decimal::Decimal::from_parts(5, 0, 0, false, 1);
const RATE_PERCENT_MAX: rust_decimal::Decimal = rust_decimal::Decimal::from_parts(20, 0, 0, false, 0);

/// Which optional questions can still change a result for this person:
/// the engine's answer for the job, the user's own switches for the rest.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Visible {
    pub employer: bool,
    pub full_time_terms: bool,
    pub contract_years: bool,
    pub division_affiliated: bool,
    pub housing: bool,
    pub flexible_terms: bool,
    pub startup: bool,
    pub loan: bool,
    pub honours: bool,
}

impl Visible {
    fn new(r: Relevant, a: &Answers) -> Visible {
        Visible {
            employer: r.employer,
            full_time_terms: r.full_time_terms,
            contract_years: r.contract_years,
            division_affiliated: r.division_affiliated,
            housing: r.housing,
            flexible_terms: r.flexible_days,
            startup: a.has_startup,
            loan: a.wants_loan,
            honours: a.has_honors.unwrap_or(!a.honors.is_empty()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub errors: Vec<FieldError>,
    /// Answers to check; unlike errors they hold nothing back.
    pub warnings: Vec<Warning>,
    pub visible: Visible,
    /// `None` until the birth date is given and every field is valid.
    pub result: Option<Assessment>,
    /// What a higher equivalence claim would give if it were recognised.
    pub what_if: Option<Assessment>,
    /// The engine's input `result` was assessed from: what the next steps
    /// (calendar, review code) are written from.
    pub input: Option<Input>,
}

impl Evaluation {
    pub fn error(&self, f: Field) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == f)
    }
    pub fn warning(&self, id: &str) -> Option<&Warning> {
        self.warnings.iter().find(|w| w.id == id)
    }
}

#[derive(Default)]
struct Parser {
    errors: Vec<FieldError>,
}

impl Parser {
    fn fail(&mut self, field: Field, key: &'static str, params: Vec<(&'static str, String)>) {
        self.errors.push(FieldError { field, key, params });
    }
    fn has_error(&self, field: Field) -> bool {
        self.errors.iter().any(|e| e.field == field)
    }
    fn date(&mut self, field: Field, text: &str) -> Option<Date> {
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        let d = Date::parse(t);
        if d.is_none() {
            self.fail(field, "error.date", vec![("value", t.to_string())]);
        }
        d
    }
    /// The number typed in a number field, in the field's unit; `None`
    /// when empty or not a number (then with its message).
    fn number(&mut self, field: Field, text: &str) -> Option<rust_decimal::Decimal> {
        if text.trim().is_empty() {
            return None;
        }
        let n = field.unit().and_then(|unit| numbers::read(unit, text));
        if n.is_none() {
            self.fail(field, "error.number", vec![("value", text.trim().to_string())]);
        }
        n
    }
    fn money(&mut self, field: Field, text: &str) -> Option<Money> {
        self.number(field, text).map(Money)
    }
    fn whole(&mut self, field: Field, text: &str) -> Option<i64> {
        // "36.0" is whole; "15.6" does not parse.
        let n = numbers::whole(self.number(field, text)?);
        if n.is_none() {
            self.fail(field, "error.whole", vec![("value", text.trim().to_string())]);
        }
        n
    }
    /// The loan rate in percent, asked again when it looks like a fraction
    /// or a percentage without its point (see `RATE_PERCENT_MIN`).
    fn rate(&mut self, text: &str) -> Option<rust_decimal::Decimal> {
        let r = self.number(Field::LoanRate, text)?;
        let plausible = |x: rust_decimal::Decimal| (RATE_PERCENT_MIN..=RATE_PERCENT_MAX).contains(&x);
        // A negative rate is the engine's to refuse.
        if plausible(r) || r.is_sign_negative() {
            return Some(r);
        }
        let hundred = rust_decimal::Decimal::ONE_HUNDRED;
        let guess = if r < RATE_PERCENT_MIN { r * hundred } else { r / hundred };
        match Some(guess).filter(|&g| plausible(g)) {
            Some(g) => self.fail(
                Field::LoanRate,
                "error.rate_guess",
                vec![("value", r.normalize().to_string()), ("guess", g.normalize().to_string())],
            ),
            None => self.fail(Field::LoanRate, "error.rate_range", rate_range()),
        }
        None
    }
    /// What the engine refused, beside the field it names.
    fn refused(&mut self, e: &InputError, a: &Answers) {
        let Some(field) = Field::ALL.into_iter().find(|f| f.path() == e.path) else {
            self.fail(Field::BirthDate, "error.unexpected", vec![("path", e.path.clone())]);
            return;
        };
        if self.has_error(field) {
            return;
        }
        let limit = e.limit.clone().unwrap_or_default();
        let (key, params) = match (e.kind, field) {
            (ErrorKind::Required, _) => ("error.required", vec![]),
            (ErrorKind::Negative, _) => ("error.negative", vec![]),
            (ErrorKind::TooManyDecimals, _) => ("error.fen", vec![]),
            (ErrorKind::AfterAssessmentDate, Field::BirthDate) => {
                ("error.birth_after", vec![("date", limit), ("birth", a.birth_date.trim().to_string())])
            }
            (ErrorKind::BeforeBirth, _) => ("error.graduation_before_birth", vec![]),
            (ErrorKind::BeforePolicy, _) => ("error.before_policy", vec![("date", limit)]),
            (ErrorKind::TooYoung, _) => ("error.too_young", vec![("age", limit)]),
            // The form asks the rate in percent; the engine takes a fraction.
            (ErrorKind::OutOfRange, Field::LoanRate) => ("error.rate_range", rate_range()),
            (ErrorKind::OutOfRange, Field::LoanMonths) if limit == "1" => ("error.at_least_one", vec![]),
            (
                ErrorKind::OutOfRange,
                Field::PurchasePrice | Field::BingtuanSupport | Field::TaxPaid | Field::LoanPrincipal,
            ) => ("error.too_large", vec![]),
            (ErrorKind::OutOfRange, _) if Date::parse(&limit).is_some() => {
                ("error.date_after", vec![("date", limit)])
            }
            (ErrorKind::OutOfRange, _) => ("error.at_most", vec![("max", limit)]),
            _ => ("error.unexpected", vec![("path", e.path.clone())]),
        };
        self.fail(field, key, params);
    }
}

fn rate_range() -> Vec<(&'static str, String)> {
    vec![("min", RATE_PERCENT_MIN.to_string()), ("max", RATE_PERCENT_MAX.to_string())]
}

/// A number typed in `unit`, read as `Parser::number` reads it; `None` when
/// it is not one. For forms other than the talent page's.
pub fn read_typed(unit: Unit, text: &str) -> Option<rust_decimal::Decimal> {
    numbers::read(unit, text)
}

impl Answers {
    /// Reads every field, decides what to ask, and runs the engine.
    pub fn evaluate(&self, today: Date) -> Evaluation {
        self.evaluate_in(policy::versions(), today)
    }

    /// `evaluate` under `versions` rather than the compiled-in ones.
    pub fn evaluate_in(&self, versions: &Versions, today: Date) -> Evaluation {
        let mut p = Parser::default();
        let t = p.date(Field::AssessmentDate, &self.assessment_date).unwrap_or(today);
        let birth = p.date(Field::BirthDate, &self.birth_date);
        let working = self.mode != Mode::None;
        let start_date = if working { p.date(Field::StartDate, &self.start_date) } else { None };
        let job = Employment {
            mode: self.mode,
            start_date,
            employer_type: self.employer_type,
            location: self.location,
            division_affiliated: self.division_affiliated,
            open_ended_contract: self.open_ended,
            ..Employment::default()
        };
        let visible = Visible::new(relevant(t, birth.map(|b| self.person(b, None)).as_ref(), &job), self);

        let employment = working.then(|| self.employment(&mut p, &visible, job));
        let startup = visible.startup.then(|| self.startup(&mut p));
        let graduation =
            if visible.startup { p.date(Field::GraduationDate, &self.graduation_date) } else { None };
        let loan = visible.loan.then(|| self.loan(&mut p)).flatten();

        let mut evaluation = Evaluation {
            errors: Vec::new(),
            warnings: Vec::new(),
            visible,
            result: None,
            what_if: None,
            input: None,
        };
        let Some(birth) = birth else {
            evaluation.errors = p.errors;
            return evaluation;
        };
        let input = Input {
            assessment_date: Some(t),
            person: Some(self.person(birth, graduation)),
            employment,
            startup,
            loan,
            enterprise: None,
        };
        for e in input.problems() {
            p.refused(&e, self);
        }
        evaluation.warnings = plausibility::warnings(&input).iter().map(Warning::beside).collect();
        evaluation.errors = p.errors;
        if evaluation.errors.is_empty() {
            evaluation.result = assess_in(versions, &input).ok();
            evaluation.what_if = assess_claimed_in(versions, &input).ok().flatten();
            evaluation.input = Some(input);
        }
        evaluation
    }

    /// The answers as a candidate for any job in the city (the hiring
    /// table): every answer about a job read, whatever job this person has
    /// now, for the engine to use those that count in each row
    /// (`talent_rules::standard_hire`). `None` without a birth date or while
    /// an answer it reads does not read.
    pub fn as_candidate(&self, today: Date) -> Option<Input> {
        let mut p = Parser::default();
        let t = p.date(Field::AssessmentDate, &self.assessment_date).unwrap_or(today);
        let birth = p.date(Field::BirthDate, &self.birth_date);
        let employment = Employment {
            mode: self.mode,
            start_date: p.date(Field::StartDate, &self.start_date),
            location: self.location,
            employer_type: self.employer_type,
            division_affiliated: self.division_affiliated,
            first_social_insurance_in_city: self.first_social_insurance,
            contract_years: p.number(Field::ContractYears, &self.contract_years).map(Dec),
            open_ended_contract: self.open_ended,
            // Each row says its own days: one of flexible work.
            flexible_days: 0,
            housing_choice: self.housing,
            purchase_price: p.money(Field::PurchasePrice, &self.purchase_price),
            bingtuan_support: p.money(Field::BingtuanSupport, &self.bingtuan_support),
        };
        let startup = self.has_startup.then(|| self.startup(&mut p));
        let graduation =
            if self.has_startup { p.date(Field::GraduationDate, &self.graduation_date) } else { None };
        let loan = self.wants_loan.then(|| self.loan(&mut p)).flatten();
        let person = self.person(birth?, graduation);
        p.errors.is_empty().then_some(Input {
            assessment_date: Some(t),
            person: Some(person),
            employment: Some(employment),
            startup,
            loan,
            enterprise: None,
        })
    }

    fn person(&self, birth_date: Date, graduation_date: Option<Date>) -> Person {
        Person {
            birth_date,
            full_time_degree: self.degree,
            title_level: self.title,
            // "None of these" keeps the ticks, as hidden questions do, but counts none.
            honors: if self.has_honors == Some(false) { Vec::new() } else { self.honors.clone() },
            part_time_degree: self.part_time_degree,
            claimed_equivalent: self.claimed_equivalent,
            graduation_date,
        }
    }

    /// The job's answers that can matter; the others stay at their defaults.
    fn employment(&self, p: &mut Parser, v: &Visible, mut e: Employment) -> Employment {
        if v.full_time_terms {
            e.first_social_insurance_in_city = self.first_social_insurance;
        } else {
            e.open_ended_contract = false;
        }
        if v.contract_years {
            e.contract_years = p.number(Field::ContractYears, &self.contract_years).map(Dec);
        }
        if v.housing {
            e.housing_choice = self.housing;
            e.purchase_price = p.money(Field::PurchasePrice, &self.purchase_price);
            e.bingtuan_support = p.money(Field::BingtuanSupport, &self.bingtuan_support);
        }
        if v.flexible_terms {
            e.flexible_days = p.whole(Field::FlexibleDays, &self.flexible_days).unwrap_or(0);
        }
        if !v.division_affiliated {
            e.division_affiliated = false;
        }
        e
    }

    fn startup(&self, p: &mut Parser) -> Startup {
        Startup {
            registered_in_city: self.startup_in_city,
            legal_representative: self.legal_representative,
            registration_date: p.date(Field::RegistrationDate, &self.registration_date),
            insured_employees: p.whole(Field::InsuredEmployees, &self.insured_employees).unwrap_or(0),
            tax_paid: p.money(Field::TaxPaid, &self.tax_paid).unwrap_or_default(),
        }
    }

    /// A loan needs all three numbers; the form says which is missing.
    fn loan(&self, p: &mut Parser) -> Option<Loan> {
        let principal = p.money(Field::LoanPrincipal, &self.loan_principal);
        let rate = p.rate(&self.loan_rate_percent);
        let months = p.whole(Field::LoanMonths, &self.loan_months);
        for (field, text) in [
            (Field::LoanPrincipal, &self.loan_principal),
            (Field::LoanRate, &self.loan_rate_percent),
            (Field::LoanMonths, &self.loan_months),
        ] {
            if text.trim().is_empty() {
                p.fail(field, "error.required", vec![]);
            }
        }
        Some(Loan {
            principal: principal?,
            annual_rate: Dec(rate? / rust_decimal::Decimal::ONE_HUNDRED),
            term_months: months?,
            repayment: self.repayment,
        })
    }
}

/// The acceptance case phd-enterprise-b's answers (employer aside), which
/// the pages' tests start from.
#[cfg(test)]
pub(crate) fn phd_at(employer: talent_rules::ids::EmployerType) -> Answers {
    Answers {
        birth_date: "1992-04-15".into(),
        degree: talent_rules::ids::Degree::Doctorate,
        mode: Mode::FullTime,
        employer_type: Some(employer),
        first_social_insurance: true,
        contract_years: "3".into(),
        ..Answers::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_keeps_twenty_characters() {
        assert_eq!(quote("三年"), "三年");
        assert_eq!(quote(&"年".repeat(20)), "年".repeat(20));
        assert_eq!(quote(&"年".repeat(21)), format!("{}…", "年".repeat(20)));
    }

    fn today() -> Date {
        Date::parse("2026-11-23").unwrap()
    }

    fn phd_at_enterprise() -> Answers {
        phd_at(EmployerType::Enterprise)
    }

    #[test]
    fn nothing_is_computed_before_a_birth_date() {
        let e = Answers::default().evaluate(today());
        assert!(e.result.is_none() && e.errors.is_empty());
    }

    #[test]
    fn a_phd_at_an_enterprise_gets_608800() {
        let r = phd_at_enterprise().evaluate(today()).result.unwrap();
        assert_eq!(r.category, Some(Category::B));
        assert_eq!(r.totals.talent.max.to_string(), "608800.00");
    }

    #[test]
    fn bad_values_are_reported_per_field_and_kept() {
        let mut a = phd_at_enterprise();
        a.contract_years = "three".into();
        a.purchase_price = "-5".into();
        let e = a.evaluate(today());
        assert_eq!(e.error(Field::ContractYears).unwrap().key, "error.number");
        assert_eq!(e.error(Field::PurchasePrice).unwrap().key, "error.negative");
        assert!(e.result.is_none());
        assert_eq!(a.contract_years, "three", "the answer itself is untouched");
    }

    #[test]
    fn numbers_may_carry_their_unit_as_people_write_them() {
        let mut a = phd_at_enterprise();
        a.contract_years = "3年".into();
        a.purchase_price = "35万".into();
        let r = a.evaluate(today()).result.unwrap();
        assert_eq!(r.totals.talent.max.to_string(), "558800.00");
        a.purchase_price = "350,000元".into();
        assert_eq!(a.evaluate(today()).result.unwrap().totals.talent.max.to_string(), "558800.00");
        a.purchase_price = "35万元".into();
        assert!(a.evaluate(today()).errors.is_empty());
        a.purchase_price = "abc万".into();
        assert_eq!(a.evaluate(today()).error(Field::PurchasePrice).unwrap().key, "error.number");
    }

    #[test]
    fn a_birth_date_after_the_assessment_date_is_refused() {
        let a = Answers { birth_date: "2030-01-01".into(), ..Answers::default() };
        assert_eq!(a.evaluate(today()).error(Field::BirthDate).unwrap().key, "error.birth_after");
    }

    #[test]
    fn housing_questions_hide_when_they_cannot_matter() {
        let mut a = phd_at_enterprise();
        assert!(a.evaluate(today()).visible.housing);
        a.degree = Degree::Bachelor;
        let v = a.evaluate(today()).visible;
        assert!(!v.housing, "a D talent at an enterprise gets no §11(1) money");
        assert!(v.full_time_terms, "contract questions still explain why");
        a.mode = Mode::None;
        assert_eq!(a.evaluate(today()).visible, Visible::default());
    }

    #[test]
    fn hidden_answers_are_kept_but_not_used() {
        let mut a = phd_at_enterprise();
        a.purchase_price = "350000".into();
        a.mode = Mode::Flexible;
        let e = a.evaluate(today());
        assert!(e.result.unwrap().benefits.iter().all(|b| b.id != BenefitId::PurchaseSubsidy));
        assert_eq!(a.purchase_price, "350000");
        a.mode = Mode::FullTime;
        let r = a.evaluate(today()).result.unwrap();
        let p = r.benefits.iter().find(|b| b.id == BenefitId::PurchaseSubsidy).unwrap();
        assert_eq!(p.amount, talent_rules::output::Amount::Exact(Money(350000.into())));
    }

    #[test]
    fn a_loan_rate_is_typed_in_percent() {
        let a = Answers {
            birth_date: "2001-03-01".into(),
            degree: Degree::JuniorCollege,
            wants_loan: true,
            loan_principal: "200,000".into(),
            loan_rate_percent: "3.6".into(),
            loan_months: "24".into(),
            ..Answers::default()
        };
        let r = a.evaluate(today()).result.unwrap();
        assert_eq!(r.totals.talent.max.to_string(), "7200.00");
        let too_high = Answers { loan_rate_percent: "100".into(), ..a.clone() };
        assert_eq!(too_high.evaluate(today()).error(Field::LoanRate).unwrap().key, "error.rate_guess");
        let missing = Answers { loan_months: String::new(), ..a };
        assert_eq!(missing.evaluate(today()).error(Field::LoanMonths).unwrap().key, "error.required");
    }

    fn loan(term: &str, rate: &str) -> Answers {
        Answers {
            birth_date: "2001-03-01".into(),
            degree: Degree::JuniorCollege,
            wants_loan: true,
            loan_principal: "300000".into(),
            loan_rate_percent: rate.into(),
            loan_months: term.into(),
            ..Answers::default()
        }
    }

    fn talent_total(a: &Answers) -> String {
        a.evaluate(today()).result.expect("a result").totals.talent.max.to_string()
    }

    #[test]
    fn a_loan_term_in_years_is_read_as_twelve_months_each() {
        assert_eq!(talent_total(&loan("3年", "3.45")), "15525.00", "not 3 months (1,293.75)");
        for term in ["36", "36个月", "36月", "３６", "36 months", "3 years", "3年 ", "３年", "３ＹＥＡＲＳ"]
        {
            assert_eq!(talent_total(&loan(term, "3.45")), "15525.00", "{term}");
        }
        assert_eq!(talent_total(&loan("1.5年", "3.45")), talent_total(&loan("18", "3.45")));
        let e = loan("1.3年", "3.45").evaluate(today());
        assert_eq!(e.error(Field::LoanMonths).unwrap().key, "error.whole", "15.6 months");
        assert_eq!(e.error(Field::LoanMonths).unwrap().params, vec![("value", "1.3年".to_string())]);
    }

    #[test]
    fn numbers_read_the_same_in_the_form_and_in_a_batch_file() {
        use talent_rules::batch::{rows, Options};
        let header = "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,\
                      contract_years,purchase_price,loan_principal,loan_annual_rate,loan_term_months,loan_repayment\n";
        // (contract, price, principal, rate on the form, rate in the file, term): the form asks
        // the rate in percent, the file takes a fraction; "3.45 %" is the same rate in both.
        for (contract, price, principal, form_rate, file_rate, term) in [
            ("3", "500000", "300000", "3.45", "0.0345", "36"),
            ("36个月", "50万", "30万", "3.45 %", "3.45 %", "3年"),
            ("３年", "５０万元", "３００，０００", "３．４５％", "３．４５％", "３６个月"),
            ("3 years", "500,000.00", "¥300,000", "3.45%", "3.45%", "36 months"),
        ] {
            let form = Answers {
                contract_years: contract.into(),
                purchase_price: price.into(),
                wants_loan: true,
                loan_principal: principal.into(),
                loan_rate_percent: form_rate.into(),
                loan_months: term.into(),
                ..phd_at_enterprise()
            };
            let cell = |c: &str| format!("\"{c}\"");
            let csv = format!(
                "{header}a,1992-04-15,doctorate,full_time,enterprise,是,{},{},{},{},{},interest_only\n",
                cell(contract),
                cell(price),
                cell(principal),
                cell(file_rate),
                cell(term)
            );
            let options = Options { default_date: Some(today()), ..Options::default() };
            let row = rows(csv.as_bytes(), &options).unwrap().next().unwrap().unwrap();
            let file = row.outcome.unwrap_or_else(|e| panic!("{contract} {price}: {e}"));
            let form = form.evaluate(today()).result.unwrap_or_else(|| panic!("{contract} {price}"));
            assert_eq!(file.totals, form.totals, "{contract}, {price}, {principal}, {term}");
            assert_eq!(form.totals.talent.max.to_string(), "624325.00");
        }
    }

    #[test]
    fn contract_years_may_be_given_in_months() {
        let mut a = phd_at_enterprise();
        a.contract_years = "36个月".into();
        assert_eq!(talent_total(&a), "608800.00", "3 years, not 36");
        a.contract_years = "24个月".into();
        let r = a.evaluate(today()).result.unwrap();
        assert_eq!(r.totals.talent.max.to_string(), "0.00", "2 years: too short for §11(1)");
    }

    #[test]
    fn a_rate_that_looks_like_a_fraction_or_lacks_its_point_is_asked_about() {
        for (typed, value, guess) in
            [("0.0345", "0.0345", "3.45"), ("345", "345", "3.45"), ("０．０３６", "0.036", "3.6")]
        {
            let e = loan("36", typed).evaluate(today());
            let error = e.error(Field::LoanRate).unwrap_or_else(|| panic!("{typed}"));
            assert_eq!(error.key, "error.rate_guess");
            assert_eq!(error.params, vec![("value", value.to_string()), ("guess", guess.to_string())]);
            assert!(e.result.is_none(), "nothing is computed with a doubtful rate");
            assert_eq!(
                crate::i18n::Lang::Zh.t_with(error.key, &error.params),
                format!("是不是 {guess}%？年利率按百分比填写，“{value}”表示 {value}%。")
            );
        }
        for typed in ["0", "0.0001", "20000"] {
            let e = loan("36", typed).evaluate(today());
            assert_eq!(e.error(Field::LoanRate).unwrap().key, "error.rate_range", "{typed}");
            assert_eq!(
                e.error(Field::LoanRate).unwrap().params,
                vec![("min", "0.5".to_string()), ("max", "20".to_string())]
            );
        }
        for typed in ["0.5", "20", "3.45%", "4.35％"] {
            assert!(loan("36", typed).evaluate(today()).result.is_some(), "{typed}");
        }
        assert_eq!(loan("36", "-3").evaluate(today()).error(Field::LoanRate).unwrap().key, "error.negative");
    }

    #[test]
    fn full_width_digits_and_thousands_separators_are_read_everywhere() {
        let mut a = phd_at_enterprise();
        a.contract_years = "３".into();
        a.purchase_price = "３５万".into();
        assert_eq!(talent_total(&a), "558800.00");
        // Every form the engine's reader takes is tested there (talent_rules::numbers);
        // these show that the form goes through it.
        for price in ["３５０，０００", "¥350,000", "350000.00"] {
            a.purchase_price = price.into();
            assert_eq!(talent_total(&a), "558800.00", "{price}");
        }
        for bad in ["35,00", "3,5000", ",350", "350.000,5", "35万万"] {
            a.purchase_price = bad.into();
            assert_eq!(a.evaluate(today()).error(Field::PurchasePrice).unwrap().key, "error.number", "{bad}");
        }
        let mut flexible = Answers {
            birth_date: "1970-01-01".into(),
            title: Title::Senior,
            mode: Mode::Flexible,
            division_affiliated: true,
            flexible_days: "1000".into(),
            ..Answers::default()
        };
        let days = |a: &Answers| a.evaluate(today()).result.unwrap().totals.employer.max.to_string();
        let thousand = days(&flexible);
        assert_ne!(thousand, "0.00");
        for typed in ["１，０００天", "1,000", "1，000 days"] {
            flexible.flexible_days = typed.into();
            assert_eq!(days(&flexible), thousand, "{typed}");
        }
        flexible.flexible_days = "1,000".into();
        assert_eq!(talent_total(&loan("３６", "３。４５")), "15525.00", "the IME's 。 for a point");
        assert_eq!(flexible.flexible_days, "1,000", "kept as typed");
    }

    #[test]
    fn each_number_field_gives_an_example_that_fits_it() {
        assert_eq!(Field::ContractYears.example(), Some("example.years"));
        assert_eq!(Field::LoanRate.example(), Some("example.percent"));
        assert_eq!(Field::LoanMonths.example(), Some("example.months"));
        assert_eq!(Field::PurchasePrice.example(), Some("example.yuan"));
        assert_eq!(Field::BirthDate.example(), None);
        for lang in crate::i18n::Lang::ALL {
            for f in Field::ALL.iter().filter_map(|f| f.example()) {
                assert!(lang.has(f), "{f}");
            }
            assert!(!lang.t("example.years").contains('万') && !lang.t("example.percent").contains('万'));
        }
    }

    #[test]
    fn implausible_answers_are_warned_about_but_still_computed() {
        let young =
            Answers { birth_date: "2009-06-01".into(), degree: Degree::Bachelor, ..Answers::default() };
        let e = young.evaluate(today());
        assert!(e.result.is_some() && e.errors.is_empty());
        let w = e.warning("degree").unwrap();
        assert_eq!((w.key, w.params.clone()), ("warning.degree_young", vec![("age", "18".to_string())]));
        let junior = Answers { degree: Degree::JuniorCollege, ..young.clone() };
        assert!(junior.evaluate(today()).warnings.is_empty(), "no degree to doubt");
        let child = Answers { birth_date: "2015-01-01".into(), ..young.clone() };
        let e = child.evaluate(today());
        assert_eq!(e.error(Field::BirthDate).unwrap().key, "error.too_young");
        assert!(e.warnings.is_empty(), "the birth date is wrong, not the degree");

        let mut founder = Answers {
            birth_date: "2000-03-01".into(),
            degree: Degree::Bachelor,
            has_startup: true,
            graduation_date: "2017-06-30".into(),
            registration_date: "2018-09-01".into(),
            ..Answers::default()
        };
        let e = founder.evaluate(today());
        assert!(e.result.is_some());
        assert_eq!(e.warning(Field::GraduationDate.id()).unwrap().key, "warning.graduated_young");
        assert_eq!(e.warning("degree").unwrap().key, "warning.degree_young", "a bachelor at 17");
        founder.graduation_date = "2018-03-01".into();
        assert!(founder.evaluate(today()).warnings.is_empty(), "on the 18th birthday");
        founder.graduation_date = "1999-01-01".into();
        let e = founder.evaluate(today());
        assert_eq!(e.error(Field::GraduationDate).unwrap().key, "error.graduation_before_birth");
        assert!(e.warning(Field::GraduationDate.id()).is_none(), "an error, not also a warning");

        let mut a = phd_at_enterprise();
        a.bingtuan_support = "788000".into();
        assert!(a.evaluate(today()).warnings.is_empty(), "as much as §11(1) can give");
        a.bingtuan_support = "788000.01".into();
        let e = a.evaluate(today());
        let w = e.warning(Field::BingtuanSupport.id()).unwrap();
        assert_eq!(
            (w.key, w.params.clone()),
            ("warning.support_large", vec![("max", "788,000.00".to_string())])
        );
        assert!(e.result.is_some() && e.errors.is_empty(), "the user may go on");
        a.degree = Degree::Bachelor;
        assert!(a.evaluate(today()).warnings.is_empty(), "a hidden answer is not used, nor warned about");
    }

    #[test]
    fn a_candidate_for_any_job_keeps_every_job_answer_read() {
        let a = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            contract_years: "5".into(),
            purchase_price: "35万".into(),
            flexible_days: "not read".into(),
            ..Answers::default()
        };
        assert_eq!(a.mode, Mode::None, "no job of their own, so none of these is asked");
        let c = a.as_candidate(today()).unwrap();
        let e = c.employment.as_ref().unwrap();
        assert_eq!(
            (e.contract_years.map(|y| y.0.to_string()), e.purchase_price),
            (Some("5".into()), Some(Money::yuan(350_000)))
        );
        let rows = talent_rules::standard_hire::by_employer(&c).unwrap();
        let enterprise = rows.iter().find(|r| r.employer_type == EmployerType::Enterprise).unwrap();
        assert_eq!(
            enterprise.talent.max.to_string(),
            "558800.00",
            "the purchase subsidy capped by the price"
        );
        assert!(Answers::default().as_candidate(today()).is_none(), "no birth date");
        assert!(Answers { contract_years: "abc".into(), ..a }.as_candidate(today()).is_none());
    }

    #[test]
    fn none_of_the_honours_keeps_the_ticks_but_counts_none() {
        let mut a = Answers {
            birth_date: "1970-01-01".into(),
            has_honors: Some(true),
            honors: vec![Honor::CasAcademician],
            ..Answers::default()
        };
        let e = a.evaluate(today());
        assert!(e.visible.honours);
        assert_eq!(e.result.unwrap().category, Some(Category::A));
        a.has_honors = Some(false);
        let e = a.evaluate(today());
        assert!(!e.visible.honours);
        assert_eq!(e.result.unwrap().category, None);
        assert_eq!(a.honors, [Honor::CasAcademician]);
        assert!(!Answers::default().evaluate(today()).visible.honours, "asked first, boxes on yes");
    }

    #[test]
    fn a_startup_needs_its_dates() {
        let a = Answers { birth_date: "2000-03-01".into(), has_startup: true, ..Answers::default() };
        let e = a.evaluate(today());
        assert_eq!(e.error(Field::GraduationDate).unwrap().key, "error.required");
        assert_eq!(e.error(Field::RegistrationDate).unwrap().key, "error.required");
    }

    #[test]
    fn the_planned_start_date_replaces_today() {
        let a = Answers {
            assessment_date: "2031-06-02".into(),
            birth_date: "1990-06-01".into(),
            degree: Degree::Master,
            ..Answers::default()
        };
        let e = a.evaluate(today());
        assert_eq!(
            e.result.unwrap().category,
            Some(Category::D),
            "past the 41st birthday on the planned date"
        );
    }

    #[test]
    fn the_engine_decides_what_is_acceptable_and_the_form_says_where() {
        let early = Answers { assessment_date: "2020-05-01".into(), ..phd_at_enterprise() };
        let e = early.evaluate(today());
        assert_eq!(e.error(Field::AssessmentDate).unwrap().key, "error.before_policy");
        assert_eq!(e.error(Field::AssessmentDate).unwrap().params, vec![("date", "2025-01-01".to_string())]);
        assert!(e.result.is_none());
        let child = Answers { birth_date: "2022-01-01".into(), ..phd_at_enterprise() };
        assert_eq!(child.evaluate(today()).error(Field::BirthDate).unwrap().key, "error.too_young");
        let mut a = phd_at_enterprise();
        a.start_date = "2024-06-01".into();
        assert_eq!(a.evaluate(today()).error(Field::StartDate).unwrap().key, "error.before_policy");
        a.start_date = "2025-09-01".into();
        a.purchase_price = "1.234".into();
        assert_eq!(a.evaluate(today()).error(Field::PurchasePrice).unwrap().key, "error.fen");
    }

    #[test]
    fn every_refusal_of_the_engine_has_a_message_in_both_languages() {
        for &kind in ErrorKind::ALL {
            for field in Field::ALL {
                let mut p = Parser::default();
                let e =
                    InputError { path: field.path().into(), kind, expected: vec![], limit: Some("1".into()) };
                p.refused(&e, &Answers::default());
                for lang in crate::i18n::Lang::ALL {
                    assert!(lang.has(p.errors[0].key), "{} for {:?} {:?}", p.errors[0].key, kind, field);
                }
            }
        }
    }

    #[test]
    fn the_start_date_decides_the_category() {
        let a = Answers {
            birth_date: "1980-06-01".into(),
            start_date: "2025-09-01".into(),
            ..phd_at_enterprise()
        };
        let r = a.evaluate(today()).result.unwrap();
        assert_eq!(r.category, Some(Category::B));
        assert_eq!(r.totals.talent.max.to_string(), "608800.00");
        let later = Answers { start_date: String::new(), ..a };
        assert_eq!(later.evaluate(today()).result.unwrap().category, Some(Category::D));
    }

    #[test]
    fn a_company_inside_the_high_tech_zone_is_referred_to_the_zone() {
        let a = Answers { location: Location::HighTechZone, ..phd_at_enterprise() };
        let e = a.evaluate(today());
        assert!(!e.visible.housing, "no §11(1) money to ask about");
        let r = e.result.unwrap();
        assert_eq!(r.totals.talent.max.to_string(), "0.00");
        assert!(r.referrals.iter().any(|x| x.id == ReferralId::HighTechZonePolicy));
    }
}
