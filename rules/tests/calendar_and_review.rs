//! `talent-check calendar` and `talent-check review` as a help desk uses
//! them, and the calendar's words (locales/calendar/) against what the
//! calendar asks for.
#![cfg(feature = "cli")]

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Output, Stdio};
use talent_rules::calendar::{self, Words};
use talent_rules::review_bundle;

const PHD: &str = include_str!("policy_cases/phd-enterprise-b.input.json");

/// Every kind of event between them: payment years, instalments, the third
/// year and the age limit; a planned business's window and 12 months.
const INPUTS: [&str; 2] = [
    r#"{"assessment_date": "2026-11-23",
        "person": {"birth_date": "1992-04-15", "full_time_degree": "doctorate"},
        "employment": {"mode": "full_time", "employer_type": "enterprise", "start_date": "2027-03-01",
                       "first_social_insurance_in_city": true, "contract_years": "3"}}"#,
    r#"{"assessment_date": "2026-11-23",
        "person": {"birth_date": "1998-05-01", "full_time_degree": "bachelor", "graduation_date": "2026-06-30"},
        "startup": {"registered_in_city": true, "legal_representative": true,
                    "registration_date": "2027-01-10", "insured_employees": 4}}"#,
];

fn run(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_talent-check"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A refused flag ends the tool before it reads: a closed pipe is no failure.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

fn catalog(file: &str) -> serde_json::Map<String, serde_json::Value> {
    serde_json::from_str(file).unwrap()
}

#[test]
fn the_calendar_in_each_language_is_read_by_a_calendar_parser_with_every_word_filled() {
    for (flags, benefit) in [
        (&["--lang", "en"][..], "Living allowance"),
        (&[][..], "生活补助"),
        (&["--lang=zh-CN"][..], "生活补助"),
    ] {
        for input in INPUTS {
            let out = run(&["calendar"].iter().chain(flags).copied().collect::<Vec<_>>(), input);
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
            let ics = String::from_utf8(out.stdout).unwrap();
            assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
            let unfolded = icalendar::parser::unfold(&ics);
            let parsed = icalendar::parser::read_calendar(&unfolded).unwrap();
            assert!(!parsed.components.is_empty());
            for event in &parsed.components {
                for prop in ["SUMMARY", "DESCRIPTION"] {
                    let text = event.find_prop(prop).unwrap().val.as_str();
                    assert!(!text.contains("calendar.") && !text.contains('{'), "{prop}: {text}");
                }
            }
            if input == INPUTS[0] {
                assert!(unfolded.contains(benefit), "{unfolded}");
            }
        }
    }
}

#[test]
fn the_calendar_refuses_a_bad_input_or_language() {
    let out = run(&["calendar"], r#"{"person": {}}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(r#"{"error":"#));
    assert!(out.stdout.is_empty());
    let out = run(&["calendar"], "{");
    assert_eq!(out.status.code(), Some(2));
    for flags in [&["--lang", "fr"][..], &["--lang"], &["--zh"], &["--lang", "en", "x"]] {
        let out = run(&["calendar"].iter().chain(flags).copied().collect::<Vec<_>>(), PHD);
        assert_eq!(out.status.code(), Some(64), "{flags:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--lang zh-CN or --lang en"));
    }
}

/// Records every key the calendar asks for.
struct Asked(RefCell<BTreeSet<(String, Vec<String>)>>);

impl Words for Asked {
    fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        self.0.borrow_mut().insert((key.to_string(), args.iter().map(|(n, _)| n.to_string()).collect()));
        key.to_string()
    }
}

#[test]
fn both_languages_have_every_calendar_text_with_only_the_figures_given() {
    let asked = Asked(RefCell::default());
    for input in INPUTS {
        let input = talent_rules::parse(input).unwrap();
        let a = talent_rules::assess(&input).unwrap();
        calendar::ics(&input, &a, &asked);
    }
    let asked = asked.0.into_inner();
    let own: Vec<String> =
        asked.iter().map(|(k, _)| k.clone()).filter(|k| k.starts_with("calendar.")).collect();
    for (app, cal) in [
        (include_str!("../../locales/zh-CN.json"), include_str!("../../locales/calendar/zh-CN.json")),
        (include_str!("../../locales/en.json"), include_str!("../../locales/calendar/en.json")),
    ] {
        let (app, cal) = (catalog(app), catalog(cal));
        // The calendar's texts are all used, and all its own.
        assert_eq!(cal.keys().cloned().collect::<BTreeSet<_>>(), own.iter().cloned().collect());
        for (key, args) in &asked {
            let message = cal.get(key).or_else(|| app.get(key)).and_then(|m| m.as_str());
            let message = message.unwrap_or_else(|| panic!("{key} is in no catalog"));
            let mut rest = message;
            while let Some(open) = rest.find('{') {
                let close = rest[open..].find('}').unwrap() + open;
                let name = &rest[open + 1..close];
                assert!(args.iter().any(|a| a == name), "{key}: {{{name}}} is not given");
                rest = &rest[close + 1..];
            }
        }
    }
}

fn bundle_of(input: &str, change: impl Fn(&mut talent_rules::Assessment)) -> String {
    let input = talent_rules::parse(input).unwrap();
    let mut a = talent_rules::assess(&input).unwrap();
    change(&mut a);
    review_bundle::write(&input, &a)
}

#[test]
fn review_says_reproduced_differs_or_not_a_bundle() {
    let same = bundle_of(PHD, |_| {});
    let out = run(&["review", &same], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "reproduced under 2025-trial\n");
    // On stdin, wrapped as an e-mail would.
    let wrapped = format!("{}\n{}\n", &same[..40], &same[40..]);
    assert_eq!(run(&["review"], &wrapped).status.code(), Some(0));

    let other = bundle_of(PHD, |a| {
        a.category = Some(talent_rules::ids::Category::C);
        a.benefits.retain(|b| b.id != talent_rules::ids::BenefitId::HousingSubsidy);
    });
    let out = run(&["review"], &other);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "differs:\n  category: bundle C, now B\n  benefits.housing_subsidy: bundle -, now 28800.00\n"
    );

    for (bad, name) in
        [("", "empty"), ("t2.abc.12345678", "not_a_bundle"), ("r9.abc.12345678", "other_version")]
    {
        let out = run(&["review"], bad);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with(&format!("talent-check review: {name}:")));
    }
    let damaged = same.replacen("r1.", "r1.A", 1);
    let out = run(&["review", &damaged], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("talent-check review: damaged:"));
    assert_eq!(run(&["review", "--all", &same], "").status.code(), Some(64));
}

#[test]
fn review_input_gives_the_answers_for_an_acceptance_case() {
    let same = bundle_of(PHD, |_| {});
    for out in [run(&["review", "--input", &same], ""), run(&["review", "--input"], &same)] {
        assert_eq!(out.status.code(), Some(0));
        let answers = String::from_utf8(out.stdout).unwrap();
        assert_eq!(talent_rules::parse(&answers).unwrap(), talent_rules::parse(PHD).unwrap());
        // As `assess` reads it, so that the case's expected file can be written from its result.
        assert!(run(&["assess"], &answers).status.success());
    }
    assert_eq!(run(&["review", "--input", "r1.x.00000000"], "").status.code(), Some(2));
}
