//! The timeline page as HTML: the candidate, their timeline and the
//! disclaimer, or the notice in their place when there is no result.

use crate::hire::table_html::{assessed, candidate_line, Candidate};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::result::disclaimer;
use talent_rules::dates::Date;

pub(super) fn page_html(lang: Lang, c: &Candidate, today: Date) -> String {
    let mut h = Html::default();
    let Some((a, r)) = assessed(&mut h, lang, "timeline-none", c, today) else { return h.finish() };
    candidate_line(&mut h, lang, "timeline-candidate", c, &a, &r);
    crate::view::timeline::draw(&mut h, lang, &r);
    disclaimer(&mut h, lang, r.assessment_date);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;

    #[test]
    fn a_phd_sees_eight_years_with_the_purchase_subsidy_later() {
        let phd = Answers {
            assessment_date: "2026-11-24".into(),
            ..crate::answers::phd_at(talent_rules::ids::EmployerType::Enterprise)
        };
        let today = Date::parse("2026-11-24").unwrap();
        let c = |answers| Candidate { answers, fragment: String::new() };
        let html = page_html(Lang::Zh, &c(Some(phd)), today);
        assert!(html.contains("id=\"timeline-year-1\""), "{html}");
        assert!(html.contains("id=\"timeline-year-8\""));
        assert!(html.contains("<rect"), "bars");
        assert!(html.contains("购房后"), "the purchase instalments marked as later: {html}");
        assert!(!html.contains("timeline."), "every text in the catalogs");
        assert!(page_html(Lang::En, &c(None), today).contains("id=\"timeline-none\""));
        let unfinished = Answers {
            birth_date: "1992-04-15".into(),
            contract_years: "x".into(),
            mode: talent_rules::ids::Mode::FullTime,
            ..Answers::default()
        };
        assert!(page_html(Lang::Zh, &c(Some(unfinished)), today).contains("需要更正"));
    }
}
