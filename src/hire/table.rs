//! What one candidate brings at each kind of employer: the talent page's
//! answers, assessed once per employer type full time and once for flexible
//! work, by the engine. Nothing here decides policy: it only reads results.

use crate::answers::Answers;
use talent_rules::dates::Date;
use talent_rules::ids::{Category, Clause, EmployerType, Mode, Reason};
use talent_rules::money::Money;
use talent_rules::output::{Payment, Span};

/// The employer types a candidate may join: the two zones are places, asked
/// apart (the candidate's own answer is kept), not kinds of employer.
pub fn employer_types() -> impl Iterator<Item = EmployerType> {
    EmployerType::ALL
        .iter()
        .copied()
        .filter(|t| !matches!(t, EmployerType::HighTechZone | EmployerType::EconomicDevelopmentZone))
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub employer_type: EmployerType,
    pub category: Option<Category>,
    /// Whether §11(1) pays anything; when not, the reasons it gives.
    pub s11_1: Result<(), Vec<Reason>>,
    /// What the talent receives in all, full time.
    pub talent: Span,
    /// The monthly payment of the first month, full time.
    pub per_month: Money,
    /// What the employer receives per day of flexible work (§11(2)).
    pub employer_per_day: Money,
    /// Among the rows giving the talent the most.
    pub best: bool,
}

/// One row per employer type, `None` until the answers give a result (a
/// birth date, nothing to correct).
pub fn rows(a: &Answers, today: Date) -> Option<Vec<Row>> {
    let mut rows: Vec<Row> = Vec::new();
    for t in employer_types() {
        let full = Answers { mode: Mode::FullTime, employer_type: Some(t), ..a.clone() };
        let r = full.evaluate(today).result?;
        let granted = r.benefits.iter().any(|b| b.clause == Clause::S11_1);
        let s11_1 = if granted {
            Ok(())
        } else {
            let mut reasons: Vec<Reason> = r
                .ineligible
                .iter()
                .filter(|i| i.clause == Clause::S11_1)
                .flat_map(|i| i.reasons.clone())
                .collect();
            reasons.dedup();
            Err(reasons)
        };
        let per_month = r
            .benefits
            .iter()
            .flat_map(|b| &b.schedule)
            .filter_map(|p| match p {
                Payment::Monthly { from_month, per_month, .. } if *from_month == 1 => Some(*per_month),
                _ => None,
            })
            .fold(Money::default(), |sum, m| sum + m);
        // One day of flexible work at a division-affiliated employer of this type.
        let flexible = Answers {
            mode: Mode::Flexible,
            employer_type: Some(t),
            division_affiliated: true,
            flexible_days: "1".into(),
            ..a.clone()
        };
        let employer_per_day =
            flexible.evaluate(today).result.map_or(Money::default(), |r| r.totals.employer.max);
        rows.push(Row {
            employer_type: t,
            category: r.category,
            s11_1,
            talent: r.totals.talent,
            per_month,
            employer_per_day,
            best: false,
        });
    }
    let most = rows.iter().map(|r| r.talent.max).max()?;
    for r in rows.iter_mut() {
        r.best = !most.is_zero() && r.talent.max == most;
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::Degree;

    fn today() -> Date {
        Date::parse("2026-11-24").unwrap()
    }

    #[test]
    fn a_phd_gets_a_row_per_employer_type_with_the_best_marked() {
        let phd = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            first_social_insurance: true,
            contract_years: "3".into(),
            ..Answers::default()
        };
        let rows = rows(&phd, today()).unwrap();
        assert_eq!(rows.len(), 9);
        let enterprise = rows.iter().find(|r| r.employer_type == EmployerType::Enterprise).unwrap();
        assert_eq!(enterprise.category, Some(Category::B));
        assert_eq!(enterprise.s11_1, Ok(()));
        assert_eq!(enterprise.talent.max.to_string(), "608800.00");
        assert!(enterprise.best);
        assert_eq!(enterprise.per_month.to_string(), "5800.00", "living 5,000 and housing 800 a month");
        assert!(!enterprise.employer_per_day.is_zero());
        assert!(rows.iter().all(|r| r.employer_type != EmployerType::HighTechZone));
        assert!(rows.iter().any(|r| !r.best), "not every employer type gives the most");
    }

    #[test]
    fn no_rows_before_a_birth_date() {
        assert_eq!(rows(&Answers::default(), today()), None);
    }
}
