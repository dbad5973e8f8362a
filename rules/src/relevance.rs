//! Which answers can change a person's result: a form asks only these, and
//! keeps the others without using them. Policy, so it lives with the rules.

use crate::category::{classify, decided_on};
use crate::dates::Date;
use crate::ids::{Category, Mode};
use crate::input::{Employment, Person};
use crate::introduction::full_time_may_pay;
use crate::policy::{employer_type_at, in_force};

/// One flag per optional input of `employment`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relevant {
    /// Employer type and place, and the start date: for anyone working in the city.
    pub employer: bool,
    /// First social insurance and the contract: §11(1) asks them of full-time hires.
    pub full_time_terms: bool,
    /// The contract's length matters unless it is open-ended.
    pub contract_years: bool,
    /// §11(2) asks it of flexible work only.
    pub division_affiliated: bool,
    /// Housing choice, house price and Bingtuan support change §11(1) amounts,
    /// which exist only for a category the employer type accepts.
    pub housing: bool,
    /// Days of flexible work, for the categories §11(2) pays.
    pub flexible_days: bool,
}

/// `person` is `None` while the answers give no person yet (no birth date).
/// §10–§11 under the compiled-in version in force on the day the category is
/// decided on (INT-14).
pub fn relevant(t: Date, person: Option<&Person>, e: &Employment) -> Relevant {
    let decided_on = decided_on(e.start_date, t);
    let policy = in_force(decided_on);
    let category: Option<Category> = person.and_then(|p| classify(policy, p, decided_on).category);
    let full_time = e.mode == Mode::FullTime;
    let flexible = e.mode == Mode::Flexible;
    let introduction_possible =
        full_time_may_pay(policy, category, employer_type_at(e.location, e.employer_type));
    Relevant {
        employer: e.mode != Mode::None,
        full_time_terms: full_time,
        contract_years: full_time && !e.open_ended_contract,
        division_affiliated: flexible,
        housing: full_time && introduction_possible,
        flexible_days: flexible && category.is_some_and(|c| policy.flexible_daily.get(c).is_some()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{Degree, EmployerType, Location};

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn phd() -> Person {
        Person {
            birth_date: d("1992-04-15"),
            full_time_degree: Degree::Doctorate,
            title_level: Default::default(),
            honors: vec![],
            part_time_degree: Default::default(),
            claimed_equivalent: None,
            graduation_date: None,
        }
    }

    #[test]
    fn housing_matters_only_where_the_employer_accepts_the_category() {
        let t = d("2026-11-23");
        let mut e = Employment {
            mode: Mode::FullTime,
            employer_type: Some(EmployerType::Enterprise),
            ..Employment::default()
        };
        assert!(relevant(t, Some(&phd()), &e).housing);
        assert!(!relevant(t, None, &e).housing, "no person, no category");
        let bachelor = Person { full_time_degree: Degree::Bachelor, ..phd() };
        let r = relevant(t, Some(&bachelor), &e);
        assert!(
            !r.housing && r.full_time_terms && r.contract_years,
            "D at an enterprise: the terms still explain why"
        );
        e.location = Location::HighTechZone;
        assert!(!relevant(t, Some(&phd()), &e).housing, "§11(3): the zone's own policy");
        e.location = Location::EconomicDevelopmentZone;
        e.employer_type = Some(EmployerType::Other);
        assert!(relevant(t, Some(&phd()), &e).housing, "INT-13: the zone accepts A–C whatever the kind");
        e.open_ended_contract = true;
        assert!(!relevant(t, Some(&phd()), &e).contract_years);
    }

    #[test]
    fn the_start_date_decides_the_category() {
        let old_phd = Person { birth_date: d("1980-06-01"), ..phd() };
        let mut e = Employment {
            mode: Mode::FullTime,
            employer_type: Some(EmployerType::Enterprise),
            ..Employment::default()
        };
        assert!(!relevant(d("2026-11-23"), Some(&old_phd), &e).housing, "D on the assessment date");
        e.start_date = Some(d("2025-09-01"));
        assert!(relevant(d("2026-11-23"), Some(&old_phd), &e).housing, "B on the start date");
    }

    #[test]
    fn flexible_terms() {
        let t = d("2026-11-23");
        let e = Employment { mode: Mode::Flexible, ..Employment::default() };
        let r = relevant(t, Some(&phd()), &e);
        assert!(r.flexible_days && r.division_affiliated && r.employer && !r.full_time_terms && !r.housing);
        let bachelor = Person { full_time_degree: Degree::Bachelor, ..phd() };
        assert!(!relevant(t, Some(&bachelor), &e).flexible_days, "§11(2) pays A–C only");
        assert_eq!(relevant(t, Some(&phd()), &Employment::default()), Relevant::default());
    }
}
