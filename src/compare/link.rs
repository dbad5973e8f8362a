//! The comparison's share link:
//! `#c2.made=<date>~<scenario>~<scenario>[~<scenario>].<crc32>`, the day
//! the link was made, then each scenario as the payload of a talent share
//! link (`share.rs`: the questions' stored keys), so a comparison holds
//! whole answers, not only what this page edits. `~` is escaped inside a
//! payload, so it only ever separates. `c2` stamps this format, not a
//! version of the policy: a scenario without an assessment date, opened
//! once the version in force on the day made no longer is, computes as of
//! that day, as a talent link does (`share::Link::answers_on`). `c1`, the
//! format before the day made was written, is still read.

use crate::answers::Answers;
use crate::share::{self, answers_of, payload, seal, unseal, Link, LinkError};
use talent_rules::dates::Date;
use talent_rules::policy::{self, Versions};

pub const STAMP: &str = "c2";

/// Format 1: the scenarios alone. Still read, as made on a day unknown.
const SCENARIOS_ONLY: &str = "c1";

/// Two or three scenarios.
pub const MIN: usize = 2;
pub const MAX: usize = 3;

/// A link made today.
pub fn encode(scenarios: &[Answers]) -> String {
    encode_on(scenarios, crate::clock::today())
}

/// A link made on `made`.
pub fn encode_on(scenarios: &[Answers], made: Date) -> String {
    let payloads: Vec<String> = scenarios.iter().map(payload).collect();
    seal(STAMP, &format!("made={made}~{}", payloads.join("~")))
}

/// Two or three talent payloads joined by `~`; `None` unless this code wrote them.
fn scenarios_of(payloads: &str) -> Option<Vec<Answers>> {
    let scenarios: Vec<Answers> = payloads.split('~').map(answers_of).collect::<Option<_>>()?;
    (MIN..=MAX).contains(&scenarios.len()).then_some(scenarios)
}

/// The scenarios of a link, each as a talent link made the same day.
fn read(fragment: &str) -> Option<Result<Vec<Link>, LinkError>> {
    let links =
        |scenarios: Vec<Answers>, made| scenarios.into_iter().map(|answers| Link { answers, made }).collect();
    let read = match unseal(STAMP, fragment)? {
        Err(LinkError::OtherVersion) => unseal(SCENARIOS_ONLY, fragment)?
            .and_then(|payloads| scenarios_of(payloads).ok_or(LinkError::Damaged))
            .map(|scenarios| links(scenarios, None)),
        sealed => sealed.and_then(|payload| {
            let (made, payloads) =
                payload.strip_prefix("made=").and_then(|p| p.split_once('~')).unwrap_or_default();
            // Written as this code writes it, or damage.
            let made = Date::parse(made).filter(|d| d.to_string() == made).ok_or(LinkError::Damaged)?;
            let scenarios = scenarios_of(payloads).ok_or(LinkError::Damaged)?;
            Ok(links(scenarios, Some(made)))
        }),
    };
    Some(read)
}

/// The scenarios of a comparison link, as computed on `today` under
/// `versions`; a talent link (`#t3.…`) is one candidate, compared with
/// itself until an answer is changed. `None`: neither kind of link.
pub fn decode_on(
    fragment: &str,
    versions: &Versions,
    today: impl Fn() -> Date,
) -> Option<Result<Vec<Answers>, LinkError>> {
    if let Some(candidate) = share::read(fragment) {
        return Some(candidate.map(|link| {
            let a = link.answers_on(versions, &today);
            vec![a.clone(), a]
        }));
    }
    Some(read(fragment)?.map(|links| links.into_iter().map(|l| l.answers_on(versions, &today)).collect()))
}

/// `decode_on` under the compiled-in versions, today.
pub fn decode(fragment: &str) -> Option<Result<Vec<Answers>, LinkError>> {
    decode_on(fragment, policy::versions(), crate::clock::today)
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

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn encode(scenarios: &[Answers]) -> String {
        encode_on(scenarios, day("2026-12-06"))
    }

    #[test]
    fn the_link_format_is_fixed() {
        // Golden: these exact bytes must keep opening the same comparison.
        let link = encode(&[phd(EmployerType::Enterprise, ""), phd(EmployerType::ResearchInstitute, "45万")]);
        assert_eq!(
            link,
            "c2.made=2026-12-06~birth-date=1992-04-15&degree=doctorate&employer-type=enterprise~birth-date=1992-04-15&degree=doctorate&employer-type=research_institute&purchase-price=45%E4%B8%87.02bbd8fe"
        );
        let back = decode(&format!("#{link}")).unwrap().unwrap();
        assert_eq!(back, [phd(EmployerType::Enterprise, ""), phd(EmployerType::ResearchInstitute, "45万")]);
    }

    /// A link in format 1, as the page wrote it before links said the day
    /// they were made: it keeps opening, as made on a day unknown.
    #[test]
    fn links_of_the_format_before_keep_opening() {
        let link = "c1.birth-date=1992-04-15&degree=doctorate&employer-type=enterprise~birth-date=1992-04-15&degree=doctorate&employer-type=research_institute&purchase-price=45%E4%B8%87.35638a74";
        let back = decode(link).unwrap().unwrap();
        assert_eq!(back, [phd(EmployerType::Enterprise, ""), phd(EmployerType::ResearchInstitute, "45万")]);
        let after = || day("2027-02-01");
        let opened = decode_on(link, &crate::share::tests::revised(), after).unwrap().unwrap();
        assert_eq!(opened, back, "as of the day opened, under the version then in force");
        assert_eq!(decode(&seal("c1", "birth-date=1992-04-15")), Some(Err(LinkError::Damaged)));
    }

    #[test]
    fn a_talent_link_is_one_candidate_twice_and_damage_is_named() {
        let talent = share::encode_on(&phd(EmployerType::Enterprise, ""), day("2026-12-06"));
        assert_eq!(decode(&talent).unwrap().unwrap().len(), 2);
        let one = encode(&[phd(EmployerType::Enterprise, "")]);
        assert_eq!(decode(&one), Some(Err(LinkError::Damaged)), "one scenario is no comparison");
        let link = encode(&[phd(EmployerType::Enterprise, ""), phd(EmployerType::Other, "")]);
        assert_eq!(decode(&link.replace("other", "others")), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("c9.x.0"), Some(Err(LinkError::OtherVersion)));
        assert_eq!(decode("#result"), None);
        // The day made: there, first, written as this code writes it.
        let two = "birth-date=1992-04-15~birth-date=1992-04-16";
        for payload in [
            two.to_string(),
            format!("{two}~made=2026-12-06"),
            format!("made=2026-12-6~{two}"),
            format!("made=2026-02-30~{two}"),
            format!("made=~{two}"),
            format!("made=2026-12-06&{two}"),
        ] {
            assert_eq!(decode(&seal(STAMP, &payload)), Some(Err(LinkError::Damaged)), "{payload}");
        }
        assert_eq!(decode(&seal(STAMP, &format!("made=2026-12-06~{two}"))).unwrap().unwrap().len(), 2);
    }

    #[test]
    fn a_link_made_under_an_earlier_version_computes_under_it() {
        let versions = crate::share::tests::revised();
        let dated = Answers { assessment_date: "2027-03-01".into(), ..crate::share::tests::phd() };
        let link = encode_on(&[crate::share::tests::phd(), dated.clone()], day("2026-12-06"));
        let opened = |today: &str| decode_on(&link, &versions, || day(today)).unwrap().unwrap();
        // Opened while its version is in force: as it is, as of today.
        assert_eq!(opened("2026-12-31"), [crate::share::tests::phd(), dated.clone()]);
        // Opened once the revision is: the scenario without a date as of the
        // day made, under 17号; the other keeps its own date.
        let after = opened("2027-02-01");
        let made = Answers { assessment_date: "2026-12-06".into(), ..crate::share::tests::phd() };
        assert_eq!(after, [made, dated]);
        let versions_of: Vec<String> = after
            .iter()
            .map(|a| a.evaluate_in(&versions, day("2027-02-01")).result.unwrap().policy_version)
            .collect();
        assert_eq!(versions_of, ["2025-trial", crate::share::tests::REVISION]);
    }
}
