//! What one candidate brings at each kind of employer (the hiring table): the
//! candidate assessed as a standard full-time hire at each, and as one day
//! of flexible work there. A standard hire has what the candidate's answers
//! leave open: first social insurance in the city, and the shortest contract
//! §11(1) takes unless one is given or it is open-ended. Each assessment uses
//! only the answers that can change it (`relevance`), as a form asks them, so
//! an answer that cannot matter for a row is not checked for it either.

use crate::category::decided_on;
use crate::dates::Date;
use crate::error::{ErrorKind, InputError};
use crate::ids::{BenefitId, Category, Clause, EmployerType, Mode, Reason};
use crate::input::{Employment, Input, Person};
use crate::money::{Dec, Money, ZERO};
use crate::output::{Amount, Assessment, Payment, Span};
use crate::policy::in_force;
use crate::relevance::relevant;

/// The candidate at one kind of employer.
#[derive(Clone, Debug, PartialEq)]
pub struct EmployerRow {
    pub employer_type: EmployerType,
    pub category: Option<Category>,
    /// Whether §11(1) pays anything; when not, the reasons it gives, each once.
    pub s11_1: Result<(), Vec<Reason>>,
    /// What the talent receives in all, full time.
    pub talent: Span,
    /// The monthly payment of the first month, full time: the §11(1)
    /// allowances paid monthly, not a loan's subsidy.
    pub per_month: Money,
    /// The benefits in kind of the full-time hire, as the result lists them
    /// (a 事业编制 place at a public hospital, §6; the talent service card).
    pub in_kind: Vec<BenefitId>,
    /// What the employer receives per day of flexible work (§11(2)), when it
    /// is division-affiliated.
    pub employer_per_day: Money,
    /// §11(2) pays 师属企事业单位 only; this kind takes in employers that are
    /// none (a 机关, SPEC §2.1), so its per-day amount holds only for the
    /// affiliated public institutions among them.
    pub per_day_not_for_offices: bool,
    /// Among the best rows (see `rank`).
    pub best: bool,
}

/// The employer types a candidate may join: the two zones are places, asked
/// apart (the candidate's own answer is kept), not kinds of employer.
pub fn employer_types() -> impl Iterator<Item = EmployerType> {
    EmployerType::ALL
        .iter()
        .copied()
        .filter(|t| !matches!(t, EmployerType::HighTechZone | EmployerType::EconomicDevelopmentZone))
}

/// What makes a row best, compared in order: the most money for the talent
/// in all, then, among rows with the same money, the most benefits in kind
/// (so a public hospital's 事业编制 place ranks it above the rows that pay the
/// same). Every row with the highest rank is marked; none when nothing is paid
/// and nothing given in kind anywhere.
fn rank(r: &EmployerRow) -> (Money, usize) {
    (r.talent.max, r.in_kind.len())
}

/// One row per employer type (`employer_types`), for the candidate's person,
/// business, loan and job answers, whatever job the candidate has now; the
/// first problem of a full-time row's input when one has any.
pub fn by_employer(candidate: &Input) -> Result<Vec<EmployerRow>, InputError> {
    let t =
        candidate.assessment_date.ok_or_else(|| InputError::new("assessment_date", ErrorKind::Required))?;
    let person = candidate.person.as_ref().ok_or_else(|| InputError::new("person", ErrorKind::Required))?;
    let given = candidate.employment.clone().unwrap_or_default();
    // §11(1)'s shortest contract, in the version that governs it (INT-14).
    let shortest = in_force(decided_on(given.start_date, t)).min_contract_years;
    let contract_years = match given.contract_years {
        None if !given.open_ended_contract => Some(Dec(shortest.into())),
        years => years,
    };
    let at = |e: Employment| Input { employment: Some(asked(t, person, e)), ..candidate.clone() };
    let mut rows = Vec::new();
    for kind in employer_types() {
        let full = at(Employment {
            mode: Mode::FullTime,
            employer_type: Some(kind),
            first_social_insurance_in_city: true,
            contract_years,
            ..given.clone()
        });
        let r = crate::assess(&full)?;
        let flexible = at(Employment {
            mode: Mode::Flexible,
            employer_type: Some(kind),
            division_affiliated: true,
            flexible_days: 1,
            ..given.clone()
        });
        let employer_per_day = crate::assess(&flexible).map_or(ZERO, |r| r.totals.employer.max);
        rows.push(EmployerRow {
            employer_type: kind,
            category: r.category,
            s11_1: s11_1(&r),
            talent: r.totals.talent,
            per_month: first_month(&r),
            in_kind: r
                .benefits
                .iter()
                .filter(|b| matches!(b.amount, Amount::InKind(_)))
                .map(|b| b.id)
                .collect(),
            employer_per_day,
            per_day_not_for_offices: kind == EmployerType::Other,
            best: false,
        });
    }
    if let Some(most) = rows.iter().map(rank).max() {
        for r in rows.iter_mut() {
            r.best = most != (ZERO, 0) && rank(r) == most;
        }
    }
    Ok(rows)
}

/// The job as a form asks it: the answers that cannot change this job's
/// result (`relevance`) at their defaults.
fn asked(t: Date, person: &Person, mut e: Employment) -> Employment {
    let r = relevant(t, Some(person), &e);
    if !r.full_time_terms {
        e.first_social_insurance_in_city = false;
        e.open_ended_contract = false;
    }
    if !r.contract_years {
        e.contract_years = None;
    }
    if !r.housing {
        e.housing_choice = Default::default();
        e.purchase_price = None;
        e.bingtuan_support = None;
    }
    if !r.flexible_days {
        e.flexible_days = 0;
    }
    if !r.division_affiliated {
        e.division_affiliated = false;
    }
    e
}

/// Whether §11(1) pays, or every reason it gives once (each of its benefits
/// gives the same).
fn s11_1(r: &Assessment) -> Result<(), Vec<Reason>> {
    if r.benefits.iter().any(|b| b.clause == Clause::S11_1) {
        return Ok(());
    }
    let mut reasons: Vec<Reason> = Vec::new();
    for reason in r.ineligible.iter().filter(|i| i.clause == Clause::S11_1).flat_map(|i| &i.reasons) {
        if !reasons.contains(reason) {
            reasons.push(*reason);
        }
    }
    Err(reasons)
}

/// The §11(1) monthly payments of the first month (living and housing allowances).
fn first_month(r: &Assessment) -> Money {
    r.benefits
        .iter()
        .filter(|b| b.clause == Clause::S11_1)
        .flat_map(|b| &b.schedule)
        .filter_map(|p| match p {
            Payment::Monthly { from_month, per_month, .. } if *from_month == 1 => Some(*per_month),
            _ => None,
        })
        .fold(ZERO, |sum, m| sum + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows(person: serde_json::Value, employment: serde_json::Value) -> Vec<EmployerRow> {
        let input = json!({"assessment_date": "2026-11-24", "person": person, "employment": employment});
        by_employer(&crate::parse(&input.to_string()).unwrap()).unwrap()
    }

    fn phd() -> serde_json::Value {
        json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"})
    }

    fn at(rows: &[EmployerRow], t: EmployerType) -> &EmployerRow {
        rows.iter().find(|r| r.employer_type == t).unwrap()
    }

    #[test]
    fn a_phd_gets_a_row_per_employer_type_with_the_best_marked() {
        let rows = rows(phd(), json!({"first_social_insurance_in_city": true, "contract_years": "3"}));
        assert_eq!(rows.len(), 9);
        let enterprise = at(&rows, EmployerType::Enterprise);
        assert_eq!(enterprise.category, Some(Category::B));
        assert_eq!(enterprise.s11_1, Ok(()));
        assert_eq!(enterprise.talent.max.to_string(), "608800.00");
        assert_eq!(enterprise.per_month.to_string(), "5800.00", "living 5,000 and housing 800 a month");
        assert!(!enterprise.employer_per_day.is_zero());
        assert_eq!(enterprise.in_kind, vec![BenefitId::TalentServiceCard]);
        assert!(rows.iter().all(|r| r.employer_type != EmployerType::HighTechZone));
        // The same money at a public hospital, with a 事业编制 place (§6): that row alone is best.
        let hospital = at(&rows, EmployerType::PublicHospital);
        assert_eq!(hospital.talent.max, enterprise.talent.max);
        assert!(hospital.in_kind.contains(&BenefitId::MedicalStaffing), "{:?}", hospital.in_kind);
        let best: Vec<EmployerType> = rows.iter().filter(|r| r.best).map(|r| r.employer_type).collect();
        assert_eq!(best, vec![EmployerType::PublicHospital]);
        // A 机关 gets no §11(2): the row says its amount is for affiliated institutions only.
        let other = at(&rows, EmployerType::Other);
        assert!(other.per_day_not_for_offices && !enterprise.per_day_not_for_offices);
    }

    #[test]
    fn with_no_benefit_in_kind_anywhere_the_most_money_is_best() {
        let rows = rows(json!({"birth_date": "1992-04-15"}), json!({}));
        assert!(rows.iter().all(|r| r.in_kind.is_empty() && r.talent.max.is_zero()));
        assert!(rows.iter().all(|r| !r.best), "nothing to mark");
    }

    #[test]
    fn a_candidate_not_yet_hired_is_assessed_as_a_standard_full_time_hire() {
        let rows = rows(phd(), json!({"mode": "flexible"}));
        assert_eq!(at(&rows, EmployerType::Enterprise).talent.max.to_string(), "608800.00");
        let rows = super::by_employer(
            &crate::parse(r#"{"assessment_date": "2026-11-24", "person": {"birth_date": "1992-04-15"}}"#)
                .unwrap(),
        )
        .unwrap();
        let reasons = at(&rows, EmployerType::Other).s11_1.clone().unwrap_err();
        assert!(!reasons.is_empty());
        assert!(reasons.iter().all(|r| reasons.iter().filter(|x| *x == r).count() == 1), "{reasons:?}");
    }

    #[test]
    fn a_contract_given_or_open_ended_is_kept_and_an_answer_no_row_uses_is_not_checked() {
        let short = rows(phd(), json!({"contract_years": "2"}));
        assert_eq!(at(&short, EmployerType::Enterprise).s11_1, Err(vec![Reason::ContractTooShort]));
        let open = rows(phd(), json!({"open_ended_contract": true}));
        assert_eq!(at(&open, EmployerType::Enterprise).s11_1, Ok(()));
        // A house price refused, for a candidate no employer pays §11(1): no row asks it.
        let bachelor = json!({"birth_date": "1992-04-15", "full_time_degree": "bachelor"});
        let input = json!({"assessment_date": "2026-11-24", "person": bachelor, "employment": {"purchase_price": "-1"}});
        assert!(by_employer(&crate::parse(&input.to_string()).unwrap()).is_ok());
        let input =
            json!({"assessment_date": "2026-11-24", "person": phd(), "employment": {"purchase_price": "-1"}});
        let refused = by_employer(&crate::parse(&input.to_string()).unwrap()).unwrap_err();
        assert_eq!((refused.path.as_str(), refused.kind), ("employment.purchase_price", ErrorKind::Negative));
    }

    #[test]
    fn no_rows_without_a_person() {
        let input = Input { assessment_date: Date::parse("2026-11-24"), ..Input::default() };
        assert_eq!(by_employer(&input).unwrap_err().path, "person");
    }
}
