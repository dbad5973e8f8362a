//! The payment timeline (`timeline.html`): what the talent of the talent
//! page receives in each year, years 1 to 8, by benefit, drawn as bars with
//! a table beside them for screen readers and print. Its own binary
//! (`src/bin/timeline.rs`): the talent page links here, its download stays
//! within its budget.

use crate::clock;
use crate::hire::page::candidate;
use crate::hire::table_html::{assessed, candidate_line, Candidate};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::result::disclaimer;
use crate::view::shell::Shell;
use leptos::prelude::*;
use talent_rules::dates::Date;

fn page_html(lang: Lang, c: &Candidate, today: Date) -> String {
    let mut h = Html::default();
    let Some((a, r)) = assessed(&mut h, lang, "timeline-none", c, today) else { return h.finish() };
    candidate_line(&mut h, lang, "timeline-candidate", c, &a, &r);
    crate::view::timeline::draw(&mut h, lang, &r);
    disclaimer(&mut h, lang, r.assessment_date);
    h.finish()
}

#[component]
pub fn TimelineApp() -> impl IntoView {
    let (candidate, notice) = candidate();
    let shell = Shell::new("timeline.title", notice);
    let lang = shell.lang;
    let today = clock::today();
    let fragment = candidate.fragment.clone();
    let printable = candidate.result(today).is_some();
    shell.text_page(
        ("timeline.title", "timeline.subtitle", "timeline.intro"),
        "timeline.html",
        fragment,
        ("timeline-body", printable.then_some("timeline-print")),
        move || page_html(lang.get(), &candidate, today),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use talent_rules::ids::Degree;

    #[test]
    fn a_phd_sees_eight_years_with_the_purchase_subsidy_later() {
        let phd = Answers {
            birth_date: "1992-04-15".into(),
            degree: Degree::Doctorate,
            mode: talent_rules::ids::Mode::FullTime,
            employer_type: Some(talent_rules::ids::EmployerType::Enterprise),
            first_social_insurance: true,
            contract_years: "3".into(),
            assessment_date: "2026-11-24".into(),
            ..Answers::default()
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
