//! How to fill in each column, listed on the batch page from the CSV format
//! itself (`talent_rules::batch`): its headers, and the words and ids a cell
//! may hold. The page says what the reader reads, not a copy of it.

use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::batch::{header, unit, words, Headers, Kind, INPUT_COLUMNS};

/// What a cell of the column `column` holds, in the page's language.
pub fn what(lang: Lang, column: &str, kind: Kind) -> String {
    if words::vocabulary(column).is_some() {
        let key = if kind == Kind::List { "batch.guide.list" } else { "batch.guide.choose" };
        let values = lang.batch_t_with(key, &[("values", allowed(lang, column))]);
        // A title level may be given by the title itself (`words::id_of`).
        return match column {
            "title_level" => values + &lang.batch_t("batch.guide.title_names"),
            _ => values,
        };
    }
    let key = match (column, kind, unit(column)) {
        ("label", ..) => "batch.guide.label",
        ("assessment_date", ..) => "batch.guide.assessment_date",
        (c, ..) if c.ends_with("_date") => "batch.guide.date",
        (_, Kind::Bool, _) => "batch.guide.bool",
        // A number in its column's unit, with an example the policy takes.
        (_, _, Some(unit)) => return lang.batch_t(&format!("batch.guide.{}", unit.as_str())),
        _ => "batch.guide.label",
    };
    lang.batch_t(key)
}

/// The values a column's cells may hold, for the guide and a row's error:
/// the Chinese words (with their ids) in Chinese, the ids (with the words)
/// in English.
pub fn allowed(lang: Lang, column: &str) -> String {
    let Some(vocabulary) = words::vocabulary(column) else { return String::new() };
    let (separator, items) = match lang {
        Lang::Zh => ("、", vocabulary.iter().map(|(id, w)| format!("{}（{id}）", w[0])).collect::<Vec<_>>()),
        Lang::En => (", ", vocabulary.iter().map(|(id, w)| format!("{id} ({})", w[0])).collect()),
    };
    items.join(separator)
}

/// The guide: every input column, its two headers and what it holds; a
/// list rather than a table, so that a phone shows it without scrolling sideways.
pub fn guide_html(lang: Lang) -> String {
    let mut h = Html::default();
    h.el("p", &[("class", Some("help"))], &lang.batch_t("batch.guide.intro"));
    h.open("dl", &[("class", Some("batch-guide-list")), ("id", Some("batch-guide-list"))]);
    for &(column, _, kind) in INPUT_COLUMNS {
        h.open("dt", &[])
            .text(header(column, Headers::Chinese).unwrap_or(column))
            .text(" ")
            .el("code", &[("lang", Some("en"))], column)
            .close("dt")
            .el("dd", &[], &what(lang, column, kind));
    }
    h.close("dl");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_listed_with_what_it_takes() {
        let zh = guide_html(Lang::Zh);
        assert_eq!(zh.matches("<dt>").count(), INPUT_COLUMNS.len());
        let degree = "<dt>最高全日制学历 <code lang=\"en\">full_time_degree</code></dt><dd>可填其一：";
        assert!(zh.contains(degree), "{zh}");
        assert!(zh.contains("博士研究生（doctorate）"), "{zh}");
        assert!(zh.contains("1992/4/15"), "dates as a spreadsheet writes them: {zh}");
        assert!(zh.contains("正高级（senior）；也可填职称名称，如高级工程师、主治医师、高工</dd>"), "{zh}");
        let en = guide_html(Lang::En);
        assert!(en.contains("doctorate (博士研究生)"), "{en}");
    }

    #[test]
    fn each_kind_of_cell_is_described_in_words_of_its_own() {
        let said = |column: &str| {
            let kind = INPUT_COLUMNS.iter().find(|c| c.0 == column).unwrap().2;
            what(Lang::Zh, column, kind)
        };
        let kinds = [
            "label",
            "assessment_date",
            "birth_date",
            "honors",
            "mode",
            "open_ended_contract",
            "flexible_days",
            "startup_insured_employees",
            "loan_term_months",
            "contract_years",
            "loan_annual_rate",
            "purchase_price",
        ];
        let texts: Vec<String> = kinds.iter().map(|c| said(c)).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.is_empty() && !t.starts_with("batch."), "{}: {t}", kinds[i]);
            assert_eq!(texts.iter().filter(|x| *x == t).count(), 1, "{}: {t}", kinds[i]);
        }
        assert!(said("honors").contains("；"), "{}", said("honors"));
        assert!(said("loan_term_months").contains("2年"), "{}", said("loan_term_months"));
        assert!(said("purchase_price").contains("45万"), "{}", said("purchase_price"));
        // Every number column says its unit, in both languages.
        for lang in Lang::ALL {
            for &(column, _, kind) in INPUT_COLUMNS.iter().filter(|c| unit(c.0).is_some()) {
                let text = what(lang, column, kind);
                assert!(!text.starts_with("batch.") && !text.is_empty(), "{column}: {text}");
            }
        }
        assert_eq!(allowed(Lang::Zh, "label"), "");
    }
}
