//! The policy: every version of 师市党办发〔2025〕17号's amounts, rates, caps,
//! age limits, periods, employer lists and departments, compiled in from
//! `rules/policy/policy.toml` by `build.rs` (docs/policy-data.md), and which
//! version governs which part of a result (INT-14). Nothing else in the
//! engine holds a policy number: the rules read them from the `Policy` of
//! the version that governs.

#[macro_use]
mod version;
#[cfg(feature = "policy-json")]
pub mod schema;
#[cfg(all(test, feature = "policy-json"))]
mod tests;

pub use version::{AwardDepartments, Categories, PerCategory, PerEmployer, Policy, ENTERPRISE_AWARDS};

use crate::dates::Date;
use crate::ids::{BenefitId, Clause, Department, EmployerType, Location, Programme};
use crate::money::Money;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/versions.rs"));

/// The versions of the policy, oldest first: never empty, each in force
/// after the one before (the data's checks, schema.rs, guarantee both).
#[derive(Clone, Debug, PartialEq)]
pub struct Versions(Cow<'static, [Policy]>);

static VERSIONS: Versions = Versions(Cow::Borrowed(&BUILT_IN));

/// The versions compiled in.
pub fn versions() -> &'static Versions {
    &VERSIONS
}

/// The newest compiled-in version: what a page names where no date decides.
pub fn latest() -> &'static Policy {
    &BUILT_IN[BUILT_IN.len() - 1]
}

/// The compiled-in version in force on `date`.
pub fn in_force(date: Date) -> &'static Policy {
    VERSIONS.in_force(date)
}

impl Versions {
    pub fn all(&self) -> &[Policy] {
        &self.0
    }

    /// INT-12: the first day any version governs; earlier dates are errors.
    pub fn first_day(&self) -> Date {
        self.0[0].in_force_from
    }

    /// The version in force on `date`: the last to start on or before it
    /// (the first, for a day before any; input checks refuse those where
    /// the policy must govern).
    pub fn in_force(&self, date: Date) -> &Policy {
        let later = self.0.iter().position(|p| p.in_force_from > date).unwrap_or(self.0.len());
        &self.0[later.max(1) - 1]
    }

    /// INT-14: the version for each part of a person's result. §10–§11 follow
    /// the day the category is decided on (INT-11: the start date, else the
    /// assessment date), §13 the start-up's registration date, everything
    /// else the assessment date `t`.
    pub fn governing(&self, t: Date, decided_on: Date, registration: Option<Date>) -> Governing<'_> {
        Governing {
            assessment: self.in_force(t),
            introduction: self.in_force(decided_on),
            startup: self.in_force(registration.unwrap_or(t)),
        }
    }

    /// A policy read from the JSON form of the data file (`policy()`), with
    /// the checks the compiled-in data passes; every problem, each naming
    /// its entry.
    #[cfg(feature = "policy-json")]
    pub fn from_json(text: &str) -> Result<Versions, Vec<schema::PolicyError>> {
        let versions = schema::from_json(text)?;
        Ok(Versions(versions.into_iter().map(|(_, p)| p).collect()))
    }
}

/// The compiled-in data file as JSON, clauses and words included: what
/// `talent-check policy` prints and `Versions::from_json` reads.
#[cfg(feature = "policy-json")]
pub fn policy_json() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/policy.json"))
}

/// The versions governing one person's result (INT-14).
#[derive(Clone, Copy, Debug)]
pub struct Governing<'a> {
    /// In force on the assessment date: everything but §10–§11 and §13.
    pub assessment: &'a Policy,
    /// §10 and §11: in force on the day the category is decided on.
    pub introduction: &'a Policy,
    /// §13: in force on the registration date (else the assessment date).
    pub startup: &'a Policy,
}

impl<'a> Governing<'a> {
    /// The version a clause's benefit follows.
    pub fn of(&self, clause: Clause) -> &'a Policy {
        match clause {
            Clause::S10 | Clause::S11_1 | Clause::S11_2 | Clause::S11_3 | Clause::S11_4 => self.introduction,
            Clause::S13 => self.startup,
            _ => self.assessment,
        }
    }
}

impl Policy {
    /// §11(1) in one figure: the most money it gives anyone, the living and
    /// housing allowances for the subsidy months plus the purchase subsidy,
    /// in the best category. Bingtuan support above it is almost surely
    /// mistyped (INT-04 compares the two): the app asks the user to check it.
    pub fn full_time_most(&self) -> Money {
        let total = |c| {
            let monthly = self.living_monthly.get(c)? + self.housing_monthly.get(c)?;
            Some(monthly.times(self.subsidy_months.into()) + self.purchase_subsidy.get(c)?)
        };
        crate::ids::Category::ALL.iter().filter_map(|&c| total(c)).max().unwrap_or_default()
    }

    /// §16: where §11(4)'s 一事一议 goes: the employer type's department,
    /// else the employer reports to its sector authority.
    pub fn department_for_review(&self, t: Option<EmployerType>) -> Department {
        t.and_then(|t| self.department_for_employer.get(t)).unwrap_or(Department::SectorAuthority)
    }
}

/// §11(1) with INT-13: the place counts as the employer type of the same
/// name whatever the kind; `None` elsewhere, where the kind decides.
pub fn employer_type_at(location: Location, kind: Option<EmployerType>) -> Option<EmployerType> {
    match location {
        Location::Elsewhere => kind,
        Location::HighTechZone => Some(EmployerType::HighTechZone),
        Location::EconomicDevelopmentZone => Some(EmployerType::EconomicDevelopmentZone),
    }
}

/// §11(1): 工作满3年后…购买商品住房的 — paid after later events, not on taking up the job.
pub const LATER_EVENT_BENEFITS: &[BenefitId] = &[BenefitId::PurchaseSubsidy];

/// §2–§9: programmes without individual amounts, with the clause and (INT-09) the
/// department we direct people to.
pub fn related_programmes() -> &'static [(Programme, Clause, Department)] {
    &[
        (Programme::StrategicScientists, Clause::S2, Department::Science),
        (Programme::EnclaveTalents, Clause::S4, Department::SectorAuthority),
        (Programme::EducationTalents, Clause::S5, Department::Education),
        (Programme::MedicalTalents, Clause::S6, Department::Health),
        (Programme::RuralTalents, Clause::S7, Department::SectorAuthority),
        (Programme::SocialWorkTalents, Clause::S8, Department::SectorAuthority),
        (Programme::TaheCraftsmen, Clause::S9, Department::HumanResources),
    ]
}

/// Not in the text, but a fact a person can check: hardly anyone graduates,
/// and nobody earns a bachelor's degree, before turning 18. The engine accepts
/// such answers; the app asks the user to check them (a warning, not an error).
pub const USUAL_MIN_GRADUATION_AGE: u32 = 18;

// ---- input sanity bounds (not policy: they keep arithmetic far from overflow) ----
pub mod bounds {
    use crate::dates::Date;
    use crate::money::Money;
    /// The last date an input may name: further out, the answer means nothing.
    pub const LAST_DAY: Date = Date::known(2100, 12, 31);
    /// One trillion yuan: more than any real house, loan or tax bill.
    pub const MAX_MONEY: Money = Money::yuan(1_000_000_000_000);
    pub const MAX_DAYS: i64 = 36_600;
    pub const MAX_COUNT: i64 = 10_000;
    pub const MAX_LOAN_MONTHS: i64 = 1_200;
    pub const MAX_CONTRACT_YEARS: i64 = 100;
    pub const MAX_HIRES: usize = 10_000;
}
