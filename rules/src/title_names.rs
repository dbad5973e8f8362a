//! Professional title names (职称) and the level (职称级别) each is, the one
//! table the talent page's title finder and a batch file's `title_level`
//! cells read: "主治医师" is intermediate, "高工" associate senior. Chinese and
//! English names both, as people type either; a few short forms people say
//! too. Skill grades (技师, 高级技师) are not professional titles and are left
//! out. The names are part of the batch CSV format: one is never changed,
//! only added. A page shows a title by its key (`title_name.<key>` in the
//! catalogs).

use crate::ids::Title::{self, AssociateSenior, Intermediate, Junior, Senior};

/// One title: its key, its Chinese and English names (English in lower
/// case), and its level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TitleName {
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub level: Title,
}

const fn named(key: &'static str, zh: &'static str, en: &'static str, level: Title) -> TitleName {
    TitleName { key, zh, en, level }
}

/// Every title, highest level first.
pub const TITLE_NAMES: &[TitleName] = &[
    named("professor", "教授", "professor", Senior),
    named("research_fellow", "研究员", "research fellow", Senior),
    named("chief_physician", "主任医师", "chief physician", Senior),
    named("chief_pharmacist", "主任药师", "chief pharmacist", Senior),
    named("chief_nurse", "主任护师", "chief nurse", Senior),
    named("professor_senior_engineer", "正高级工程师", "professor-level senior engineer", Senior),
    named("professor_senior_teacher", "正高级教师", "professor-level senior teacher", Senior),
    named("professor_senior_lecturer", "正高级讲师", "professor-level senior lecturer", Senior),
    named("professor_senior_economist", "正高级经济师", "professor-level senior economist", Senior),
    named("professor_senior_accountant", "正高级会计师", "professor-level senior accountant", Senior),
    named(
        "agricultural_extension_research_fellow",
        "农业技术推广研究员",
        "agricultural extension research fellow",
        Senior,
    ),
    named("senior_editor", "编审", "senior editor (full)", Senior),
    named("senior_journalist", "高级记者", "senior journalist", Senior),
    named("research_librarian", "研究馆员", "research librarian", Senior),
    named("first_class_lawyer", "一级律师", "first-class lawyer", Senior),
    named("associate_professor", "副教授", "associate professor", AssociateSenior),
    named("associate_research_fellow", "副研究员", "associate research fellow", AssociateSenior),
    named("associate_chief_physician", "副主任医师", "associate chief physician", AssociateSenior),
    named("associate_chief_pharmacist", "副主任药师", "associate chief pharmacist", AssociateSenior),
    named("associate_chief_nurse", "副主任护师", "associate chief nurse", AssociateSenior),
    named("senior_engineer", "高级工程师", "senior engineer", AssociateSenior),
    named("senior_teacher", "高级教师", "senior teacher", AssociateSenior),
    named("senior_lecturer", "高级讲师", "senior lecturer", AssociateSenior),
    named("senior_economist", "高级经济师", "senior economist", AssociateSenior),
    named("senior_accountant", "高级会计师", "senior accountant", AssociateSenior),
    named("senior_agronomist", "高级农艺师", "senior agronomist", AssociateSenior),
    named("associate_senior_editor", "副编审", "associate senior editor", AssociateSenior),
    named("associate_senior_journalist", "主任记者", "associate senior journalist", AssociateSenior),
    named("associate_research_librarian", "副研究馆员", "associate research librarian", AssociateSenior),
    named("second_class_lawyer", "二级律师", "second-class lawyer", AssociateSenior),
    named("lecturer", "讲师", "lecturer", Intermediate),
    named("assistant_research_fellow", "助理研究员", "assistant research fellow", Intermediate),
    named("attending_physician", "主治医师", "attending physician", Intermediate),
    named("pharmacist_in_charge", "主管药师", "pharmacist-in-charge", Intermediate),
    named("nurse_in_charge", "主管护师", "nurse-in-charge", Intermediate),
    named("engineer", "工程师", "engineer", Intermediate),
    named("first_grade_teacher", "一级教师", "first-grade teacher", Intermediate),
    named("economist", "经济师", "economist", Intermediate),
    named("accountant", "会计师", "accountant", Intermediate),
    named("agronomist", "农艺师", "agronomist", Intermediate),
    named("editor", "编辑", "editor", Intermediate),
    named("journalist", "记者", "journalist", Intermediate),
    named("librarian", "馆员", "librarian", Intermediate),
    named("third_class_lawyer", "三级律师", "third-class lawyer", Intermediate),
    named("teaching_assistant", "助教", "teaching assistant", Junior),
    named("assistant_lecturer", "助理讲师", "assistant lecturer", Junior),
    named("research_intern", "研究实习员", "research intern", Junior),
    named("physician", "医师", "physician", Junior),
    named("pharmacist", "药师", "pharmacist", Junior),
    named("nurse_practitioner", "护师", "nurse practitioner", Junior),
    named("nurse", "护士", "nurse", Junior),
    named("assistant_engineer", "助理工程师", "assistant engineer", Junior),
    named("technician", "技术员", "technician", Junior),
    named("second_grade_teacher", "二级教师", "second-grade teacher", Junior),
    named("third_grade_teacher", "三级教师", "third-grade teacher", Junior),
    named("assistant_economist", "助理经济师", "assistant economist", Junior),
    named("assistant_accountant", "助理会计师", "assistant accountant", Junior),
    named("assistant_agronomist", "助理农艺师", "assistant agronomist", Junior),
    named("assistant_editor", "助理编辑", "assistant editor", Junior),
    named("assistant_journalist", "助理记者", "assistant journalist", Junior),
    named("assistant_librarian", "助理馆员", "assistant librarian", Junior),
    named("fourth_class_lawyer", "四级律师", "fourth-class lawyer", Junior),
];

/// Short and everyday forms people write: (the short form, key of the title).
pub const SHORT_FORMS: &[(&str, &str)] = &[
    ("高工", "senior_engineer"),
    ("正高工", "professor_senior_engineer"),
    ("助工", "assistant_engineer"),
    ("实习研究员", "research_intern"),
    ("初级会计师", "assistant_accountant"),
    ("中级会计师", "accountant"),
    ("初级经济师", "assistant_economist"),
    ("中级经济师", "economist"),
];

/// The level of a title written out: its Chinese name, its English name in
/// any case, or a short form, as a whole; `None` for anything else.
pub fn level_of(name: &str) -> Option<Title> {
    let name = name.trim();
    let by_name = TITLE_NAMES.iter().find(|t| t.zh == name || t.en.eq_ignore_ascii_case(name));
    let key = SHORT_FORMS.iter().find(|s| s.0 == name).map(|s| s.1);
    by_name.or_else(|| TITLE_NAMES.iter().find(|t| Some(t.key) == key)).map(|t| t.level)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_short_forms_and_english_give_their_level() {
        for (name, level) in [
            ("高级工程师", AssociateSenior),
            ("主治医师", Intermediate),
            ("正高级工程师", Senior),
            ("教授", Senior),
            ("护士", Junior),
            ("高工", AssociateSenior),
            ("中级会计师", Intermediate),
            ("Senior Engineer", AssociateSenior),
            (" attending physician ", Intermediate),
        ] {
            assert_eq!(level_of(name), Some(level), "{name}");
        }
        for other in ["技师", "高级技师", "高级", "工程", "senior", "", "高级工程师 主治医师"]
        {
            assert_eq!(level_of(other), None, "{other}");
        }
    }

    #[test]
    fn every_name_and_key_is_once_and_every_short_form_names_a_title() {
        assert!(TITLE_NAMES.len() < 128, "the title finder packs a place in its rank");
        for t in TITLE_NAMES {
            assert_eq!(TITLE_NAMES.iter().filter(|o| o.key == t.key).count(), 1, "{}", t.key);
            assert_eq!(TITLE_NAMES.iter().filter(|o| o.zh == t.zh).count(), 1, "{}", t.key);
            assert_eq!(TITLE_NAMES.iter().filter(|o| o.en == t.en).count(), 1, "{}", t.key);
            assert!(t.en == t.en.to_ascii_lowercase() && t.zh.len() < 64 && t.en.len() < 64, "{}", t.key);
            assert_ne!(t.level, Title::None, "{}", t.key);
        }
        for (short, key) in SHORT_FORMS {
            assert!(TITLE_NAMES.iter().any(|t| t.key == *key), "{short}");
            assert!(TITLE_NAMES.iter().all(|t| t.zh != *short), "{short} is a name");
        }
    }
}
