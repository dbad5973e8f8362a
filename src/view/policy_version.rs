//! The note that a result follows a version of the policy not in force
//! today: the answers' dates select it (INT-14), whether they were typed or
//! come from a link or draft made under an earlier version. The engine names the version of
//! the result and of each benefit that differs; this names those that are
//! not today's.

use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::dates::Date;
use talent_rules::output::Assessment;
use talent_rules::policy::{Policy, Versions};

/// A version by its document and first day, never by the figures it holds.
fn name(lang: Lang, p: &Policy) -> String {
    lang.t_with(
        "result.version",
        &[("document", p.document.to_string()), ("from", p.in_force_from.to_string())],
    )
}

/// One paragraph for each version `a` follows that is not in force on
/// `today`, oldest first; nothing when it follows today's alone.
pub fn note_html(lang: Lang, versions: &Versions, a: &Assessment, today: Date) -> String {
    let now = versions.in_force(today);
    let follows = |p: &Policy| {
        a.policy_version == p.id || a.benefits.iter().any(|b| b.policy_version.as_deref() == Some(&p.id))
    };
    let mut h = Html::default();
    for p in versions.all().iter().filter(|p| p.id != now.id && follows(p)) {
        let text =
            lang.t_with("result.other_version", &[("version", name(lang, p)), ("today", name(lang, now))]);
        h.el("p", &[("class", Some("notice"))], &text);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::share::tests::{phd, revised};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn note(answers: &Answers, today: &str) -> String {
        let versions = revised();
        let today = day(today);
        let result = answers.evaluate_in(&versions, today).result.unwrap();
        note_html(Lang::En, &versions, &result, today)
    }

    #[test]
    fn a_result_under_an_earlier_version_says_so_in_both_languages() {
        let opened = crate::share::read(&crate::share::encode_on(&phd(), day("2026-12-06")))
            .unwrap()
            .unwrap()
            .answers_on(&revised(), || day("2027-02-01"));
        assert_eq!(
            note(&opened, "2027-02-01"),
            "<p class=\"notice\">This result follows 师市党办发〔2025〕17号 (in force from 2025-01-01), which \
             the dates given select; today 师市党办发〔2027〕1号（虚构，仅用于测试） (in force from \
             2027-01-01) is in force.</p>"
        );
        let versions = revised();
        let result = opened.evaluate_in(&versions, day("2027-02-01")).result.unwrap();
        let zh = note_html(Lang::Zh, &versions, &result, day("2027-02-01"));
        assert!(zh.contains("师市党办发〔2025〕17号（2025-01-01起施行）"), "{zh}");
        assert!(zh.contains("师市党办发〔2027〕1号（虚构，仅用于测试）（2027-01-01起施行）"), "{zh}");
    }

    #[test]
    fn a_benefit_under_an_earlier_version_is_enough() {
        // Started before the revision, assessed after it: §11(1) is 17号's.
        let started = Answers { start_date: "2026-12-31".into(), ..phd() };
        assert!(note(&started, "2027-02-01").contains("follows 师市党办发〔2025〕17号"));
    }

    #[test]
    fn only_a_result_under_another_version_than_todays_says_so() {
        assert_eq!(note(&phd(), "2027-02-01"), "", "the revision, today's");
        assert_eq!(note(&phd(), "2026-12-06"), "", "17号, today's");
        let dated = Answers { assessment_date: "2027-02-01".into(), ..phd() };
        assert!(note(&dated, "2026-12-06").contains("follows 师市党办发〔2027〕1号"), "a later one too");
    }
}
