//! A person's assessment: §10 category, then every individual clause in scope.

use crate::category::classify;
use crate::dates::Date;
use crate::ids::*;
use crate::input::{Employment, Loan, Person, Startup};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::*;
use crate::{introduction, startup};

/// `recognised_as` replaces the computed category: the what-if of an
/// equivalence claim (SPEC §1), never a recognition.
pub fn assess(
    t: Date,
    p: &Person,
    employment: Option<&Employment>,
    startup: Option<&Startup>,
    loan: Option<&Loan>,
    recognised_as: Option<Category>,
) -> Assessment {
    let cls = classify(p, t);
    let cat = recognised_as.or(cls.category);
    let mut out = Outcome::default();
    out.interp(Interp::Int01);

    if let Some(e) = employment {
        introduction::full_time(&mut out, cat, e);
        introduction::flexible(&mut out, cat, e);
        introduction::high_tech_zone(&mut out, e);
        medical_staffing(&mut out, p, e);
        if e.mode != Mode::None {
            if let Some(d) = e.employer_type.and_then(department_for_employer) {
                out.department(d);
            }
        }
        service_card(&mut out, cat, e);
    }
    if let Some(s) = startup {
        startup::grant(&mut out, t, cat, p, s);
    }
    if let Some(l) = loan {
        startup::loan(&mut out, l);
        out.department(STARTUP_DEPARTMENT);
    }
    honor_award(&mut out, p);
    if let Some(claimed) = p.claimed_equivalent.filter(|_| recognised_as.is_none()) {
        if cat.is_none_or(|c| claimed.outranks(c)) {
            out.refer(ReferralId::EquivalenceReview, Clause::S10, Some(claimed));
        }
    }
    for &(id, clause, dept) in related_programmes() {
        out.related.push(RelatedProgramme { id, clause, apply_to: vec![dept] });
    }
    out.interp(Interp::Int09);
    out.finish(t, cat, cls.valid_until, cls.criteria_met, cls.criteria_expired)
}

/// §6 with INT-08: a senior-or-associate-senior title *or* a full-time
/// master's or doctorate; the hospital's shortage-post list is for the user to confirm.
fn medical_staffing(out: &mut Outcome, p: &Person, e: &Employment) {
    if e.employer_type != Some(EmployerType::PublicHospital) {
        return;
    }
    if p.title_level >= Title::AssociateSenior || p.full_time_degree >= Degree::Master {
        let mut b = Benefit::new(BenefitId::MedicalStaffing, Clause::S6, Recipient::Talent, Amount::InKind(true));
        b.interpretations.push(Interp::Int08);
        b.confirm.push(Confirm::HospitalShortagePost);
        b.apply_to.push(Department::Health);
        out.grant(b);
    } else {
        out.refuse(BenefitId::MedicalStaffing, Clause::S6, vec![Reason::NoQualifyingTitleOrDegree], Vec::new());
    }
}

/// §14: every recognised talent working in the city gets the service card.
fn service_card(out: &mut Outcome, cat: Option<Category>, e: &Employment) {
    if cat.is_some() && e.mode != Mode::None {
        let mut b = Benefit::new(BenefitId::TalentServiceCard, Clause::S14, Recipient::Talent, Amount::InKind(true));
        b.apply_to = e.employer_type.and_then(department_for_employer).into_iter().collect();
        out.grant(b);
    }
}

/// §15: once per person, even when listed as both 天山英才 and 兵团英才.
fn honor_award(out: &mut Outcome, p: &Person) {
    let listed = [Honor::TianshanTalentFirst, Honor::BingtuanTalentFirst];
    if p.honors.iter().any(|h| listed.contains(h)) {
        let mut b = Benefit::new(BenefitId::TalentHonorAward, Clause::S15, Recipient::Talent, Amount::Exact(HONOR_AWARD));
        b.calculation = format!("{HONOR_AWARD}");
        out.grant(b);
    }
}
