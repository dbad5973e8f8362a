//! Share links: the answers in the URL fragment (never sent to a server), as
//! `#t3.made=<date>&<answers>.<crc32>`. The stamp says how to read the rest,
//! never which version of the policy: the day the link was made and the
//! answers' own dates select that (INT-14), so a revision of the policy
//! leaves every link and draft readable. The answers are the form's own
//! edits (`questions::edits_for`), named by the questions' stored keys,
//! `key=value&…` percent-encoded; the checksum catches damaged or altered
//! links. The saved draft uses the same code. The language is not in the
//! fragment but in the address before it (`?lang=en`,
//! `view::chrome::in_lang`), so every link keeps its stamp and checksum; the
//! whole format is in docs/share-links.md.

use crate::answers::Answers;
use crate::questions::{apply_stored, edits_for};
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use talent_rules::dates::Date;
use talent_rules::policy::{self, Versions};

/// Format 3: the day the link or draft was made, then the answers. A new
/// format gets a new stamp; a new version of the policy does not.
pub const STAMP: &str = "t3";

/// Format 2: the answers alone, as links and drafts were written before
/// they said the day they were made. Still read, as made on an unknown day.
const ANSWERS_ONLY: &str = "t2";

/// Everything but letters, digits, `-` and `_` is escaped, so `.`, `&` and
/// `=` only ever separate.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_');

/// CRC-32 (the zip/PNG one), computed bit by bit: a lookup table would add
/// kilobytes of incompressible data to the download for a few dozen bytes hashed.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// A format this app does not read (the first one, or a newer one).
    OtherVersion,
    /// Cut short, mistyped or altered.
    Damaged,
}

impl LinkError {
    pub fn key(self) -> &'static str {
        match self {
            LinkError::OtherVersion => "share.error.version",
            LinkError::Damaged => "share.error.damaged",
        }
    }
}

fn checksum(payload: &str) -> String {
    format!("{:08x}", CRC32.checksum(payload.as_bytes()))
}

/// `key=value&…`, percent-encoded: the payload of a link or draft.
pub(crate) fn pairs_text<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let pairs: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("{}={}", key.as_ref(), utf8_percent_encode(value.as_ref(), ESCAPED)))
        .collect();
    pairs.join("&")
}

pub(crate) fn payload(answers: &Answers) -> String {
    pairs_text(&edits_for(answers))
}

/// `<stamp>.<payload>.<crc32>`.
pub(crate) fn seal(stamp: &str, payload: &str) -> String {
    format!("{stamp}.{payload}.{}", checksum(payload))
}

/// A link or draft made today.
pub fn encode(answers: &Answers) -> String {
    encode_on(answers, crate::clock::today())
}

/// A link or draft made on `made`.
pub fn encode_on(answers: &Answers, made: Date) -> String {
    seal(STAMP, &made_payload(answers, made))
}

/// `made=<date>`, then `&` and the answers when there are any.
fn made_payload(answers: &Answers, made: Date) -> String {
    let answers = payload(answers);
    let and = if answers.is_empty() { "" } else { "&" };
    format!("made={made}{and}{answers}")
}

/// Replays the edits of `payload` on an empty form. Only a payload this code
/// wrote comes back the same, so unknown questions, impossible values and
/// reordering all count as damage.
pub(crate) fn answers_of(payload: &str) -> Option<Answers> {
    let mut answers = Answers::default();
    for (key, value) in pairs_of(payload)? {
        apply_stored(&mut answers, &key, &value);
    }
    (self::payload(&answers) == payload).then_some(answers)
}

/// The decoded `key=value` pairs of a payload; `None` if one is malformed.
pub(crate) fn pairs_of(payload: &str) -> Option<Vec<(String, String)>> {
    payload
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=')?;
            Some((key.to_string(), percent_decode_str(value).decode_utf8().ok()?.into_owned()))
        })
        .collect()
}

/// The checked payload of a link or draft stamped `stamp` (a letter and a
/// version number). `None`: not such a link at all (an in-page anchor such as
/// `#result`, or nothing).
pub(crate) fn unseal<'a>(stamp: &str, fragment: &'a str) -> Option<Result<&'a str, LinkError>> {
    let fragment = fragment.trim_start_matches('#');
    let mut parts = fragment.split('.');
    let found = parts.next()?;
    let (payload, check) = (parts.next(), parts.next());
    let letter = &stamp[..1];
    let is_stamp =
        found.len() > 1 && found.starts_with(letter) && found[1..].bytes().all(|b| b.is_ascii_digit());
    if !is_stamp || payload.is_none() {
        return None;
    }
    if found != stamp {
        return Some(Err(LinkError::OtherVersion));
    }
    let (Some(payload), Some(check), None) = (payload, check, parts.next()) else {
        return Some(Err(LinkError::Damaged));
    };
    if checksum(payload) != check {
        return Some(Err(LinkError::Damaged));
    }
    Some(Ok(payload))
}

/// A link's or draft's answers and the day it was made (`None`: format 2,
/// which does not say).
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub answers: Answers,
    pub made: Option<Date>,
}

impl Link {
    /// The answers to compute. Those of a link made under a version of the
    /// policy no longer in force today, which give no assessment date, are
    /// read as of the day it was made: they compute under the version then
    /// in force, as they did when the link was made (docs/share-links.md).
    /// Others are read as they are, today's date being the assessment date.
    /// `today` is only asked for when a revision has come into force since.
    pub fn answers_on(self, versions: &Versions, today: impl FnOnce() -> Date) -> Answers {
        let mut answers = self.answers;
        read_as_made(&mut answers.assessment_date, self.made, versions, today);
        answers
    }
}

/// Answers with no assessment date of their own, of a link or draft made
/// on `made` under a version no longer in force `today`, are read as of
/// `made` (`Link::answers_on`, and the enterprise and comparison links
/// alike). `today` is only asked for when a revision has come into force
/// since.
pub(crate) fn read_as_made(
    assessment_date: &mut String,
    made: Option<Date>,
    versions: &Versions,
    today: impl FnOnce() -> Date,
) {
    let Some(made) = made.filter(|_| assessment_date.is_empty()) else { return };
    let then = &versions.in_force(made).id;
    // The newest version on that day is still in force on any later one.
    let newest = versions.all().last().is_some_and(|p| &p.id == then);
    if !newest && &versions.in_force(today()).id != then {
        *assessment_date = made.to_string();
    }
}

/// `fragment` with or without the leading `#`, in format 3 or 2. `None`:
/// not a share link at all (an in-page anchor such as `#result`, or nothing).
pub fn read(fragment: &str) -> Option<Result<Link, LinkError>> {
    let link = match unseal(STAMP, fragment)? {
        Err(LinkError::OtherVersion) => unseal(ANSWERS_ONLY, fragment)?
            .and_then(|payload| answers_of(payload).ok_or(LinkError::Damaged))
            .map(|answers| Link { answers, made: None }),
        sealed => sealed.and_then(|payload| made_and_answers(payload).ok_or(LinkError::Damaged)),
    };
    Some(link)
}

/// Format 3's payload; `None` unless this code wrote it.
fn made_and_answers(payload: &str) -> Option<Link> {
    let rest = payload.strip_prefix("made=")?;
    let (made, answers) = rest.split_once('&').unwrap_or((rest, ""));
    let made = Date::parse(made)?;
    let answers = answers_of(answers)?;
    (made_payload(&answers, made) == payload).then_some(Link { answers, made: Some(made) })
}

/// The answers of a link or draft, as computed today (`Link::answers_on`
/// under the compiled-in versions). `None`: not a share link at all.
pub fn decode(fragment: &str) -> Option<Result<Answers, LinkError>> {
    Some(read(fragment)?.map(|link| link.answers_on(policy::versions(), crate::clock::today)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use talent_rules::ids::{
        Category, Degree, EmployerType, Honor, HousingChoice, Location, Mode, Repayment, Title,
    };

    fn sample() -> Answers {
        Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            purchase_price: "35万".into(),
            ..Answers::default()
        }
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// A link in format 3 with a valid checksum.
    fn forged(payload: &str) -> String {
        seal(STAMP, payload)
    }

    fn encode(answers: &Answers) -> String {
        encode_on(answers, day("2026-12-06"))
    }

    #[test]
    fn round_trips_and_stays_short() {
        let link = encode(&sample());
        assert_eq!(
            link,
            forged("made=2026-12-06&birth-date=1992-04-15&degree=doctorate&purchase-price=35%E4%B8%87")
        );
        assert_eq!(decode(&link), Some(Ok(sample())));
        assert_eq!(decode(&format!("#{link}")), Some(Ok(sample())));
        assert_eq!(read(&link), Some(Ok(Link { answers: sample(), made: Some(day("2026-12-06")) })));
        assert_eq!(encode(&Answers::default()), forged("made=2026-12-06"));
        assert_eq!(decode(&encode(&Answers::default())), Some(Ok(Answers::default())));
    }

    #[test]
    fn every_kind_of_answer_round_trips() {
        let a = Answers {
            mode: Mode::FullTime,
            employer_type: Some(EmployerType::Enterprise),
            first_social_insurance: true,
            contract_years: "3.5 年 & more=".into(),
            honors: vec![Honor::CasAcademician, Honor::BingtuanTalentFirst],
            claimed_equivalent: Some(Category::B),
            wants_loan: true,
            loan_rate_percent: "3.45".into(),
            ..sample()
        };
        let link = encode(&a);
        assert_eq!(link.matches('.').count(), 2, "dots only separate: {link}");
        assert_eq!(decode(&link), Some(Ok(a)));
    }

    #[test]
    fn damage_and_tampering_are_caught() {
        let link = encode(&sample());
        let mut bytes = link.clone().into_bytes();
        bytes[5] = if bytes[5] == b'A' { b'B' } else { b'A' };
        assert_eq!(decode(&String::from_utf8(bytes).unwrap()), Some(Err(LinkError::Damaged)));
        assert_eq!(decode(&link[..link.len() - 3]), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("t1.AAo.1234abcd"), Some(Err(LinkError::OtherVersion)), "the first format");
        assert_eq!(decode("t4.made=2030-01-01.1234abcd"), Some(Err(LinkError::OtherVersion)), "a newer one");
        assert_eq!(decode("t3.abc"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("t2.abc"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("t3.abc.00000000.x"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode(""), None);
        assert_eq!(decode("#result"), None, "an in-page anchor is not a link");
        assert_eq!(decode("top"), None);
        // Valid checksums over payloads this app would never write.
        for answers in [
            "nonsense=1",
            "degree=wizard",
            "degree=doctorate&birth-date=1992-04-15",
            "degree",
            "birth-date=%FF",
        ] {
            let made = format!("made=2026-12-06&{answers}");
            assert_eq!(decode(&forged(&made)), Some(Err(LinkError::Damaged)), "{made}");
            assert_eq!(decode(&seal("t2", answers)), Some(Err(LinkError::Damaged)), "{answers}");
        }
        // The day made: there, first, written as this code writes it, and alone without answers.
        for payload in [
            "birth-date=1992-04-15",
            "birth-date=1992-04-15&made=2026-12-06",
            "made=2026-12-6&birth-date=1992-04-15",
            "made=2026-02-30&birth-date=1992-04-15",
            "made=&birth-date=1992-04-15",
            "made=2026-12-06&",
            "made=2026-12-06&made=2026-12-06",
        ] {
            assert_eq!(decode(&forged(payload)), Some(Err(LinkError::Damaged)), "{payload}");
        }
    }

    /// A link in format 2, written before the stored keys were declared
    /// apart from the element ids, with an answer behind every key kind:
    /// links and drafts already out there must keep opening.
    #[test]
    fn links_of_the_format_before_keep_opening() {
        let link = "t2.birth-date=1985-02-03&degree=doctorate&part-time-degree=master&title=senior&honor-cas_academician=1\
                    &honor-tianshan_talent_first=1&claimed-equivalent=A&mode=full_time&employer-type=public_hospital\
                    &first-social-insurance=1&open-ended=1&contract-years=5%E5%B9%B4&housing=turnover_housing\
                    &purchase-price=35%E4%B8%87&bingtuan-support=100000&division-affiliated=1&flexible-days=30&has-startup=1\
                    &graduation-date=2010-07-01&startup-in-city=1&legal-representative=1&registration-date=2011-01-01\
                    &insured-employees=3&tax-paid=20%2C000%2E50&wants-loan=1&loan-principal=300000&loan-rate=3%2E45\
                    &loan-months=36&repayment=equal_installments&assessment-date=2026-01-02.b695d756";
        let a = Answers {
            birth_date: "1985-02-03".into(),
            degree: Degree::Doctorate,
            part_time_degree: Degree::Master,
            title: Title::Senior,
            has_honors: None,
            honors: vec![Honor::CasAcademician, Honor::TianshanTalentFirst],
            claimed_equivalent: Some(Category::A),
            mode: Mode::FullTime,
            start_date: String::new(),
            employer_type: Some(EmployerType::PublicHospital),
            location: Location::Elsewhere,
            division_affiliated: true,
            first_social_insurance: true,
            contract_years: "5年".into(),
            open_ended: true,
            flexible_days: "30".into(),
            housing: HousingChoice::TurnoverHousing,
            purchase_price: "35万".into(),
            bingtuan_support: "100000".into(),
            has_startup: true,
            graduation_date: "2010-07-01".into(),
            startup_in_city: true,
            legal_representative: true,
            registration_date: "2011-01-01".into(),
            insured_employees: "3".into(),
            tax_paid: "20,000.50".into(),
            wants_loan: true,
            loan_principal: "300000".into(),
            loan_rate_percent: "3.45".into(),
            loan_months: "36".into(),
            repayment: Repayment::EqualInstallments,
            assessment_date: "2026-01-02".into(),
        };
        assert_eq!(read(link), Some(Ok(Link { answers: a.clone(), made: None })), "made on a day unknown");
        assert_eq!(decode(link), Some(Ok(a.clone())));
        let answers = link.strip_prefix("t2.").and_then(|l| l.rsplit_once('.')).unwrap().0;
        assert_eq!(encode(&a), forged(&format!("made=2026-12-06&{answers}")), "written again in format 3");
        let today = talent_rules::dates::Date::parse("2026-11-23").unwrap();
        let e = a.evaluate(today);
        assert!(e.visible.honours, "honours ticked before the yes/no question still show");
        assert_eq!(e.result.unwrap().category, Some(Category::A), "and still count");
    }

    #[test]
    fn the_honours_answer_round_trips() {
        for has_honors in [Some(true), Some(false)] {
            let a = Answers { has_honors, honors: vec![Honor::TianshanTalentFirst], ..sample() };
            assert_eq!(decode(&encode(&a)), Some(Ok(a)));
        }
        assert!(encode(&Answers { has_honors: Some(false), ..sample() }).contains("&has-honours=no&"));
        assert_eq!(decode(&forged("has-honours=maybe")), Some(Err(LinkError::Damaged)));
    }

    /// The built-in policy and a second, fictional version from 2027-01-01
    /// that lives only in the tests: §11(1)'s living allowance for B goes
    /// from 5000 to 6000 a month.
    pub(crate) fn revised() -> Versions {
        let mut v: serde_json::Value = serde_json::from_str(policy::policy_json()).unwrap();
        v["versions"].as_array_mut().unwrap().push(serde_json::json!({
            "id": REVISION,
            "document": "师市党办发〔2027〕1号（虚构，仅用于测试）",
            "in_force_from": "2027-01-01",
            "changes": "A fictional revision for the tests.",
        }));
        v["living_monthly"]["values"].as_array_mut().unwrap().push(serde_json::json!({
            "from": "2027-01-01",
            "value": {"A": "7000", "B": "6000", "C": "3000"},
        }));
        Versions::from_json(&v.to_string()).unwrap()
    }

    pub(crate) const REVISION: &str = "2027-revision";

    /// A full-time doctorate at an enterprise: category B, §11(1)'s living
    /// allowance for 36 months.
    pub(crate) fn phd() -> Answers {
        Answers {
            mode: Mode::FullTime,
            employer_type: Some(EmployerType::Enterprise),
            first_social_insurance: true,
            contract_years: "3".into(),
            ..sample()
        }
    }

    fn living(answers: &Answers, versions: &Versions, today: Date) -> (String, String) {
        let result = answers.evaluate_in(versions, today).result.unwrap();
        let living = result.benefits.iter().find(|b| b.id.as_str() == "living_subsidy").unwrap();
        let amount = match living.amount {
            talent_rules::output::Amount::Exact(m) => m.to_string(),
            ref other => panic!("not exact: {other:?}"),
        };
        (amount, result.policy_version)
    }

    #[test]
    fn a_link_made_under_an_earlier_version_computes_under_it() {
        let versions = revised();
        let link = encode_on(&phd(), day("2026-12-06"));
        let opened = |today: &str| read(&link).unwrap().unwrap().answers_on(&versions, || day(today));

        // Opened while its version is in force: as it is, as of today.
        assert_eq!(opened("2026-12-31"), phd());
        // Opened once the revision is: as of the day it was made, under 17号.
        let after = day("2027-02-01");
        let answers = opened("2027-02-01");
        assert_eq!(answers, Answers { assessment_date: "2026-12-06".into(), ..phd() });
        assert_eq!(living(&answers, &versions, after), ("180000.00".into(), "2025-trial".into()));
        // Cleared, the assessment date is today's, under the revision.
        assert_eq!(living(&phd(), &versions, after), ("216000.00".into(), REVISION.into()));

        // Made under the revision: as it is.
        let made_after = encode_on(&phd(), day("2027-01-01"));
        let never = || -> Date { unreachable!("the newest version needs no clock") };
        assert_eq!(read(&made_after).unwrap().unwrap().answers_on(&versions, never), phd());
        // An assessment date of its own selects the version itself.
        let dated = Answers { assessment_date: "2027-03-01".into(), ..phd() };
        let link = encode_on(&dated, day("2026-12-06"));
        assert_eq!(read(&link).unwrap().unwrap().answers_on(&versions, || after), dated);
        // Format 2 does not say when it was made: as it is, as of today.
        let old = "t2.birth-date=1992-04-15&degree=doctorate&mode=full_time&employer-type=enterprise\
                   &first-social-insurance=1&contract-years=3&purchase-price=35%E4%B8%87.8a7acffc";
        let old = read(old).unwrap().unwrap();
        assert_eq!(old.made, None);
        let answers = old.answers_on(&versions, || after);
        assert_eq!(living(&answers, &versions, after), ("216000.00".into(), REVISION.into()));
    }

    #[test]
    fn checksum_is_the_standard_crc32() {
        assert_eq!(checksum("123456789"), "cbf43926");
    }
}
