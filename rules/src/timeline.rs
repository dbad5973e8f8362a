//! What is paid in each of the first years, by benefit, read from an
//! assessment's amounts and schedules alone (docs/contract.md, "Payment timeline").

use crate::ids::{BenefitId, Recipient};
use crate::money::{Money, ZERO};
use crate::output::{Amount, Assessment, Benefit, Payment, Span, Totals};
use crate::policy::{LAST_PAYMENT_YEAR, LATER_EVENT_BENEFITS};
use serde::Serialize;

/// Years shown: up to the purchase subsidy's last instalment, the latest
/// payment any compiled-in version's schedule makes.
pub const YEARS: u8 = LAST_PAYMENT_YEAR as u8;

const MONTHS_PER_YEAR: u32 = 12;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Timeline {
    /// Years 1 to `YEARS`; year 1 is months 1–12 of the schedules (the first
    /// 12 months in the job; for a loan, of the loan).
    pub years: Vec<YearRow>,
    /// Money a schedule puts after the last year shown, by benefit.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<Item>,
    /// Benefits in kind: no money, so in no year.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub in_kind: Vec<BenefitId>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearRow {
    pub year: u8,
    /// Only benefits paying something that year, in the order of the assessment.
    pub items: Vec<Item>,
    /// The items added up as the assessment's `totals` are, `talent_later` included.
    pub total: Totals,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    pub id: BenefitId,
    pub recipient: Recipient,
    /// min = max for an exact amount; a range or a cap (min 0) as in `totals`.
    pub amount: Span,
    /// Paid only after a later event (3 years' work, then buying a home).
    pub later: bool,
}

/// The payments of an assessment, year by year. Alternatives are not counted,
/// as in `totals`; nor is the INT-04 top-up, whose timing the Bingtuan policy sets.
pub fn timeline(a: &Assessment) -> Timeline {
    let mut t = Timeline {
        years: (1..=YEARS)
            .map(|year| YearRow { year, items: Vec::new(), total: Totals::default() })
            .collect(),
        after: Vec::new(),
        in_kind: Vec::new(),
    };
    for b in &a.benefits {
        if let Amount::InKind(_) = b.amount {
            t.in_kind.push(b.id);
            continue;
        }
        for (year, amount) in by_year(b) {
            t.put(year, b.id, b.recipient, amount);
        }
    }
    // An enterprise's flexible hires are not benefits but count in `totals.employer`.
    let hires: Money = a.flexible_hires.iter().map(|h| h.amount).sum();
    t.put(1, BenefitId::FlexibleDailySubsidy, Recipient::Employer, Span { min: hires, max: hires });
    t
}

impl Timeline {
    fn put(&mut self, year: u32, id: BenefitId, recipient: Recipient, amount: Span) {
        if amount.max.is_zero() {
            return;
        }
        let later = recipient == Recipient::Talent && LATER_EVENT_BENEFITS.contains(&id);
        let items = match self.years.get_mut(year.max(1) as usize - 1) {
            Some(row) => {
                row.total.for_recipient(recipient).add((amount.min, amount.max));
                if later {
                    row.total.talent_later.add((amount.min, amount.max));
                }
                &mut row.items
            }
            None => &mut self.after,
        };
        match items.iter_mut().find(|i| i.id == id && i.recipient == recipient) {
            Some(i) => i.amount.add((amount.min, amount.max)),
            None => items.push(Item { id, recipient, amount, later }),
        }
    }
}

/// A benefit's money by year. Without a schedule (one-time grants, ranges,
/// caps) all of it falls in year 1.
fn by_year(b: &Benefit) -> Vec<(u32, Span)> {
    let exact = |(year, m): (u32, Money)| (year, Span { min: m, max: m });
    match b.amount {
        Amount::Exact(total) if !b.schedule.is_empty() => {
            scheduled(total, &b.schedule).into_iter().map(exact).collect()
        }
        ref amount => {
            let (min, max) = amount.span();
            vec![(1, Span { min, max })]
        }
    }
}

/// The schedule summed by year, paid in order until `total` is reached; the
/// last year takes what remains. This only matters where a schedule is
/// indicative (the loan subsidy's monthly figure is rounded to the fen): the
/// years then still add up to the exact amount, and none goes below zero.
fn scheduled(total: Money, schedule: &[Payment]) -> Vec<(u32, Money)> {
    // Sorted by year; a Vec, not a map: smaller in the browser's download.
    let mut years: Vec<(u32, Money)> = Vec::new();
    let mut add = |year: u32, m: Money| match years.binary_search_by_key(&year, |(y, _)| *y) {
        Ok(i) => years[i].1 += m,
        Err(i) => years.insert(i, (year, m)),
    };
    for p in schedule {
        match *p {
            Payment::Monthly { from_month, to_month, per_month } => {
                let (from, to) = (from_month.max(1), to_month);
                for year in year_of(from)..=year_of(to.max(from)) {
                    let first = from.max((year - 1) * MONTHS_PER_YEAR + 1);
                    let last = to.min(year * MONTHS_PER_YEAR);
                    if last >= first {
                        add(year, per_month.times(i64::from(last - first + 1)));
                    }
                }
            }
            Payment::Yearly { year, amount } => add(year.max(1), amount),
        }
    }
    let mut remaining = total;
    let count = years.len();
    years
        .into_iter()
        .enumerate()
        .map(|(i, (year, m))| {
            let paid = if i + 1 == count { remaining } else { m.min(remaining) };
            remaining = remaining - paid;
            (year, paid)
        })
        .filter(|(_, m)| *m != ZERO)
        .collect()
}

fn year_of(month: u32) -> u32 {
    (month.max(1) - 1) / MONTHS_PER_YEAR + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::parse_decimal;

    fn m(s: &str) -> Money {
        Money(parse_decimal(s).unwrap())
    }

    fn cell(t: &Timeline, year: usize, id: BenefitId) -> Option<Span> {
        t.years[year - 1].items.iter().find(|i| i.id == id).map(|i| i.amount)
    }

    fn exact(s: &str) -> Option<Span> {
        Some(Span { min: m(s), max: m(s) })
    }

    fn assess(json: &str) -> Assessment {
        crate::assess_json(json).unwrap()
    }

    const PHD_CASH: &str = r#"{"assessment_date": "2026-11-23",
        "person": {"birth_date": "1992-04-15", "full_time_degree": "doctorate"},
        "employment": {"mode": "full_time", "employer_type": "enterprise", "housing_choice": "cash",
                       "first_social_insurance_in_city": true, "contract_years": "3"}}"#;

    #[test]
    fn eight_years_up_to_the_last_purchase_instalment() {
        assert_eq!(YEARS, 8);
        let t = timeline(&assess(PHD_CASH));
        assert_eq!(t.years.iter().map(|r| r.year).collect::<Vec<_>>(), (1..=8).collect::<Vec<u8>>());
    }

    #[test]
    fn a_phd_at_an_enterprise_with_cash_housing() {
        let a = assess(PHD_CASH);
        let t = timeline(&a);
        for year in 1..=3 {
            // 12 of the 36 monthly payments each year.
            assert_eq!(cell(&t, year, BenefitId::LivingSubsidy), exact("60000"));
            assert_eq!(cell(&t, year, BenefitId::HousingSubsidy), exact("9600"));
            assert_eq!(cell(&t, year, BenefitId::PurchaseSubsidy), None);
            assert_eq!(t.years[year - 1].total.talent, exact("69600").unwrap());
            assert!(t.years[year - 1].total.talent_later.max.is_zero());
        }
        for year in 4..=8 {
            assert_eq!(t.years[year - 1].items.len(), 1);
            let item = &t.years[year - 1].items[0];
            assert_eq!(
                (item.id, item.amount, item.later),
                (BenefitId::PurchaseSubsidy, exact("80000").unwrap(), true)
            );
            assert_eq!(t.years[year - 1].total.talent, item.amount);
            assert_eq!(t.years[year - 1].total.talent_later, item.amount);
        }
        let talent = t.years.iter().fold(Span::default(), |mut s, r| {
            s.add((r.total.talent.min, r.total.talent.max));
            s
        });
        assert_eq!(talent, a.totals.talent);
        assert_eq!(t.in_kind, vec![BenefitId::TalentServiceCard]);
        assert!(t.after.is_empty());
    }

    #[test]
    fn the_chosen_turnover_housing_is_in_kind_and_its_cash_alternative_is_not_counted() {
        let t = timeline(&assess(&PHD_CASH.replace(r#""cash""#, r#""turnover_housing""#)));
        assert!(t.in_kind.contains(&BenefitId::TurnoverHousing));
        assert!(t.years.iter().all(|r| r.items.iter().all(|i| i.id != BenefitId::HousingSubsidy)));
    }

    #[test]
    fn the_loan_subsidy_follows_its_months_and_adds_up_exactly() {
        // Interest 100 000 × 0.035 × 13 / 12 = 3791.67, subsidy 1895.84,
        // indicative 145.83 a month: 12 months in year 1, the rest in year 2.
        let a = assess(
            r#"{"assessment_date": "2026-11-23", "person": {"birth_date": "1990-01-01"},
                "loan": {"principal": "100000", "annual_rate": "0.035", "term_months": 13,
                         "repayment": "interest_only"}}"#,
        );
        let t = timeline(&a);
        assert_eq!(cell(&t, 1, BenefitId::StartupLoanInterest), exact("1749.96"));
        assert_eq!(cell(&t, 2, BenefitId::StartupLoanInterest), exact("145.88"));
        assert!(t.years[2..].iter().all(|r| r.items.is_empty()));
    }

    #[test]
    fn an_indicative_schedule_above_the_amount_never_goes_below_zero() {
        let monthly = Payment::Monthly { from_month: 1, to_month: 13, per_month: m("0.01") };
        assert_eq!(scheduled(m("0.07"), &[monthly]), vec![(1, m("0.07"))]);
    }

    #[test]
    fn ranges_and_caps_are_spans_in_year_one_and_one_time_grants_too() {
        let a = assess(
            r#"{"assessment_date": "2026-11-23", "enterprise": {"registered_in_city": true,
                "division_affiliated": true, "high_tech": "first", "key_tech_breakthrough_projects": 1,
                "tech_sme_first": true, "flexible_hires": [{"category": "B", "days": 10}]}}"#,
        );
        let t = timeline(&a);
        let span = |min: &str, max: &str| Some(Span { min: m(min), max: m(max) });
        assert_eq!(cell(&t, 1, BenefitId::HighTechFirst), span("200000", "300000"));
        assert_eq!(cell(&t, 1, BenefitId::KeyTechBreakthrough), span("0", "3000000"));
        assert_eq!(cell(&t, 1, BenefitId::TechSmeFirst), exact("20000"));
        assert_eq!(cell(&t, 1, BenefitId::FlexibleDailySubsidy), exact("3000"));
        assert_eq!(t.years[0].total, a.totals);
        assert!(t.years[1..].iter().all(|r| r.items.is_empty()));
    }

    #[test]
    fn payments_after_the_last_year_are_kept_apart() {
        let yearly = |year, amount: &str| Payment::Yearly { year, amount: m(amount) };
        let mut b = Benefit::new(
            BenefitId::PurchaseSubsidy,
            crate::ids::Clause::S11_1,
            Recipient::Talent,
            Amount::Exact(m("30")),
        );
        b.schedule = vec![yearly(8, "10"), yearly(9, "12"), yearly(10, "8")];
        let mut a = assess(PHD_CASH);
        a.benefits = vec![b];
        let t = timeline(&a);
        assert_eq!(cell(&t, 8, BenefitId::PurchaseSubsidy), exact("10"));
        // Years 9 and 10 of one benefit: one item after the last year, summed.
        assert_eq!(t.after.iter().map(|i| i.amount).collect::<Vec<_>>(), vec![exact("20").unwrap()]);
    }

    #[test]
    fn months_fall_in_their_years_from_any_first_month() {
        let monthly = Payment::Monthly { from_month: 12, to_month: 25, per_month: m("1") };
        assert_eq!(scheduled(m("14"), &[monthly]), vec![(1, m("1")), (2, m("12")), (3, m("1"))]);
        let later = Payment::Monthly { from_month: 13, to_month: 14, per_month: m("1") };
        assert_eq!(scheduled(m("2"), &[later]), vec![(2, m("2"))]);
        assert_eq!((year_of(1), year_of(12), year_of(13), year_of(96), year_of(97)), (1, 1, 2, 8, 9));
    }
}
