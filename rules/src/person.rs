//! A person's assessment: §10 category, then every individual clause in scope.

use crate::category::{classify, Classification};
use crate::dates::Date;
use crate::ids::*;
use crate::input::{Employment, Loan, Person, Startup};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::*;
use crate::{introduction, startup};

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
    /// INT-11: the start date, when given, decides the category.
    pub fn decided_on(&self, t: Date) -> Date {
        self.employment.and_then(|e| e.start_date).unwrap_or(self.as_of(t))
    }
    pub fn classify(&self, t: Date) -> Classification {
        classify(self.person, self.decided_on(t))
    }
}

/// `recognised_as` replaces the computed category: the what-if of an
/// equivalence claim (§10 相当人才), never a recognition.
pub fn assess(t: Date, case: Case, recognised_as: Option<Category>) -> Assessment {
    let p = case.person;
    let cls = case.classify(t);
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
        introduction::full_time(&mut out, cat, e);
        introduction::flexible(&mut out, cat, e);
        introduction::high_tech_zone(&mut out, e);
        medical_staffing(&mut out, p, kind);
        if let Some(d) = employer_type.and_then(department_for_employer) {
            out.department(d);
        }
        service_card(&mut out, cat, e);
    }
    age_limits_passed(&mut out, cat, &cls);
    if let Some(s) = case.startup {
        startup::grant(&mut out, case.as_of(t), cat, &cls, p, s, review_department(employer_type, true));
    }
    if let Some(l) = case.loan {
        startup::loan(&mut out, l);
    }
    honor_award(&mut out, p);
    let review_dept = review_department(employer_type, case.startup.is_some());
    if cat.is_none() {
        special_talent_review(&mut out, review_dept);
    }
    if case.startup.is_none() {
        startup_prospect(&mut out, cat, &cls);
    }
    if let Some(claimed) = p.claimed_equivalent.filter(|_| recognised_as.is_none()) {
        if cat.is_none_or(|c| claimed.outranks(c)) {
            out.refer(ReferralId::EquivalenceReview, Clause::S10, Some(claimed), Vec::new());
        }
    }
    for &(id, clause, dept) in related_programmes() {
        out.related.push(RelatedProgramme { id, clause, apply_to: vec![dept] });
    }
    out.interp(Interp::Int09);
    out.finish(t, cat, start_date, Some(cls))
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

/// Where a case-by-case review goes: the employer's department; a founder
/// without an employer to the start-up department, never "through your employer".
fn review_department(employer_type: Option<EmployerType>, founder: bool) -> Department {
    match employer_type {
        None if founder => STARTUP_DEPARTMENT,
        t => department_for_review(t),
    }
}

/// §11(4): a skilled person outside §10's lists goes 一事一议.
pub fn special_talent_review(out: &mut Outcome, dept: Department) {
    out.refer(ReferralId::SpecialTalentReview, Clause::S11_4, None, vec![dept]);
}

/// §13 for someone who has not said they run a business: the grant their
/// category would bring (INT-10 for A), as a prospect with its clause.
fn startup_prospect(out: &mut Outcome, cat: Option<Category>, cls: &Classification) {
    let listed = match cat {
        Some(c) if STARTUP_GRANT.get(c).is_some() => Some(c),
        Some(_) => cls.best_of(STARTUP_GRANT_FOR_A_VIA),
        None => None,
    };
    if let Some(amount) = listed.and_then(|c| STARTUP_GRANT.get(c)) {
        let prospect =
            Prospect { id: BenefitId::StartupGrant, clause: Clause::S13, amount: Amount::Exact(amount) };
        out.prospects.push(prospect);
    }
}

/// §6 with INT-08: a new full-time hire at a public hospital with a
/// senior-or-associate-senior title *or* a master's or doctorate, full-time
/// or part-time (§6 says 研究生以上学历 without 全日制); the hospital's
/// shortage-post list is for the user to confirm.
fn medical_staffing(out: &mut Outcome, p: &Person, e: &Employment) {
    if e.employer_type != Some(EmployerType::PublicHospital) {
        return;
    }
    let mut reasons = Vec::new();
    if e.mode != Mode::FullTime {
        reasons.push(Reason::NotFullTime);
    }
    let postgraduate = p.full_time_degree.max(p.part_time_degree) >= MEDICAL_STAFFING_MIN_DEGREE;
    if p.title_level < MEDICAL_STAFFING_MIN_TITLE && !postgraduate {
        reasons.push(Reason::NoQualifyingTitleOrDegree);
    }
    if !reasons.is_empty() {
        out.refuse(BenefitId::MedicalStaffing, Clause::S6, reasons, Vec::new());
        return;
    }
    let mut b = Benefit::new(BenefitId::MedicalStaffing, Clause::S6, Recipient::Talent, Amount::InKind(True));
    b.interpretations.push(Interp::Int08);
    b.confirm.push(Confirm::HospitalShortagePost);
    b.apply_to.push(Department::Health);
    out.grant(b);
}

/// §14: every recognised talent working in the city gets the service card.
fn service_card(out: &mut Outcome, cat: Option<Category>, e: &Employment) {
    if cat.is_some() && e.mode != Mode::None {
        let mut b =
            Benefit::new(BenefitId::TalentServiceCard, Clause::S14, Recipient::Talent, Amount::InKind(True));
        b.apply_to = e.employer_type.and_then(department_for_employer).into_iter().collect();
        out.grant(b);
    }
}

/// §15: once per person, even when listed as both 天山英才 and 兵团英才.
fn honor_award(out: &mut Outcome, p: &Person) {
    if p.honors.iter().any(|h| HONOR_AWARD_LISTINGS.contains(h)) {
        let mut b = Benefit::new(
            BenefitId::TalentHonorAward,
            Clause::S15,
            Recipient::Talent,
            Amount::Exact(HONOR_AWARD),
        );
        b.calculation = format!("{HONOR_AWARD}");
        out.grant(b);
    }
}
