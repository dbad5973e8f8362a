//! The policy's figures as the texts write them. A message names a figure by
//! its entry in the policy data (rules/policy/policy.toml, docs/policy-data.md):
//! `{doctorate_max_age}`, `{loan_max_principal}`, and `i18n` fills it from
//! here wherever the message is shown, so no text repeats a number the
//! policy may revise: a revision changes the data alone. An id that names a
//! number (`doctorate_45`) is shown through such a text, never as its digits.

use std::cell::Cell;
use talent_rules::money::{Dec, Money};
use talent_rules::policy::{self, Policy};

thread_local! {
    /// The version whose figures the texts being written give: that of the
    /// result they are about (`about`), or the one a page without a result
    /// names (`under`, the version in force today), else the newest.
    static ABOUT: Cell<Option<&'static Policy>> = const { Cell::new(None) };
}

/// Runs `write` with the texts giving the figures of the version named
/// `version` (a result's or a benefit's `policy_version`), as that result's
/// amounts do (INT-14). `None` keeps the version of the texts around it.
pub fn about<T>(version: Option<&str>, write: impl FnOnce() -> T) -> T {
    under(version.and_then(|id| policy::versions().all().iter().find(|p| p.id == id)), write)
}

/// Runs `write` with the texts giving the figures of `version`: on the
/// pages beside the talent page, what is written about no result gives the
/// version in force today (`policy::in_force`, today by the page's clock),
/// not the newest compiled in, which a revision published ahead of its
/// first day makes a version not yet in force. `None` keeps the version
/// of the texts around it.
pub fn under<T>(version: Option<&'static Policy>, write: impl FnOnce() -> T) -> T {
    let around = ABOUT.get();
    ABOUT.set(version.or(around));
    let written = write();
    ABOUT.set(around);
    written
}

/// A policy figure as a text gives it: written alike in every language, or
/// an amount, which each language writes in words of its own (`i18n`).
pub enum Figure {
    Alike(String),
    Yuan(Money),
}

/// The figure a placeholder names; `None` if it names none.
/// Three are worked out from an entry, as the text reads them:
/// `purchase_after_years` (工作满3年后: the years before the first
/// instalment's year), `loan_max_months` as the engine holds the term,
/// `timeline_years` (how many years the timeline shows).
pub fn figure(name: &str) -> Option<Figure> {
    let figure = find(name)?;
    #[cfg(test)]
    if MARKED.get() {
        return Some(Figure::Alike(format!("⟨{name}⟩")));
    }
    Some(figure)
}

fn find(name: &str) -> Option<Figure> {
    let p = ABOUT.get().unwrap_or_else(policy::latest);
    let whole = match name {
        "doctorate_max_age" => p.doctorate_max_age,
        "postgraduate_max_age" => p.postgraduate_max_age,
        "min_age" => p.min_age,
        "min_contract_years" => p.min_contract_years,
        "subsidy_months" => p.subsidy_months,
        "purchase_instalments" => p.purchase_instalments,
        "purchase_after_years" => p.purchase_first_year - 1,
        "startup_graduation_window_years" => p.startup_graduation_window_years,
        "startup_operating_months" => p.startup_operating_months,
        "startup_min_insured_employees" => p.startup_min_insured_employees,
        "loan_max_months" => p.loan_max_months,
        "industrial_institute_max_years" => p.industrial_institute_max_years,
        "timeline_years" => talent_rules::timeline::YEARS.into(),
        "loan_max_principal" => return Some(Figure::Yuan(p.loan_max_principal)),
        "startup_tax_threshold" => return Some(Figure::Yuan(p.startup_tax_threshold)),
        "key_tech_per_project" => return Some(Figure::Yuan(p.key_tech_per_project)),
        "loan_subsidy_share" => return Some(Figure::Alike(percent(Dec(p.loan_subsidy_share)))),
        "first_day" => return Some(Figure::Alike(policy::versions().first_day().to_string())),
        _ => return None,
    };
    Some(Figure::Alike(whole.to_string()))
}

/// A fraction such as 0.0345 as "3.45%".
pub(crate) fn percent(rate: Dec) -> String {
    format!("{}%", (rate.0 * rust_decimal::Decimal::ONE_HUNDRED).normalize())
}

#[cfg(test)]
thread_local! {
    /// Set by tests: every figure is shown as `⟨name⟩`, so a policy number
    /// still in what a page shows was written by hand.
    static MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use rust_decimal::Decimal;
    use talent_rules::policy::{latest, versions, Policy, USUAL_MIN_GRADUATION_AGE};

    /// What a number in a text counts, told by the words around it.
    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Kind {
        Yuan,
        Years,
        Months,
        Age,
        People,
        Percent,
    }

    /// Every figure of every compiled-in version, by kind, and what a text
    /// could write for one: a period in months as years and the other way
    /// round, the birthday an age limit ends on, the years before the first
    /// purchase instalment, how many years the timeline shows.
    fn policy_figures() -> Vec<(Kind, Decimal)> {
        let mut all: Vec<(Kind, Decimal)> = versions().all().iter().flat_map(figures_of).collect();
        all.push((Kind::Years, talent_rules::timeline::YEARS.into()));
        for age in [USUAL_MIN_GRADUATION_AGE, USUAL_MIN_GRADUATION_AGE + 1] {
            all.push((Kind::Age, age.into()));
        }
        all
    }

    /// The figures of one version. The pattern names every entry of the
    /// data (no `..`): an entry added to the data file does not compile here
    /// until it is sorted into a kind, or said to hold none.
    fn figures_of(p: &Policy) -> Vec<(Kind, Decimal)> {
        use Kind::*;
        let Policy {
            id: _,
            document: _,
            in_force_from: _,
            min_age,
            doctorate_max_age,
            postgraduate_max_age,
            categories_for_employer: _,
            min_contract_years,
            subsidy_months,
            housing_monthly,
            living_monthly,
            purchase_subsidy,
            purchase_instalments,
            purchase_first_year,
            medical_staffing_min_title: _,
            medical_staffing_min_degree: _,
            flexible_daily,
            startup_grant,
            startup_grant_for_a_via: _,
            startup_graduation_window_years,
            startup_operating_months,
            startup_min_insured_employees,
            startup_tax_threshold,
            loan_max_principal,
            loan_max_months,
            loan_subsidy_share,
            honor_award,
            honor_award_listings: _,
            platform_national,
            platform_regional,
            industrial_institute_per_year,
            industrial_institute_max_years,
            high_tech_first,
            high_tech_renewal,
            tech_sme_first,
            little_giant,
            specialized_sme,
            key_tech_per_project,
            industry_education_cap,
            joint_platform_cap,
            workstation,
            department_for_employer: _,
            startup_department: _,
            flexible_hires_department: _,
            departments_for_award: _,
        } = p;
        let mut money = vec![
            *startup_tax_threshold,
            *loan_max_principal,
            *honor_award,
            *platform_national,
            *platform_regional,
            *industrial_institute_per_year,
            high_tech_first.0,
            high_tech_first.1,
            *high_tech_renewal,
            *tech_sme_first,
            *little_giant,
            *specialized_sme,
            *key_tech_per_project,
            *industry_education_cap,
            *joint_platform_cap,
            workstation.0,
            workstation.1,
            p.full_time_most(),
        ];
        for table in [housing_monthly, living_monthly, purchase_subsidy, flexible_daily, startup_grant] {
            money.extend(table.categories().to_vec().into_iter().filter_map(|c| table.get(c)));
        }
        let years = [
            *min_contract_years,
            *purchase_instalments,
            *purchase_first_year,
            purchase_first_year - 1,
            *startup_graduation_window_years,
            *industrial_institute_max_years,
        ];
        let months = [*subsidy_months, *loan_max_months, *startup_operating_months];
        let ages = [*min_age, *doctorate_max_age, *postgraduate_max_age];
        let mut all: Vec<(Kind, Decimal)> = money.into_iter().map(|m| (Yuan, m.0)).collect();
        for y in years {
            all.extend([(Years, y.into()), (Months, (y * 12).into())]);
        }
        for m in months {
            all.extend([(Months, m.into()), (Years, Decimal::from(m) / Decimal::from(12))]);
        }
        for a in ages {
            all.extend([(Age, a.into()), (Age, (a + 1).into())]);
        }
        all.push((People, (*startup_min_insured_employees).into()));
        all.push((Percent, loan_subsidy_share * Decimal::ONE_HUNDRED));
        all
    }

    /// The number words the catalogs could use for a figure.
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];

    /// A month's English name, as a text could write a version's first day.
    fn month_name(month: &str) -> &'static str {
        const NAMES: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        NAMES[month.parse::<usize>().unwrap() - 1]
    }

    /// The numbers of `text` that a policy figure's number and unit make
    /// (36个月, 45岁, 3 years, 30万, 300,000 yuan, ¥300,000, 50 %, year 8,
    /// aged 45, the 46th birthday, 两年, three years), and its first day.
    fn policy_numbers(text: &str) -> Vec<String> {
        let figures = policy_figures();
        let mut found = Vec::new();
        for version in versions().all() {
            let first_day = version.in_force_from.to_string();
            let (y, m, d) = (
                &first_day[..4],
                first_day[5..7].trim_start_matches('0'),
                first_day[8..].trim_start_matches('0'),
            );
            for day in [first_day.clone(), format!("{y}年{m}月{d}日"), format!("{d} {} {y}", month_name(m))]
            {
                if text.contains(&day) {
                    found.push(day);
                }
            }
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            let before = &text[..start];
            let word_start = i == 0 || !chars[i - 1].1.is_ascii_alphanumeric();
            // A number: digits with separators, Chinese numerals, or a word.
            let (value, end) = if c.is_ascii_digit() {
                let mut j = i;
                while j < chars.len()
                    && (chars[j].1.is_ascii_digit()
                        || (",.".contains(chars[j].1)
                            && j + 1 < chars.len()
                            && chars[j + 1].1.is_ascii_digit()))
                {
                    j += 1;
                }
                let end = chars.get(j).map_or(text.len(), |c| c.0);
                (text[start..end].replace(',', "").parse::<Decimal>().ok(), j)
            } else if "一二两三四五六七八九十".contains(c) {
                let mut j = i;
                let (mut total, mut digit) = (0u32, 0u32);
                while let Some(&(_, n)) = chars.get(j) {
                    match "一二三四五六七八九".find(n).map(|b| b as u32 / 3 + 1).or((n == '两').then_some(2))
                    {
                        Some(v) => digit = v,
                        None if n == '十' => {
                            total += digit.max(1) * 10;
                            digit = 0;
                        }
                        None => break,
                    }
                    j += 1;
                }
                (Some(Decimal::from(total + digit)), j)
            } else if let Some(n) = WORDS.iter().position(|w| {
                word_start
                    && text[start..].get(..w.len()).is_some_and(|t| t.eq_ignore_ascii_case(w))
                    && !text[start + w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            }) {
                let j = chars.iter().position(|&(at, _)| at >= start + WORDS[n].len()).unwrap_or(chars.len());
                (Some(Decimal::from(n)), j)
            } else {
                i += 1;
                continue;
            };
            let Some(value) = value else {
                i = end;
                continue;
            };
            let end_at = chars.get(end).map_or(text.len(), |c| c.0);
            let after = text[end_at..].trim_start().to_lowercase();
            let before = before.trim_end().to_lowercase();
            let mut kinds: Vec<(Kind, Decimal)> = Vec::new();
            for (unit, times) in [("万", 10_000), ("million", 1_000_000), ("元", 1), ("yuan", 1)] {
                if after.starts_with(unit) {
                    kinds.push((Kind::Yuan, value * Decimal::from(times)));
                }
            }
            let followed = |units: &[&str]| units.iter().any(|u| after.starts_with(u));
            let preceded = |words: &[&str]| words.iter().any(|w| before.ends_with(w));
            if preceded(&["¥"]) {
                kinds.push((Kind::Yuan, value));
            }
            // "years 1 to 8" names both ends.
            let range_end = before
                .strip_suffix(" to")
                .and_then(|b| b.rsplit_once("year"))
                .is_some_and(|(_, n)| n.len() < 8);
            if followed(&["年", "year", "equal yearly"]) || preceded(&["year", "years"]) || range_end {
                kinds.push((Kind::Years, value));
            }
            if followed(&["个月", "month"]) {
                kinds.push((Kind::Months, value));
            }
            if followed(&["岁", "周岁", "or younger", "or older", "-year-old", "th birthday"])
                || preceded(&["aged", "under"])
            {
                kinds.push((Kind::Age, value));
            }
            if followed(&["人", "people", "employee", "or more insured"]) {
                kinds.push((Kind::People, value));
            }
            if followed(&["%", "percent"]) {
                kinds.push((Kind::Percent, value));
            }
            if kinds.iter().any(|k| figures.contains(k)) {
                found.push(text[start..end_at].to_string());
            }
            i = end;
        }
        found
    }

    /// Numbers in the catalogs that look like a policy figure but are not
    /// one, each as written, with why. Nothing else may write one.
    const NOT_POLICY: &[(&str, &str, &str)] = &[
        // How a period may be typed: examples of input, not the policy's periods.
        ("locales/zh-CN.json", "q.loan_months_help", "3"),
        ("locales/en.json", "q.loan_months_help", "3"),
        ("locales/batch/zh-CN.json", "batch.error.not_a_number", "3"),
        ("locales/batch/zh-CN.json", "batch.error.not_a_number", "36"),
        ("locales/batch/en.json", "batch.error.not_a_number", "3"),
        ("locales/batch/en.json", "batch.error.not_a_number", "36"),
        ("locales/batch/zh-CN.json", "batch.guide.months", "2"),
        ("locales/batch/en.json", "batch.guide.months", "2"),
        ("locales/batch/en.json", "batch.guide.months", "two"),
        ("locales/batch/zh-CN.json", "batch.guide.years", "36"),
        ("locales/batch/en.json", "batch.guide.years", "36"),
        // The timeline's year 1 is the first 12 months in the job: a calendar fact.
        ("locales/zh-CN.json", "timeline.notes", "1"),
        ("locales/zh-CN.json", "timeline.notes", "12"),
        ("locales/en.json", "timeline.notes", "1"),
        ("locales/en.json", "timeline.notes", "12"),
        ("locales/enterprise/en.json", "timeline.intro", "1"),
        // The last of the instalments' years (最后一年), whichever it is.
        ("locales/zh-CN.json", "step.instalments_last", "一"),
        // §13's 满1年社保 says which employees the user counts; the engine
        // holds no figure for it, it takes the count as given.
        ("locales/zh-CN.json", "q.insured_employees", "1"),
        ("locales/zh-CN.json", "hint.employees_or_tax", "1"),
        ("locales/zh-CN.json", "reason.employment_or_tax_threshold_not_met", "1"),
    ];

    fn allowed(file: &str, key: &str, number: &str) -> bool {
        NOT_POLICY.contains(&(file, key, number))
    }

    #[test]
    fn the_scan_finds_what_a_text_could_write_for_a_figure() {
        for text in [
            "共36个月",
            "45岁（含）以下",
            "aged 45",
            "超过3年",
            "3 years or more",
            "最高30万元",
            "300,000 yuan",
            "¥300,000.00",
            "50 % of",
            "50%",
            "第8年以后",
            "after year 8",
            "46th birthday",
            "毕业后两年内",
            "within two years",
            "须解决3人以上",
            "3 or more insured employees",
            "2025年1月1日",
            "1 January 2025",
            "3 million yuan",
            "每年7,000元",
            "工作满三年后",
            "十二个月",
        ] {
            assert!(!policy_numbers(text).is_empty(), "{text}");
        }
        for text in [
            "1990年5月1日",
            "例如 3.45",
            "450000 或 45万",
            "第16条",
            "§11(1)",
            "2月30日",
            "至少为1",
            "7 days",
            "one of",
        ] {
            assert_eq!(policy_numbers(text), Vec::<String>::new(), "{text}");
        }
    }

    /// Every message of every catalog in `locales/` as written, with its
    /// file and key: the pages' and the workers' (whatever `build.rs`
    /// compiles) and the calendar's, which the command line reads too, so a
    /// catalog added later is read without being named here. Not the rules
    /// page's (`locales/rules/`), which quotes the text's own words. A
    /// catalog is a flat JSON object, one `"key": "message"` a line.
    fn every_message() -> Vec<(String, String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("locales")];
        let mut files = Vec::new();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() && !path.ends_with("rules") {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    files.push(path);
                }
            }
        }
        let mut all = Vec::new();
        for path in files {
            let file = path.strip_prefix(root).unwrap().to_str().unwrap().to_string();
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if let Some((key, message)) = line.trim().split_once("\": \"") {
                    let message = message.trim_end_matches(',').trim_end_matches('"');
                    all.push((file.clone(), key.trim_start_matches('"').to_string(), message.to_string()));
                }
            }
        }
        all
    }

    /// A revised policy changes the texts by itself only if no text writes
    /// a figure: each names it (`{subsidy_months}`) and `text` fills it in.
    #[test]
    fn no_text_writes_a_policy_number() {
        let messages = every_message();
        for catalog in ["locales/zh-CN.json", "locales/enterprise/en.json", "locales/calendar/zh-CN.json"] {
            assert!(messages.iter().any(|m| m.0 == catalog), "{catalog} is read");
        }
        let mut written = Vec::new();
        for (file, key, message) in &messages {
            for number in policy_numbers(message) {
                if !allowed(file, key, &number) {
                    written.push(format!("{file} {key}: {number} in {message}"));
                }
            }
        }
        assert!(
            written.is_empty(),
            "policy numbers written in texts (name the figure instead):\n{}",
            written.join("\n")
        );
        for (file, key, number) in NOT_POLICY {
            let message = messages.iter().find(|m| m.0 == *file && m.1 == *key);
            let numbers = message.map(|m| policy_numbers(&m.2)).unwrap_or_default();
            assert!(
                numbers.iter().any(|n| n == number),
                "{file} {key}: {number} is no longer there: drop it"
            );
        }
    }

    /// The first screen is written into index.html at build time: with every
    /// figure marked, no policy number is left in it, nor in the page around it.
    #[test]
    fn the_painted_first_screen_writes_no_policy_number() {
        MARKED.set(true);
        let screen = crate::prepaint::html("");
        MARKED.set(false);
        assert_eq!(policy_numbers(&screen), Vec::<String>::new(), "{screen}");
        let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
        assert_eq!(policy_numbers(&page), Vec::<String>::new());
    }

    #[test]
    fn figures_are_written_as_each_language_writes_them() {
        let p = latest();
        for lang in Lang::ALL {
            assert_eq!(lang.figure("subsidy_months"), Some(p.subsidy_months.to_string()));
            assert_eq!(lang.figure("purchase_after_years"), Some((p.purchase_first_year - 1).to_string()));
            assert_eq!(lang.figure("first_day"), Some(versions().first_day().to_string()));
            assert_eq!(lang.figure("no_such_figure"), None);
        }
        assert_eq!(Lang::Zh.yuan(Money::yuan(300_000)), "30万元");
        assert_eq!(Lang::Zh.yuan(Money::yuan(3_000_000)), "300万元");
        assert_eq!(Lang::Zh.yuan(Money::yuan(7_500)), "7500元");
        assert_eq!(Lang::En.yuan(Money::yuan(300_000)), "300,000 yuan");
        assert_eq!(Lang::En.yuan(Money::yuan(20_000)), "20,000 yuan");
        for lang in Lang::ALL {
            assert_eq!(lang.figure("loan_max_principal"), Some(lang.yuan(p.loan_max_principal)));
        }
        let share = p.loan_subsidy_share * Decimal::ONE_HUNDRED;
        assert_eq!(Lang::En.figure("loan_subsidy_share"), Some(format!("{}%", share.normalize())));
    }

    /// A version that lives only in this test, with other figures.
    fn revised() -> &'static Policy {
        Box::leak(Box::new(Policy { doctorate_max_age: 50, subsidy_months: 48, ..latest().clone() }))
    }

    #[test]
    fn texts_about_a_result_give_the_figures_of_its_version() {
        let en = |key: &str| Lang::En.t(key);
        let newest = en("criterion.doctorate_45");
        let revised_age = "full-time doctorate, aged 50 or younger";
        under(Some(revised()), || {
            assert_eq!(en("criterion.doctorate_45"), revised_age);
            // A benefit that names no version of its own is under the result's.
            about(None, || assert_eq!(en("benefit.living_subsidy.when"), "Monthly, for 48 months"));
            // One that names the newest gives the newest figures.
            about(Some(&latest().id), || assert_eq!(en("criterion.doctorate_45"), newest));
            assert_eq!(en("criterion.doctorate_45"), revised_age, "the result's again");
            about(Some("no-such-version"), || assert_eq!(en("criterion.doctorate_45"), revised_age));
        });
        assert_eq!(en("criterion.doctorate_45"), newest, "about no result: the newest");
        assert_eq!(about(Some(&latest().id), || en("criterion.doctorate_45")), newest);
    }

    #[test]
    fn texts_read_the_figures() {
        Lang::use_page_texts();
        let p = latest();
        let age = p.doctorate_max_age;
        assert_eq!(Lang::Zh.t("criterion.doctorate_45"), format!("{age}岁（含）以下全日制博士研究生"));
        assert_eq!(
            Lang::En.t("criterion.doctorate_45"),
            format!("full-time doctorate, aged {age} or younger")
        );
        let months = p.subsidy_months;
        assert_eq!(Lang::Zh.t("benefit.living_subsidy.when"), format!("按月发放，共{months}个月"));
        let cap = Lang::En.yuan(p.loan_max_principal);
        assert_eq!(Lang::En.t("reason.loan_over_cap"), format!("The principal is above the {cap} cap"));
        let per_project = Lang::Zh.yuan(p.key_tech_per_project);
        assert_eq!(
            Lang::Zh.page_t("benefit.key_tech_breakthrough.when"),
            format!("每个项目最高{per_project}")
        );
        // A parameter given fills its place; the figures fill the rest.
        let operating = p.startup_operating_months;
        assert_eq!(
            Lang::Zh.t_with("hint.eligible_from", &[("date", "2028-09-02".into())]),
            format!("自 2028-09-02 起满足“正常经营{operating}个月以上”的条件。")
        );
    }
}
