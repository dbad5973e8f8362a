//! What the user has answered, kept exactly as typed so nothing is ever lost,
//! and how it becomes an engine input: text read as dates and numbers here,
//! every other check by the engine, whose errors become message keys per field.

use talent_rules::dates::Date;
use talent_rules::ids::*;
use talent_rules::input::{Employment, Input, Loan, Person, Startup};
use talent_rules::money::{parse_decimal, Dec, Money};
use talent_rules::relevance::{relevant, Relevant};
use talent_rules::{assess, assess_claimed, Assessment, ErrorKind, InputError};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    // about you
    pub birth_date: String,
    pub degree: Degree,
    pub part_time_degree: Degree,
    pub title: Title,
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

impl Field {
    pub fn id(self) -> &'static str {
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
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub errors: Vec<FieldError>,
    pub visible: Visible,
    /// `None` until the birth date is given and every field is valid.
    pub result: Option<Assessment>,
    /// What a higher equivalence claim would give if it were recognised.
    pub what_if: Option<Assessment>,
}

impl Evaluation {
    pub fn error(&self, f: Field) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == f)
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
    /// An amount of yuan as people write it: "450,000", "450000元", "45万".
    fn money(&mut self, field: Field, text: &str) -> Option<Money> {
        let t: String = text.trim().chars().filter(|c| !matches!(c, ',' | '，' | ' ')).collect();
        let t = t.strip_suffix('元').unwrap_or(&t);
        if t.is_empty() {
            return None;
        }
        let parsed = match t.strip_suffix('万') {
            Some(wan) => parse_decimal(wan).and_then(|d| d.checked_mul(rust_decimal::Decimal::from(10_000))),
            None => parse_decimal(t),
        };
        if parsed.is_none() {
            self.fail(field, "error.number", vec![("value", text.trim().to_string())]);
        }
        parsed.map(Money)
    }
    fn whole(&mut self, field: Field, text: &str) -> Option<i64> {
        let t = without_unit(text);
        if t.is_empty() {
            return None;
        }
        let n = t.parse::<i64>().ok();
        if n.is_none() {
            self.fail(field, "error.whole", vec![("value", t.to_string())]);
        }
        n
    }
    fn decimal(&mut self, field: Field, text: &str) -> Option<rust_decimal::Decimal> {
        let t = without_unit(text);
        if t.is_empty() {
            return None;
        }
        let d = parse_decimal(t);
        if d.is_none() {
            self.fail(field, "error.number", vec![("value", t.to_string())]);
        }
        d
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
            (ErrorKind::AfterAssessmentDate, _) => ("error.registration_after", vec![("date", limit)]),
            (ErrorKind::BeforeBirth, _) => ("error.graduation_before_birth", vec![]),
            (ErrorKind::BeforePolicy, _) => ("error.before_policy", vec![("date", limit)]),
            (ErrorKind::TooYoung, _) => ("error.too_young", vec![("age", limit)]),
            // The form asks the rate in percent; the engine takes a fraction.
            (ErrorKind::OutOfRange, Field::LoanRate) => ("error.rate_too_high", vec![]),
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

/// "3年", "40天", "24个月", "3.45%" → the number; the unit is shown beside the box anyway.
fn without_unit(text: &str) -> &str {
    let t = text.trim();
    ["个月", "月", "年", "天", "人", "%", "％"].iter().find_map(|u| t.strip_suffix(u)).unwrap_or(t).trim_end()
}

impl Answers {
    /// Reads every field, decides what to ask, and runs the engine.
    pub fn evaluate(&self, today: Date) -> Evaluation {
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

        let mut evaluation = Evaluation { errors: Vec::new(), visible, result: None, what_if: None };
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
        evaluation.errors = p.errors;
        if evaluation.errors.is_empty() {
            evaluation.result = assess(&input).ok();
            evaluation.what_if = assess_claimed(&input).ok().flatten();
        }
        evaluation
    }

    fn person(&self, birth_date: Date, graduation_date: Option<Date>) -> Person {
        Person {
            birth_date,
            full_time_degree: self.degree,
            title_level: self.title,
            honors: self.honors.clone(),
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
            e.contract_years = p.decimal(Field::ContractYears, &self.contract_years).map(Dec);
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
        let rate = p.decimal(Field::LoanRate, &self.loan_rate_percent);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::parse("2026-11-23").unwrap()
    }

    fn phd_at_enterprise() -> Answers {
        Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            mode: Mode::FullTime,
            employer_type: Some(EmployerType::Enterprise),
            first_social_insurance: true,
            contract_years: "3".into(),
            ..Answers::default()
        }
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
        assert_eq!(too_high.evaluate(today()).error(Field::LoanRate).unwrap().key, "error.rate_too_high");
        let missing = Answers { loan_months: String::new(), ..a };
        assert_eq!(missing.evaluate(today()).error(Field::LoanMonths).unwrap().key, "error.required");
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
