//! The names people give our columns in their own sheets (姓名 for the
//! label, 职称, 合同年限, 入职时间), besides the English and Chinese headers of
//! `HEADERS`; and the names that could mean two columns, which are refused
//! rather than guessed. Part of the CSV format (docs/contract.md): a name is
//! only ever added, never moved to another column.

use super::HEADERS;

/// (what a sheet calls the column, the column's English name). No name is
/// here twice, nor is it a header of `HEADERS` (a test holds both).
pub const ALIASES: &[(&str, &str)] = &[
    ("姓名", "label"),
    ("名字", "label"),
    ("候选人", "label"),
    ("name", "label"),
    ("测算日期", "assessment_date"),
    ("计算日期", "assessment_date"),
    ("出生年月日", "birth_date"),
    ("生日", "birth_date"),
    ("birthday", "birth_date"),
    ("date_of_birth", "birth_date"),
    ("学历", "full_time_degree"),
    ("全日制学历", "full_time_degree"),
    ("最高学历", "full_time_degree"),
    ("degree", "full_time_degree"),
    ("非全日制", "part_time_degree"),
    ("在职学历", "part_time_degree"),
    ("职称", "title_level"),
    ("职称级别", "title_level"),
    ("专业技术职称", "title_level"),
    ("title", "title_level"),
    ("荣誉", "honors"),
    ("人才荣誉", "honors"),
    ("相当人才类别", "claimed_equivalent"),
    ("毕业时间", "graduation_date"),
    ("工作方式", "mode"),
    ("引进方式", "mode"),
    ("入职时间", "start_date"),
    ("到岗日期", "start_date"),
    ("报到日期", "start_date"),
    ("单位所在区域", "location"),
    ("单位类型", "employer_type"),
    ("单位性质", "employer_type"),
    ("师属单位", "division_affiliated"),
    ("首次参保", "first_social_insurance_in_city"),
    ("首次在师市参保", "first_social_insurance_in_city"),
    ("合同年限", "contract_years"),
    ("合同期限", "contract_years"),
    ("无固定期限", "open_ended_contract"),
    ("工作天数", "flexible_days"),
    ("服务天数（天）", "flexible_days"),
    ("住房", "housing_choice"),
    ("购房款", "purchase_price"),
    ("房款", "purchase_price"),
    ("兵团支持总额", "bingtuan_support"),
    ("法定代表人", "startup_legal_representative"),
    ("注册日期", "startup_registration_date"),
    ("注册登记日期", "startup_registration_date"),
    ("就业人数", "startup_insured_employees"),
    ("纳税额", "startup_tax_paid"),
    ("贷款金额", "loan_principal"),
    ("贷款本金", "loan_principal"),
    ("年利率", "loan_annual_rate"),
    ("贷款利率", "loan_annual_rate"),
    ("贷款期限", "loan_term_months"),
];

/// Names a sheet may give that could mean either of two columns: a header
/// of these is refused, naming both.
pub const AMBIGUOUS: &[(&str, [&str; 2])] = &[
    ("期限", ["contract_years", "loan_term_months"]),
    ("金额", ["purchase_price", "loan_principal"]),
    ("日期", ["assessment_date", "start_date"]),
];

/// What a header names.
#[derive(Debug, PartialEq, Eq)]
pub enum Named {
    /// A column of `HEADERS` (an input or a result column), by its English name.
    Column(&'static str),
    /// Either of two input columns.
    Either([&'static str; 2]),
    /// None of ours.
    Unknown,
}

/// The header as compared: full-width letters, digits and brackets as
/// half-width, without spaces, letters in lower case.
fn key(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column a header names: a header of `HEADERS` or an alias.
pub fn named(header: &str) -> Named {
    let header = key(header);
    let column = HEADERS
        .iter()
        .chain(super::compare::COMPARE_HEADERS)
        .find(|(en, zh)| key(en) == header || key(zh) == header)
        .map(|h| h.0)
        .or_else(|| ALIASES.iter().find(|a| key(a.0) == header).map(|a| a.1));
    match (column, AMBIGUOUS.iter().find(|a| key(a.0) == header)) {
        (Some(column), _) => Named::Column(column),
        (None, Some((_, both))) => Named::Either(*both),
        (None, None) => Named::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::INPUT_COLUMNS;

    #[test]
    fn every_alias_names_exactly_one_input_column() {
        let mut names: Vec<String> = HEADERS.iter().flat_map(|h| [key(h.0), key(h.1)]).collect();
        for &(alias, column) in ALIASES {
            assert!(INPUT_COLUMNS.iter().any(|c| c.0 == column), "{alias}: {column} is no input column");
            assert_eq!(named(alias), Named::Column(column), "{alias}");
            assert_eq!(alias.trim(), alias);
            names.push(key(alias));
        }
        for (header, both) in AMBIGUOUS {
            assert_ne!(both[0], both[1], "{header}");
            assert!(both.iter().all(|c| INPUT_COLUMNS.iter().any(|i| i.0 == *c)), "{header}");
            assert_eq!(named(header), Named::Either(*both), "{header}");
            names.push(key(header));
        }
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "no name is given twice, as an alias, a header or an ambiguous name");
    }

    #[test]
    fn the_contract_lists_every_alias_beside_its_column() {
        let doc = include_str!("../../../docs/contract.md");
        let table = doc.split("| column | also read as |\n|---|---|\n").nth(1).expect("the table of aliases");
        let listed: Vec<(&str, Vec<&str>)> = table
            .lines()
            .take_while(|l| l.starts_with('|'))
            .filter_map(|l| {
                let (column, names) = l.strip_prefix("| `")?.strip_suffix(" |")?.split_once("` | ")?;
                Some((column, names.split(", ").collect()))
            })
            .collect();
        let mut ours: Vec<(&str, Vec<&str>)> = Vec::new();
        for &(alias, column) in ALIASES {
            match ours.last_mut() {
                Some((c, names)) if *c == column => names.push(alias),
                _ => ours.push((column, vec![alias])),
            }
        }
        assert_eq!(listed, ours);
        for (header, [a, b]) in AMBIGUOUS {
            assert!(doc.contains(&format!("{header} (`{a}` or `{b}`)")), "{header}");
        }
    }

    #[test]
    fn headers_are_compared_without_spaces_case_or_full_width_forms() {
        assert_eq!(named(" 姓 名 "), Named::Column("label"));
        assert_eq!(named("Name"), Named::Column("label"));
        assert_eq!(named("合同期限(年)"), Named::Column("contract_years"), "half-width brackets");
        assert_eq!(named("ＢＩＲＴＨ_ＤＡＴＥ"), Named::Column("birth_date"));
        assert_eq!(named("category"), Named::Column("category"), "a result column");
        assert_eq!(named("期限"), Named::Either(["contract_years", "loan_term_months"]));
        assert_eq!(named("序号"), Named::Unknown);
        assert_eq!(named(""), Named::Unknown);
    }
}
