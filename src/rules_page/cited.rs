//! The engine's policy data as the rules page cites it: each entry with its
//! clause and the text's words it stands for (or, for a reading of ours, the
//! interpretation it belongs to), and its value in each version with the day
//! that version is in force from. The values are the engine's compiled-in
//! `Policy` table itself (`talent_rules::policy::versions`); the clauses and
//! words come with the same data, in its JSON form.

use crate::i18n::Lang;
use rust_decimal::Decimal;
use std::borrow::Cow;
use talent_rules::dates::Date;
use talent_rules::ids::{Category, Degree, Department, EmployerType, Honor, Title};
use talent_rules::money::{Dec, Money};
use talent_rules::policy::{AwardDepartments, Categories, PerCategory, PerEmployer, Policy};

/// One entry of the data.
pub struct Entry {
    /// Its name in the data (`housing_monthly`): the value's anchor is `v-{name}`.
    pub name: &'static str,
    /// `§11(1)`, or the reading (`INT-10`) of an entry the text does not word.
    pub clause: String,
    /// The text's own words for it; `None` for a reading of ours.
    pub words: Option<String>,
    /// Its values, oldest first, each with the first day it is in force: a
    /// new one only where a version changed it.
    pub values: Vec<(Date, &'static dyn Show)>,
}

/// A value as the page writes it: pieces of text, each amount, count or id
/// among them with its value as the data holds it (`<data value>`), so that
/// a reader, and a test, can check the one against the other.
#[derive(Debug, Default, PartialEq)]
pub struct Line(pub Vec<(Option<String>, String)>);

#[derive(Debug, PartialEq)]
pub enum Shown {
    /// One line: `A类 1,000元；B类 800元；C类 600元`.
    Text(Line),
    /// One line per kind of employer or award: (what, its value).
    List(Vec<(Line, Line)>),
}

pub trait Show: Sync {
    fn show(&self, lang: Lang) -> Shown;
    /// Whether two versions hold the same value.
    fn same(&self, other: &dyn Show) -> bool {
        Lang::ALL.iter().all(|&l| self.show(l) == other.show(l))
    }
}

impl Line {
    fn datum(value: impl ToString, shown: String) -> Line {
        Line(vec![(Some(value.to_string()), shown)])
    }
    fn words(s: &str) -> Line {
        Line(vec![(None, s.to_string())])
    }
    /// The lines one after the other, `sep` between them.
    fn join(lines: impl IntoIterator<Item = Line>, sep: &str) -> Line {
        let mut out = Line::default();
        for (i, line) in lines.into_iter().enumerate() {
            if i > 0 {
                out.0.push((None, sep.to_string()));
            }
            out.0.extend(line.0);
        }
        out
    }
    pub fn plain(&self) -> String {
        self.0.iter().map(|(_, s)| s.as_str()).collect()
    }
}

impl Shown {
    /// The one line, or the lines joined: for a placeholder in a summary.
    pub fn plain(&self) -> String {
        match self {
            Shown::Text(t) => t.plain(),
            Shown::List(items) => items
                .iter()
                .map(|(k, v)| format!("{}: {}", k.plain(), v.plain()))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

fn text(line: Line) -> Shown {
    Shown::Text(line)
}

/// The list separator of a language: 、 or a comma.
fn joined(lang: Lang, items: impl IntoIterator<Item = Line>) -> Line {
    Line::join(items, if lang == Lang::Zh { "、" } else { ", " })
}

/// Yuan as the text writes them (30万元, 1000元), in English with thousands grouped.
fn money(lang: Lang, m: Money) -> Line {
    Line::datum(m, lang.yuan(m))
}

/// A category by its letter, alike in both languages.
fn category(c: Category) -> Line {
    Line::datum(c.as_str(), c.as_str().to_string())
}

impl Show for u32 {
    fn show(&self, _: Lang) -> Shown {
        text(Line::datum(self, self.to_string()))
    }
}

impl Show for Money {
    fn show(&self, lang: Lang) -> Shown {
        text(money(lang, *self))
    }
}

/// A rate: a fraction, shown in per cent.
impl Show for Decimal {
    fn show(&self, _: Lang) -> Shown {
        text(Line::datum(Dec(*self), crate::figures::percent(Dec(*self))))
    }
}

/// A range the text gives (20-30万元).
impl Show for (Money, Money) {
    fn show(&self, lang: Lang) -> Shown {
        text(Line::join(
            [money(lang, self.0), money(lang, self.1)],
            if lang == Lang::Zh { "至" } else { " to " },
        ))
    }
}

impl Show for PerCategory {
    fn show(&self, lang: Lang) -> Shown {
        let each = Category::ALL.iter().filter_map(|&c| Some((c, self.get(c)?)));
        let each = each.map(|(c, m)| {
            let c = match lang {
                Lang::Zh => Line::datum(c.as_str(), format!("{}类", c.as_str())),
                Lang::En => category(c),
            };
            Line::join([c, money(lang, m)], " ")
        });
        text(Line::join(each, if lang == Lang::Zh { "；" } else { "; " }))
    }
}

impl Show for Categories {
    fn show(&self, lang: Lang) -> Shown {
        text(categories(lang, *self))
    }
}

/// Letters in the text's way (A、B、C), alike in both languages.
fn categories(lang: Lang, c: Categories) -> Line {
    match c.is_empty() {
        true => none(lang),
        false => Line::join(c.to_vec().into_iter().map(category), "、"),
    }
}

/// Where the data holds nothing: no category, no department.
fn none(lang: Lang) -> Line {
    Line::words(match lang {
        Lang::Zh => "无",
        Lang::En => "none",
    })
}

impl Show for Title {
    fn show(&self, lang: Lang) -> Shown {
        text(Line::datum(self.as_str(), lang.t(&format!("title.{}", self.as_str()))))
    }
}

impl Show for Degree {
    fn show(&self, lang: Lang) -> Shown {
        text(Line::datum(self.as_str(), lang.t(&format!("degree.{}", self.as_str()))))
    }
}

impl Show for Department {
    fn show(&self, lang: Lang) -> Shown {
        text(department(lang, *self))
    }
}

fn department(lang: Lang, d: Department) -> Line {
    Line::datum(d.as_str(), lang.t(&format!("dept.{}", d.as_str())))
}

impl Show for Cow<'static, [Honor]> {
    fn show(&self, lang: Lang) -> Shown {
        let each = self.iter().map(|h| Line::datum(h.as_str(), lang.t(&format!("honor.{}", h.as_str()))));
        text(joined(lang, each))
    }
}

/// The kinds of employer with the same value on one line, in the order of
/// the kinds: the seven §11(1) lists alike, then the two that differ.
fn employers<T: Copy>(lang: Lang, per: &PerEmployer<T>, each: impl Fn(T) -> Line) -> Shown {
    let mut rows: Vec<(Vec<EmployerType>, Line)> = Vec::new();
    for &e in EmployerType::ALL {
        let value = each(per.get(e));
        match rows.iter_mut().find(|(_, v)| *v == value) {
            Some((kinds, _)) => kinds.push(e),
            None => rows.push((vec![e], value)),
        }
    }
    let name = |e: EmployerType| Line::datum(e.as_str(), lang.t(&format!("employer.{}", e.as_str())));
    Shown::List(
        rows.into_iter().map(|(kinds, value)| (joined(lang, kinds.into_iter().map(name)), value)).collect(),
    )
}

impl Show for PerEmployer<Categories> {
    fn show(&self, lang: Lang) -> Shown {
        employers(lang, self, |c| categories(lang, c))
    }
}

impl Show for PerEmployer<Option<Department>> {
    fn show(&self, lang: Lang) -> Shown {
        employers(lang, self, |d| d.map_or_else(|| none(lang), |d| department(lang, d)))
    }
}

impl Show for AwardDepartments {
    fn show(&self, lang: Lang) -> Shown {
        let mut awards: Vec<_> = self.0.iter().map(|&(award, _)| award).collect();
        awards.dedup();
        let rows = awards.into_iter().map(|award| {
            let departments = self.get(award).into_iter().map(|d| department(lang, d));
            let what = Line::datum(award.as_str(), lang.t(&format!("benefit.{}", award.as_str())));
            (what, joined(lang, departments))
        });
        Shown::List(rows.collect())
    }
}

/// Every entry's value in one version, by name, in the data's order.
fn values(p: &'static Policy) -> Vec<(&'static str, &'static dyn Show)> {
    vec![
        ("min_age", &p.min_age),
        ("doctorate_max_age", &p.doctorate_max_age),
        ("postgraduate_max_age", &p.postgraduate_max_age),
        ("categories_for_employer", &p.categories_for_employer),
        ("min_contract_years", &p.min_contract_years),
        ("subsidy_months", &p.subsidy_months),
        ("housing_monthly", &p.housing_monthly),
        ("living_monthly", &p.living_monthly),
        ("purchase_subsidy", &p.purchase_subsidy),
        ("purchase_instalments", &p.purchase_instalments),
        ("purchase_first_year", &p.purchase_first_year),
        ("medical_staffing_min_title", &p.medical_staffing_min_title),
        ("medical_staffing_min_degree", &p.medical_staffing_min_degree),
        ("flexible_daily", &p.flexible_daily),
        ("startup_grant", &p.startup_grant),
        ("startup_grant_for_a_via", &p.startup_grant_for_a_via),
        ("startup_graduation_window_years", &p.startup_graduation_window_years),
        ("startup_operating_months", &p.startup_operating_months),
        ("startup_min_insured_employees", &p.startup_min_insured_employees),
        ("startup_tax_threshold", &p.startup_tax_threshold),
        ("loan_max_principal", &p.loan_max_principal),
        ("loan_max_months", &p.loan_max_months),
        ("loan_subsidy_share", &p.loan_subsidy_share),
        ("honor_award", &p.honor_award),
        ("honor_award_listings", &p.honor_award_listings),
        ("platform_national", &p.platform_national),
        ("platform_regional", &p.platform_regional),
        ("industrial_institute_per_year", &p.industrial_institute_per_year),
        ("industrial_institute_max_years", &p.industrial_institute_max_years),
        ("high_tech_first", &p.high_tech_first),
        ("high_tech_renewal", &p.high_tech_renewal),
        ("tech_sme_first", &p.tech_sme_first),
        ("little_giant", &p.little_giant),
        ("specialized_sme", &p.specialized_sme),
        ("key_tech_per_project", &p.key_tech_per_project),
        ("industry_education_cap", &p.industry_education_cap),
        ("joint_platform_cap", &p.joint_platform_cap),
        ("workstation", &p.workstation),
        ("department_for_employer", &p.department_for_employer),
        ("startup_department", &p.startup_department),
        ("flexible_hires_department", &p.flexible_hires_department),
        ("departments_for_award", &p.departments_for_award),
    ]
}

/// The clause and words of each entry, from the data in its JSON form.
fn words() -> serde_json::Map<String, serde_json::Value> {
    serde_json::from_str(talent_rules::policy::policy_json()).expect("the engine's policy data is JSON")
}

/// Every entry, with its values through the versions.
pub fn entries() -> Vec<Entry> {
    let versions = talent_rules::policy::versions().all();
    let words = words();
    let each: Vec<_> = versions.iter().map(|p| (p.in_force_from, values(p))).collect();
    let (_, first) = &each[0];
    first
        .iter()
        .enumerate()
        .map(|(i, &(name, _))| {
            let entry = &words[name];
            let mut values: Vec<(Date, &'static dyn Show)> = Vec::new();
            for (from, vs) in &each {
                let value = vs[i].1;
                if values.last().is_none_or(|(_, last)| !last.same(value)) {
                    values.push((*from, value));
                }
            }
            Entry {
                name,
                clause: entry["clause"].as_str().expect("every entry names its clause").to_string(),
                words: entry["text"].as_str().map(String::from),
                values,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_of_the_data_is_cited_once() {
        let names: Vec<&str> = entries().iter().map(|e| e.name).collect();
        let mut data: Vec<String> = words().keys().filter(|k| *k != "versions").cloned().collect();
        let mut mine: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        data.sort();
        mine.sort();
        assert_eq!(mine, data);
    }

    #[test]
    fn amounts_read_as_the_text_writes_them() {
        assert_eq!(money(Lang::Zh, Money::yuan(300_000)).plain(), "30万元");
        assert_eq!(money(Lang::Zh, Money::yuan(1_000)).plain(), "1000元");
        assert_eq!(money(Lang::En, Money::yuan(300_000)).plain(), "300,000 yuan");
        let per =
            PerCategory { a: Some(Money::yuan(1_000)), b: Some(Money::yuan(800)), ..Default::default() };
        assert_eq!(per.show(Lang::Zh).plain(), "A类 1000元；B类 800元");
        let Shown::Text(line) = per.show(Lang::En) else { panic!("one line") };
        let data: Vec<_> = line.0.iter().filter_map(|(d, _)| d.as_deref()).collect();
        assert_eq!(data, ["A", "1000.00", "B", "800.00"]);
        assert_eq!(Decimal::new(5, 1).show(Lang::En).plain(), "50%");
    }
}
