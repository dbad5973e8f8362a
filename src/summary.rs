//! The answers given, as a table for the printed summary.

use crate::answers::{Answers, Visible};
use crate::html::Html;
use crate::i18n::Lang;
use crate::questions::answered;

/// The heading and a table of the answers, two a row to keep the page to one sheet.
pub fn html(a: &Answers, visible: &Visible, lang: Lang) -> String {
    let mut h = Html::default();
    h.el("h2", &[], &lang.t("print.answers")).open("table", &[]);
    for pair in answered(a, visible, lang).chunks(2) {
        h.open("tr", &[]);
        for (question, answer) in pair {
            h.el("th", &[], question).el("td", &[], answer);
        }
        h.close("tr");
    }
    h.close("table");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::dates::Date;
    use talent_rules::ids::{Degree, Honor, Mode};

    #[test]
    fn lists_the_questions_shown_with_their_answers_two_a_row() {
        let a = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            honors: vec![Honor::CasAcademician, Honor::StateCouncilAllowance],
            mode: Mode::FullTime,
            open_ended: true,
            contract_years: "3".into(),
            loan_principal: "100000".into(),
            ..Answers::default()
        };
        let visible = a.evaluate(Date::parse("2026-11-23").unwrap()).visible;
        let html = html(&a, &visible, Lang::Zh);
        for part in ["<th>出生日期</th><td>1992-04-15</td>", "博士研究生", "中国科学院院士、享受国务院特殊津贴专家", "全职", "是"]
        {
            assert!(html.contains(part), "{part} missing from {html}");
        }
        assert!(!html.contains(&Lang::Zh.t("q.contract_years")), "an open-ended contract has no length");
        assert!(!html.contains(&Lang::Zh.t("q.loan_principal")), "no loan questions without a loan");
        assert!(!html.contains(&Lang::Zh.t("q.claimed_equivalent")), "no equivalence claimed");
        assert_eq!(html.matches("<tr>").count(), answered(&a, &visible, Lang::Zh).len().div_ceil(2));
    }
}
