//! A benefit's arithmetic in plain words, one line per step the engine took.

use crate::figures::percent;
use crate::i18n::Lang;
use talent_rules::output::Step;

pub fn step_text(lang: Lang, step: &Step) -> String {
    let m = |x| lang.money(x);
    let n = |x: i64| x.to_string();
    let (key, params): (&str, Vec<(&str, String)>) = match *step {
        Step::Monthly { per_month, months } => {
            ("step.monthly", vec![("amount", m(per_month)), ("months", months.to_string())])
        }
        Step::FreeMonths { months } => ("step.free_months", vec![("months", months.to_string())]),
        Step::Standard { category, amount } => {
            ("step.standard", vec![("category", category.as_str().to_string()), ("amount", m(amount))])
        }
        Step::CappedByPrice { standard, price, amount } => (
            "step.capped_by_price",
            vec![("standard", m(standard)), ("price", m(price)), ("amount", m(amount))],
        ),
        Step::Instalments { count, first_year, each, last } => (
            if each == last { "step.instalments" } else { "step.instalments_last" },
            vec![
                ("count", count.to_string()),
                ("first", first_year.to_string()),
                ("each", m(each)),
                ("last", m(last)),
            ],
        ),
        Step::Daily { rate, days } => ("step.daily", vec![("rate", m(rate)), ("days", n(days))]),
        Step::InterestOnly { principal, rate, months, interest } => (
            "step.interest_only",
            vec![
                ("principal", m(principal)),
                ("rate", percent(rate)),
                ("months", months.to_string()),
                ("interest", m(interest)),
            ],
        ),
        Step::EqualInstallments { principal, rate, months, interest } => (
            "step.equal_installments",
            vec![
                ("principal", m(principal)),
                ("rate", percent(rate)),
                ("months", months.to_string()),
                ("interest", m(interest)),
            ],
        ),
        Step::InterestShare { interest, percent: share, subsidy } => (
            "step.interest_share",
            vec![("interest", m(interest)), ("percent", format!("{share}%")), ("subsidy", m(subsidy))],
        ),
        Step::Employees { employees, at_least } => {
            ("step.employees", vec![("employees", n(employees)), ("at_least", at_least.to_string())])
        }
        Step::TaxAbove { tax, above } => ("step.tax_above", vec![("tax", m(tax)), ("above", m(above))]),
        Step::Fixed { amount } => ("step.fixed", vec![("amount", m(amount))]),
        Step::Each { amount, count } => ("step.each", vec![("amount", m(amount)), ("count", n(count))]),
        Step::LessReceived { standard, received, amount } => (
            "step.less_received",
            vec![("standard", m(standard)), ("received", m(received)), ("amount", m(amount))],
        ),
        Step::UpToEach { cap, count } => ("step.up_to_each", vec![("cap", m(cap)), ("count", n(count))]),
        Step::UpToInvestment { cap, investment, amount } => (
            "step.up_to_investment",
            vec![("cap", m(cap)), ("investment", m(investment)), ("amount", m(amount))],
        ),
        Step::RangeEach { min, max, count } => {
            ("step.range_each", vec![("min", m(min)), ("max", m(max)), ("count", n(count))])
        }
    };
    lang.t_with(key, &params)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps_of(case: &str) -> Vec<Step> {
        let a = talent_rules::assess_json(case).unwrap();
        a.benefits.into_iter().flat_map(|b| b.steps).collect()
    }

    #[test]
    fn the_purchase_subsidy_reads_as_words_in_both_languages() {
        let steps = steps_of(include_str!("../../rules/tests/policy_cases/purchase-capped.input.json"));
        let zh: Vec<String> = steps.iter().map(|s| step_text(Lang::Zh, s)).collect();
        let en: Vec<String> = steps.iter().map(|s| step_text(Lang::En, s)).collect();
        assert!(zh.iter().any(|l| l == "每月 5,000.00 元 × 36 个月"), "{zh:?}");
        assert!(zh.iter().any(|l| l.contains("不超过房款 350,000.00 元")), "{zh:?}");
        assert!(en.iter().any(|l| l == "¥5,000.00 a month × 36 months"), "{en:?}");
        assert!(en.iter().any(|l| l.starts_with("paid in 5 yearly parts from year 4")), "{en:?}");
        for line in zh.iter().chain(&en) {
            assert!(!line.contains('{') && !line.contains('Σ'), "{line}");
        }
    }

    #[test]
    fn a_loan_reads_in_percent() {
        let loan = r#"{"assessment_date":"2026-11-23","person":{"birth_date":"2000-01-01"},
            "loan":{"principal":"300000","annual_rate":"0.0345","term_months":36,"repayment":"equal_installments"}}"#;
        let en: Vec<String> = steps_of(loan).iter().map(|s| step_text(Lang::En, s)).collect();
        assert!(en[0].contains("3.45%") && en[0].contains("36 months"), "{en:?}");
        assert!(en[1].starts_with("50% of the interest"), "{en:?}");
    }

    #[test]
    fn free_housing_says_what_it_is() {
        let step = Step::FreeMonths { months: 36 };
        assert_eq!(step_text(Lang::En, &step), "free for 36 months");
        assert_eq!(step_text(Lang::Zh, &step), "免费入住 36 个月");
    }
}
