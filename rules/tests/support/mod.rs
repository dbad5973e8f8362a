//! What every payment timeline must satisfy, shared by the tests on the
//! acceptance cases and on generated inputs.

use rust_decimal::Decimal;
use talent_rules::output::{Amount, Assessment, Payment, Span, Totals};
use talent_rules::policy::LATER_EVENT_BENEFITS;
use talent_rules::timeline::{timeline, Item, YEARS};

fn pair(s: Span) -> (Decimal, Decimal) {
    (s.min.0, s.max.0)
}

fn add(sum: &mut (Decimal, Decimal), s: Span) {
    sum.0 += s.min.0;
    sum.1 += s.max.0;
}

/// The last year a schedule pays in, counting 12 months to a year.
fn last_year(p: &Payment) -> u32 {
    match *p {
        Payment::Monthly { to_month, .. } => to_month.max(1).div_ceil(12),
        Payment::Yearly { year, .. } => year,
    }
}

/// Every benefit's years add up to its amount; in-kind benefits are listed
/// and in no year; the rows add up to the assessment's totals.
pub fn check_timeline(a: &Assessment) -> Result<(), String> {
    let t = timeline(a);
    let years: Vec<u8> = t.years.iter().map(|r| r.year).collect();
    if years != (1..=YEARS).collect::<Vec<_>>() {
        return Err(format!("years {years:?}"));
    }
    let cells: Vec<&Item> = t.years.iter().flat_map(|r| &r.items).collect();
    for b in &a.benefits {
        let mut sum = (Decimal::ZERO, Decimal::ZERO);
        for i in cells.iter().filter(|i| i.id == b.id) {
            add(&mut sum, i.amount);
        }
        let mut after = (Decimal::ZERO, Decimal::ZERO);
        for i in t.after.iter().filter(|i| i.id == b.id) {
            add(&mut after, i.amount);
        }
        let (min, max) = b.amount.span();
        match b.amount {
            Amount::InKind(_) => {
                if !t.in_kind.contains(&b.id) || sum != (Decimal::ZERO, Decimal::ZERO) {
                    return Err(format!("{}: in kind, yet {sum:?} or not listed", b.id.as_str()));
                }
            }
            Amount::Exact(m) if b.schedule.iter().all(|p| last_year(p) <= u32::from(YEARS)) => {
                if sum != (m.0, m.0) || after != (Decimal::ZERO, Decimal::ZERO) {
                    return Err(format!("{}: years add up to {sum:?}, amount {m}", b.id.as_str()));
                }
            }
            _ => {
                if (sum.0 + after.0, sum.1 + after.1) != (min.0, max.0) {
                    return Err(format!("{}: {sum:?} + {after:?} ≠ {min}–{max}", b.id.as_str()));
                }
            }
        }
    }
    for i in cells.iter().copied().chain(&t.after) {
        if i.amount.min.0 < Decimal::ZERO || i.amount.min > i.amount.max || i.amount.max.is_zero() {
            return Err(format!("{}: cell {:?}", i.id.as_str(), i.amount));
        }
        if i.later != LATER_EVENT_BENEFITS.contains(&i.id) {
            return Err(format!("{}: later {}", i.id.as_str(), i.later));
        }
    }
    let mut sum = Totals::default();
    for r in &t.years {
        for (s, row) in [
            (&mut sum.talent, r.total.talent),
            (&mut sum.employer, r.total.employer),
            (&mut sum.enterprise, r.total.enterprise),
            (&mut sum.talent_later, r.total.talent_later),
        ] {
            s.add((row.min, row.max));
        }
    }
    for i in &t.after {
        sum.for_recipient(i.recipient).add((i.amount.min, i.amount.max));
        if i.later {
            sum.talent_later.add((i.amount.min, i.amount.max));
        }
    }
    let want = &a.totals;
    let same = |x: Span, y: Span| pair(x) == pair(y);
    // With Bingtuan support the talent's total is INT-04's max(city, bingtuan),
    // not a sum of benefits: the timeline shows the city's standard amounts.
    let talent_ok = same(sum.talent, want.talent) || a.funding.is_some();
    if !(talent_ok
        && same(sum.employer, want.employer)
        && same(sum.enterprise, want.enterprise)
        && same(sum.talent_later, want.talent_later))
    {
        return Err(format!("rows add up to {sum:?}, totals {want:?}"));
    }
    Ok(())
}
