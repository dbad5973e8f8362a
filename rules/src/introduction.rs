//! §11(1) full-time new introduction (with the INT-04 Bingtuan top-up),
//! §11(2) flexible introduction and §11(3) the high-tech zone referral.

use crate::ids::*;
use crate::input::Employment;
use crate::money::{Money, ZERO};
use crate::outcome::Outcome;
use crate::output::*;
use crate::policy::{PerCategory, Policy};
use rust_decimal::{Decimal, RoundingStrategy};

/// §11(1). Conditions tied to a full-time contract are checked only when the
/// mode is full-time: for anyone else they were never asked.
pub fn full_time(out: &mut Outcome, policy: &Policy, cat: Option<Category>, e: &Employment) {
    let mut reasons = Vec::new();
    let mut hints = Vec::new();
    if e.mode != Mode::FullTime {
        reasons.push(Reason::NotFullTime);
    }
    let (by_employer, employer_hints) = employer_test(policy, cat, e.employer_type);
    reasons.extend(by_employer);
    hints.extend(employer_hints);
    if e.mode == Mode::FullTime {
        if !e.first_social_insurance_in_city {
            reasons.push(Reason::NotFirstSocialInsurance);
        }
        // An unanswered length is not a short contract: the user is asked, not told off.
        let short = match e.contract_years {
            None => Some(Reason::ContractLengthNotGiven),
            Some(y) if y.0 < Decimal::from(policy.min_contract_years) => Some(Reason::ContractTooShort),
            Some(_) => None,
        };
        if let Some(reason) = short.filter(|_| !e.open_ended_contract) {
            reasons.push(reason);
            hints.push(Hint::ContractYearsAtLeast { years: policy.min_contract_years });
        }
    }
    let housing_id = match e.housing_choice {
        HousingChoice::Cash => BenefitId::HousingSubsidy,
        HousingChoice::TurnoverHousing => BenefitId::TurnoverHousing,
    };
    let cat = match cat {
        Some(c) if reasons.is_empty() => c,
        _ => {
            for id in [BenefitId::LivingSubsidy, housing_id, BenefitId::PurchaseSubsidy] {
                out.refuse(id, Clause::S11_1, reasons.clone(), hints.clone());
            }
            return;
        }
    };
    let dept: Vec<_> =
        e.employer_type.and_then(|t| policy.department_for_employer.get(t)).into_iter().collect();
    let benefit = |id, amount| {
        let mut b = Benefit::new(id, Clause::S11_1, Recipient::Talent, amount);
        b.apply_to = dept.clone();
        b
    };
    let monthly = |id, table: &PerCategory| {
        let per_month = table.get(cat).unwrap_or(ZERO);
        let mut b = benefit(id, Amount::Exact(per_month.times(policy.subsidy_months.into())))
            .with_steps(vec![Step::Monthly { per_month, months: policy.subsidy_months }]);
        b.schedule = vec![Payment::Monthly { from_month: 1, to_month: policy.subsidy_months, per_month }];
        b
    };

    let living = monthly(BenefitId::LivingSubsidy, &policy.living_monthly);
    let mut cash = monthly(BenefitId::HousingSubsidy, &policy.housing_monthly);
    let mut turnover = benefit(BenefitId::TurnoverHousing, Amount::InKind(True))
        .with_steps(vec![Step::FreeMonths { months: policy.subsidy_months }]);
    for b in [&mut cash, &mut turnover] {
        b.interpretations.push(Interp::Int03);
    }
    let housing = match e.housing_choice {
        HousingChoice::Cash => {
            cash.alternative = Some(Box::new(turnover));
            cash
        }
        HousingChoice::TurnoverHousing => {
            turnover.alternative = Some(Box::new(cash));
            turnover
        }
    };
    let purchase = purchase_subsidy(
        policy,
        benefit(BenefitId::PurchaseSubsidy, Amount::InKind(True)),
        cat,
        e.purchase_price,
    );

    let city: Money = [&living, &housing, &purchase]
        .iter()
        .map(|b| match b.amount {
            Amount::Exact(m) => m,
            _ => ZERO,
        })
        .sum();
    if let Some(bingtuan) = e.bingtuan_support {
        // INT-04: 就高不就低、不重复享受 — the talent gets the higher of the two.
        out.funding = Some(Funding { bingtuan, city: (city - bingtuan).max(ZERO) });
        out.talent_adjustment = city.max(bingtuan) - city;
        out.interp(Interp::Int04);
    }
    out.grant(living);
    out.grant(housing);
    out.grant(purchase);
}

/// §11(1)'s test of the category against the employer type (INT-13 already
/// applied to it): why it fails, and what would pass.
fn employer_test(
    policy: &Policy,
    cat: Option<Category>,
    employer_type: Option<EmployerType>,
) -> (Vec<Reason>, Vec<Hint>) {
    let mut reasons = Vec::new();
    let mut hints = Vec::new();
    if cat.is_none() {
        reasons.push(Reason::NoCategory);
    }
    match employer_type {
        None => reasons.push(Reason::EmployerTypeNotGiven),
        Some(EmployerType::HighTechZone) => reasons.push(Reason::HighTechZoneSeparatePolicy),
        Some(t) => {
            let allowed = policy.categories_for_employer.get(t);
            if allowed.is_empty() {
                reasons.push(Reason::EmployerNotCovered);
            } else if cat.is_some_and(|c| !allowed.contains(c)) {
                reasons.push(Reason::CategoryNotAllowedForEmployer);
                hints.push(Hint::CategoriesAccepted { categories: allowed.to_vec() });
            }
            if let Some(c) = cat.filter(|c| !allowed.contains(*c)) {
                let employer_types: Vec<_> = EmployerType::ALL
                    .iter()
                    .copied()
                    .filter(|t| policy.categories_for_employer.get(*t).contains(c))
                    .collect();
                if !employer_types.is_empty() {
                    hints.push(Hint::EmployerTypesAccepting { category: c, employer_types });
                }
            }
        }
    }
    (reasons, hints)
}

/// Whether §11(1)'s amounts can still apply to this category and employer
/// type, the contract's terms aside: the form asks about housing only then.
/// An employer type not yet given does not rule them out.
pub fn full_time_may_pay(
    policy: &Policy,
    cat: Option<Category>,
    employer_type: Option<EmployerType>,
) -> bool {
    employer_test(policy, cat, employer_type).0.iter().all(|r| *r == Reason::EmployerTypeNotGiven)
}

/// min(standard, price) in 5 yearly instalments: four rounded to the fen, the
/// fifth takes the remainder so the sum is exact.
fn purchase_subsidy(policy: &Policy, mut b: Benefit, cat: Category, price: Option<Money>) -> Benefit {
    let standard = policy.purchase_subsidy.get(cat).unwrap_or(ZERO);
    let amount = price.map_or(standard, |p| standard.min(p));
    let n = policy.purchase_instalments;
    let first_year = policy.purchase_first_year;
    let each = Money(
        (amount.0 / Decimal::from(n)).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
    );
    let last = amount - each.times(i64::from(n - 1));
    b.amount = Amount::Exact(amount);
    b.schedule = (0..n)
        .map(|i| Payment::Yearly { year: first_year + i, amount: if i + 1 == n { last } else { each } })
        .collect();
    let base = match price {
        Some(price) => Step::CappedByPrice { standard, price, amount },
        None => Step::Standard { category: cat, amount },
    };
    b.confirm.push(Confirm::WorkThreeYearsThenBuy);
    b.with_steps(vec![base, Step::Instalments { count: n, first_year, each, last }])
}

/// §11(2): paid to the employer per day of service.
pub fn flexible(out: &mut Outcome, policy: &Policy, cat: Option<Category>, e: &Employment) {
    let mut reasons = Vec::new();
    let mut hints = Vec::new();
    if e.mode != Mode::Flexible {
        reasons.push(Reason::NotFlexible);
    }
    if e.mode == Mode::Flexible {
        if e.employer_type == Some(EmployerType::HighTechZone) {
            reasons.push(Reason::HighTechZoneSeparatePolicy);
        }
        if !e.division_affiliated {
            reasons.push(Reason::EmployerNotDivisionAffiliated);
        }
    }
    let rate = match cat {
        None => {
            reasons.push(Reason::NoCategory);
            None
        }
        Some(c) => {
            let rate = policy.flexible_daily.get(c);
            if rate.is_none() {
                reasons.push(Reason::CategoryNotListed);
                hints.push(Hint::CategoriesAccepted {
                    categories: policy.flexible_daily.categories().to_vec(),
                });
            }
            rate
        }
    };
    match rate {
        Some(rate) if reasons.is_empty() => {
            let mut b = daily_subsidy(rate, e.flexible_days);
            b.apply_to =
                e.employer_type.and_then(|t| policy.department_for_employer.get(t)).into_iter().collect();
            out.grant(b);
        }
        _ => out.refuse(BenefitId::FlexibleDailySubsidy, Clause::S11_2, reasons, hints),
    }
}

/// The §11(2) amount for one hire: rate × days, to the employer.
pub fn daily_subsidy(rate: Money, days: i64) -> Benefit {
    Benefit::new(
        BenefitId::FlexibleDailySubsidy,
        Clause::S11_2,
        Recipient::Employer,
        Amount::Exact(rate.times(days)),
    )
    .with_steps(vec![Step::Daily { rate, days }])
}

/// §11(3): the high-tech zone's talents follow its own policy.
pub fn high_tech_zone(out: &mut Outcome, e: &Employment) {
    if e.mode != Mode::None && e.employer_type == Some(EmployerType::HighTechZone) {
        out.refer(ReferralId::HighTechZonePolicy, Clause::S11_3, None, Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The form asks about housing exactly when, every other term met, a
    /// full-time hire would be paid: the two must not drift apart.
    #[test]
    fn full_time_may_pay_exactly_where_the_assessment_pays() {
        let policy = crate::policy::in_force(crate::dates::Date::known(2026, 1, 1));
        let cats = [None, Some(Category::A), Some(Category::B), Some(Category::C), Some(Category::D)];
        for cat in cats {
            for &t in EmployerType::ALL {
                let e = Employment {
                    mode: Mode::FullTime,
                    employer_type: Some(t),
                    first_social_insurance_in_city: true,
                    open_ended_contract: true,
                    ..Employment::default()
                };
                let mut out = Outcome::default();
                full_time(&mut out, policy, cat, &e);
                assert_eq!(
                    full_time_may_pay(policy, cat, Some(t)),
                    out.ineligible.is_empty(),
                    "{cat:?} at {t:?}"
                );
            }
            assert_eq!(full_time_may_pay(policy, cat, None), cat.is_some(), "no employer type yet: {cat:?}");
        }
    }
}
