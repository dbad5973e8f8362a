//! Collects benefits, ineligibilities and referrals while the rules run, and
//! turns them into an `Assessment` with totals.

use crate::category::Classification;
use crate::dates::Date;
use crate::ids::*;
use crate::money::Money;
use crate::output::*;
use crate::policy::{Policy, LATER_EVENT_BENEFITS};

#[derive(Default)]
pub struct Outcome {
    pub benefits: Vec<Benefit>,
    pub ineligible: Vec<Ineligible>,
    pub referrals: Vec<Referral>,
    pub hires: Vec<HireResult>,
    pub related: Vec<RelatedProgramme>,
    pub prospects: Vec<Prospect>,
    pub apply_to: Vec<Department>,
    pub interps: Vec<Interp>,
    pub funding: Option<Funding>,
    /// Added to the talent's total on top of its benefits (INT-04 top-up).
    pub talent_adjustment: Money,
    pub employer_submits: bool,
    pub planned_registration_date: Option<Date>,
}

impl Outcome {
    pub fn department(&mut self, d: Department) {
        if !self.apply_to.contains(&d) {
            self.apply_to.push(d);
        }
    }
    pub fn interp(&mut self, i: Interp) {
        if !self.interps.contains(&i) {
            self.interps.push(i);
        }
    }
    pub fn grant(&mut self, b: Benefit) {
        for d in b.apply_to.clone() {
            self.department(d);
        }
        for i in b.interpretations.clone() {
            self.interp(i);
        }
        self.benefits.push(b);
    }
    pub fn refuse(&mut self, id: BenefitId, clause: Clause, reasons: Vec<Reason>, hints: Vec<Hint>) {
        self.ineligible.push(Ineligible { id, clause, reasons, hints });
    }
    /// Once per referral id.
    pub fn refer(
        &mut self,
        id: ReferralId,
        clause: Clause,
        category: Option<Category>,
        apply_to: Vec<Department>,
    ) {
        if !self.referrals.iter().any(|r| r.id == id) {
            self.referrals.push(Referral { id, clause, category, apply_to });
        }
    }

    /// The assessment, with totals; `decided_on` is the start date the
    /// category was decided on, when one was given (INT-11).
    pub fn finish(
        mut self,
        policy: &Policy,
        t: Date,
        category: Option<Category>,
        decided_on: Option<Date>,
        cls: Option<Classification>,
    ) -> Assessment {
        let Classification { valid_until: category_valid_until, criteria_met, criteria_expired, .. } =
            cls.unwrap_or_default();
        let mut totals = Totals::default();
        for b in &self.benefits {
            totals.for_recipient(b.recipient).add(b.amount.span());
            if b.recipient == Recipient::Talent && LATER_EVENT_BENEFITS.contains(&b.id) {
                totals.talent_later.add(b.amount.span());
            }
        }
        let hires: Money = self.hires.iter().map(|h| h.amount).sum();
        totals.employer.add((hires, hires));
        totals.talent.add((self.talent_adjustment, self.talent_adjustment));
        for c in &criteria_met {
            for i in &c.interpretations {
                if !self.interps.contains(i) {
                    self.interps.push(*i);
                }
            }
        }
        // In id order; filtering the list of all ids needs no sort code in the download.
        let interps: Vec<Interp> = Interp::ALL.iter().copied().filter(|i| self.interps.contains(i)).collect();
        Assessment {
            policy: policy.document.to_string(),
            policy_version: policy.id.to_string(),
            assessment_date: t,
            planned_registration_date: self.planned_registration_date,
            category,
            category_decided_on: decided_on,
            category_valid_until,
            criteria_met,
            criteria_expired,
            benefits: self.benefits,
            ineligible: self.ineligible,
            referrals: self.referrals,
            flexible_hires: self.hires,
            related_programmes: self.related,
            prospects: self.prospects,
            apply_to: self.apply_to,
            employer_submits: self.employer_submits,
            funding: self.funding,
            totals,
            interpretations: interps,
            // The answers' own, not the clauses': `crate::assess` adds them.
            warnings: Vec::new(),
        }
    }
}
