//! The answers given, as a table for the printed summary.

use crate::answers::Answers;
use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::ids::Mode;

/// The heading and a table of the answers, two a row to keep the page to one sheet.
pub fn html(a: &Answers, lang: Lang) -> String {
    let mut h = Html::default();
    h.el("h2", &[], &lang.t("print.answers")).open("table", &[]);
    for pair in rows(a, lang).chunks(2) {
        h.open("tr", &[]);
        for (question, answer) in pair {
            h.el("th", &[], question).el("td", &[], answer);
        }
        h.close("tr");
    }
    h.close("table");
    h.finish()
}

fn rows(a: &Answers, i18n: Lang) -> Vec<(String, String)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::Degree;

    #[test]
    fn lists_what_was_answered_two_a_row() {
        let a = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            mode: Mode::FullTime,
            contract_years: "3".into(),
            ..Answers::default()
        };
        let html = html(&a, Lang::Zh);
        assert!(html.contains("<th>出生日期</th><td>1992-04-15</td>"), "{html}");
        assert!(html.contains("博士"));
        assert!(!html.contains(&Lang::Zh.t("q.loan_principal")), "no loan questions without a loan");
        assert_eq!(html.matches("<tr>").count(), rows(&a, Lang::Zh).len().div_ceil(2));
    }
}
