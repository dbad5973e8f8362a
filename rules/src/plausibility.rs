//! Answers that are possible but unlikely: a person should look at them
//! again, though they may be right, and the result is computed all the same.
//! A warning is data, the bound it crossed included, for a page to say in
//! its language beside the answer (`Warning::path`); the bounds are the
//! policy table's.

use crate::category::decided_on;
use crate::dates::Date;
use crate::ids::Degree;
use crate::input::{Employment, Input, Person};
use crate::money::Money;
use crate::policy::{versions, Versions, USUAL_MIN_GRADUATION_AGE};
use serde::{Deserialize, Serialize};

/// An answer to look at again, by kind, with the bound it crossed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Warning {
    /// `person.graduation_date` is before the person turned `age`.
    GraduatedYoung { age: u32 },
    /// A bachelor's degree or higher (`person.full_time_degree`) before the
    /// person turned `age`: by the graduation date given, else by T.
    DegreeYoung { age: u32 },
    /// `employment.bingtuan_support` is above `max`, all that §11(1) can give
    /// anyone in the version that governs it (INT-04 compares the two): most
    /// likely mistyped.
    SupportLarge { max: Money },
}

impl Warning {
    /// The JSON path of the answer to look at again.
    pub fn path(&self) -> &'static str {
        match self {
            Warning::GraduatedYoung { .. } => "person.graduation_date",
            Warning::DegreeYoung { .. } => "person.full_time_degree",
            Warning::SupportLarge { .. } => "employment.bingtuan_support",
        }
    }
}

/// The warnings of an input that may have problems (a form's, as typed):
/// none on an answer the engine refuses, and no age while the birth date
/// itself is refused, as it would mean nothing.
pub fn warnings(input: &Input) -> Vec<Warning> {
    let problems = input.problems();
    let refused = |path: &str| problems.iter().any(|e| e.path == path);
    let person = input.person.as_ref().filter(|_| !refused("person.birth_date"));
    let mut found = unlikely(versions(), input.assessment_date, person, input.employment.as_ref());
    found.retain(|w| !refused(w.path()));
    found
}

/// The warnings of a person's answers on `t`, under `versions`: those of a
/// valid input, which its result carries (`Assessment::warnings`).
pub(crate) fn unlikely(
    versions: &Versions,
    t: Option<Date>,
    person: Option<&Person>,
    e: Option<&Employment>,
) -> Vec<Warning> {
    let mut found = Vec::new();
    let age = USUAL_MIN_GRADUATION_AGE;
    if let Some(p) = person {
        let adult = p.birth_date.plus_years(age);
        if p.graduation_date.is_some_and(|g| g < adult) {
            found.push(Warning::GraduatedYoung { age });
        }
        // Graduated by the graduation date given, or else by the assessment date.
        if p.full_time_degree >= Degree::Bachelor && p.graduation_date.or(t).is_some_and(|g| g < adult) {
            found.push(Warning::DegreeYoung { age });
        }
    }
    if let (Some(t), Some(e)) = (t, e) {
        // §11(1) follows the version in force on the day the category is decided (INT-14).
        let most = versions.in_force(decided_on(e.start_date, t)).full_time_most();
        if e.bingtuan_support.is_some_and(|s| s > most) {
            found.push(Warning::SupportLarge { max: most });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;
    use serde_json::json;

    fn of(input: serde_json::Value) -> Vec<Warning> {
        warnings(&parse(&input.to_string()).unwrap())
    }

    fn person(birth: &str, degree: &str, graduation: Option<&str>) -> serde_json::Value {
        let mut p = json!({"birth_date": birth, "full_time_degree": degree});
        if let Some(g) = graduation {
            p["graduation_date"] = json!(g);
        }
        json!({"assessment_date": "2026-11-23", "person": p})
    }

    const YOUNG: Warning = Warning::DegreeYoung { age: 18 };

    fn most() -> Money {
        crate::policy::in_force(Date::parse("2026-11-23").unwrap()).full_time_most()
    }

    #[test]
    fn a_degree_or_a_graduation_before_18_is_warned_about() {
        assert_eq!(of(person("2009-06-01", "bachelor", None)), [YOUNG], "a bachelor at 17 on T");
        assert!(of(person("2009-06-01", "junior_college", None)).is_empty(), "no degree to doubt");
        assert!(of(person("2008-11-23", "bachelor", None)).is_empty(), "18 on T");
        assert_eq!(
            of(person("2000-03-01", "bachelor", Some("2017-06-30"))),
            [Warning::GraduatedYoung { age: 18 }, YOUNG],
            "graduated at 17"
        );
        assert!(of(person("2000-03-01", "bachelor", Some("2018-03-01"))).is_empty(), "on the 18th birthday");
        assert_eq!(
            of(person("2000-03-01", "none", Some("2017-06-30"))),
            [Warning::GraduatedYoung { age: 18 }],
            "a graduation without a degree"
        );
    }

    #[test]
    fn a_refused_answer_is_no_warning_and_a_refused_birth_date_warns_of_no_age() {
        // Too young to be assessed: the birth date is wrong, not the degree.
        assert!(of(person("2015-01-01", "bachelor", None)).is_empty());
        // A graduation before the birth is refused, not also warned about;
        // the degree it dates still is.
        assert_eq!(of(person("2000-03-01", "bachelor", Some("1999-01-01"))), [YOUNG]);
    }

    #[test]
    fn bingtuan_support_above_all_that_the_full_time_introduction_gives_is_warned_about() {
        let support = |s: &str| {
            let mut i = person("1992-04-15", "doctorate", None);
            i["employment"] =
                json!({"mode": "full_time", "employer_type": "enterprise", "bingtuan_support": s});
            of(i)
        };
        assert_eq!(most().to_string(), "788000.00");
        assert!(support("788000").is_empty(), "as much as §11(1) can give");
        assert_eq!(support("788000.01"), [Warning::SupportLarge { max: most() }]);
        assert!(support("788000.001").is_empty(), "refused: too many decimals");
        assert_eq!(Warning::SupportLarge { max: most() }.path(), "employment.bingtuan_support");
    }

    #[test]
    fn a_result_carries_its_warnings_as_the_contract_writes_them() {
        let mut i = person("1992-04-15", "doctorate", None);
        i["employment"] =
            json!({"mode": "full_time", "employer_type": "enterprise", "bingtuan_support": "900000"});
        let a = crate::assess_json(&i.to_string()).unwrap();
        assert_eq!(a.warnings, [Warning::SupportLarge { max: most() }]);
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["warnings"], json!([{"kind": "support_large", "max": "788000.00"}]));
        let none = crate::assess_json(&person("1992-04-15", "doctorate", None).to_string()).unwrap();
        assert!(serde_json::to_value(&none).unwrap().get("warnings").is_none(), "omitted when empty");
    }
}
