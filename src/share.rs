//! Share links: the answers in the URL fragment (never sent to a server), as
//! `#t2.<answers>.<crc32>`. `t2` stamps the link format and the policy (17号);
//! the answers are the form's own edits (`questions::edits_for`), named by
//! the questions' stored keys, `key=value&…` percent-encoded; the checksum
//! catches damaged or altered links. The saved draft uses the same code.
//! The language is not in the fragment but in the address before it
//! (`?lang=en`, `view::share::in_lang`), so every link keeps its stamp and
//! checksum; the whole format is in docs/share-links.md.

use crate::answers::Answers;
use crate::questions::{apply_stored, edits_for};
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Format 2, for 师市党办发〔2025〕17号. A new policy or format gets a new stamp.
pub const STAMP: &str = "t2";

/// Everything but letters, digits, `-` and `_` is escaped, so `.`, `&` and
/// `=` only ever separate.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_');

/// CRC-32 (the zip/PNG one), computed bit by bit: a lookup table would add
/// kilobytes of incompressible data to the download for a few dozen bytes hashed.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Another format or policy version (an old or newer link).
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

pub fn encode(answers: &Answers) -> String {
    seal(STAMP, &payload(answers))
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

/// `fragment` with or without the leading `#`. `None`: not a share link at
/// all (an in-page anchor such as `#result`, or nothing).
pub fn decode(fragment: &str) -> Option<Result<Answers, LinkError>> {
    Some(unseal(STAMP, fragment)?.and_then(|payload| answers_of(payload).ok_or(LinkError::Damaged)))
}

#[cfg(test)]
mod tests {
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

    fn forged(payload: &str) -> String {
        format!("t2.{payload}.{}", checksum(payload))
    }

    #[test]
    fn round_trips_and_stays_short() {
        let link = encode(&sample());
        assert_eq!(link, forged("birth-date=1992-04-15&degree=doctorate&purchase-price=35%E4%B8%87"));
        assert_eq!(decode(&link), Some(Ok(sample())));
        assert_eq!(decode(&format!("#{link}")), Some(Ok(sample())));
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
        assert_eq!(decode("t1.AAo.1234abcd"), Some(Err(LinkError::OtherVersion)), "the earlier format");
        assert_eq!(decode("t2.abc"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("t2.abc.00000000.x"), Some(Err(LinkError::Damaged)));
        assert_eq!(decode(""), None);
        assert_eq!(decode("#result"), None, "an in-page anchor is not a link");
        assert_eq!(decode("top"), None);
        // Valid checksums over payloads this app would never write.
        for payload in [
            "nonsense=1",
            "degree=wizard",
            "degree=doctorate&birth-date=1992-04-15",
            "degree",
            "birth-date=%FF",
        ] {
            assert_eq!(decode(&forged(payload)), Some(Err(LinkError::Damaged)), "{payload}");
        }
    }

    /// A link written before the stored keys were declared apart from the
    /// element ids, with an answer behind every key kind: links and drafts
    /// already out there must keep opening.
    #[test]
    fn links_of_this_format_keep_opening() {
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
        assert_eq!(decode(link), Some(Ok(a.clone())));
        assert_eq!(encode(&a), link, "written the same way too");
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

    #[test]
    fn checksum_is_the_standard_crc32() {
        assert_eq!(checksum("123456789"), "cbf43926");
    }
}
