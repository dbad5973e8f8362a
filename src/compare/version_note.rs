//! Which scenarios follow a version of the policy not in force today, in the
//! talent page's words (`view::policy_version`): scenarios on other dates,
//! or of a link made under an earlier version, can each follow another.

use super::table::scenario_name;
use crate::answers::Evaluation;
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::policy_version::note_html;
use talent_rules::dates::Date;
use talent_rules::policy::Versions;

/// The note of each scenario whose result follows a version not today's,
/// once for the scenarios that share it, each group named by its scenarios
/// unless it is every scenario; nothing when all follow today's.
pub fn notes_html(lang: Lang, versions: &Versions, evaluated: &[Evaluation], today: Date) -> String {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, e) in evaluated.iter().enumerate() {
        let note = e.result.as_ref().map(|a| note_html(lang, versions, a, today)).unwrap_or_default();
        if note.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|g| g.0 == note) {
            Some(g) => g.1.push(i),
            None => groups.push((note, vec![i])),
        }
    }
    let mut out = String::new();
    for (note, scenarios) in groups {
        if scenarios.len() < evaluated.len() {
            let names: Vec<String> = scenarios.iter().map(|&i| scenario_name(lang, i)).collect();
            let mut h = Html::default();
            h.el("p", &[("class", Some("muted small"))], &names.join(&lang.t("list.separator")));
            out += &h.finish();
        }
        out += &note;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::share::tests::{phd, revised};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn notes(scenarios: &[Answers], today: &str) -> String {
        let (versions, today) = (revised(), day(today));
        let evaluated: Vec<Evaluation> = scenarios.iter().map(|a| a.evaluate_in(&versions, today)).collect();
        notes_html(Lang::En, &versions, &evaluated, today)
    }

    #[test]
    fn scenarios_under_an_earlier_version_say_so() {
        let before = Answers { assessment_date: "2026-12-06".into(), ..phd() };
        // Every scenario under 17号 (a link made before the revision): the note once.
        let all = notes(&[before.clone(), before.clone()], "2027-02-01");
        assert_eq!(
            all.matches("<p class=\"notice\">This result follows 师市党办发〔2025〕17号").count(),
            1,
            "{all}"
        );
        assert!(!all.contains("Scenario"), "{all}");
        // One of them: named.
        let one = notes(&[phd(), before.clone()], "2027-02-01");
        assert!(one.starts_with("<p class=\"muted small\">Scenario 2</p><p class=\"notice\">"), "{one}");
        assert!(one.contains("follows 师市党办发〔2025〕17号"), "{one}");
        // Under today's version, each: nothing.
        assert_eq!(notes(&[phd(), phd()], "2027-02-01"), "");
        assert_eq!(notes(&[before.clone(), phd()], "2026-12-06"), "");
        // Answers to correct have no result and no note.
        let wrong = Answers { contract_years: "abc".into(), ..before };
        let mixed = notes(&[wrong, Answers { assessment_date: "2026-12-06".into(), ..phd() }], "2027-02-01");
        assert!(mixed.starts_with("<p class=\"muted small\">Scenario 2</p>"), "{mixed}");
    }
}
