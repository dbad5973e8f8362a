//! Enterprise and institution awards: §1, §3 (INT-05, no stacking), §5, §12,
//! and the §11(2) subsidies for the enterprise's flexible hires.

use crate::category::classify;
use crate::dates::Date;
use crate::ids::*;
use crate::input::Enterprise;
use crate::introduction::daily_subsidy;
use crate::money::{Money, ZERO};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::Policy;

/// Under `policy`, the version in force on `t` (INT-14).
pub fn assess(policy: &Policy, t: Date, e: &Enterprise) -> Assessment {
    let mut out = Outcome::default();
    let mut award = |id: BenefitId, clause: Clause, amount: Amount, step: Step, interps: &[Interp]| {
        if e.registered_in_city {
            let mut b = Benefit::new(id, clause, Recipient::Enterprise, amount).with_steps(vec![step]);
            b.apply_to = policy.departments_for_award.get(id);
            b.interpretations = interps.to_vec();
            b.interpretations.push(Interp::Int06);
            out.grant(b);
        } else {
            out.refuse(id, clause, vec![Reason::NotRegisteredInCity], Vec::new());
        }
    };
    let times = |m: Money, n: i64| (Amount::Exact(m.times(n)), Step::Each { amount: m, count: n });

    if e.platform_national > 0 {
        let (a, c) = times(policy.platform_national, e.platform_national);
        award(BenefitId::PlatformNational, Clause::S1, a, c, &[]);
    }
    if e.platform_regional > 0 {
        let (a, c) = times(policy.platform_regional, e.platform_regional);
        award(BenefitId::PlatformRegional, Clause::S1, a, c, &[]);
    }
    if e.industrial_institute_years > 0 {
        let years = e.industrial_institute_years.min(i64::from(policy.industrial_institute_max_years));
        let (a, c) = times(policy.industrial_institute_per_year, years);
        award(BenefitId::IndustrialInstitute, Clause::S1, a, c, &[]);
    }
    match e.high_tech {
        Some(HighTech::First) => {
            let (min, max) = policy.high_tech_first;
            award(
                BenefitId::HighTechFirst,
                Clause::S1,
                Amount::Range { min, max },
                Step::RangeEach { min, max, count: 1 },
                &[],
            );
        }
        Some(HighTech::Renewal) => {
            award(
                BenefitId::HighTechRenewal,
                Clause::S1,
                Amount::Exact(policy.high_tech_renewal),
                Step::Fixed { amount: policy.high_tech_renewal },
                &[],
            );
        }
        None => {}
    }
    if e.tech_sme_first {
        award(
            BenefitId::TechSmeFirst,
            Clause::S1,
            Amount::Exact(policy.tech_sme_first),
            Step::Fixed { amount: policy.tech_sme_first },
            &[],
        );
    }
    if let Some(s) = e.specialized {
        let (id, standard) = match s {
            Specialized::LittleGiant => (BenefitId::LittleGiant, policy.little_giant),
            Specialized::SpecializedSme => (BenefitId::SpecializedSme, policy.specialized_sme),
        };
        // INT-05: award money already received for this designation is deducted.
        let received = e.specialized_awards_received;
        let pay = (standard - received).max(ZERO);
        let step = Step::LessReceived { standard, received, amount: pay };
        award(id, Clause::S3, Amount::Exact(pay), step, &[Interp::Int05]);
    }
    if e.key_tech_breakthrough_projects > 0 {
        let n = e.key_tech_breakthrough_projects;
        let cap = policy.key_tech_per_project.times(n);
        award(
            BenefitId::KeyTechBreakthrough,
            Clause::S3,
            Amount::UpTo(cap),
            Step::UpToEach { cap: policy.key_tech_per_project, count: n },
            &[],
        );
    }
    if let Some(inv) = e.industry_education_investment {
        let cap = policy.industry_education_cap.min(inv);
        let step = Step::UpToInvestment { cap: policy.industry_education_cap, investment: inv, amount: cap };
        award(BenefitId::IndustryEducationBase, Clause::S5, Amount::UpTo(cap), step, &[]);
    }
    if e.joint_innovation_platforms > 0 {
        let n = e.joint_innovation_platforms;
        let calc = Step::UpToEach { cap: policy.joint_platform_cap, count: n };
        award(
            BenefitId::JointInnovationPlatform,
            Clause::S5,
            Amount::UpTo(policy.joint_platform_cap.times(n)),
            calc,
            &[],
        );
    }
    if e.expert_workstations > 0 {
        let n = e.expert_workstations;
        let (lo, hi) = policy.workstation;
        let amount = Amount::Range { min: lo.times(n), max: hi.times(n) };
        award(
            BenefitId::ExpertWorkstation,
            Clause::S12,
            amount,
            Step::RangeEach { min: lo, max: hi, count: n },
            &[],
        );
    }

    // §11(2) pays a 师属企事业单位 registered in the city, for each hire.
    let mut employer_reasons = Vec::new();
    if !e.registered_in_city {
        employer_reasons.push(Reason::NotRegisteredInCity);
    }
    if !e.division_affiliated {
        employer_reasons.push(Reason::EmployerNotDivisionAffiliated);
    }
    for h in &e.flexible_hires {
        out.hires.push(hire(policy, t, h, &employer_reasons));
    }
    if out.hires.iter().any(|h| !h.amount.is_zero()) {
        out.department(policy.flexible_hires_department);
    }
    out.finish(policy, t, None, None, None)
}

/// One flexible hire: the declared category, or the one §10 gives its person.
fn hire(policy: &Policy, t: Date, h: &crate::input::Hire, employer_reasons: &[Reason]) -> HireResult {
    let category = h.category.or_else(|| h.person.as_ref().and_then(|p| classify(policy, p, t).category));
    let rate = category.and_then(|c| policy.flexible_daily.get(c));
    let mut reasons = employer_reasons.to_vec();
    match (category, rate) {
        (None, _) => reasons.push(Reason::NoCategory),
        (Some(_), None) => reasons.push(Reason::CategoryNotListed),
        (Some(_), Some(_)) => {}
    }
    let (amount, calculation) = match rate {
        Some(rate) if reasons.is_empty() => {
            let b = daily_subsidy(rate, h.days);
            (b.amount.span().0, b.calculation)
        }
        _ => (ZERO, String::new()),
    };
    HireResult { label: h.label.clone(), category, days: h.days, amount, calculation, reasons }
}
