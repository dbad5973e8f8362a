//! The title finder: common professional title names and their level, so a
//! user who knows "主治医师" or "senior engineer" finds "intermediate" etc.
//! The names people read come from the catalogs (`title_name.<key>`); the
//! Chinese and English names are also kept here, as queries match in either
//! language whichever the page shows, and English may not be loaded yet.

use talent_rules::ids::Title;

/// (key of the names in the catalogs, Chinese name, English name, level).
pub type TitleName = (&'static str, &'static str, &'static str, Title);

const TITLES: &[TitleName] = &[
    ("professor", "教授", "professor", Title::Senior),
    ("research_fellow", "研究员", "research fellow", Title::Senior),
    ("chief_physician", "主任医师", "chief physician", Title::Senior),
    ("chief_pharmacist", "主任药师", "chief pharmacist", Title::Senior),
    ("chief_nurse", "主任护师", "chief nurse", Title::Senior),
    ("professor_senior_engineer", "正高级工程师", "professor-level senior engineer", Title::Senior),
    ("professor_senior_teacher", "正高级教师", "professor-level senior teacher", Title::Senior),
    ("professor_senior_economist", "正高级经济师", "professor-level senior economist", Title::Senior),
    ("professor_senior_accountant", "正高级会计师", "professor-level senior accountant", Title::Senior),
    (
        "agricultural_extension_research_fellow",
        "农业技术推广研究员",
        "agricultural extension research fellow",
        Title::Senior,
    ),
    ("senior_editor", "编审", "senior editor (full)", Title::Senior),
    ("associate_professor", "副教授", "associate professor", Title::AssociateSenior),
    ("associate_research_fellow", "副研究员", "associate research fellow", Title::AssociateSenior),
    ("associate_chief_physician", "副主任医师", "associate chief physician", Title::AssociateSenior),
    ("associate_chief_pharmacist", "副主任药师", "associate chief pharmacist", Title::AssociateSenior),
    ("associate_chief_nurse", "副主任护师", "associate chief nurse", Title::AssociateSenior),
    ("senior_engineer", "高级工程师", "senior engineer", Title::AssociateSenior),
    ("senior_teacher", "高级教师", "senior teacher", Title::AssociateSenior),
    ("senior_economist", "高级经济师", "senior economist", Title::AssociateSenior),
    ("senior_accountant", "高级会计师", "senior accountant", Title::AssociateSenior),
    ("senior_agronomist", "高级农艺师", "senior agronomist", Title::AssociateSenior),
    ("associate_senior_editor", "副编审", "associate senior editor", Title::AssociateSenior),
    ("lecturer", "讲师", "lecturer", Title::Intermediate),
    ("assistant_research_fellow", "助理研究员", "assistant research fellow", Title::Intermediate),
    ("attending_physician", "主治医师", "attending physician", Title::Intermediate),
    ("pharmacist_in_charge", "主管药师", "pharmacist-in-charge", Title::Intermediate),
    ("nurse_in_charge", "主管护师", "nurse-in-charge", Title::Intermediate),
    ("engineer", "工程师", "engineer", Title::Intermediate),
    ("first_grade_teacher", "一级教师", "first-grade teacher", Title::Intermediate),
    ("economist", "经济师", "economist", Title::Intermediate),
    ("accountant", "会计师", "accountant", Title::Intermediate),
    ("agronomist", "农艺师", "agronomist", Title::Intermediate),
    ("editor", "编辑", "editor", Title::Intermediate),
    ("teaching_assistant", "助教", "teaching assistant", Title::Junior),
    ("physician", "医师", "physician", Title::Junior),
    ("pharmacist", "药师", "pharmacist", Title::Junior),
    ("nurse_practitioner", "护师", "nurse practitioner", Title::Junior),
    ("assistant_engineer", "助理工程师", "assistant engineer", Title::Junior),
    ("second_grade_teacher", "二级教师", "second-grade teacher", Title::Junior),
    ("assistant_economist", "助理经济师", "assistant economist", Title::Junior),
    ("assistant_accountant", "助理会计师", "assistant accountant", Title::Junior),
];

/// The catalog key of a title's name.
pub fn name_key(key: &str) -> String {
    format!("title_name.{key}")
}

/// The titles whose Chinese or English name matches what was typed, English
/// without regard to case: an exact name first, then names containing it, at
/// most `limit`.
pub fn find(query: &str, limit: usize) -> Vec<TitleName> {
    let q = query.trim().to_ascii_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let names: Vec<(TitleName, String)> = TITLES.iter().map(|&t| (t, t.2.to_ascii_lowercase())).collect();
    let exact = names.iter().filter(|((_, zh, ..), en)| *zh == q || *en == q);
    let partial = names.iter().filter(|((_, zh, ..), en)| {
        (zh.contains(q.as_str()) || en.contains(q.as_str())) && *zh != q && *en != q
    });
    exact.chain(partial).take(limit).map(|(t, _)| *t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn an_exact_name_comes_first() {
        assert_eq!(find("主治医师", 3)[0].3, Title::Intermediate);
        assert_eq!(find("工程师", 3)[0], ("engineer", "工程师", "engineer", Title::Intermediate));
        assert_eq!(find("Senior Engineer", 1)[0].3, Title::AssociateSenior);
        assert!(find("  ", 5).is_empty());
        assert_eq!(find("医师", 10).len(), 4);
    }

    #[test]
    fn english_names_match_in_any_case() {
        assert_eq!(
            find("  ATTENDING Physician ", 1),
            [("attending_physician", "主治医师", "attending physician", Title::Intermediate)]
        );
        let keys: Vec<&str> = find("Engineer", 10).iter().map(|t| t.0).collect();
        assert_eq!(keys, ["engineer", "professor_senior_engineer", "senior_engineer", "assistant_engineer"]);
        let pharmacist = ("pharmacist_in_charge", "主管药师", "pharmacist-in-charge", Title::Intermediate);
        assert_eq!(find("pharmacist-in", 5), [pharmacist]);
    }

    #[test]
    fn every_title_is_named_in_both_catalogs() {
        for (key, zh, en, _) in TITLES {
            assert_eq!(Lang::Zh.t(&name_key(key)), *zh, "{key}");
            assert_eq!(Lang::En.t(&name_key(key)), *en, "{key}");
        }
        let mut keys: Vec<&str> = TITLES.iter().map(|t| t.0).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), TITLES.len(), "every key once");
    }
}
