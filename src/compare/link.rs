//! The comparison's share link: `#c1.<scenario>~<scenario>[~<scenario>].<crc32>`,
//! each scenario the payload of a talent share link (`share.rs`: the
//! questions' stored keys), so a comparison holds whole answers, not only
//! what this page edits. `~` is escaped inside a payload, so it only ever
//! separates. `c1` stamps this format, not a version of the policy.

use crate::answers::Answers;
use crate::share::{self, answers_of, payload, seal, unseal, LinkError};

pub const STAMP: &str = "c1";

/// Two or three scenarios.
pub const MIN: usize = 2;
pub const MAX: usize = 3;

pub fn encode(scenarios: &[Answers]) -> String {
    let payloads: Vec<String> = scenarios.iter().map(payload).collect();
    seal(STAMP, &payloads.join("~"))
}

/// The scenarios of a comparison link; a talent link (`#t3.…`) is one
/// candidate, compared with itself until an answer is changed. `None`:
/// neither kind of link.
pub fn decode(fragment: &str) -> Option<Result<Vec<Answers>, LinkError>> {
    if let Some(candidate) = share::decode(fragment) {
        return Some(candidate.map(|a| vec![a.clone(), a]));
    }
    Some(unseal(STAMP, fragment)?.and_then(|payload| {
        let scenarios: Option<Vec<Answers>> = payload.split('~').map(answers_of).collect();
        scenarios.filter(|s| (MIN..=MAX).contains(&s.len())).ok_or(LinkError::Damaged)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::{Degree, EmployerType};

    fn phd(employer: EmployerType, price: &str) -> Answers {
        Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            employer_type: Some(employer),
            purchase_price: price.into(),
            ..Answers::default()
        }
    }

    #[test]
    fn the_link_format_is_fixed() {
        // Golden: these exact bytes must keep opening the same comparison.
        let link = encode(&[phd(EmployerType::Enterprise, ""), phd(EmployerType::ResearchInstitute, "45万")]);
        assert_eq!(
            link,
            "c1.birth-date=1992-04-15&degree=doctorate&employer-type=enterprise~birth-date=1992-04-15&degree=doctorate&employer-type=research_institute&purchase-price=45%E4%B8%87.35638a74"
        );
        let back = decode(&format!("#{link}")).unwrap().unwrap();
        assert_eq!(back, [phd(EmployerType::Enterprise, ""), phd(EmployerType::ResearchInstitute, "45万")]);
    }

    #[test]
    fn a_talent_link_is_one_candidate_twice_and_damage_is_named() {
        let made = talent_rules::dates::Date::parse("2026-12-06").unwrap();
        let talent = share::encode_on(&phd(EmployerType::Enterprise, ""), made);
        assert_eq!(decode(&talent).unwrap().unwrap().len(), 2);
        let one = encode(&[phd(EmployerType::Enterprise, "")]);
        assert_eq!(decode(&one), Some(Err(LinkError::Damaged)), "one scenario is no comparison");
        let link = encode(&[phd(EmployerType::Enterprise, ""), phd(EmployerType::Other, "")]);
        assert_eq!(decode(&link.replace("other", "others")), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("c9.x.0"), Some(Err(LinkError::OtherVersion)));
        assert_eq!(decode("#result"), None);
    }
}
