//! 一事一议: who is sent to a case-by-case review, and to which department —
//! §11(4) for a skilled person outside §10's lists, §10 相当人才 for a claimed
//! equivalent category.

use crate::ids::*;
use crate::outcome::Outcome;
use crate::policy::Policy;

/// Where a case-by-case review goes: the employer's department; a founder
/// without an employer to the start-up department, never "through your employer".
pub fn department(policy: &Policy, employer_type: Option<EmployerType>, founder: bool) -> Department {
    match employer_type {
        None if founder => policy.startup_department,
        t => policy.department_for_review(t),
    }
}

/// §11(4): a skilled person outside §10's lists goes 一事一议.
pub fn special_talent(out: &mut Outcome, dept: Department) {
    out.refer(ReferralId::SpecialTalentReview, Clause::S11_4, None, vec![dept]);
}

/// §10 相当人才: the claimed equivalent category, when it is above the one
/// computed (or there is none) and so has something for a review to decide.
pub fn claim_above(claimed: Option<Category>, cat: Option<Category>) -> Option<Category> {
    claimed.filter(|&c| cat.is_none_or(|cat| c.outranks(cat)))
}

/// §10 相当人才: such a claim is recognised only after review.
pub fn equivalence(out: &mut Outcome, claimed: Option<Category>, cat: Option<Category>) {
    if let Some(claimed) = claim_above(claimed, cat) {
        out.refer(ReferralId::EquivalenceReview, Clause::S10, Some(claimed), Vec::new());
    }
}
