//! §6: whether a public hospital's new hire is taken into the staffing
//! establishment (事业编制) through the talent green channel, with INT-08.

use crate::ids::*;
use crate::input::{Employment, Person};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::Policy;

/// §6 with INT-08: a new full-time hire at a public hospital with a
/// senior-or-associate-senior title *or* a master's or doctorate, full-time
/// or part-time (§6 says 研究生以上学历 without 全日制); the hospital's
/// shortage-post list is for the user to confirm.
pub fn staffing(out: &mut Outcome, policy: &Policy, p: &Person, e: &Employment) {
    if e.employer_type != Some(EmployerType::PublicHospital) {
        return;
    }
    let mut reasons = Vec::new();
    if e.mode != Mode::FullTime {
        reasons.push(Reason::NotFullTime);
    }
    let postgraduate = p.full_time_degree.max(p.part_time_degree) >= policy.medical_staffing_min_degree;
    if p.title_level < policy.medical_staffing_min_title && !postgraduate {
        reasons.push(Reason::NoQualifyingTitleOrDegree);
    }
    if !reasons.is_empty() {
        out.refuse(BenefitId::MedicalStaffing, Clause::S6, reasons, Vec::new());
        return;
    }
    let mut b = Benefit::new(BenefitId::MedicalStaffing, Clause::S6, Recipient::Talent, Amount::InKind(True));
    b.interpretations.push(Interp::Int08);
    b.confirm.push(Confirm::HospitalShortagePost);
    b.apply_to.push(Department::Health);
    out.grant(b);
}
