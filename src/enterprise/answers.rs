//! An enterprise's answers, kept as typed, and how they become the engine's
//! enterprise input: numbers read as the talent page reads them, every other
//! check by the engine, whose errors land beside the control they name.

use crate::answers::{read_typed, Unit};
use talent_rules::dates::Date;
use talent_rules::ids::{Category, Degree, HighTech, Honor, Specialized, Title};
use talent_rules::input::{Enterprise, Hire, Input, Person};
use talent_rules::money::Money;
use talent_rules::output::CriterionMet;
use talent_rules::policy::{self, Versions};
use talent_rules::{assess_in, classify, Assessment, ErrorKind, InputError};

/// At most this many hire rows: the engine's own limit is far higher, but a
/// form with more rows is a batch, which has its own page.
pub const MAX_HIRE_ROWS: usize = 30;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnterpriseAnswers {
    pub registered_in_city: bool,
    pub division_affiliated: bool,
    pub platform_national: String,
    pub platform_regional: String,
    pub industrial_institute_years: String,
    pub high_tech: Option<HighTech>,
    pub tech_sme_first: bool,
    pub specialized: Option<Specialized>,
    pub specialized_awards_received: String,
    pub key_tech_projects: String,
    /// Empty: no industry-education base.
    pub industry_education_investment: String,
    pub joint_platforms: String,
    pub expert_workstations: String,
    pub hires: Vec<HireAnswers>,
    /// Empty means today.
    pub assessment_date: String,
}

/// One flexible hire: a declared category, or a short profile the engine
/// derives the category from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HireAnswers {
    pub label: String,
    pub days: String,
    /// `None`: derived from the profile below.
    pub category: Option<Category>,
    pub birth_date: String,
    pub degree: Degree,
    pub part_time_degree: Degree,
    pub title: Title,
    pub honors: Vec<Honor>,
}

/// The text fields outside the hire rows: (element id, engine path, unit).
/// The unit `None` marks the date.
pub const TEXT_FIELDS: [(&str, &str, Option<Unit>); 9] = [
    ("platform-national", "enterprise.platform_national", Some(Unit::Count)),
    ("platform-regional", "enterprise.platform_regional", Some(Unit::Count)),
    ("industrial-institute-years", "enterprise.industrial_institute_years", Some(Unit::Years)),
    ("specialized-awards-received", "enterprise.specialized_awards_received", Some(Unit::Yuan)),
    ("key-tech-projects", "enterprise.key_tech_breakthrough_projects", Some(Unit::Count)),
    ("industry-education-investment", "enterprise.industry_education_investment", Some(Unit::Yuan)),
    ("joint-platforms", "enterprise.joint_innovation_platforms", Some(Unit::Count)),
    ("expert-workstations", "enterprise.expert_workstations", Some(Unit::Count)),
    ("e-assessment-date", "assessment_date", None),
];

impl EnterpriseAnswers {
    pub fn text(&self, id: &str) -> &str {
        match id {
            "platform-national" => &self.platform_national,
            "platform-regional" => &self.platform_regional,
            "industrial-institute-years" => &self.industrial_institute_years,
            "specialized-awards-received" => &self.specialized_awards_received,
            "key-tech-projects" => &self.key_tech_projects,
            "industry-education-investment" => &self.industry_education_investment,
            "joint-platforms" => &self.joint_platforms,
            "expert-workstations" => &self.expert_workstations,
            "e-assessment-date" => &self.assessment_date,
            _ => "",
        }
    }
    pub fn text_mut(&mut self, id: &str) -> Option<&mut String> {
        Some(match id {
            "platform-national" => &mut self.platform_national,
            "platform-regional" => &mut self.platform_regional,
            "industrial-institute-years" => &mut self.industrial_institute_years,
            "specialized-awards-received" => &mut self.specialized_awards_received,
            "key-tech-projects" => &mut self.key_tech_projects,
            "industry-education-investment" => &mut self.industry_education_investment,
            "joint-platforms" => &mut self.joint_platforms,
            "expert-workstations" => &mut self.expert_workstations,
            "e-assessment-date" => &mut self.assessment_date,
            _ => return None,
        })
    }
}

/// The element id of a hire row's control: `hire-{row}-{part}`.
pub fn hire_id(row: usize, part: &str) -> String {
    format!("hire-{row}-{part}")
}

/// The row and part a hire row's element id names (`hire_id` read back).
pub fn hire_part(id: &str) -> Option<(usize, &str)> {
    let (row, part) = id.strip_prefix("hire-")?.split_once('-')?;
    Some((row.parse().ok()?, part))
}

/// A message beside the control `id`.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub id: String,
    pub key: &'static str,
    pub params: Vec<(&'static str, String)>,
    /// The unit of a number field, for the example its message gives.
    pub unit: Option<Unit>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnterpriseEvaluation {
    pub problems: Vec<Problem>,
    /// `None` while any answer needs correcting.
    pub result: Option<Assessment>,
    /// For each hire in the result, its row in the form.
    pub rows: Vec<usize>,
    /// Rows with neither a category nor a birth date yet: left out of the
    /// result until filled in, which holds nothing else back.
    pub waiting: Vec<usize>,
    /// For each hire in the result, why it has its category.
    pub bases: Vec<Basis>,
}

/// Why a flexible hire has its category: the one the employer declared, or
/// the §10 criteria of that category its profile meets, as the engine's
/// `classify` finds them on the assessment date (none: no category).
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    Declared,
    Criteria(Vec<CriterionMet>),
}

impl EnterpriseEvaluation {
    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.id == id)
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    fn fail(
        &mut self,
        id: String,
        key: &'static str,
        params: Vec<(&'static str, String)>,
        unit: Option<Unit>,
    ) {
        if !self.problems.iter().any(|p| p.id == id) {
            self.problems.push(Problem { id, key, params, unit });
        }
    }
    fn date(&mut self, id: String, text: &str) -> Option<Date> {
        let t = text.trim();
        if t.is_empty() {
            return None;
        }
        let d = Date::parse(t);
        if d.is_none() {
            self.fail(id, "error.date", vec![("value", t.to_string())], None);
        }
        d
    }
    fn number(&mut self, id: String, unit: Unit, text: &str) -> Option<rust_decimal::Decimal> {
        if text.trim().is_empty() {
            return None;
        }
        let n = read_typed(unit, text);
        if n.is_none() {
            self.fail(id, "error.number", vec![("value", text.trim().to_string())], Some(unit));
        }
        n
    }
    /// A count or a number of years or days: whole, 0 when empty.
    fn whole(&mut self, id: String, unit: Unit, text: &str) -> i64 {
        let Some(n) = self.number(id.clone(), unit, text) else { return 0 };
        match n.normalize().to_string().parse() {
            Ok(n) => n,
            // Whole, with more digits than an i64: the engine's bound names the most allowed.
            Err(_) if n.fract().is_zero() => {
                if n.is_sign_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            Err(_) => {
                self.fail(id, "error.whole", vec![("value", text.trim().to_string())], Some(unit));
                0
            }
        }
    }
    fn money(&mut self, id: String, text: &str) -> Option<Money> {
        self.number(id, Unit::Yuan, text).map(Money)
    }
    /// What the engine refused, beside the control its path names.
    fn refused(&mut self, e: &InputError, rows: &[usize], hires: &[HireAnswers]) {
        let (id, unit) = control_of(&e.path, rows);
        let limit = e.limit.clone().unwrap_or_default();
        let (key, params) = match e.kind {
            ErrorKind::Required if e.path.ends_with(".category") => ("ent.error.hire_profile", vec![]),
            ErrorKind::Required => ("error.required", vec![]),
            ErrorKind::Negative => ("error.negative", vec![]),
            ErrorKind::TooManyDecimals => ("error.fen", vec![]),
            ErrorKind::BeforePolicy => ("error.before_policy", vec![("date", limit)]),
            ErrorKind::TooYoung => ("error.too_young", vec![("age", limit)]),
            ErrorKind::AfterAssessmentDate => {
                let birth = hire_of(&e.path, rows).map(|(row, _)| hires[row].birth_date.trim().to_string());
                ("error.birth_after", vec![("date", limit), ("birth", birth.unwrap_or_default())])
            }
            ErrorKind::OutOfRange if unit == Some(Unit::Yuan) => ("error.too_large", vec![]),
            ErrorKind::OutOfRange if Date::parse(&limit).is_some() => {
                ("error.date_after", vec![("date", limit)])
            }
            ErrorKind::OutOfRange => ("error.at_most", vec![("max", limit)]),
            _ => ("error.unexpected", vec![("path", e.path.clone())]),
        };
        self.fail(id, key, params, unit);
    }
}

/// The form row of the hire an engine path names, and the rest of the path.
fn hire_of<'p>(path: &'p str, rows: &[usize]) -> Option<(usize, &'p str)> {
    let (i, rest) = path.strip_prefix("enterprise.flexible_hires[")?.split_once(']')?;
    Some((*rows.get(i.parse::<usize>().ok()?)?, rest))
}

/// The control an engine path names, and its unit; `rows` gives the form
/// row of each hire the engine saw.
fn control_of(path: &str, rows: &[usize]) -> (String, Option<Unit>) {
    if let Some((id, _, unit)) = TEXT_FIELDS.iter().find(|f| f.1 == path) {
        return (id.to_string(), *unit);
    }
    if let Some((row, rest)) = hire_of(path, rows) {
        return match rest {
            ".days" => (hire_id(row, "days"), Some(Unit::Days)),
            ".person.birth_date" => (hire_id(row, "birth"), None),
            ".person.graduation_date" | ".person" | ".person.honors" => (hire_id(row, "birth"), None),
            _ => (hire_id(row, "category"), None),
        };
    }
    ("e-assessment-date".to_string(), None)
}

impl EnterpriseAnswers {
    pub fn evaluate(&self, today: Date) -> EnterpriseEvaluation {
        self.evaluate_in(policy::versions(), today)
    }

    /// `evaluate` under `versions` rather than the compiled-in ones.
    pub fn evaluate_in(&self, versions: &Versions, today: Date) -> EnterpriseEvaluation {
        let mut r = Reader::default();
        let t = r.date("e-assessment-date".into(), &self.assessment_date).unwrap_or(today);
        let count = |r: &mut Reader, id: &str, unit| r.whole(id.into(), unit, self.text(id));
        let enterprise = Enterprise {
            registered_in_city: self.registered_in_city,
            division_affiliated: self.division_affiliated,
            platform_national: count(&mut r, "platform-national", Unit::Count),
            platform_regional: count(&mut r, "platform-regional", Unit::Count),
            industrial_institute_years: count(&mut r, "industrial-institute-years", Unit::Years),
            high_tech: self.high_tech,
            tech_sme_first: self.tech_sme_first,
            specialized: self.specialized,
            specialized_awards_received: r
                .money("specialized-awards-received".into(), &self.specialized_awards_received)
                .unwrap_or_default(),
            key_tech_breakthrough_projects: count(&mut r, "key-tech-projects", Unit::Count),
            industry_education_investment: r
                .money("industry-education-investment".into(), &self.industry_education_investment),
            joint_innovation_platforms: count(&mut r, "joint-platforms", Unit::Count),
            expert_workstations: count(&mut r, "expert-workstations", Unit::Count),
            flexible_hires: Vec::new(),
        };
        let (mut rows, mut waiting) = (Vec::new(), Vec::new());
        let mut enterprise = enterprise;
        for (row, h) in self.hires.iter().enumerate() {
            if h.category.is_none() && h.birth_date.trim().is_empty() {
                waiting.push(row);
            } else {
                rows.push(row);
                enterprise.flexible_hires.push(h.hire(&mut r, row));
            }
        }
        let input = Input { assessment_date: Some(t), enterprise: Some(enterprise), ..Input::default() };
        if r.problems.is_empty() {
            for e in input.problems() {
                r.refused(&e, &rows, &self.hires);
            }
        }
        let result = if r.problems.is_empty() { assess_in(versions, &input).ok() } else { None };
        let hires = input.enterprise.iter().flat_map(|e| &e.flexible_hires);
        let bases = hires
            .map(|h| match (&h.category, &h.person) {
                (Some(_), _) => Basis::Declared,
                (None, Some(p)) => {
                    let c = classify(versions.in_force(t), p, t);
                    Basis::Criteria(
                        c.criteria_met.into_iter().filter(|m| Some(m.category) == c.category).collect(),
                    )
                }
                (None, None) => Basis::Criteria(Vec::new()),
            })
            .collect();
        EnterpriseEvaluation { problems: r.problems, result, rows, waiting, bases }
    }
}

impl HireAnswers {
    fn hire(&self, r: &mut Reader, row: usize) -> Hire {
        let days = r.whole(hire_id(row, "days"), Unit::Days, &self.days);
        // With a declared category the profile is not asked; an unreadable
        // birth date has its message from `date`.
        let birth =
            if self.category.is_none() { r.date(hire_id(row, "birth"), &self.birth_date) } else { None };
        let person = birth.map(|birth_date| Person {
            birth_date,
            full_time_degree: self.degree,
            part_time_degree: self.part_time_degree,
            title_level: self.title,
            honors: self.honors.clone(),
            claimed_equivalent: None,
            graduation_date: None,
        });
        Hire { label: self.label.trim().to_string(), category: self.category, person, days }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::BenefitId;

    fn today() -> Date {
        Date::parse("2026-11-24").unwrap()
    }

    #[test]
    fn an_empty_form_gives_a_result_with_nothing_awarded() {
        let e = EnterpriseAnswers::default().evaluate(today());
        assert!(e.problems.is_empty(), "{:?}", e.problems);
        assert!(e.result.unwrap().benefits.is_empty());
    }

    #[test]
    fn counts_and_money_are_read_as_people_type_them() {
        let a = EnterpriseAnswers {
            registered_in_city: true,
            platform_national: "１个".into(),
            specialized_awards_received: "30万".into(),
            specialized: Some(Specialized::LittleGiant),
            ..EnterpriseAnswers::default()
        };
        let r = a.evaluate(today()).result.unwrap();
        assert!(r.benefits.iter().any(|b| b.id == BenefitId::PlatformNational));
        assert!(r.benefits.iter().any(|b| b.id == BenefitId::LittleGiant));
    }

    #[test]
    fn each_bad_answer_is_named_beside_its_control() {
        let a = EnterpriseAnswers {
            platform_national: "two".into(),
            joint_platforms: "1.5".into(),
            specialized_awards_received: "-1".into(),
            hires: vec![HireAnswers { days: "5".into(), ..HireAnswers::default() }],
            ..EnterpriseAnswers::default()
        };
        let e = a.evaluate(today());
        assert_eq!(e.problem("platform-national").unwrap().key, "error.number");
        assert_eq!(e.problem("joint-platforms").unwrap().key, "error.whole");
        assert_eq!(e.waiting, [0], "a row without category or birth date waits");
        assert!(e.result.is_none());
        let only_engine = EnterpriseAnswers { specialized_awards_received: "-1".into(), ..a.clone() };
        let e = EnterpriseAnswers {
            hires: vec![],
            platform_national: "".into(),
            joint_platforms: "".into(),
            expert_workstations: "12345678901234567890".into(),
            ..only_engine
        }
        .evaluate(today());
        assert_eq!(e.problem("specialized-awards-received").unwrap().key, "error.negative");
        // Whole, with more digits than any count: the most allowed is named.
        let many = e.problem("expert-workstations").unwrap();
        assert_eq!((many.key, many.params[0].0), ("error.at_most", "max"));
    }

    #[test]
    fn a_hire_is_paid_from_a_declared_category_or_a_profile() {
        let phd = HireAnswers {
            label: "张工".into(),
            days: "10".into(),
            birth_date: "1990-01-01".into(),
            degree: Degree::Doctorate,
            ..HireAnswers::default()
        };
        let declared = HireAnswers {
            label: "李老师".into(),
            days: "4".into(),
            category: Some(Category::A),
            ..HireAnswers::default()
        };
        let a = EnterpriseAnswers {
            registered_in_city: true,
            division_affiliated: true,
            hires: vec![phd, declared],
            ..EnterpriseAnswers::default()
        };
        let mut waiting = a.clone();
        waiting.hires.insert(1, HireAnswers { days: "3".into(), ..HireAnswers::default() });
        let e = waiting.evaluate(today());
        assert_eq!((e.rows.as_slice(), e.waiting.as_slice()), ([0, 2].as_slice(), [1].as_slice()));
        assert_eq!(e.result.unwrap().flexible_hires.len(), 2, "a row still waiting holds nothing back");
        let e = a.evaluate(today());
        let doctorate =
            |b: &Basis| matches!(b, Basis::Criteria(m) if m.len() == 1 && m[0].id.as_str() == "doctorate_45");
        assert!(doctorate(&e.bases[0]), "the profile's criterion: {:?}", e.bases);
        assert_eq!(e.bases[1], Basis::Declared);
        let r = e.result.unwrap();
        assert_eq!(r.flexible_hires[0].category, Some(Category::B));
        assert_eq!(r.flexible_hires[1].category, Some(Category::A));
        assert!(r.totals.employer.max > Money::default());
        let e = EnterpriseAnswers { division_affiliated: false, ..a }.evaluate(today());
        assert_eq!(e.result.unwrap().totals.employer.max, Money::default(), "§11(2) needs 师属");
    }

    #[test]
    fn a_hire_born_after_the_assessment_date_is_told_both_dates() {
        let waiting = HireAnswers::default();
        let unborn =
            HireAnswers { days: "5".into(), birth_date: "2030-01-01".into(), ..HireAnswers::default() };
        let a = EnterpriseAnswers { hires: vec![waiting, unborn], ..EnterpriseAnswers::default() };
        let e = a.evaluate(today());
        let p = e.problem("hire-1-birth").unwrap();
        assert_eq!(p.key, "error.birth_after");
        let param = |name| p.params.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str());
        assert_eq!(param("birth"), Some("2030-01-01"));
        assert_eq!(param("date"), Some(today().to_string().as_str()));
    }

    #[test]
    fn engine_paths_map_to_controls() {
        let rows = [0, 2, 3, 5];
        assert_eq!(
            control_of("enterprise.flexible_hires[3].days", &rows).0,
            "hire-5-days",
            "rows waiting skipped"
        );
        assert_eq!(control_of("enterprise.flexible_hires[0].person.birth_date", &rows).0, "hire-0-birth");
        assert_eq!(control_of("enterprise.flexible_hires[1].category", &rows).0, "hire-2-category");
        assert_eq!(control_of("enterprise.expert_workstations", &rows).0, "expert-workstations");
        assert_eq!(control_of("assessment_date", &rows).0, "e-assessment-date");
        assert_eq!(hire_part(&hire_id(12, "part-time-degree")), Some((12, "part-time-degree")));
        assert_eq!(hire_part("hire-x-days"), None);
    }
}
