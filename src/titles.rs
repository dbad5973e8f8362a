//! The title finder: a user who knows "主治医师", "高工" or "senior engineer"
//! finds "intermediate" etc. The names and their levels are the engine's
//! (`talent_rules::title_names`, which a batch file's title column reads
//! too); this ranks them as typed. The names people read come from the
//! catalogs (`title_name.<key>`); queries match the engine's Chinese and
//! English names whichever language the page shows, as English may not be
//! loaded yet.

use talent_rules::title_names::{TitleName, SHORT_FORMS, TITLE_NAMES};

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
    for (place, &t) in TITLE_NAMES.iter().enumerate() {
        let TitleName { key, zh, en, level } = t;
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
        for a in SHORT_FORMS {
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
    use talent_rules::ids::Title;

    #[test]
    fn an_exact_name_comes_first() {
        assert_eq!(find("主治医师", 3)[0].level, Title::Intermediate);
        assert_eq!(find("工程师", 3)[0], TITLE_NAMES.iter().find(|t| t.key == "engineer").copied().unwrap());
        assert_eq!(find("Senior Engineer", 1)[0].level, Title::AssociateSenior);
        assert!(find("  ", 5).is_empty());
        assert_eq!(find("医师", 10).len(), 4);
        let keys: Vec<&str> = find("记者", 6).iter().map(|t| t.key).collect();
        assert_eq!(
            keys,
            ["journalist", "assistant_journalist", "associate_senior_journalist", "senior_journalist"]
        );
    }

    #[test]
    fn english_names_match_in_any_case() {
        assert_eq!(find("  ATTENDING Physician ", 1)[0].key, "attending_physician");
        let keys: Vec<&str> = find("Engineer", 10).iter().map(|t| t.key).collect();
        assert_eq!(keys, ["engineer", "senior_engineer", "assistant_engineer", "professor_senior_engineer"]);
        let found: Vec<_> = find("pharmacist-in", 5).iter().map(|t| (t.key, t.level)).collect();
        assert_eq!(found, [("pharmacist_in_charge", Title::Intermediate)]);
    }

    /// What a title's names add to `typed` when one of them begins with it:
    /// the fewest characters, or `None`.
    fn begins(t: &TitleName, typed: &str) -> Option<usize> {
        [t.zh.to_string(), t.en.to_ascii_lowercase()]
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
        for t in TITLE_NAMES {
            for name in [t.zh.to_string(), t.en.to_ascii_lowercase()] {
                let chars: Vec<char> = name.chars().collect();
                for n in 2..=chars.len() {
                    let typed: String = chars[..n].iter().collect();
                    if typed.ends_with(' ') {
                        continue; // trimmed, it is the shorter prefix
                    }
                    let first = find(&typed, 6)[0];
                    let len = begins(&first, &typed)
                        .unwrap_or_else(|| panic!("{typed}: {} does not begin so", first.zh));
                    for other in TITLE_NAMES {
                        if let Some(l) = begins(other, &typed) {
                            assert!(
                                l > len || (l == len && other.level >= first.level),
                                "{typed}: {} before {}",
                                first.zh,
                                other.zh
                            );
                        }
                    }
                    if n == chars.len() {
                        assert_eq!(first.key, t.key, "{typed} is a whole name");
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
            assert_eq!((first.key, first.level), (key, level), "{typed}");
        }
        let keys: Vec<&str> = find("高级工", 6).iter().map(|t| t.key).collect();
        assert_eq!(keys, ["senior_engineer", "professor_senior_engineer"], "begins, then contains");
        // 高 begins seven names, the four-character ones first, the lower level
        // before the higher; then the titles that only contain it.
        let keys: Vec<&str> = find("高", 12).iter().map(|t| t.key).collect();
        assert_eq!(keys[..4], ["senior_teacher", "senior_lecturer", "senior_journalist", "senior_engineer"]);
        assert_eq!(keys[7], "professor_senior_engineer", "by its short form 正高工");
    }

    #[test]
    fn a_short_form_comes_after_the_names_it_begins_and_whole_before_all() {
        for (short, key) in SHORT_FORMS {
            assert_eq!(find(short, 6)[0].key, *key, "{short}");
        }
        // 中级 begins no name, only two short forms, as long and as high as each other.
        let keys: Vec<&str> = find("中级", 6).iter().map(|t| t.key).collect();
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
            assert_eq!((first.key, first.level), (key, level), "{typed}");
        }
        assert!(find("技师", 6).is_empty(), "skill grades are not titles");
        assert!(find("园艺大师", 6).is_empty());
    }

    #[test]
    fn every_title_is_named_in_both_catalogs_as_the_engine_names_it() {
        for t in TITLE_NAMES {
            assert_eq!(Lang::Zh.t(&name_key(t.key)), t.zh, "{}", t.key);
            assert_eq!(Lang::En.t(&name_key(t.key)), t.en, "{}", t.key);
        }
    }
}
