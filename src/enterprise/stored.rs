//! The enterprise page's answers in share links and drafts, as
//! `#e2.made=<date>&<key=value&…>.<crc32>`: the talent page's code with its
//! own stamp, and like it the day the link or draft was made, so one made
//! under a version of the policy no longer in force computes under that
//! version (`Stored::answers_on`). The keys are declared here, apart from
//! element ids, and must never change, or every link and draft holding one
//! breaks. `e1`, the format before the day made was written, is still read.

use super::answers::{EnterpriseAnswers, HireAnswers, MAX_HIRE_ROWS};
use crate::share::{pairs_of, pairs_text, read_as_made, seal, unseal, LinkError};
use talent_rules::dates::Date;
use talent_rules::ids::{Category, Degree, HighTech, Honor, Specialized, Title};
use talent_rules::policy::{self, Versions};

/// Format 2 of the enterprise answers: the day made, then the answers. How
/// to read them, not which version of the policy (their `date` selects
/// that, else the day made as `Stored::answers_on` says).
pub const STAMP: &str = "e2";

/// Format 1: the answers alone. Still read, as made on a day unknown.
const ANSWERS_ONLY: &str = "e1";

/// (stored key, element id) of the text fields.
const TEXT_KEYS: [(&str, &str); 9] = [
    ("platforms-national", "platform-national"),
    ("platforms-regional", "platform-regional"),
    ("institute-years", "industrial-institute-years"),
    ("specialized-received", "specialized-awards-received"),
    ("key-tech-projects", "key-tech-projects"),
    ("education-investment", "industry-education-investment"),
    ("joint-platforms", "joint-platforms"),
    ("workstations", "expert-workstations"),
    ("date", "e-assessment-date"),
];

/// The stored key of a hire row's part: `h<row>-<part>` (a dot would end the payload).
fn hire_key(row: usize, part: &str) -> String {
    format!("h{row}-{part}")
}

/// Every answer that differs from an empty form, by stored key, in one order.
pub fn pairs(a: &EnterpriseAnswers) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |key: String, value: String| {
        if !value.is_empty() {
            out.push((key, value));
        }
    };
    let flag = |on: bool| if on { "1".to_string() } else { String::new() };
    put("registered".into(), flag(a.registered_in_city));
    put("affiliated".into(), flag(a.division_affiliated));
    put("high-tech".into(), a.high_tech.map(|h| h.as_str().to_string()).unwrap_or_default());
    put("tech-sme".into(), flag(a.tech_sme_first));
    put("specialized".into(), a.specialized.map(|s| s.as_str().to_string()).unwrap_or_default());
    for (key, id) in TEXT_KEYS {
        put(key.into(), a.text(id).to_string());
    }
    for (row, h) in a.hires.iter().enumerate() {
        // A row is kept even when empty: its place in the list is an answer.
        out_row(&mut put, row, h);
    }
    out
}

fn out_row(put: &mut impl FnMut(String, String), row: usize, h: &HireAnswers) {
    put(hire_key(row, "row"), "1".into());
    put(hire_key(row, "label"), h.label.clone());
    put(hire_key(row, "days"), h.days.clone());
    put(hire_key(row, "category"), h.category.map(|c| c.as_str().to_string()).unwrap_or_default());
    put(hire_key(row, "birth"), h.birth_date.clone());
    let degree = |d: Degree| if d == Degree::default() { String::new() } else { d.as_str().to_string() };
    put(hire_key(row, "degree"), degree(h.degree));
    put(hire_key(row, "part-time-degree"), degree(h.part_time_degree));
    let title = if h.title == Title::default() { String::new() } else { h.title.as_str().to_string() };
    put(hire_key(row, "title"), title);
    let honours: Vec<&str> = h.honors.iter().map(|h| h.as_str()).collect();
    put(hire_key(row, "honours"), honours.join(","));
}

/// Sets one stored answer; unknown keys and impossible values are ignored
/// (and then caught by the round trip in `decode`).
fn apply(a: &mut EnterpriseAnswers, key: &str, value: &str) {
    match key {
        "registered" => a.registered_in_city = value == "1",
        "affiliated" => a.division_affiliated = value == "1",
        "tech-sme" => a.tech_sme_first = value == "1",
        "high-tech" => a.high_tech = HighTech::parse(value),
        "specialized" => a.specialized = Specialized::parse(value),
        _ => {}
    }
    if let Some((_, id)) = TEXT_KEYS.iter().find(|(k, _)| *k == key) {
        if let Some(text) = a.text_mut(id) {
            *text = value.to_string();
        }
        return;
    }
    let Some((row, part)) = key.strip_prefix('h').and_then(|k| k.split_once('-')) else { return };
    let Some(row) = row.parse::<usize>().ok().filter(|&r| r < MAX_HIRE_ROWS) else { return };
    if part == "row" && row == a.hires.len() {
        a.hires.push(HireAnswers::default());
    }
    let Some(h) = a.hires.get_mut(row) else { return };
    match part {
        "label" => h.label = value.into(),
        "days" => h.days = value.into(),
        "category" => h.category = Category::parse(value),
        "birth" => h.birth_date = value.into(),
        "degree" => h.degree = Degree::parse(value).unwrap_or_default(),
        "part-time-degree" => h.part_time_degree = Degree::parse(value).unwrap_or_default(),
        "title" => h.title = Title::parse(value).unwrap_or_default(),
        "honours" => h.honors = value.split(',').filter_map(Honor::parse).collect(),
        _ => {}
    }
}

/// A link or draft made today.
pub fn encode(a: &EnterpriseAnswers) -> String {
    encode_on(a, crate::clock::today())
}

/// A link or draft made on `made`.
pub fn encode_on(a: &EnterpriseAnswers, made: Date) -> String {
    seal(STAMP, &made_payload(a, made))
}

/// `made=<date>`, then `&` and the answers when there are any.
fn made_payload(a: &EnterpriseAnswers, made: Date) -> String {
    let answers = pairs_text(&pairs(a));
    let and = if answers.is_empty() { "" } else { "&" };
    format!("made={made}{and}{answers}")
}

/// Replays the stored answers of `payload` on an empty form. Only what this
/// code wrote comes back the same: anything else is damage.
fn answers_of(payload: &str) -> Option<EnterpriseAnswers> {
    let mut a = EnterpriseAnswers::default();
    for (key, value) in pairs_of(payload)? {
        apply(&mut a, &key, &value);
    }
    (pairs_text(&pairs(&a)) == payload).then_some(a)
}

/// Format 2's payload; `None` unless this code wrote it.
fn made_and_answers(payload: &str) -> Option<Stored> {
    let rest = payload.strip_prefix("made=")?;
    let (made, answers) = rest.split_once('&').unwrap_or((rest, ""));
    let made = Date::parse(made)?;
    let answers = answers_of(answers)?;
    (made_payload(&answers, made) == payload).then_some(Stored { answers, made: Some(made) })
}

/// A link's or draft's answers and the day it was made (`None`: format 1,
/// which does not say).
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    pub answers: EnterpriseAnswers,
    pub made: Option<Date>,
}

impl Stored {
    /// The answers to compute: without an assessment date of their own, and
    /// made under a version no longer in force `today`, as of the day made
    /// (INT-14: the assessment date selects the enterprise's version), as
    /// the talent page reads its links (docs/share-links.md).
    pub fn answers_on(self, versions: &Versions, today: impl FnOnce() -> Date) -> EnterpriseAnswers {
        let mut answers = self.answers;
        // Spaces alone are no date: the enterprise form reads its dates trimmed.
        if answers.assessment_date.trim().is_empty() {
            answers.assessment_date.clear();
        }
        read_as_made(&mut answers.assessment_date, self.made, versions, today);
        answers
    }
}

/// `fragment` with or without the leading `#`, in format 2 or 1. `None`:
/// not an enterprise link at all.
pub fn read(fragment: &str) -> Option<Result<Stored, LinkError>> {
    let stored = match unseal(STAMP, fragment)? {
        Err(LinkError::OtherVersion) => unseal(ANSWERS_ONLY, fragment)?
            .and_then(|payload| answers_of(payload).ok_or(LinkError::Damaged))
            .map(|answers| Stored { answers, made: None }),
        sealed => sealed.and_then(|payload| made_and_answers(payload).ok_or(LinkError::Damaged)),
    };
    Some(stored)
}

/// The answers of a link or draft as computed today (`Stored::answers_on`
/// under the compiled-in versions). `None`: not an enterprise link at all.
pub fn decode(fragment: &str) -> Option<Result<EnterpriseAnswers, LinkError>> {
    Some(read(fragment)?.map(|s| s.answers_on(policy::versions(), crate::clock::today)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> EnterpriseAnswers {
        EnterpriseAnswers {
            registered_in_city: true,
            division_affiliated: true,
            platform_national: "1".into(),
            platform_regional: "2".into(),
            industrial_institute_years: "3".into(),
            high_tech: Some(HighTech::Renewal),
            tech_sme_first: true,
            specialized: Some(Specialized::SpecializedSme),
            specialized_awards_received: "30万".into(),
            key_tech_projects: "1".into(),
            industry_education_investment: "600万".into(),
            joint_platforms: "1".into(),
            expert_workstations: "1".into(),
            hires: vec![
                HireAnswers {
                    label: "张 & 李".into(),
                    days: "10".into(),
                    birth_date: "1990-01-01".into(),
                    degree: Degree::Doctorate,
                    part_time_degree: Degree::Master,
                    title: Title::Senior,
                    honors: vec![Honor::CasAcademician, Honor::TianshanTalentFirst],
                    ..HireAnswers::default()
                },
                HireAnswers::default(),
                HireAnswers { category: Some(Category::C), days: "3".into(), ..HireAnswers::default() },
            ],
            assessment_date: "2026-11-24".into(),
        }
    }

    /// The stored keys are a format: this pins every one of them.
    #[test]
    fn every_stored_key_is_pinned() {
        let keys: Vec<String> = pairs(&example()).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "registered",
                "affiliated",
                "high-tech",
                "tech-sme",
                "specialized",
                "platforms-national",
                "platforms-regional",
                "institute-years",
                "specialized-received",
                "key-tech-projects",
                "education-investment",
                "joint-platforms",
                "workstations",
                "date",
                "h0-row",
                "h0-label",
                "h0-days",
                "h0-birth",
                "h0-degree",
                "h0-part-time-degree",
                "h0-title",
                "h0-honours",
                "h1-row",
                "h2-row",
                "h2-days",
                "h2-category",
            ]
        );
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn encode(a: &EnterpriseAnswers) -> String {
        encode_on(a, day("2026-12-06"))
    }

    #[test]
    fn a_link_reads_back_exactly() {
        let a = example();
        let link = encode(&a);
        assert!(link.starts_with("e2.made=2026-12-06&registered=1&affiliated=1&high-tech=renewal"), "{link}");
        assert_eq!(decode(&format!("#{link}")), Some(Ok(a.clone())));
        assert_eq!(read(&link), Some(Ok(Stored { answers: a, made: Some(day("2026-12-06")) })));
        let empty = encode(&EnterpriseAnswers::default());
        assert_eq!(empty, seal(STAMP, "made=2026-12-06"), "the day alone when nothing is answered");
        assert_eq!(decode(&empty), Some(Ok(EnterpriseAnswers::default())));
    }

    #[test]
    fn damaged_other_and_foreign_links_are_told_apart() {
        let link = encode(&example());
        assert_eq!(decode(&link.replace("renewal", "first")), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("e3.made=2030-01-01.00000000"), Some(Err(LinkError::OtherVersion)), "a newer one");
        assert_eq!(decode("e0.registered=1.00000000"), Some(Err(LinkError::OtherVersion)));
        assert_eq!(decode("t3.made=2026-12-06&birth-date=1992-04-15.00000000"), None, "a talent link");
        assert_eq!(decode("#result"), None);
        // Valid checksums over payloads this code would never write.
        for payload in [
            "made=2026-12-06&colour=red",
            "registered=1",
            "registered=1&made=2026-12-06",
            "made=2026-12-6&registered=1",
            "made=2026-02-30&registered=1",
            "made=&registered=1",
            "made=2026-12-06&",
            "made=2026-12-06&made=2026-12-06",
        ] {
            assert_eq!(decode(&seal(STAMP, payload)), Some(Err(LinkError::Damaged)), "{payload}");
        }
        assert_eq!(decode(&seal("e1", "colour=red")), Some(Err(LinkError::Damaged)));
    }

    /// A link in format 1, as the page wrote it before links said the day
    /// they were made: it keeps opening, as made on a day unknown, and is
    /// written again in format 2.
    #[test]
    fn links_of_the_format_before_keep_opening() {
        let link = "e1.registered=1&affiliated=1&high-tech=renewal&tech-sme=1&specialized=specialized_sme\
                    &platforms-national=1&platforms-regional=2&institute-years=3&specialized-received=30%E4%B8%87\
                    &key-tech-projects=1&education-investment=600%E4%B8%87&joint-platforms=1&workstations=1\
                    &date=2026-11-24&h0-row=1&h0-label=%E5%BC%A0%20%26%20%E6%9D%8E&h0-days=10&h0-birth=1990-01-01\
                    &h0-degree=doctorate&h0-part-time-degree=master&h0-title=senior\
                    &h0-honours=cas_academician%2Ctianshan_talent_first&h1-row=1&h2-row=1&h2-days=3&h2-category=C.2699557c";
        assert_eq!(read(link), Some(Ok(Stored { answers: example(), made: None })));
        assert_eq!(decode(&format!("#{link}")), Some(Ok(example())));
        let answers = link.strip_prefix("e1.").and_then(|l| l.rsplit_once('.')).unwrap().0;
        assert_eq!(encode(&example()), seal(STAMP, &format!("made=2026-12-06&{answers}")));
        let undated = "e1.registered=1&high-tech=first.5f8bc824";
        let old = read(undated).unwrap().unwrap();
        let never = || -> Date { unreachable!("a day unknown needs no clock") };
        assert_eq!(old.answers_on(&crate::share::tests::revised(), never).assessment_date, "", "as of today");
    }

    /// Registered in the city with a first high-tech recognition (§14): the
    /// award 17号 gives, which the fictional revision of the tests keeps.
    fn high_tech() -> EnterpriseAnswers {
        EnterpriseAnswers {
            registered_in_city: true,
            high_tech: Some(HighTech::First),
            ..EnterpriseAnswers::default()
        }
    }

    #[test]
    fn a_link_made_under_an_earlier_version_computes_under_it() {
        let versions = crate::share::tests::revised();
        let link = encode_on(&high_tech(), day("2026-12-06"));
        let opened = |today: &str| read(&link).unwrap().unwrap().answers_on(&versions, || day(today));
        // Opened while its version is in force: as it is, as of today.
        assert_eq!(opened("2026-12-31"), high_tech());
        // Opened once the revision is: as of the day it was made, under 17号.
        let answers = opened("2027-02-01");
        assert_eq!(answers, EnterpriseAnswers { assessment_date: "2026-12-06".into(), ..high_tech() });
        let version = |a: &EnterpriseAnswers| {
            a.evaluate_in(&versions, day("2027-02-01")).result.unwrap().policy_version
        };
        assert_eq!(version(&answers), "2025-trial");
        assert_eq!(version(&high_tech()), crate::share::tests::REVISION, "cleared: today's");
        // The result says so, as the talent page's does; cleared, it does not.
        let note = |a: &EnterpriseAnswers| {
            let today = day("2027-02-01");
            let result = a.evaluate_in(&versions, today).result.unwrap();
            crate::view::policy_version::note_html(crate::i18n::Lang::En, &versions, &result, today)
        };
        assert!(note(&answers).contains("This result follows 师市党办发〔2025〕17号"), "{}", note(&answers));
        assert_eq!(note(&high_tech()), "");
        // Made under the revision, or with a date of its own: as it is.
        let never = || -> Date { unreachable!("the newest version needs no clock") };
        let made_after = encode_on(&high_tech(), day("2027-01-01"));
        assert_eq!(read(&made_after).unwrap().unwrap().answers_on(&versions, never), high_tech());
        let dated = EnterpriseAnswers { assessment_date: "2027-03-01".into(), ..high_tech() };
        let link = encode_on(&dated, day("2026-12-06"));
        assert_eq!(read(&link).unwrap().unwrap().answers_on(&versions, || day("2027-02-01")), dated);
    }
}
