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
        for part in [
            "<h2>填写的信息</h2>",
            "<tr><th>出生日期</th><td>1992-04-15</td><th>最高全日制学历</th><td>博士研究生</td></tr>",
            "<tr><th>荣誉与人选（可多选）</th><td>中国科学院院士、享受国务院特殊津贴专家</td><th>在师市的工作方式</th><td>全职（新引进）</td></tr>",
            "<th>签订的是无固定期限合同</th><td>是</td>",
            "<th>单位所在地</th><td>师市其他地方</td>",
        ] {
            assert!(html.contains(part), "{part} missing from {html}");
        }
        assert!(!html.contains("聘用合同、劳动合同或服务协议期限"), "an open-ended contract has no length");
        assert!(!html.contains("贷款本金"), "no loan questions without a loan");
        assert!(!html.contains("相当人才"), "no equivalence claimed");
        assert_eq!(html.matches("<tr>").count(), 5, "nine answers shown, two a row");
    }
}
