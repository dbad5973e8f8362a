//! §13: the one-time start-up grant (with INT-07 and INT-10) and the
//! guaranteed-loan interest subsidy.

use crate::case_review;
use crate::category::Classification;
use crate::dates::Date;
use crate::ids::*;
use crate::input::{Loan, Person, Startup};
use crate::money::{Dec, Money, ZERO};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::Policy;
use rust_decimal::Decimal;

/// Loan rates are yearly; interest accrues monthly.
const MONTHS_PER_YEAR: u32 = 12;

/// `review`: where a §11(4) referral goes when §13 lists no category of theirs.
// Each argument is one input of §13's test; a struct of them would serve this call alone.
#[allow(clippy::too_many_arguments)]
pub fn grant(
    out: &mut Outcome,
    policy: &Policy,
    t: Date,
    cat: Option<Category>,
    cls: &Classification,
    p: &Person,
    s: &Startup,
    review: Department,
) {
    let mut reasons = Vec::new();
    let mut hints = Vec::new();
    if !s.registered_in_city {
        reasons.push(Reason::NotRegisteredInCity);
    }
    if !s.legal_representative {
        reasons.push(Reason::NotLegalRepresentative);
    }
    // Validation guarantees both dates; without them nothing below can be judged.
    if let (Some(reg), Some(grad)) = (s.registration_date, p.graduation_date) {
        let window_end = grad.plus_years(policy.startup_graduation_window_years);
        if reg < grad {
            reasons.push(Reason::RegisteredBeforeGraduation);
            out.interp(Interp::Int07);
        } else if reg > window_end {
            reasons.push(Reason::RegisteredTooLateAfterGraduation);
        }
        if reg < grad || reg > window_end {
            hints.push(Hint::RegistrationWindow { from: grad, until: window_end });
        }
        let operating_since = reg.plus_months(policy.startup_operating_months);
        if t <= operating_since {
            reasons.push(Reason::OperatingUnder12Months);
            hints.push(Hint::EligibleFrom { date: operating_since.next_day() });
        }
    }
    let employees_ok = s.insured_employees >= i64::from(policy.startup_min_insured_employees);
    if !employees_ok && s.tax_paid <= policy.startup_tax_threshold {
        reasons.push(Reason::EmploymentOrTaxThresholdNotMet);
        hints.push(Hint::EmployeesOrTax {
            employees_at_least: policy.startup_min_insured_employees,
            tax_more_than: policy.startup_tax_threshold,
        });
    }
    let amount = match cat {
        None => {
            reasons.push(Reason::NoCategory);
            None
        }
        Some(c) => {
            let listed = listed_as(policy, c, cls);
            let a = listed.and_then(|l| policy.startup_grant.get(l).map(|a| (l, a)));
            if a.is_none() {
                reasons.push(Reason::CategoryNotListed);
                hints.push(Hint::CategoriesAccepted {
                    categories: policy.startup_grant.categories().to_vec(),
                });
                case_review::special_talent(out, review);
            }
            a
        }
    };
    match amount {
        Some((listed, a)) if reasons.is_empty() => {
            let mut b =
                Benefit::new(BenefitId::StartupGrant, Clause::S13, Recipient::Talent, Amount::Exact(a));
            b.apply_to = vec![policy.startup_department];
            if cat != Some(listed) {
                b.interpretations.push(Interp::Int10);
            }
            let test = if employees_ok {
                Step::Employees {
                    employees: s.insured_employees,
                    at_least: policy.startup_min_insured_employees,
                }
            } else {
                Step::TaxAbove { tax: s.tax_paid, above: policy.startup_tax_threshold }
            };
            let standard = Step::Standard { category: listed, amount: a };
            out.grant(b.with_steps(vec![standard, test]));
        }
        _ => out.refuse(BenefitId::StartupGrant, Clause::S13, reasons, hints),
    }
}

/// INT-10: the category whose §13 amount applies. §13 leaves A out; the
/// honour that makes someone A must not cost them what a B–E criterion they
/// meet would give, so an unlisted category falls back on the best listed one met.
fn listed_as(policy: &Policy, cat: Category, cls: &Classification) -> Option<Category> {
    match policy.startup_grant.get(cat) {
        Some(_) => Some(cat),
        None => cls.best_of(policy.startup_grant_for_a_via),
    }
}

/// §13 for someone who has not said they run a business: the grant their
/// category would bring, as a prospect with its clause.
pub fn prospect(out: &mut Outcome, policy: &Policy, cat: Option<Category>, cls: &Classification) {
    let listed = cat.and_then(|c| listed_as(policy, c, cls));
    if let Some(amount) = listed.and_then(|c| policy.startup_grant.get(c)) {
        let prospect =
            Prospect { id: BenefitId::StartupGrant, clause: Clause::S13, amount: Amount::Exact(amount) };
        out.prospects.push(prospect);
    }
}

pub fn loan(out: &mut Outcome, policy: &Policy, l: &Loan) {
    let months = u32::try_from(l.term_months).unwrap_or(u32::MAX);
    let mut reasons = Vec::new();
    if l.principal > policy.loan_max_principal {
        reasons.push(Reason::LoanOverCap);
    }
    if months > policy.loan_max_months {
        reasons.push(Reason::LoanTermOverCap);
    }
    if !reasons.is_empty() {
        let principal = l.principal.min(policy.loan_max_principal);
        let term_months = months.min(policy.loan_max_months);
        let (subsidy, _) =
            interest_subsidy(policy.loan_subsidy_share, principal, l.annual_rate.0, term_months, l.repayment);
        let hints = vec![Hint::CappedLoan { principal, term_months, subsidy }];
        out.refuse(BenefitId::StartupLoanInterest, Clause::S13, reasons, hints);
        return;
    }
    let (subsidy, steps) =
        interest_subsidy(policy.loan_subsidy_share, l.principal, l.annual_rate.0, months, l.repayment);
    let mut b =
        Benefit::new(BenefitId::StartupLoanInterest, Clause::S13, Recipient::Talent, Amount::Exact(subsidy))
            .with_steps(steps);
    b.schedule =
        vec![Payment::Monthly { from_month: 1, to_month: months, per_month: monthly_share(subsidy, months) }];
    b.apply_to = vec![policy.startup_department];
    out.grant(b);
}

/// The subsidy spread over the loan term, for a rough monthly figure only.
fn monthly_share(total: Money, months: u32) -> Money {
    Money::round_fen(total.0 / Decimal::from(months.max(1)))
}

/// The share §13 subsidises of the interest actually paid, and its steps.
/// Callers keep `months` ≤ 36 and the principal ≤ the cap, so no power overflows.
pub fn interest_subsidy(
    share: Decimal,
    principal: Money,
    rate: Decimal,
    months: u32,
    method: Repayment,
) -> (Money, Vec<Step>) {
    let interest = match method {
        Repayment::InterestOnly => {
            Money::round_fen(principal.0 * rate * Decimal::from(months) / Decimal::from(MONTHS_PER_YEAR))
        }
        Repayment::EqualInstallments => equal_installment_interest(principal, rate, months),
    };
    let subsidy = Money::round_fen(interest.0 * share);
    let percent = Dec(share * Decimal::ONE_HUNDRED);
    let rate = Dec(rate);
    let how = match method {
        Repayment::InterestOnly => Step::InterestOnly { principal, rate, months, interest },
        Repayment::EqualInstallments => Step::EqualInstallments { principal, rate, months, interest },
    };
    (subsidy, vec![how, Step::InterestShare { interest, percent, subsidy }])
}

/// 等额本息: fixed payment rounded to the fen, each month's interest rounded to
/// the fen, the last month clears the balance.
fn equal_installment_interest(principal: Money, rate: Decimal, months: u32) -> Money {
    let r = rate / Decimal::from(MONTHS_PER_YEAR);
    if r.is_zero() || months == 0 {
        return ZERO;
    }
    let growth = (0..months).fold(Decimal::ONE, |acc, _| acc * (Decimal::ONE + r));
    let payment = Money::round_fen(principal.0 * r * growth / (growth - Decimal::ONE));
    let mut balance = principal;
    let mut total = ZERO;
    for m in 1..=months {
        let interest = Money::round_fen(balance.0 * r);
        let repaid = if m == months { balance } else { payment - interest };
        balance = balance - repaid;
        total += interest;
    }
    total
}
