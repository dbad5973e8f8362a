//! The hire table page: the candidate of a talent share link, or of the
//! talent page's draft on this device, one row per employer type.

use super::table::{rows, Row};
use crate::answers::Answers;
use crate::app::{clear_fragment, current_fragment};
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::events::on_element;
use crate::view::result::{category_text, disclaimer, span_text};
use crate::view::shell::Shell;
use crate::{clock, share, storage};
use leptos::prelude::*;
use talent_rules::Assessment;

/// The candidate: a talent share link in the address (kept there, not
/// saved), else the talent page's draft on this device.
pub(crate) fn candidate() -> (Option<Answers>, Option<&'static str>) {
    match share::decode(&current_fragment()) {
        Some(Ok(a)) => (Some(a), Some("notice.link_loaded")),
        Some(Err(e)) => {
            clear_fragment();
            (None, Some(e.key()))
        }
        None => (storage::load().ok().flatten(), None),
    }
}

/// What to do when there is no candidate yet: fill in the talent page.
pub(crate) fn no_candidate(h: &mut Html, lang: Lang, id: &str) {
    h.open("div", &[("class", Some("notice")), ("id", Some(id))])
        .el("p", &[], &lang.page_t("hire.none"))
        .open("p", &[])
        .el("a", &[("href", Some("./"))], &lang.page_t("hire.to_talent"))
        .close("p")
        .close("div");
}

/// Who the candidate is, with the way back to change the answers.
pub(crate) fn candidate_line(h: &mut Html, lang: Lang, id: &str, a: &Answers, r: &Assessment) {
    let candidate = [("category", category_text(lang, r)), ("birth", a.birth_date.clone())];
    h.open("p", &[("id", Some(id))])
        .text(&lang.page_t_with("hire.candidate", &candidate))
        .text(" ")
        .el("a", &[("href", Some("./"))], &lang.page_t("hire.edit"))
        .close("p");
}

fn row_html(h: &mut Html, lang: Lang, r: &Row) {
    let employer = lang.t(&format!("employer.{}", r.employer_type.as_str()));
    let class = r.best.then_some("best");
    h.open("tr", &[("class", class), ("id", Some(&format!("hire-row-{}", r.employer_type.as_str())))])
        .open("th", &[("scope", Some("row"))])
        .text(&employer);
    if r.best {
        h.text(" ").el("strong", &[("class", Some("tag"))], &lang.page_t("hire.best"));
    }
    h.close("th");
    let category = r
        .category
        .map_or_else(|| lang.t("result.no_category"), |c| lang.t(&format!("category.{}", c.as_str())));
    let cell = |h: &mut Html, label: &str, text: &str| {
        h.el("td", &[("data-label", Some(&lang.page_t(label)))], text);
    };
    cell(h, "hire.col.category", &category);
    let s11 = match &r.s11_1 {
        Ok(()) => lang.page_t("hire.applies"),
        Err(reasons) => {
            let why: Vec<String> =
                reasons.iter().map(|x| lang.t(&format!("reason.{}", x.as_str()))).collect();
            format!("{}{}", lang.page_t("hire.not_applies"), why.join(&lang.t("list.separator")))
        }
    };
    cell(h, "hire.col.s11_1", &s11);
    cell(h, "hire.col.talent", &span_text(lang, r.talent));
    let per_month = if r.per_month.is_zero() { "—".to_string() } else { lang.money(r.per_month) };
    cell(h, "hire.col.per_month", &per_month);
    cell(h, "hire.col.per_day", &lang.money(r.employer_per_day));
    h.close("tr");
}

fn table_html(lang: Lang, a: Option<&Answers>) -> String {
    let mut h = Html::default();
    let today = clock::today();
    let found = a.and_then(|a| Some((a, a.evaluate(today).result?, rows(a, today)?)));
    let Some((a, r, rows)) = found else {
        no_candidate(&mut h, lang, "hire-none");
        return h.finish();
    };
    candidate_line(&mut h, lang, "hire-candidate", a, &r);
    h.open(
        "div",
        &[
            ("class", Some("table-wrap")),
            ("tabindex", Some("0")),
            ("role", Some("region")),
            ("aria-labelledby", Some("hire-caption")),
        ],
    )
    .open("table", &[("class", Some("hire-table")), ("id", Some("hire-table"))])
    .el("caption", &[("id", Some("hire-caption"))], &lang.page_t("hire.caption"))
    .open("thead", &[])
    .open("tr", &[]);
    for key in [
        "hire.col.employer",
        "hire.col.category",
        "hire.col.s11_1",
        "hire.col.talent",
        "hire.col.per_month",
        "hire.col.per_day",
    ] {
        h.el("th", &[("scope", Some("col"))], &lang.page_t(key));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for r in &rows {
        row_html(&mut h, lang, r);
    }
    h.close("tbody").close("table").close("div");
    h.el("p", &[("class", Some("muted small"))], &lang.page_t("hire.notes"));
    disclaimer(&mut h, lang, clock::today());
    h.finish()
}

#[component]
pub fn HireApp() -> impl IntoView {
    let (answers, notice) = candidate();
    let shell = Shell::new("hire.title", notice);
    on_element("hire-print", &["click"], |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let lang = shell.lang;
    let table = move || table_html(lang.get(), answers.as_ref());
    const LINKS: &[(&str, &str)] = &[
        ("./", "ent.to_talent"),
        ("timeline.html", "hire.to_timeline"),
        ("enterprise.html", "hire.to_enterprise"),
    ];
    view! {
        {shell.header("hire.title", "hire.subtitle", LINKS)}
        <main class="hire-main">
            <p class="intro no-print">{shell.t("hire.intro")}</p>
            <div id="hire-body" inner_html=table></div>
            <p class="no-print buttons"><button type="button" id="hire-print">{shell.t("keep.print")}</button></p>
        </main>
        <footer class="page-footer">
            <p>{shell.t("app.privacy")}</p>
        </footer>
    }
}
