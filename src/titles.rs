//! The title finder: common professional title names and their level, so a
//! user who knows "主治医师", "高工" or "senior engineer" finds "intermediate"
//! etc. The names people read come from the catalogs (`title_name.<key>`);
//! the Chinese and English names are also kept here, as queries match in
//! either language whichever the page shows, and English may not be loaded
//! yet. A few short forms people say are kept too. Skill grades (技师,
//! 高级技师) are not professional titles and are left out.

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
    ("professor_senior_lecturer", "正高级讲师", "professor-level senior lecturer", Title::Senior),
    ("professor_senior_economist", "正高级经济师", "professor-level senior economist", Title::Senior),
    ("professor_senior_accountant", "正高级会计师", "professor-level senior accountant", Title::Senior),
    (
        "agricultural_extension_research_fellow",
        "农业技术推广研究员",
        "agricultural extension research fellow",
        Title::Senior,
    ),
    ("senior_editor", "编审", "senior editor (full)", Title::Senior),
    ("senior_journalist", "高级记者", "senior journalist", Title::Senior),
    ("research_librarian", "研究馆员", "research librarian", Title::Senior),
    ("first_class_lawyer", "一级律师", "first-class lawyer", Title::Senior),
    ("associate_professor", "副教授", "associate professor", Title::AssociateSenior),
    ("associate_research_fellow", "副研究员", "associate research fellow", Title::AssociateSenior),
    ("associate_chief_physician", "副主任医师", "associate chief physician", Title::AssociateSenior),
    ("associate_chief_pharmacist", "副主任药师", "associate chief pharmacist", Title::AssociateSenior),
    ("associate_chief_nurse", "副主任护师", "associate chief nurse", Title::AssociateSenior),
    ("senior_engineer", "高级工程师", "senior engineer", Title::AssociateSenior),
    ("senior_teacher", "高级教师", "senior teacher", Title::AssociateSenior),
    ("senior_lecturer", "高级讲师", "senior lecturer", Title::AssociateSenior),
    ("senior_economist", "高级经济师", "senior economist", Title::AssociateSenior),
    ("senior_accountant", "高级会计师", "senior accountant", Title::AssociateSenior),
    ("senior_agronomist", "高级农艺师", "senior agronomist", Title::AssociateSenior),
    ("associate_senior_editor", "副编审", "associate senior editor", Title::AssociateSenior),
    ("associate_senior_journalist", "主任记者", "associate senior journalist", Title::AssociateSenior),
    ("associate_research_librarian", "副研究馆员", "associate research librarian", Title::AssociateSenior),
    ("second_class_lawyer", "二级律师", "second-class lawyer", Title::AssociateSenior),
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
    ("journalist", "记者", "journalist", Title::Intermediate),
    ("librarian", "馆员", "librarian", Title::Intermediate),
    ("third_class_lawyer", "三级律师", "third-class lawyer", Title::Intermediate),
    ("teaching_assistant", "助教", "teaching assistant", Title::Junior),
    ("assistant_lecturer", "助理讲师", "assistant lecturer", Title::Junior),
    ("research_intern", "研究实习员", "research intern", Title::Junior),
    ("physician", "医师", "physician", Title::Junior),
    ("pharmacist", "药师", "pharmacist", Title::Junior),
    ("nurse_practitioner", "护师", "nurse practitioner", Title::Junior),
    ("nurse", "护士", "nurse", Title::Junior),
    ("assistant_engineer", "助理工程师", "assistant engineer", Title::Junior),
    ("technician", "技术员", "technician", Title::Junior),
    ("second_grade_teacher", "二级教师", "second-grade teacher", Title::Junior),
    ("third_grade_teacher", "三级教师", "third-grade teacher", Title::Junior),
    ("assistant_economist", "助理经济师", "assistant economist", Title::Junior),
    ("assistant_accountant", "助理会计师", "assistant accountant", Title::Junior),
    ("assistant_agronomist", "助理农艺师", "assistant agronomist", Title::Junior),
    ("assistant_editor", "助理编辑", "assistant editor", Title::Junior),
    ("assistant_journalist", "助理记者", "assistant journalist", Title::Junior),
    ("assistant_librarian", "助理馆员", "assistant librarian", Title::Junior),
    ("fourth_class_lawyer", "四级律师", "fourth-class lawyer", Title::Junior),
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
/// was typed, English without regard to case, each title once, at most
/// `limit`, best first. A suggestion is a tap away from being recorded, so
/// the order decides what a hurried user records:
/// 1. names the typed text begins, and a short form typed in full (an exact
///    name is the shortest of these);
/// 2. short forms it begins (高 → 高工, 中级会计 → 中级会计师);
/// 3. names or short forms that merely contain it.
///
/// Within each group the shortest name first, as the one that adds least to
/// what was typed; among names equally long the lower level first, so that
/// typing 高级 or 主任 never offers a level above the one meant just because
/// the table lists it earlier; then the table's order.
pub fn find(query: &str, limit: usize) -> Vec<TitleName> {
    let q = query.trim().to_ascii_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    // Each matching title's rank, its best name's: the group, the length, the
    // level, then the title's place in the table, packed in one number, the
    // smallest best. Lengths in bytes order names as characters do, as a
    // query matches names of one script only (Chinese, or ASCII English,
    // which the table writes in lower case).
    let q = q.as_str();
    let mut ranked: Vec<(usize, TitleName)> = Vec::new();
    for (place, &t) in TITLES.iter().enumerate() {
        let (key, zh, en, level) = t;
        let mut best = usize::MAX;
        let mut rank = |n: &str, alias: bool| {
            let group = match (n.starts_with(q), alias) {
                (true, false) => 0,
                (true, true) if n == q => 0,
                (true, true) => 1,
                // Bytes, as UTF-8 text matches only at whole characters: no
                // substring searcher in the download for this one test.
                _ if n.as_bytes().windows(q.len()).any(|w| w == q.as_bytes()) => 2,
                _ => return,
            };
            best = best.min(((group * 64 + n.len()) * 8 + level as usize) * 128 + place);
        };
        rank(zh, false);
        rank(en, false);
        for a in ALIASES {
            if a.1 == key {
                rank(a.0, true);
            }
        }
        if best < usize::MAX {
            ranked.push((best, t));
        }
    }
    // The best `limit` by picking, with no sort code in the download.
    let mut found = Vec::new();
    while found.len() < limit {
        let Some(i) = (0..ranked.len()).min_by_key(|&i| ranked[i].0) else { break };
        found.push(ranked.swap_remove(i).1);
    }
    found
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
        let keys: Vec<&str> = find("记者", 6).iter().map(|t| t.0).collect();
        assert_eq!(
            keys,
            ["journalist", "assistant_journalist", "associate_senior_journalist", "senior_journalist"]
        );
    }

    #[test]
    fn english_names_match_in_any_case() {
        assert_eq!(find("  ATTENDING Physician ", 1)[0].0, "attending_physician");
        let keys: Vec<&str> = find("Engineer", 10).iter().map(|t| t.0).collect();
        assert_eq!(keys, ["engineer", "senior_engineer", "assistant_engineer", "professor_senior_engineer"]);
        let found: Vec<_> = find("pharmacist-in", 5).iter().map(|t| (t.0, t.3)).collect();
        assert_eq!(found, [("pharmacist_in_charge", Title::Intermediate)]);
    }

    /// What a title's names add to `typed` when one of them begins with it:
    /// the fewest characters, or `None`.
    fn begins(t: &TitleName, typed: &str) -> Option<usize> {
        [t.1.to_string(), t.2.to_ascii_lowercase()]
            .iter()
            .filter(|n| n.starts_with(typed))
            .map(|n| n.chars().count())
            .min()
    }

    /// Every prefix of two characters or more of every name in the table,
    /// Chinese and English: the first suggestion is a title whose name the
    /// typed text begins; none of those is shorter; and none as short has a
    /// lower level, so no higher level is offered first because of where it
    /// stands in the table. A prefix that is a whole name gives that title.
    #[test]
    fn the_first_suggestion_for_every_prefix_is_the_closest_title_never_a_higher_level() {
        let mut checked = 0;
        for t in TITLES {
            for name in [t.1.to_string(), t.2.to_ascii_lowercase()] {
                let chars: Vec<char> = name.chars().collect();
                for n in 2..=chars.len() {
                    let typed: String = chars[..n].iter().collect();
                    if typed.ends_with(' ') {
                        continue; // trimmed, it is the shorter prefix
                    }
                    let first = find(&typed, 6)[0];
                    let len = begins(&first, &typed)
                        .unwrap_or_else(|| panic!("{typed}: {} does not begin so", first.1));
                    for other in TITLES {
                        if let Some(l) = begins(other, &typed) {
                            assert!(
                                l > len || (l == len && other.3 >= first.3),
                                "{typed}: {} before {}",
                                first.1,
                                other.1
                            );
                        }
                    }
                    if n == chars.len() {
                        assert_eq!(first.0, t.0, "{typed} is a whole name");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    #[test]
    fn a_shorter_higher_title_never_wins_by_its_place_in_the_table() {
        for (typed, key, level) in [
            ("高级工", "senior_engineer", Title::AssociateSenior),
            ("高级工程", "senior_engineer", Title::AssociateSenior),
            ("高级", "senior_teacher", Title::AssociateSenior),
            ("高", "senior_teacher", Title::AssociateSenior),
            ("正高", "professor_senior_teacher", Title::Senior),
            ("主治", "attending_physician", Title::Intermediate),
            ("主任", "associate_senior_journalist", Title::AssociateSenior),
            ("副教授", "associate_professor", Title::AssociateSenior),
            ("副主任", "associate_chief_physician", Title::AssociateSenior),
            ("助理", "assistant_lecturer", Title::Junior),
            ("senior", "senior_teacher", Title::AssociateSenior),
        ] {
            let first = find(typed, 6)[0];
            assert_eq!((first.0, first.3), (key, level), "{typed}");
        }
        let keys: Vec<&str> = find("高级工", 6).iter().map(|t| t.0).collect();
        assert_eq!(keys, ["senior_engineer", "professor_senior_engineer"], "begins, then contains");
        // 高 begins seven names, the four-character ones first, the lower level
        // before the higher; then the titles that only contain it.
        let keys: Vec<&str> = find("高", 12).iter().map(|t| t.0).collect();
        assert_eq!(keys[..4], ["senior_teacher", "senior_lecturer", "senior_journalist", "senior_engineer"]);
        assert_eq!(keys[7], "professor_senior_engineer", "by its short form 正高工");
    }

    #[test]
    fn a_short_form_comes_after_the_names_it_begins_and_whole_before_all() {
        for (short, key) in ALIASES {
            assert_eq!(find(short, 6)[0].0, *key, "{short}");
        }
        // 中级 begins no name, only two short forms, as long and as high as each other.
        let keys: Vec<&str> = find("中级", 6).iter().map(|t| t.0).collect();
        assert_eq!(keys, ["economist", "accountant"]);
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
            let first = find(typed, 6)[0];
            assert_eq!((first.0, first.3), (key, level), "{typed}");
        }
        assert!(find("技师", 6).is_empty(), "skill grades are not titles");
        assert!(find("园艺大师", 6).is_empty());
    }

    #[test]
    fn every_title_is_named_in_both_catalogs() {
        assert!(TITLES.len() < 128, "a place fits the rank");
        for (key, zh, en, _) in TITLES {
            assert!(zh.len() < 64 && *en == en.to_ascii_lowercase() && en.len() < 64, "{key}");
            assert_eq!(Lang::Zh.t(&name_key(key)), *zh, "{key}");
            assert_eq!(Lang::En.t(&name_key(key)), *en, "{key}");
            assert_eq!(TITLES.iter().filter(|t| t.1 == *zh).count(), 1, "{key}");
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
