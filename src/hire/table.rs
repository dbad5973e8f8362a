//! What one candidate brings at each kind of employer: the talent page's
//! answers, assessed once per employer type full time and once for flexible
//! work, by the engine. Nothing here decides policy: it only reads results.

use crate::answers::Answers;
use talent_rules::dates::Date;
use talent_rules::ids::{BenefitId, Category, Clause, EmployerType, Mode, Reason};
use talent_rules::money::Money;
use talent_rules::output::{Amount, Payment, Span};

/// The employer types a candidate may join: the two zones are places, asked
/// apart (the candidate's own answer is kept), not kinds of employer.
pub fn employer_types() -> impl Iterator<Item = EmployerType> {
    EmployerType::ALL
        .iter()
        .copied()
        .filter(|t| !matches!(t, EmployerType::HighTechZone | EmployerType::EconomicDevelopmentZone))
}

/// The contract length assumed when the candidate gave none: the least §11(1)
/// asks for, from the policy table.
const STANDARD_CONTRACT_YEARS: u32 = talent_rules::policy::MIN_CONTRACT_YEARS;

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
    /// The benefits in kind of the full-time hire, as the engine lists them
    /// (a 事业编制 place at a public hospital, §6; the talent service card).
    pub in_kind: Vec<BenefitId>,
    /// What the employer receives per day of flexible work (§11(2)).
    pub employer_per_day: Money,
    /// §11(2) pays 师属企事业单位 only; this kind takes in employers that are
    /// none (a 机关, SPEC §2.1), so its per-day amount holds only for the
    /// affiliated public institutions among them, and the row says so.
    pub per_day_not_for_offices: bool,
    /// Among the best rows (see `rank`).
    pub best: bool,
}

/// What makes a row best, compared in order: the most money for the talent
/// in all, then, among rows with the same money, the most benefits in kind
/// (so a public hospital's 事业编制 place ranks it above the rows that pay the
/// same). Every row with the highest rank is marked; none when nothing is paid
/// and nothing given in kind anywhere.
fn rank(r: &Row) -> (Money, usize) {
    (r.talent.max, r.in_kind.len())
}

/// One row per employer type, `None` until the answers give a result (a
/// birth date, nothing to correct).
pub fn rows(a: &Answers, today: Date) -> Option<Vec<Row>> {
    let mut rows: Vec<Row> = Vec::new();
    // A standard full-time hire where the candidate's own answers leave it
    // open: first social insurance in the city, a contract of 3 years.
    let standard = Answers {
        mode: Mode::FullTime,
        first_social_insurance: true,
        contract_years: if a.contract_years.trim().is_empty() && !a.open_ended {
            STANDARD_CONTRACT_YEARS.to_string()
        } else {
            a.contract_years.clone()
        },
        ..a.clone()
    };
    for t in employer_types() {
        let full = Answers { employer_type: Some(t), ..standard.clone() };
        let r = full.evaluate(today).result?;
        let granted = r.benefits.iter().any(|b| b.clause == Clause::S11_1);
        let s11_1 = if granted {
            Ok(())
        } else {
            // Each §11(1) benefit gives the same reasons: each once.
            let mut reasons: Vec<Reason> = Vec::new();
            for reason in r.ineligible.iter().filter(|i| i.clause == Clause::S11_1).flat_map(|i| &i.reasons) {
                if !reasons.contains(reason) {
                    reasons.push(*reason);
                }
            }
            Err(reasons)
        };
        // The §11(1) monthly payments (living and housing allowances), not a loan's.
        let per_month = r
            .benefits
            .iter()
            .filter(|b| b.clause == Clause::S11_1)
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
        let in_kind =
            r.benefits.iter().filter(|b| matches!(b.amount, Amount::InKind(_))).map(|b| b.id).collect();
        rows.push(Row {
            employer_type: t,
            category: r.category,
            s11_1,
            talent: r.totals.talent,
            per_month,
            in_kind,
            employer_per_day,
            per_day_not_for_offices: t == EmployerType::Other,
            best: false,
        });
    }
    let most = rows.iter().map(rank).max()?;
    for r in rows.iter_mut() {
        r.best = most != (Money::default(), 0) && rank(r) == most;
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
        assert_eq!(enterprise.per_month.to_string(), "5800.00", "living 5,000 and housing 800 a month");
        assert!(!enterprise.employer_per_day.is_zero());
        assert_eq!(enterprise.in_kind, vec![BenefitId::TalentServiceCard]);
        assert!(rows.iter().all(|r| r.employer_type != EmployerType::HighTechZone));
        // The same money at a public hospital, with a 事业编制 place (§6): that row alone is best.
        let hospital = rows.iter().find(|r| r.employer_type == EmployerType::PublicHospital).unwrap();
        assert_eq!(hospital.talent.max, enterprise.talent.max);
        assert!(hospital.in_kind.contains(&BenefitId::MedicalStaffing), "{:?}", hospital.in_kind);
        let best: Vec<EmployerType> = rows.iter().filter(|r| r.best).map(|r| r.employer_type).collect();
        assert_eq!(best, vec![EmployerType::PublicHospital]);
        // A 机关 gets no §11(2): the row says its amount is for affiliated institutions only.
        let other = rows.iter().find(|r| r.employer_type == EmployerType::Other).unwrap();
        assert!(other.per_day_not_for_offices && !enterprise.per_day_not_for_offices);
    }

    #[test]
    fn with_no_benefit_in_kind_anywhere_the_most_money_is_best() {
        let no_title = Answers { birth_date: "1992-04-15".into(), ..Answers::default() };
        let rows = rows(&no_title, today()).unwrap();
        assert!(rows.iter().all(|r| r.in_kind.is_empty() && r.talent.max.is_zero()));
        assert!(rows.iter().all(|r| !r.best), "nothing to mark");
    }

    #[test]
    fn a_candidate_not_yet_hired_is_assessed_as_a_standard_full_time_hire() {
        let flexible = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            mode: Mode::Flexible,
            ..Answers::default()
        };
        let rows = rows(&flexible, today()).unwrap();
        let enterprise = rows.iter().find(|r| r.employer_type == EmployerType::Enterprise).unwrap();
        assert_eq!(enterprise.talent.max.to_string(), "608800.00");
        let nothing = Answers { birth_date: "1992-04-15".into(), ..Answers::default() };
        let other = rows_of(&nothing, EmployerType::Other);
        let reasons = other.s11_1.unwrap_err();
        let mut once = reasons.clone();
        once.dedup();
        assert_eq!(reasons.len(), once.len());
        assert!(reasons.iter().all(|r| reasons.iter().filter(|x| *x == r).count() == 1), "{reasons:?}");
    }

    fn rows_of(a: &Answers, t: EmployerType) -> Row {
        rows(a, today()).unwrap().into_iter().find(|r| r.employer_type == t).unwrap()
    }

    #[test]
    fn no_rows_before_a_birth_date() {
        assert_eq!(rows(&Answers::default(), today()), None);
    }
}
