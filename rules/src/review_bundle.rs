//! "This result looks wrong?": one line of text that holds what a help desk
//! needs to reproduce a result — the answers (the engine's input,
//! docs/contract.md), the policy they were assessed under and the result's key
//! figures — and the review that assesses the answers again and names every
//! figure that came out otherwise. The format is in docs/review-bundle.md.
//!
//! `r1.<payload>.<crc32>`, like the share links (`t2.…`): `r1` stamps the
//! format; the payload is a JSON object with explicit keys, deflated and
//! written in base64url so that it survives chat apps, e-mail and QR codes
//! as one word; the CRC-32 (zip/PNG) of the payload text catches a bundle cut
//! short, mistyped or altered.

use crate::error::InputError;
use crate::ids::{BenefitId, Category};
use crate::input::Input;
use crate::output::{Amount, Assessment, Span};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Format 1 of the bundle. A change of keys or encoding gets a new stamp.
pub const STAMP: &str = "r1";

/// The share links' CRC-32, bit by bit: a table would add kilobytes to a
/// wasm for a few hundred bytes checked.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);

/// Deflate level: the highest, since a bundle is a few hundred bytes.
const LEVEL: u8 = 10;

/// Inflated payloads larger than this are refused as damage: a real one is
/// a few kilobytes at most.
const MAX_INFLATED: usize = 64 * 1024;

/// What a bundle holds. The keys are the format: renaming one is a new stamp.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// The policy version the result was assessed under (the result's
    /// `policy_version`, INT-14).
    pub policy: String,
    /// The answers, as the engine read them.
    pub input: Input,
    /// The result's key figures.
    pub result: Figures,
}

/// A result's figures, compactly: amounts as text, `min~max` for a range,
/// `~max` for a cap, `in_kind` for a benefit in kind; a zero total left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// `talent`, `employer`, `enterprise`, `talent_later`, when not zero.
    pub totals: BTreeMap<String, String>,
    /// Each benefit's amount, by id.
    pub benefits: BTreeMap<BenefitId, String>,
}

impl Figures {
    pub fn of(a: &Assessment) -> Figures {
        let t = &a.totals;
        let totals = [("talent", t.talent), ("employer", t.employer), ("enterprise", t.enterprise)]
            .into_iter()
            .chain([("talent_later", t.talent_later)])
            .filter(|(_, s)| !(s.min.is_zero() && s.max.is_zero()))
            .map(|(name, s)| (name.to_string(), span(s)))
            .collect();
        let benefits = a.benefits.iter().map(|b| (b.id, amount(&b.amount))).collect();
        Figures { category: a.category, totals, benefits }
    }
}

fn span(s: Span) -> String {
    if s.min == s.max {
        s.min.to_string()
    } else {
        format!("{}~{}", s.min, s.max)
    }
}

fn amount(a: &Amount) -> String {
    match *a {
        Amount::Exact(m) => m.to_string(),
        Amount::Range { min, max } => span(Span { min, max }),
        Amount::UpTo(m) => format!("~{m}"),
        Amount::InKind(_) => "in_kind".to_string(),
    }
}

/// The bundle of an input and its assessment.
pub fn write(input: &Input, a: &Assessment) -> String {
    let bundle = Bundle { policy: a.policy_version.clone(), input: input.clone(), result: Figures::of(a) };
    let json = serde_json::to_vec(&bundle).unwrap_or_default();
    let payload = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&json, LEVEL));
    format!("{STAMP}.{payload}.{:08x}", CRC32.checksum(payload.as_bytes()))
}

/// Why a bundle cannot be read. Each has a stable name (`name`) for messages.
#[derive(Clone, Debug, PartialEq)]
pub enum BundleError {
    /// Nothing given.
    Empty,
    /// Not `<stamp>.<payload>.<crc32>`, or another kind of text.
    NotABundle,
    /// A bundle of another format version, e.g. a newer one.
    OtherVersion(String),
    /// The checksum does not match: cut short, mistyped or altered.
    Damaged,
    /// The checksum matches but the payload does not read as format `r1`.
    Unreadable(String),
}

impl BundleError {
    pub fn name(&self) -> &'static str {
        match self {
            BundleError::Empty => "empty",
            BundleError::NotABundle => "not_a_bundle",
            BundleError::OtherVersion(_) => "other_version",
            BundleError::Damaged => "damaged",
            BundleError::Unreadable(_) => "unreadable",
        }
    }
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::Empty => write!(f, "empty: no bundle given"),
            BundleError::NotABundle => write!(f, "not_a_bundle: expected {STAMP}.<payload>.<checksum>"),
            BundleError::OtherVersion(s) => {
                write!(f, "other_version: a bundle of format {s:?}, this reads {STAMP:?}")
            }
            BundleError::Damaged => {
                write!(f, "damaged: the checksum does not match (cut short, mistyped or altered)")
            }
            BundleError::Unreadable(why) => write!(f, "unreadable: {why}"),
        }
    }
}

/// Reads a bundle; spaces and line breaks around or inside it (as a chat
/// app or an e-mail may wrap it) are ignored.
pub fn read(text: &str) -> Result<Bundle, BundleError> {
    let text: String = text.split_whitespace().collect();
    if text.is_empty() {
        return Err(BundleError::Empty);
    }
    let mut parts = text.split('.');
    let (Some(stamp), Some(payload), Some(sum), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(BundleError::NotABundle);
    };
    let is_stamp =
        stamp.len() == 2 && stamp.starts_with('r') && stamp[1..].bytes().all(|b| b.is_ascii_digit());
    if !is_stamp || sum.len() != 8 || !sum.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(BundleError::NotABundle);
    }
    if stamp != STAMP {
        return Err(BundleError::OtherVersion(stamp.to_string()));
    }
    if format!("{:08x}", CRC32.checksum(payload.as_bytes())) != sum.to_ascii_lowercase() {
        return Err(BundleError::Damaged);
    }
    let unreadable = |why: &str| BundleError::Unreadable(why.to_string());
    let deflated = URL_SAFE_NO_PAD.decode(payload).map_err(|_| unreadable("not base64url"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED)
        .map_err(|_| unreadable("not deflated data"))?;
    serde_json::from_slice(&json).map_err(|e| BundleError::Unreadable(e.to_string()))
}

/// One figure that came out otherwise: `field` names it (`policy`,
/// `category`, `totals.talent`, `benefits.living_subsidy`, `result`), and the
/// bundle's and today's values are shown as text, `-` for none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub field: String,
    pub bundle: String,
    pub now: String,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: bundle {}, now {}", self.field, self.bundle, self.now)
    }
}

/// Assesses the bundle's answers again and lists every difference from the
/// figures it recorded; empty when the result is reproduced. An input this
/// engine now refuses is a difference too (`result`), not a bad bundle: it
/// was assessed when the bundle was written.
pub fn review(b: &Bundle) -> Vec<Difference> {
    let now = match crate::assess(&b.input) {
        Ok(a) => a,
        Err(e) => return vec![refused(&e)],
    };
    let mut out = Vec::new();
    let mut differ = |field: String, bundle: Option<&str>, now: Option<&str>| {
        if bundle != now {
            let show = |v: Option<&str>| v.unwrap_or("-").to_string();
            out.push(Difference { field, bundle: show(bundle), now: show(now) });
        }
    };
    differ("policy".to_string(), Some(&b.policy), Some(&now.policy_version));
    let figures = Figures::of(&now);
    let category = |c: Option<Category>| c.map(Category::as_str);
    differ("category".to_string(), category(b.result.category), category(figures.category));
    for name in keys(&b.result.totals, &figures.totals) {
        let (was, is) = (b.result.totals.get(name), figures.totals.get(name));
        differ(format!("totals.{name}"), was.map(String::as_str), is.map(String::as_str));
    }
    for id in keys(&b.result.benefits, &figures.benefits) {
        let (was, is) = (b.result.benefits.get(id), figures.benefits.get(id));
        differ(format!("benefits.{}", id.as_str()), was.map(String::as_str), is.map(String::as_str));
    }
    out
}

/// The keys of two maps, each once, in order.
fn keys<'a, K: Ord, V>(a: &'a BTreeMap<K, V>, b: &'a BTreeMap<K, V>) -> Vec<&'a K> {
    let mut keys: Vec<&K> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    keys
}

fn refused(e: &InputError) -> Difference {
    Difference {
        field: "result".to_string(),
        bundle: "assessed".to_string(),
        now: format!("refused: {}", e.to_json()),
    }
}

/// The bundle of one JSON input (docs/contract.md), for a page that holds
/// the input as JSON: the input's own error when it cannot be assessed.
pub fn write_json(json: &str) -> Result<String, InputError> {
    let input = crate::parse(json)?;
    let a = crate::assess(&input)?;
    Ok(write(&input, &a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Date;

    const PHD: &str = include_str!("../tests/policy_cases/phd-enterprise-b.input.json");

    /// The PhD case's bundle as format r1 first wrote it: it must keep opening.
    const PHD_R1: &str = "r1.VZDRbsIwDEX_Jc_tlHaAgMf9SBRSA9bSJLIdpArx73M6AVtfGuUe3-ubuyk5YljM0Yx23PZC6KPpDKZSxRzvxjMD8wxJ3OQFfrldPwz9-KlcAeKcGnhCkuuTGQ6Hsbebftgqc64xOsEZ3AQXgqZPOUimxj46A3OJeWkRzWfOUyNeQ-YJADlZStOUBCqE3MQzEovjHHRxh4kr-RRATy6gaC-hCp0JOQn5IG4BT6wen-ah0QRc4xobdJlLpvYQX-oqWXzkJuh_3czs7H5v7Ye1TV4vXdQhUmlj29ck9TxBgjPKOhzxhuniuJ4Yp-Y97J9kZ6658n91fCeUSuHqGf6o75TXAgx0Q20bPE1KaOlvTJNWe_wA.62e720d7";

    fn phd() -> (Input, Assessment) {
        let input = crate::parse(PHD).unwrap();
        let a = crate::assess(&input).unwrap();
        (input, a)
    }

    /// A bundle of `payload` bytes, deflated or not, with a right checksum.
    fn sealed(payload: &str) -> String {
        format!("{STAMP}.{payload}.{:08x}", CRC32.checksum(payload.as_bytes()))
    }

    fn deflated(json: &str) -> String {
        sealed(&URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), LEVEL)))
    }

    #[test]
    fn a_phd_bundle_reads_back_and_is_reproduced() {
        let (input, a) = phd();
        let text = write(&input, &a);
        // Small enough for a QR code a phone reads at arm's length.
        assert!(text.len() < 450, "{} bytes", text.len());
        assert!(text.starts_with("r1."));
        let b = read(&text).unwrap();
        assert_eq!(b.input, input);
        assert_eq!(b.policy, a.policy_version);
        assert_eq!(b.result.category, Some(Category::B));
        let totals: Vec<(&str, &str)> =
            b.result.totals.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(totals, vec![("talent", "608800.00"), ("talent_later", "400000.00")]);
        assert_eq!(b.result.benefits[&BenefitId::TalentServiceCard], "in_kind");
        assert_eq!(b.result.benefits[&BenefitId::LivingSubsidy], "180000.00");
        assert_eq!(review(&b), vec![]);
        assert_eq!(write_json(PHD), Ok(text));
    }

    #[test]
    fn the_first_r1_bundle_keeps_opening() {
        let b = read(PHD_R1).unwrap();
        assert_eq!(b.input, phd().0);
        assert_eq!(b.policy, "2025-trial");
        assert_eq!(b.result.benefits.len(), 4);
    }

    #[test]
    fn line_breaks_and_spaces_from_a_chat_app_are_ignored() {
        let wrapped = format!("  {}\n{} \r\n", &PHD_R1[..60], &PHD_R1[60..]);
        assert_eq!(read(&wrapped), read(PHD_R1));
    }

    #[test]
    fn every_bad_bundle_is_named() {
        assert_eq!(read(" \n"), Err(BundleError::Empty));
        for not in [
            "hello",
            "r1.abc",
            "r1.a.b.c",
            "r1.abc.1234567",
            "r1.abc.1234567g",
            "rx.abc.12345678",
            "r.abc.12345678",
            "r12.abc.12345678",
            "t2.abc.12345678",
        ] {
            assert_eq!(read(not), Err(BundleError::NotABundle), "{not}");
        }
        assert_eq!(read("r2.abc.12345678"), Err(BundleError::OtherVersion("r2".into())));
        let mut damaged = PHD_R1.to_string();
        damaged.replace_range(10..11, "A");
        assert_eq!(read(&damaged), Err(BundleError::Damaged));
        assert_eq!(read(&PHD_R1[..PHD_R1.len() - 20]), Err(BundleError::NotABundle));
        // An upper-case checksum is the same checksum.
        let (head, sum) = PHD_R1.rsplit_once('.').unwrap();
        assert!(read(&format!("{head}.{}", sum.to_uppercase())).is_ok());
        assert_eq!(read(&sealed("a+b")), Err(BundleError::Unreadable("not base64url".into())));
        assert_eq!(read(&sealed("aGVsbG8")), Err(BundleError::Unreadable("not deflated data".into())));
        let Err(BundleError::Unreadable(why)) = read(&deflated(r#"{"policy": "x"}"#)) else { panic!() };
        assert!(why.contains("missing field `input`"), "{why}");
        let extra = r#"{"policy": "x", "input": {}, "result": {"totals": {}, "benefits": {}}, "extra": 1}"#;
        let Err(BundleError::Unreadable(why)) = read(&deflated(extra)) else { panic!() };
        assert!(why.contains("unknown field `extra`"), "{why}");
        // A deflate bomb is refused, not inflated.
        let bomb =
            sealed(&URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&[b' '; 100_000], LEVEL)));
        assert_eq!(read(&bomb), Err(BundleError::Unreadable("not deflated data".into())));
        let names: Vec<&str> = [
            BundleError::Empty,
            BundleError::NotABundle,
            BundleError::OtherVersion("r2".into()),
            BundleError::Damaged,
            BundleError::Unreadable("x".into()),
        ]
        .iter()
        .map(|e| {
            assert!(e.to_string().starts_with(e.name()), "{e}");
            e.name()
        })
        .collect();
        assert_eq!(names, ["empty", "not_a_bundle", "other_version", "damaged", "unreadable"]);
        assert_eq!(
            BundleError::OtherVersion("r2".into()).to_string(),
            r#"other_version: a bundle of format "r2", this reads "r1""#
        );
    }

    #[test]
    fn every_figure_that_came_out_otherwise_is_named() {
        let mut b = read(PHD_R1).unwrap();
        b.policy = "2024-draft".into();
        b.result.category = Some(Category::C);
        b.result.totals.insert("talent".into(), "600000.00".into());
        b.result.totals.insert("employer".into(), "1.00".into());
        b.result.benefits.insert(BenefitId::LivingSubsidy, "170000.00".into());
        b.result.benefits.remove(&BenefitId::HousingSubsidy);
        b.result.benefits.insert(BenefitId::StartupGrant, "50000.00".into());
        let shown: Vec<String> = review(&b).iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "policy: bundle 2024-draft, now 2025-trial",
                "category: bundle C, now B",
                "totals.employer: bundle 1.00, now -",
                "totals.talent: bundle 600000.00, now 608800.00",
                "benefits.living_subsidy: bundle 170000.00, now 180000.00",
                "benefits.housing_subsidy: bundle -, now 28800.00",
                "benefits.startup_grant: bundle 50000.00, now -",
            ]
        );
    }

    #[test]
    fn an_input_refused_now_is_a_difference() {
        let mut b = read(PHD_R1).unwrap();
        b.input.assessment_date = Date::parse("2024-12-31");
        let d = review(&b);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].field.as_str(), d[0].bundle.as_str()), ("result", "assessed"));
        assert!(d[0].now.starts_with("refused: {") && d[0].now.contains("assessment_date"), "{}", d[0].now);
        assert_eq!(write_json(&PHD.replace("2026-11-23", "2024-12-31")).unwrap_err().path, "assessment_date");
        assert!(write_json("{").is_err());
    }

    #[test]
    fn ranges_caps_and_zero_totals_are_written_compactly() {
        let input = crate::parse(
            r#"{"assessment_date": "2026-11-23", "enterprise": {"registered_in_city": true,
                "high_tech": "first", "key_tech_breakthrough_projects": 1}}"#,
        )
        .unwrap();
        let a = crate::assess(&input).unwrap();
        let f = Figures::of(&a);
        assert_eq!(f.category, None);
        assert_eq!(f.benefits[&BenefitId::HighTechFirst], "200000.00~300000.00");
        assert_eq!(f.benefits[&BenefitId::KeyTechBreakthrough], "~3000000.00");
        let totals: Vec<(&str, &str)> = f.totals.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(totals, vec![("enterprise", "200000.00~3300000.00")]);
        let b = read(&write(&input, &a)).unwrap();
        assert_eq!(b.result, f);
        assert_eq!(review(&b), vec![]);
    }

    #[test]
    fn a_total_that_is_only_a_cap_is_kept() {
        let input = crate::parse(
            r#"{"assessment_date": "2026-11-23", "enterprise": {"registered_in_city": true,
                "key_tech_breakthrough_projects": 1}}"#,
        )
        .unwrap();
        let f = Figures::of(&crate::assess(&input).unwrap());
        let totals: Vec<(&str, &str)> = f.totals.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(totals, vec![("enterprise", "0.00~3000000.00")]);
    }

    #[test]
    fn an_enterprise_with_many_hires_still_fits_the_reader() {
        let hires: Vec<String> =
            (1..=60).map(|i| format!(r#"{{"label": "专家{i}", "category": "B", "days": {i}}}"#)).collect();
        let json = format!(
            r#"{{"assessment_date": "2026-11-23", "enterprise": {{"registered_in_city": true,
                "division_affiliated": true, "flexible_hires": [{}]}}}}"#,
            hires.join(",")
        );
        let input = crate::parse(&json).unwrap();
        let text = write(&input, &crate::assess(&input).unwrap());
        let b = read(&text).unwrap();
        assert!(serde_json::to_vec(&b).unwrap().len() > 2048);
        assert_eq!(b.input, input);
        assert_eq!(review(&b), vec![]);
    }
}
