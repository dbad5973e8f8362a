//! §14: who gets the talent service card (人才服务卡, 一卡通办).

use crate::ids::*;
use crate::input::Employment;
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::Policy;

/// Every recognised talent working in the city, full-time or flexibly.
pub fn grant(out: &mut Outcome, policy: &Policy, cat: Option<Category>, e: &Employment) {
    if cat.is_some() && e.mode != Mode::None {
        let mut b =
            Benefit::new(BenefitId::TalentServiceCard, Clause::S14, Recipient::Talent, Amount::InKind(True));
        b.apply_to =
            e.employer_type.and_then(|t| policy.department_for_employer.get(t)).into_iter().collect();
        out.grant(b);
    }
}
