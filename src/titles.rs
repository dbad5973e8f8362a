//! The title finder: common professional title names and their level, so a
//! user who knows "主治医师", "高工" or "senior engineer" finds "intermediate"
//! etc. The names come from the catalogs (`title_name.<key>`), and Chinese
//! queries match in either language; a few short forms people say are kept
//! here. Skill grades (技师, 高级技师) are not professional titles and are left out.

use crate::i18n::Lang;
use talent_rules::ids::Title;

/// (key of the names in the catalogs, level).
pub type TitleName = (&'static str, Title);

const TITLES: &[TitleName] = &[
    ("professor", Title::Senior),
    ("research_fellow", Title::Senior),
    ("chief_physician", Title::Senior),
    ("chief_pharmacist", Title::Senior),
    ("chief_nurse", Title::Senior),
    ("professor_senior_engineer", Title::Senior),
    ("professor_senior_teacher", Title::Senior),
    ("professor_senior_lecturer", Title::Senior),
    ("professor_senior_economist", Title::Senior),
    ("professor_senior_accountant", Title::Senior),
    ("agricultural_extension_research_fellow", Title::Senior),
    ("senior_editor", Title::Senior),
    ("senior_journalist", Title::Senior),
    ("research_librarian", Title::Senior),
    ("first_class_lawyer", Title::Senior),
    ("associate_professor", Title::AssociateSenior),
    ("associate_research_fellow", Title::AssociateSenior),
    ("associate_chief_physician", Title::AssociateSenior),
    ("associate_chief_pharmacist", Title::AssociateSenior),
    ("associate_chief_nurse", Title::AssociateSenior),
    ("senior_engineer", Title::AssociateSenior),
    ("senior_teacher", Title::AssociateSenior),
    ("senior_lecturer", Title::AssociateSenior),
    ("senior_economist", Title::AssociateSenior),
    ("senior_accountant", Title::AssociateSenior),
    ("senior_agronomist", Title::AssociateSenior),
    ("associate_senior_editor", Title::AssociateSenior),
    ("associate_senior_journalist", Title::AssociateSenior),
    ("associate_research_librarian", Title::AssociateSenior),
    ("second_class_lawyer", Title::AssociateSenior),
    ("lecturer", Title::Intermediate),
    ("assistant_research_fellow", Title::Intermediate),
    ("attending_physician", Title::Intermediate),
    ("pharmacist_in_charge", Title::Intermediate),
    ("nurse_in_charge", Title::Intermediate),
    ("engineer", Title::Intermediate),
    ("first_grade_teacher", Title::Intermediate),
    ("economist", Title::Intermediate),
    ("accountant", Title::Intermediate),
    ("agronomist", Title::Intermediate),
    ("editor", Title::Intermediate),
    ("journalist", Title::Intermediate),
    ("librarian", Title::Intermediate),
    ("third_class_lawyer", Title::Intermediate),
    ("teaching_assistant", Title::Junior),
    ("assistant_lecturer", Title::Junior),
    ("research_intern", Title::Junior),
    ("physician", Title::Junior),
    ("pharmacist", Title::Junior),
    ("nurse_practitioner", Title::Junior),
    ("nurse", Title::Junior),
    ("assistant_engineer", Title::Junior),
    ("technician", Title::Junior),
    ("second_grade_teacher", Title::Junior),
    ("third_grade_teacher", Title::Junior),
    ("assistant_economist", Title::Junior),
    ("assistant_accountant", Title::Junior),
    ("assistant_agronomist", Title::Junior),
    ("assistant_editor", Title::Junior),
    ("assistant_journalist", Title::Junior),
    ("assistant_librarian", Title::Junior),
    ("fourth_class_lawyer", Title::Junior),
];

/// Short and everyday forms: (what people type, key of the title).
const ALIASES: &[(&str, &str)] = &[
    ("高工", "senior_engineer"),
    ("正高工", "professor_senior_engineer"),
    ("助工", "assistant_engineer"),
    ("实习研究员", "research_intern"),
    ("初级会计师", "assistant_accountant"),
    ("中级会计师", "accountant"),
    ("初级经济师", "assistant_economist"),
    ("中级经济师", "economist"),
];

/// The catalog key of a title's name.
pub fn name_key(key: &str) -> String {
    format!("title_name.{key}")
}

/// The titles whose Chinese or English name, or short form, matches what
/// was typed, English without regard to case: exact matches first, then
/// names containing it, each title once, at most `limit`.
pub fn find(query: &str, limit: usize) -> Vec<TitleName> {
    let q = query.trim().to_ascii_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let (mut exact, mut partial) = (Vec::new(), Vec::new());
    for &t in TITLES {
        let key = name_key(t.0);
        let mut names = vec![Lang::Zh.t(&key), Lang::En.t(&key).to_ascii_lowercase()];
        names.extend(ALIASES.iter().filter(|a| a.1 == t.0).map(|a| a.0.to_string()));
        if names.contains(&q) {
            exact.push(t);
        } else if names.iter().any(|n| n.contains(q.as_str())) {
            partial.push(t);
        }
    }
    exact.extend(partial);
    exact.truncate(limit);
    exact
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exact_name_comes_first() {
        assert_eq!(find("主治医师", 3)[0].1, Title::Intermediate);
        assert_eq!(find("工程师", 3)[0], ("engineer", Title::Intermediate));
        assert_eq!(find("Senior Engineer", 1)[0].1, Title::AssociateSenior);
        assert!(find("  ", 5).is_empty());
        assert_eq!(find("医师", 10).len(), 4);
        let keys: Vec<&str> = find("记者", 6).iter().map(|t| t.0).collect();
        assert_eq!(
            keys,
            ["journalist", "senior_journalist", "associate_senior_journalist", "assistant_journalist"]
        );
    }

    #[test]
    fn english_names_match_in_any_case() {
        assert_eq!(find("  ATTENDING Physician ", 1), [("attending_physician", Title::Intermediate)]);
        let keys: Vec<&str> = find("Engineer", 10).iter().map(|t| t.0).collect();
        assert_eq!(keys, ["engineer", "professor_senior_engineer", "senior_engineer", "assistant_engineer"]);
        assert_eq!(find("pharmacist-in", 5), [("pharmacist_in_charge", Title::Intermediate)]);
    }

    #[test]
    fn short_forms_and_other_series_find_their_level() {
        for (typed, key, level) in [
            ("高工", "senior_engineer", Title::AssociateSenior),
            ("护士", "nurse", Title::Junior),
            ("高级记者", "senior_journalist", Title::Senior),
            ("主任记者", "associate_senior_journalist", Title::AssociateSenior),
            ("一级律师", "first_class_lawyer", Title::Senior),
            ("四级律师", "fourth_class_lawyer", Title::Junior),
            ("三级教师", "third_grade_teacher", Title::Junior),
            ("研究馆员", "research_librarian", Title::Senior),
            ("实习研究员", "research_intern", Title::Junior),
            ("中级会计", "accountant", Title::Intermediate),
        ] {
            assert_eq!(find(typed, 6)[0], (key, level), "{typed}");
        }
        assert!(find("技师", 6).is_empty(), "skill grades are not titles");
        assert!(find("园艺大师", 6).is_empty());
    }

    #[test]
    fn every_title_is_named_in_both_catalogs() {
        let zh: Vec<String> = TITLES.iter().map(|t| Lang::Zh.t(&name_key(t.0))).collect();
        for (key, _) in TITLES {
            assert!(Lang::Zh.has(&name_key(key)) && Lang::En.has(&name_key(key)), "{key}");
            assert_eq!(zh.iter().filter(|n| **n == Lang::Zh.t(&name_key(key))).count(), 1, "{key}");
        }
        for (alias, key) in ALIASES {
            assert!(TITLES.iter().any(|t| t.0 == *key), "{alias}");
        }
        let mut keys: Vec<&str> = TITLES.iter().map(|t| t.0).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), TITLES.len(), "every key once");
    }
}
