//! What the user has answered, kept exactly as typed so nothing is ever lost,
//! and how it becomes an engine input: field checks with message keys, and
//! which questions can still change a result.

use talent_rules::dates::Date;
use talent_rules::ids::*;
use talent_rules::input::{Employment, Input, Loan, Person, Startup};
use talent_rules::money::{parse_decimal, Dec, Money};
use talent_rules::policy;
use talent_rules::{assess, assess_claimed, classify, Assessment};

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
    pub employer_type: Option<EmployerType>,
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

/// Every question, by the id of its form control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    BirthDate,
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
}

/// A problem with one field: a locale key and the values it mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub key: &'static str,
    pub params: Vec<(&'static str, String)>,
}

/// Which optional questions can still change a result for this person.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Visible {
    pub employer: bool,
    pub full_time_terms: bool,
    /// A contract length matters unless the contract is open-ended.
    pub contract_years: bool,
    /// Affiliation matters for flexible work only (§11(2)).
    pub division_affiliated: bool,
    pub housing: bool,
    pub flexible_terms: bool,
    pub startup: bool,
    pub loan: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub assessment_date: Date,
    pub errors: Vec<FieldError>,
    pub visible: Visible,
    /// `None` until the birth date is given and every field is valid.
    pub result: Option<Assessment>,
    /// What a higher equivalence claim would give if it were recognised.
    pub what_if: Option<Assessment>,
    /// The engine refused an input the form let through (should not happen).
    pub engine_error: Option<String>,
}

impl Evaluation {
    pub fn error(&self, f: Field) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == f)
    }
}

struct Parser {
    errors: Vec<FieldError>,
}

impl Parser {
    fn fail(&mut self, field: Field, key: &'static str, params: Vec<(&'static str, String)>) {
        self.errors.push(FieldError { field, key, params });
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
    /// A non-negative amount of yuan with at most two decimals. Accepts what
    /// people write: "450,000", "450000元", "45万".
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
        match parsed {
            None => self.fail(field, "error.number", vec![("value", text.trim().to_string())]),
            Some(d) if d.is_sign_negative() => self.fail(field, "error.negative", vec![]),
            Some(d) if d.scale() > 2 && d != d.round_dp(2) => self.fail(field, "error.fen", vec![]),
            Some(d) if Money(d) > policy::bounds::MAX_MONEY => self.fail(field, "error.too_large", vec![]),
            Some(d) => return Some(Money(d)),
        }
        None
    }
    fn whole(&mut self, field: Field, text: &str, max: i64) -> Option<i64> {
        let t = without_unit(text);
        if t.is_empty() {
            return None;
        }
        match t.parse::<i64>() {
            Ok(n) if n < 0 => self.fail(field, "error.negative", vec![]),
            Ok(n) if n > max => self.fail(field, "error.at_most", vec![("max", max.to_string())]),
            Ok(n) => return Some(n),
            Err(_) => self.fail(field, "error.whole", vec![("value", t.to_string())]),
        }
        None
    }
    fn decimal(&mut self, field: Field, text: &str) -> Option<rust_decimal::Decimal> {
        let t = without_unit(text);
        if t.is_empty() {
            return None;
        }
        match parse_decimal(t) {
            None => self.fail(field, "error.number", vec![("value", t.to_string())]),
            Some(d) if d.is_sign_negative() => self.fail(field, "error.negative", vec![]),
            Some(d) => return Some(d),
        }
        None
    }
}

/// "3年", "40天", "24个月", "3.45%" → the number; the unit is shown beside the box anyway.
fn without_unit(text: &str) -> &str {
    let t = text.trim();
    ["个月", "月", "年", "天", "人", "%", "％"].iter().find_map(|u| t.strip_suffix(u)).unwrap_or(t).trim_end()
}

impl Answers {
    /// Checks every field, decides what to ask, and runs the engine.
    pub fn evaluate(&self, today: Date) -> Evaluation {
        let mut p = Parser { errors: Vec::new() };
        let t = p.date(Field::AssessmentDate, &self.assessment_date).unwrap_or(today);
        let birth = p.date(Field::BirthDate, &self.birth_date);
        if let Some(b) = birth.filter(|b| *b > t) {
            p.fail(Field::BirthDate, "error.birth_after", vec![("date", t.to_string()), ("birth", b.to_string())]);
        }
        let category = birth.filter(|b| *b <= t).and_then(|b| classify(&self.person(b, None), t).category);
        let visible = self.visible(category);

        let employment = (self.mode != Mode::None).then(|| self.employment(&mut p, &visible));
        let startup = visible.startup.then(|| self.startup(&mut p, t));
        let graduation = if visible.startup { p.date(Field::GraduationDate, &self.graduation_date) } else { None };
        if visible.startup && graduation.is_none() && !p.errors.iter().any(|e| e.field == Field::GraduationDate) {
            p.fail(Field::GraduationDate, "error.required", vec![]);
        }
        if let (Some(g), Some(b)) = (graduation, birth) {
            if g < b {
                p.fail(Field::GraduationDate, "error.graduation_before_birth", vec![]);
            }
        }
        let loan = visible.loan.then(|| self.loan(&mut p)).flatten();

        let mut evaluation = Evaluation { assessment_date: t, errors: p.errors, visible, result: None, what_if: None, engine_error: None };
        let Some(birth) = birth else { return evaluation };
        if !evaluation.errors.is_empty() {
            return evaluation;
        }
        let input =
            Input { assessment_date: Some(t), person: Some(self.person(birth, graduation)), employment, startup, loan, enterprise: None };
        match assess(&input) {
            Ok(a) => evaluation.result = Some(a),
            Err(e) => evaluation.engine_error = Some(e.to_string()),
        }
        evaluation.what_if = assess_claimed(&input).ok().flatten();
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

    /// A question stays hidden when no answer to it could change the result.
    fn visible(&self, category: Option<Category>) -> Visible {
        let working = self.mode != Mode::None;
        let full_time = self.mode == Mode::FullTime;
        // §11(1) amounts depend on housing only for categories the employer type accepts.
        let introduction_possible = match (category, self.employer_type) {
            (Some(c), Some(t)) => policy::categories_for_employer(t).contains(&c),
            (None, _) => false,
            (Some(_), None) => true,
        };
        let flexible_possible = category.is_some_and(|c| policy::FLEXIBLE_DAILY.get(c).is_some());
        Visible {
            employer: working,
            full_time_terms: full_time,
            contract_years: full_time && !self.open_ended,
            division_affiliated: self.mode == Mode::Flexible,
            housing: full_time && introduction_possible,
            flexible_terms: self.mode == Mode::Flexible && flexible_possible,
            startup: self.has_startup,
            loan: self.wants_loan,
        }
    }

    fn employment(&self, p: &mut Parser, v: &Visible) -> Employment {
        let mut e = Employment {
            mode: self.mode,
            employer_type: self.employer_type,
            division_affiliated: self.division_affiliated,
            ..Employment::default()
        };
        if v.full_time_terms {
            e.first_social_insurance_in_city = self.first_social_insurance;
            e.open_ended_contract = self.open_ended;
            if v.contract_years {
                let max = policy::bounds::MAX_CONTRACT_YEARS;
                let years = p.decimal(Field::ContractYears, &self.contract_years);
                if years.is_some_and(|y| y > rust_decimal::Decimal::from(max)) {
                    p.fail(Field::ContractYears, "error.at_most", vec![("max", max.to_string())]);
                }
                e.contract_years = years.map(Dec);
            }
        }
        if v.housing {
            e.housing_choice = self.housing;
            e.purchase_price = p.money(Field::PurchasePrice, &self.purchase_price);
            e.bingtuan_support = p.money(Field::BingtuanSupport, &self.bingtuan_support);
        }
        if v.flexible_terms {
            e.flexible_days = p.whole(Field::FlexibleDays, &self.flexible_days, policy::bounds::MAX_DAYS).unwrap_or(0);
        }
        e
    }

    fn startup(&self, p: &mut Parser, t: Date) -> Startup {
        let registration = p.date(Field::RegistrationDate, &self.registration_date);
        match registration {
            Some(r) if r > t => {
                p.fail(Field::RegistrationDate, "error.registration_after", vec![("date", t.to_string())]);
            }
            None if !p.errors.iter().any(|e| e.field == Field::RegistrationDate) => {
                p.fail(Field::RegistrationDate, "error.required", vec![]);
            }
            _ => {}
        }
        let employees = p.whole(Field::InsuredEmployees, &self.insured_employees, policy::bounds::MAX_COUNT);
        let tax = p.money(Field::TaxPaid, &self.tax_paid);
        Startup {
            registered_in_city: self.startup_in_city,
            legal_representative: self.legal_representative,
            registration_date: registration,
            insured_employees: employees.unwrap_or(0),
            tax_paid: tax.unwrap_or_default(),
        }
    }

    fn loan(&self, p: &mut Parser) -> Option<Loan> {
        let principal = p.money(Field::LoanPrincipal, &self.loan_principal);
        let rate = p.decimal(Field::LoanRate, &self.loan_rate_percent);
        if rate.is_some_and(|r| r >= rust_decimal::Decimal::ONE_HUNDRED) {
            p.fail(Field::LoanRate, "error.rate_too_high", vec![]);
        }
        let months = p.whole(Field::LoanMonths, &self.loan_months, policy::bounds::MAX_LOAN_MONTHS);
        if months == Some(0) {
            p.fail(Field::LoanMonths, "error.at_least_one", vec![]);
        }
        for (field, given) in [
            (Field::LoanPrincipal, !self.loan_principal.trim().is_empty()),
            (Field::LoanRate, !self.loan_rate_percent.trim().is_empty()),
            (Field::LoanMonths, !self.loan_months.trim().is_empty()),
        ] {
            if !given {
                p.fail(field, "error.required", vec![]);
            }
        }
        Some(Loan {
            principal: principal?,
            annual_rate: Dec(rate? / rust_decimal::Decimal::ONE_HUNDRED),
            term_months: months.filter(|m| *m > 0)?,
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
        let a =
            Answers { assessment_date: "2031-06-02".into(), birth_date: "1990-06-01".into(), degree: Degree::Master, ..Answers::default() };
        let e = a.evaluate(today());
        assert_eq!(e.result.unwrap().category, Some(Category::D), "past the 41st birthday on the planned date");
    }
}
