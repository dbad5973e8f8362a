//! A person's assessment: the day the category is decided on, the §10
//! category, then every clause about a person, each from its own module.

use crate::category::{classify, decided_on, Classification};
use crate::dates::Date;
use crate::ids::*;
use crate::input::{Employment, Loan, Person, Startup};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::{employer_type_at, related_programmes, Governing, Versions};
use crate::{case_review, honours, introduction, medical, service_card, startup};

/// What is assessed for one person.
#[derive(Clone, Copy)]
pub struct Case<'a> {
    pub person: &'a Person,
    pub employment: Option<&'a Employment>,
    pub startup: Option<&'a Startup>,
    pub loan: Option<&'a Loan>,
}

impl Case<'_> {
    /// A registration date after T: the business is planned, and the result
    /// is read as of the day it is to be registered (docs/interpretations.md).
    fn planned_registration(&self, t: Date) -> Option<Date> {
        self.startup.and_then(|s| s.registration_date).filter(|&r| r > t)
    }
    /// The day every date test is made on: T, or a planned registration.
    fn as_of(&self, t: Date) -> Date {
        self.planned_registration(t).unwrap_or(t)
    }
    /// INT-14: the version of the policy governing each part of the result.
    pub fn governing<'v>(&self, versions: &'v Versions, t: Date) -> Governing<'v> {
        let decided_on = decided_on(self.employment.and_then(|e| e.start_date), self.as_of(t));
        versions.governing(t, decided_on, self.startup.and_then(|s| s.registration_date))
    }
    pub fn classify(&self, versions: &Versions, t: Date) -> Classification {
        let decided_on = decided_on(self.employment.and_then(|e| e.start_date), self.as_of(t));
        classify(self.governing(versions, t).introduction, self.person, decided_on)
    }
}

/// `recognised_as` replaces the computed category: the what-if of an
/// equivalence claim (§10 相当人才), never a recognition.
pub fn assess(versions: &Versions, t: Date, case: Case, recognised_as: Option<Category>) -> Assessment {
    let p = case.person;
    let gov = case.governing(versions, t);
    let policy = gov.assessment;
    let cls = case.classify(versions, t);
    let cat = recognised_as.or(cls.category);
    let mut out = Outcome::default();
    out.interp(Interp::Int01);
    out.planned_registration_date = case.planned_registration(t);
    let start_date = case.employment.and_then(|e| e.start_date);
    if start_date.is_some() {
        out.interp(Interp::Int11);
    }
    // INT-13: the place of the employer can stand in for its kind.
    let placed = case
        .employment
        .map(|e| Employment { employer_type: employer_type_at(e.location, e.employer_type), ..e.clone() });
    let employed = placed.as_ref().filter(|e| e.mode != Mode::None);
    out.employer_submits = employed.is_some();
    let employer_type = employed.and_then(|e| e.employer_type);
    if let Some(e) = case.employment {
        if e.location != Location::Elsewhere {
            out.interp(Interp::Int13);
        }
    }

    if let (Some(e), Some(kind)) = (&placed, case.employment) {
        introduction::full_time(&mut out, gov.of(Clause::S11_1), cat, e);
        introduction::flexible(&mut out, gov.of(Clause::S11_2), cat, e);
        introduction::high_tech_zone(&mut out, e);
        medical::staffing(&mut out, gov.of(Clause::S6), p, kind);
        if let Some(d) = employer_type.and_then(|t| policy.department_for_employer.get(t)) {
            out.department(d);
        }
        service_card::grant(&mut out, gov.of(Clause::S14), cat, e);
    }
    age_limits_passed(&mut out, cat, &cls);
    if let Some(s) = case.startup {
        startup::grant(
            &mut out,
            gov.of(Clause::S13),
            case.as_of(t),
            cat,
            &cls,
            p,
            s,
            case_review::department(policy, employer_type, true),
        );
    }
    if let Some(l) = case.loan {
        startup::loan(&mut out, gov.of(Clause::S13), l);
    }
    honours::award(&mut out, gov.of(Clause::S15), p);
    if cat.is_none() {
        let dept = case_review::department(policy, employer_type, case.startup.is_some());
        case_review::special_talent(&mut out, dept);
    }
    if case.startup.is_none() {
        startup::prospect(&mut out, gov.of(Clause::S13), cat, &cls);
    }
    // The what-if of a claim is the review's answer, not a reason for another.
    if recognised_as.is_none() {
        case_review::equivalence(&mut out, p.claimed_equivalent, cat);
    }
    for &(id, clause, dept) in related_programmes() {
        out.related.push(RelatedProgramme { id, clause, apply_to: vec![dept] });
    }
    out.interp(Interp::Int09);
    name_versions(&mut out.benefits, &gov);
    out.finish(policy, t, cat, start_date, Some(cls))
}

/// Where a category is refused, says which better category an age limit
/// ended, and when: "not for your category" alone would mislead.
fn age_limits_passed(out: &mut Outcome, cat: Option<Category>, cls: &Classification) {
    let passed: Vec<Hint> = cls
        .criteria_expired
        .iter()
        .filter(|m| cat.is_none_or(|c| m.category.outranks(c)))
        .filter_map(|m| {
            m.valid_until.map(|until| Hint::AgeLimitPassed { criterion: m.id, category: m.category, until })
        })
        .collect();
    for i in &mut out.ineligible {
        if i.reasons
            .iter()
            .any(|r| matches!(r, Reason::CategoryNotAllowedForEmployer | Reason::CategoryNotListed))
        {
            i.hints.extend(passed.iter().cloned());
        }
    }
}

/// INT-14: a benefit under another version than the assessment date's names it.
fn name_versions(benefits: &mut [Benefit], gov: &Governing) {
    for b in benefits {
        let version = &gov.of(b.clause).id;
        if *version != gov.assessment.id {
            b.policy_version = Some(version.to_string());
            if let Some(alt) = &mut b.alternative {
                alt.policy_version = b.policy_version.clone();
            }
        }
    }
}
