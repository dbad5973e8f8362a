//! What a spreadsheet cell may hold besides the contract's ids: the policy's
//! Chinese terms for them (the glossary's wording, short enough to type), and
//! dates as a spreadsheet in China writes them. Part of the CSV format
//! (docs/contract.md): changing a word here breaks files people have filled in.

use crate::dates::Date;
use crate::ids::Title;
use crate::title_names;

/// (id, words): the first word is the one the template writes and the batch
/// page lists; the others are read too.
type Vocabulary = &'static [(&'static str, &'static [&'static str])];

const CATEGORY: Vocabulary = &[
    ("A", &["A类", "A类人才"]),
    ("B", &["B类", "B类人才"]),
    ("C", &["C类", "C类人才"]),
    ("D", &["D类", "D类人才"]),
    ("E", &["E类", "E类人才"]),
];

const DEGREE: Vocabulary = &[
    ("none", &["无"]),
    ("junior_college", &["专科", "大专"]),
    ("bachelor", &["本科"]),
    ("master", &["硕士研究生", "硕士"]),
    ("doctorate", &["博士研究生", "博士"]),
];

const TITLE: Vocabulary = &[
    ("none", &["无职称", "无"]),
    ("junior", &["初级"]),
    ("intermediate", &["中级"]),
    ("associate_senior", &["副高级", "副高"]),
    ("senior", &["正高级", "正高"]),
];

const HONOR: Vocabulary = &[
    ("cas_academician", &["中国科学院院士"]),
    ("cae_academician", &["中国工程院院士"]),
    ("state_supreme_award", &["国家最高科学技术奖获得者", "国家最高科学技术奖"]),
    ("national_key_talent_program", &["国家重点人才工程人选", "国家重点人才工程"]),
    ("national_key_platform_expert", &["国家重点学科、重点实验室、工程研究（技术）中心专家学者"]),
    ("state_council_allowance", &["享受国务院特殊津贴专家", "国务院特殊津贴"]),
    ("national_technical_expert", &["全国技术能手"]),
    ("tianshan_talent_first", &["首次入选天山英才培养对象", "天山英才"]),
    ("bingtuan_talent_first", &["首次入选兵团英才培养对象", "兵团英才"]),
];

const MODE: Vocabulary = &[
    ("full_time", &["全职", "全职新引进"]),
    ("flexible", &["柔性引进", "柔性"]),
    ("none", &["暂未在师市就职", "无"]),
];

const EMPLOYER_TYPE: Vocabulary = &[
    ("economic_development_zone", &["师市经开区", "经开区"]),
    ("enterprise", &["企业"]),
    ("agricultural_park", &["农业科技园区"]),
    ("secondary_vocational_school", &["中职院校"]),
    ("research_institute", &["科研院所"]),
    ("public_hospital", &["公立医院"]),
    ("media_institution", &["宣传媒体事业单位"]),
    ("university_city_college", &["大学城普通高等院校"]),
    ("university_city_vocational_college", &["大学城高职院校"]),
    ("high_tech_zone", &["国家级阿阿高新区", "高新区"]),
    ("other", &["其他单位", "其他"]),
];

const LOCATION: Vocabulary = &[
    ("elsewhere", &["师市其他地方", "其他地方"]),
    ("high_tech_zone", &["国家级阿阿高新区内", "高新区内", "高新区"]),
    ("economic_development_zone", &["师市经开区内", "经开区内", "经开区"]),
];

const HOUSING_CHOICE: Vocabulary = &[("cash", &["住房补助"]), ("turnover_housing", &["周转住房"])];

const REPAYMENT: Vocabulary =
    &[("interest_only", &["按期付息、到期还本", "按期付息到期还本"]), ("equal_installments", &["等额本息"])];

/// The words of the column `column` (its English name), if its cells hold ids.
pub fn vocabulary(column: &str) -> Option<Vocabulary> {
    Some(match column {
        "claimed_equivalent" => CATEGORY,
        "full_time_degree" | "part_time_degree" => DEGREE,
        "title_level" => TITLE,
        "honors" => HONOR,
        "mode" => MODE,
        "employer_type" => EMPLOYER_TYPE,
        "location" => LOCATION,
        "housing_choice" => HOUSING_CHOICE,
        "loan_repayment" => REPAYMENT,
        _ => return None,
    })
}

/// The id a word of `column` stands for; full-width and half-width letters,
/// digits and punctuation count as the same (an input method types either).
/// A title level may also be given by the title itself (高级工程师, 主治医师:
/// `crate::title_names`), as sheets list people's titles.
pub fn id_of(column: &str, word: &str) -> Option<&'static str> {
    let word = half_width(word);
    let title = || (column == "title_level").then(|| title_names::level_of(&word)).flatten();
    vocabulary(column)?
        .iter()
        .find(|(_, words)| words.iter().any(|w| half_width(w) == word))
        .map(|(id, _)| *id)
        .or_else(|| title().map(Title::as_str))
}

/// The value of a cell of `column` that holds an id or a word for one.
pub fn read<T>(column: &str, cell: &str, parse: fn(&str) -> Option<T>) -> Option<T> {
    parse(cell).or_else(|| id_of(column, cell).and_then(parse))
}

/// `text` with full-width ASCII (`１`, `／`, `（`) and the ideographic space as their ASCII forms.
fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The word written for `id` in `column`.
pub fn word(column: &str, id: &str) -> Option<&'static str> {
    vocabulary(column)?.iter().find(|(i, _)| *i == id).map(|(_, words)| words[0])
}

/// A date as a spreadsheet writes it: `1992/4/15`, `1992-4-15`, `1992.4.15`
/// or `1992年4月15日` (and `YYYY-MM-DD`, which `Date::parse` reads first), in
/// full-width digits too, and with a time of day after it (`1992/4/15 0:00`,
/// a date cell saved as date and time), which does not count.
pub fn date(cell: &str) -> Option<Date> {
    let cell = half_width(cell);
    let cell = match cell.split_once(' ') {
        Some((day, time)) if !time.is_empty() && time.bytes().all(|b| b.is_ascii_digit() || b == b':') => day,
        _ if cell.contains('年') => &cell.replace(' ', "")[..],
        _ => &cell[..],
    };
    let written = cell.strip_suffix('日').map(|c| c.replacen('年', "-", 1).replacen('月', "-", 1));
    let cell = written.as_deref().unwrap_or(cell);
    let separator = cell.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = cell.split(separator).collect();
    // Folded by hand, once the length is known: four digits cannot overflow.
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()).then_some(())?;
        s.bytes().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    match parts[..] {
        [y, m, d] => Date::ymd(digits(y, 4..=4)? as i32, digits(m, 1..=2)?, digits(d, 1..=2)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::*;

    /// Every id of a column's type, and nothing else, has words, and no word
    /// stands for two ids or is another id's spelling.
    fn complete(column: &str, ids: &[&str]) {
        let v = vocabulary(column).unwrap();
        let mut listed: Vec<&str> = v.iter().map(|(id, _)| *id).collect();
        let mut all = ids.to_vec();
        listed.sort_unstable();
        all.sort_unstable();
        assert_eq!(listed, all, "{column}");
        let words: Vec<&str> = v.iter().flat_map(|(_, w)| w.iter().copied()).collect();
        for w in &words {
            assert_eq!(words.iter().filter(|x| *x == w).count(), 1, "{column}: {w} twice");
            assert!(!ids.contains(w), "{column}: {w} is an id");
            assert_eq!(w.trim(), *w);
        }
    }

    #[test]
    fn every_id_column_has_a_word_for_each_of_its_ids() {
        complete("claimed_equivalent", &Category::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("full_time_degree", &Degree::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("part_time_degree", &Degree::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("title_level", &Title::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("honors", &Honor::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("mode", &Mode::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("employer_type", &EmployerType::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("location", &Location::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("housing_choice", &HousingChoice::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
        complete("loan_repayment", &Repayment::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>());
    }

    #[test]
    fn words_read_as_their_ids_and_the_first_is_the_one_written() {
        assert_eq!(id_of("full_time_degree", "博士研究生"), Some("doctorate"));
        assert_eq!(id_of("part_time_degree", "博士"), Some("doctorate"));
        assert_eq!(id_of("mode", "柔性引进"), Some("flexible"));
        assert_eq!(id_of("title_level", "无"), Some("none"));
        assert_eq!(id_of("title_level", "高级工程师"), Some("associate_senior"), "a title's name");
        assert_eq!(id_of("title_level", "主治医师"), Some("intermediate"));
        assert_eq!(id_of("title_level", "高工"), Some("associate_senior"), "a short form");
        assert_eq!(id_of("title_level", "Senior Engineer"), Some("associate_senior"));
        assert_eq!(id_of("full_time_degree", "高级工程师"), None, "titles only in their column");
        assert_eq!(id_of("title_level", "高级技师"), None, "a skill grade is no title");
        assert_eq!(id_of("location", "高新区"), Some("high_tech_zone"));
        assert_eq!(id_of("employer_type", "高新区"), Some("high_tech_zone"));
        assert_eq!(id_of("mode", "博士"), None, "another column's word");
        assert_eq!(id_of("claimed_equivalent", "Ｂ类"), Some("B"), "full-width letters");
        let expert = "国家重点学科、重点实验室、工程研究(技术)中心专家学者";
        assert_eq!(id_of("honors", expert), Some("national_key_platform_expert"), "half-width brackets");
        assert_eq!(id_of("label", "博士"), None, "a column without ids");
        assert_eq!(word("full_time_degree", "master"), Some("硕士研究生"));
        assert_eq!(word("loan_repayment", "interest_only"), Some("按期付息、到期还本"));
        assert_eq!(word("mode", "unknown"), None);
        assert_eq!(word("birth_date", "none"), None);
    }

    #[test]
    fn dates_read_as_a_spreadsheet_writes_them() {
        let day = Date::parse("1992-04-15");
        let good = [
            "1992-04-15",
            "1992/4/15",
            "1992/04/15",
            "1992-4-15",
            "1992.4.15",
            "1992年4月15日",
            "1992年04月15日",
            "1992 年 4 月 15 日",
            "1992/4/15 0:00",
            "1992/4/15 00:00:00",
            "１９９２／４／１５",
            "1992年４月15日",
        ];
        for cell in good {
            assert_eq!(date(cell), day, "{cell}");
        }
        assert_eq!(date("2024/2/29"), Date::parse("2024-02-29"));
        let bad = [
            "1992/2/30",
            "92/4/15",
            "1992/4",
            "1992/4/15/1",
            "1992-4/15",
            "1992/004/15",
            "4/15/1992",
            "1992年4月15",
            "1992 /4/15",
            "1992/4/15 noon",
            "99999999999/1/1",
            "1992/4/99999999999",
            "",
        ];
        for cell in bad {
            assert_eq!(date(cell), None, "{cell}");
        }
    }
}
