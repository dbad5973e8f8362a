//! The title finder: common professional title names and their level, so a
//! user who knows "主治医师" or "senior engineer" finds "intermediate" etc.

use talent_rules::ids::Title;

/// (Chinese name, English name, level).
pub const TITLES: &[(&str, &str, Title)] = &[
    ("教授", "professor", Title::Senior),
    ("研究员", "research fellow", Title::Senior),
    ("主任医师", "chief physician", Title::Senior),
    ("主任药师", "chief pharmacist", Title::Senior),
    ("主任护师", "chief nurse", Title::Senior),
    ("正高级工程师", "professor-level senior engineer", Title::Senior),
    ("正高级教师", "professor-level senior teacher", Title::Senior),
    ("正高级经济师", "professor-level senior economist", Title::Senior),
    ("正高级会计师", "professor-level senior accountant", Title::Senior),
    ("农业技术推广研究员", "agricultural extension research fellow", Title::Senior),
    ("编审", "senior editor (full)", Title::Senior),
    ("副教授", "associate professor", Title::AssociateSenior),
    ("副研究员", "associate research fellow", Title::AssociateSenior),
    ("副主任医师", "associate chief physician", Title::AssociateSenior),
    ("副主任药师", "associate chief pharmacist", Title::AssociateSenior),
    ("副主任护师", "associate chief nurse", Title::AssociateSenior),
    ("高级工程师", "senior engineer", Title::AssociateSenior),
    ("高级教师", "senior teacher", Title::AssociateSenior),
    ("高级经济师", "senior economist", Title::AssociateSenior),
    ("高级会计师", "senior accountant", Title::AssociateSenior),
    ("高级农艺师", "senior agronomist", Title::AssociateSenior),
    ("副编审", "associate senior editor", Title::AssociateSenior),
    ("讲师", "lecturer", Title::Intermediate),
    ("助理研究员", "assistant research fellow", Title::Intermediate),
    ("主治医师", "attending physician", Title::Intermediate),
    ("主管药师", "pharmacist-in-charge", Title::Intermediate),
    ("主管护师", "nurse-in-charge", Title::Intermediate),
    ("工程师", "engineer", Title::Intermediate),
    ("一级教师", "first-grade teacher", Title::Intermediate),
    ("经济师", "economist", Title::Intermediate),
    ("会计师", "accountant", Title::Intermediate),
    ("农艺师", "agronomist", Title::Intermediate),
    ("编辑", "editor", Title::Intermediate),
    ("助教", "teaching assistant", Title::Junior),
    ("医师", "physician", Title::Junior),
    ("药师", "pharmacist", Title::Junior),
    ("护师", "nurse practitioner", Title::Junior),
    ("助理工程师", "assistant engineer", Title::Junior),
    ("二级教师", "second-grade teacher", Title::Junior),
    ("助理经济师", "assistant economist", Title::Junior),
    ("助理会计师", "assistant accountant", Title::Junior),
];

/// The titles whose name matches what was typed: an exact name first, then
/// names containing it, at most `limit`.
pub fn find(query: &str, limit: usize) -> Vec<(&'static str, &'static str, Title)> {
    let q = query.trim().to_ascii_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let exact = TITLES.iter().filter(|(zh, en, _)| *zh == q || *en == q);
    let partial = TITLES.iter().filter(|(zh, en, _)| (zh.contains(q.as_str()) || en.contains(q.as_str())) && *zh != q && *en != q);
    exact.chain(partial).take(limit).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exact_name_comes_first() {
        assert_eq!(find("主治医师", 3)[0].2, Title::Intermediate);
        assert_eq!(find("工程师", 3)[0], ("工程师", "engineer", Title::Intermediate));
        assert_eq!(find("Senior Engineer", 1)[0].2, Title::AssociateSenior);
        assert!(find("  ", 5).is_empty());
        assert_eq!(find("医师", 10).len(), 4);
    }
}
