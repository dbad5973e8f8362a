//! §15: the one-time award for a first listing as 天山英才 or 兵团英才 培养对象.

use crate::ids::*;
use crate::input::Person;
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::Policy;

/// Once per person, even when listed as both 天山英才 and 兵团英才.
pub fn award(out: &mut Outcome, policy: &Policy, p: &Person) {
    if p.honors.iter().any(|h| policy.honor_award_listings.contains(h)) {
        let mut b = Benefit::new(
            BenefitId::TalentHonorAward,
            Clause::S15,
            Recipient::Talent,
            Amount::Exact(policy.honor_award),
        );
        b.calculation = policy.honor_award.to_string();
        out.grant(b);
    }
}
