//! §10: the talent category — the highest of A–E whose criteria are met.

use crate::dates::Date;
use crate::ids::{Category, Clause, Criterion, Degree, Honor, Interp, Title};
use crate::input::Person;
use crate::output::CriterionMet;
use crate::policy::{Categories, Policy};

/// How one criterion of §10 is met.
enum Test {
    Honor(Honor),
    /// Full-time degree at least this, age at most the policy's limit (if any). INT-02.
    Degree(Degree, Option<fn(&Policy) -> u32>),
    /// Title at least this (a senior title is also an associate-senior one). INT-02.
    Title(Title),
}

/// The §10 table, best category first.
const CRITERIA: &[(Criterion, Category, Test)] = &[
    (Criterion::CasAcademician, Category::A, Test::Honor(Honor::CasAcademician)),
    (Criterion::CaeAcademician, Category::A, Test::Honor(Honor::CaeAcademician)),
    (Criterion::StateSupremeAward, Category::A, Test::Honor(Honor::StateSupremeAward)),
    (Criterion::NationalKeyTalentProgram, Category::A, Test::Honor(Honor::NationalKeyTalentProgram)),
    (Criterion::NationalKeyPlatformExpert, Category::A, Test::Honor(Honor::NationalKeyPlatformExpert)),
    (Criterion::StateCouncilAllowance, Category::B, Test::Honor(Honor::StateCouncilAllowance)),
    (Criterion::NationalTechnicalExpert, Category::B, Test::Honor(Honor::NationalTechnicalExpert)),
    (Criterion::Doctorate45, Category::B, Test::Degree(Degree::Doctorate, Some(|p| p.doctorate_max_age))),
    (Criterion::SeniorTitle, Category::B, Test::Title(Title::Senior)),
    (Criterion::Postgraduate40, Category::C, Test::Degree(Degree::Master, Some(|p| p.postgraduate_max_age))),
    (Criterion::AssociateSeniorTitle, Category::C, Test::Title(Title::AssociateSenior)),
    (Criterion::Bachelor, Category::D, Test::Degree(Degree::Bachelor, None)),
    (Criterion::IntermediateTitle, Category::D, Test::Title(Title::Intermediate)),
    (Criterion::JuniorCollege, Category::E, Test::Degree(Degree::JuniorCollege, None)),
];

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Classification {
    pub category: Option<Category>,
    pub criteria_met: Vec<CriterionMet>,
    /// Age-bound criteria the degree meets but the age no longer does, with
    /// the last day they held.
    pub criteria_expired: Vec<CriterionMet>,
    /// Set when the category rests only on age-bound criteria.
    pub valid_until: Option<Date>,
}

/// INT-11: §10's age limits apply when the talent is introduced, so the
/// start date, when given, decides the category; otherwise `as_of` does.
pub fn decided_on(start_date: Option<Date>, as_of: Date) -> Date {
    start_date.unwrap_or(as_of)
}

/// The category on `t` under `policy`, the version in force that day (INT-14).
pub fn classify(policy: &Policy, p: &Person, t: Date) -> Classification {
    let mut met = Vec::new();
    let mut expired = Vec::new();
    for (id, cat, test) in CRITERIA {
        let (ok, valid_until, via_higher) = match *test {
            Test::Honor(h) => (p.honors.contains(&h), None, false),
            Test::Degree(min, max_age) => {
                let until = max_age.map(|n| p.birth_date.last_day_aged_at_most(n(policy)));
                let ok = p.full_time_degree >= min && until.is_none_or(|u| t <= u);
                (ok, until, p.full_time_degree > min)
            }
            Test::Title(min) => (p.title_level >= min, None, p.title_level > min),
        };
        let entry = || CriterionMet {
            id: *id,
            category: *cat,
            clause: Clause::S10,
            valid_until,
            interpretations: if via_higher { vec![Interp::Int02] } else { Vec::new() },
        };
        if ok {
            met.push(entry());
        } else if matches!(test, Test::Degree(min, Some(_)) if p.full_time_degree >= *min) {
            expired.push(entry());
        }
    }
    let category = met.iter().map(|m| m.category).min();
    let valid_until = category.and_then(|c| {
        let deciding: Vec<_> = met.iter().filter(|m| m.category == c).collect();
        if deciding.iter().all(|m| m.valid_until.is_some()) {
            deciding.iter().filter_map(|m| m.valid_until).max()
        } else {
            None
        }
    });
    Classification { category, criteria_met: met, criteria_expired: expired, valid_until }
}

impl Classification {
    /// The best category met among `listed`, for clauses that list fewer
    /// categories than §10 (INT-10).
    pub fn best_of(&self, listed: Categories) -> Option<Category> {
        self.criteria_met.iter().map(|m| m.category).filter(|c| listed.contains(*c)).min()
    }
}
