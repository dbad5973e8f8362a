//! The answers as (question, answer) rows, for the printed summary.

use crate::answers::Answers;
use crate::i18n::I18n;
use talent_rules::ids::Mode;

pub fn rows(a: &Answers, i18n: I18n) -> Vec<(String, String)> {
    let mut rows = Vec::new();
    let mut push = |q: &str, v: String| {
        if !v.trim().is_empty() {
            rows.push((i18n.t(q), v));
        }
    };
    push("q.birth_date", a.birth_date.clone());
    push("q.degree", i18n.t(&format!("degree.{}", a.degree.as_str())));
    push("q.part_time_degree", i18n.t(&format!("degree.{}", a.part_time_degree.as_str())));
    push("q.title", i18n.t(&format!("title.{}", a.title.as_str())));
    push("q.honors", a.honors.iter().map(|h| i18n.t(&format!("honor.{}", h.as_str()))).collect::<Vec<_>>().join("; "));
    push("q.claimed_equivalent", a.claimed_equivalent.map(|c| i18n.t(&format!("category.{}", c.as_str()))).unwrap_or_default());
    push("q.mode", i18n.t(&format!("mode.{}", a.mode.as_str())));
    if a.mode != Mode::None {
        push("q.employer_type", a.employer_type.map(|t| i18n.t(&format!("employer.{}", t.as_str()))).unwrap_or_default());
    }
    if a.mode == Mode::FullTime {
        push("q.first_social_insurance", i18n.t(if a.first_social_insurance { "ui.yes" } else { "ui.no" }));
        let contract = if a.open_ended { i18n.t("q.open_ended") } else { a.contract_years.clone() };
        push("q.contract_years", contract);
        push("q.housing", i18n.t(&format!("housing.{}", a.housing.as_str())));
        push("q.purchase_price", a.purchase_price.clone());
        push("q.bingtuan_support", a.bingtuan_support.clone());
    }
    if a.mode == Mode::Flexible {
        push("q.division_affiliated", i18n.t(if a.division_affiliated { "ui.yes" } else { "ui.no" }));
        push("q.flexible_days", a.flexible_days.clone());
    }
    if a.has_startup {
        push("q.graduation_date", a.graduation_date.clone());
        push("q.registration_date", a.registration_date.clone());
        push("q.insured_employees", a.insured_employees.clone());
        push("q.tax_paid", a.tax_paid.clone());
    }
    if a.wants_loan {
        push("q.loan_principal", a.loan_principal.clone());
        push("q.loan_rate", a.loan_rate_percent.clone());
        push("q.loan_months", a.loan_months.clone());
        push("q.repayment", i18n.t(&format!("repayment.{}", a.repayment.as_str())));
    }
    push("q.assessment_date", a.assessment_date.clone());
    rows
}
