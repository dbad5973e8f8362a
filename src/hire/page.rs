//! The hire table page: the candidate of a talent share link, or of the
//! talent page's draft on this device, one row per employer type.

use super::table::{rows, Row};
use crate::answers::Answers;
use crate::app::{clear_fragment, current_fragment, set_document_lang, wanted_lang, ENGLISH_FAILED};
use crate::html::Html;
use crate::i18n::{self, I18n, Lang};
use crate::view::events::on_element;
use crate::view::result::{category_text, span_text};
use crate::{clock, share, storage};
use leptos::prelude::*;
use talent_rules::policy::DOCUMENT;

/// The candidate: a talent share link in the address (kept there, not
/// saved), else the talent page's draft on this device.
fn candidate() -> (Option<Answers>, Option<&'static str>) {
    match share::decode(&current_fragment()) {
        Some(Ok(a)) => (Some(a), Some("notice.link_loaded")),
        Some(Err(e)) => {
            clear_fragment();
            (None, Some(e.key()))
        }
        None => (storage::load().ok().flatten(), None),
    }
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
    let Some((a, rows)) = a.and_then(|a| Some((a, rows(a, clock::today())?))) else {
        h.open("div", &[("class", Some("notice")), ("id", Some("hire-none"))])
            .el("p", &[], &lang.page_t("hire.none"))
            .open("p", &[])
            .el("a", &[("href", Some("./"))], &lang.page_t("hire.to_talent"))
            .close("p")
            .close("div");
        return h.finish();
    };
    let category = a.evaluate(clock::today()).result.map(|r| category_text(lang, &r)).unwrap_or_default();
    h.open("p", &[("id", Some("hire-candidate"))])
        .text(&lang.page_t_with("hire.candidate", &[("category", category), ("birth", a.birth_date.clone())]))
        .text(" ")
        .el("a", &[("href", Some("./"))], &lang.page_t("hire.edit"))
        .close("p");
    h.open("div", &[("class", Some("table-wrap"))])
        .open("table", &[("class", Some("hire-table")), ("id", Some("hire-table"))])
        .el("caption", &[], &lang.page_t("hire.caption"))
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
    h.open("footer", &[("class", Some("disclaimer"))])
        .el(
            "p",
            &[],
            &lang.t_with(
                "result.basis",
                &[("doc", DOCUMENT.to_string()), ("date", clock::today().to_string())],
            ),
        )
        .open("p", &[])
        .el("strong", &[], &lang.t("result.decide"))
        .close("p")
        .close("footer");
    h.finish()
}

#[component]
pub fn HireApp() -> impl IntoView {
    let (answers, first_notice) = candidate();
    let wanted = wanted_lang();
    let lang = RwSignal::new(if wanted.ready() { wanted } else { Lang::Zh });
    provide_context(I18n(lang));
    let notice = RwSignal::new(first_notice);
    let show_lang = move |l: Lang| {
        if l.ready() {
            lang.set(l);
            return;
        }
        leptos::task::spawn_local(async move {
            match i18n::load_english().await {
                Ok(()) => lang.set(l),
                Err(_) => notice.set(Some(ENGLISH_FAILED)),
            }
        });
    };
    show_lang(wanted);
    Effect::new(move |_| {
        let l = lang.get();
        set_document_lang(l);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&l.page_t("hire.title"));
        }
    });
    on_element("lang-switch", &["click"], move |_| {
        let l = if lang.get_untracked() == Lang::Zh { Lang::En } else { Lang::Zh };
        storage::save_lang(l.code());
        show_lang(l);
    });
    on_element("hire-actions", &["click"], move |ev| {
        use wasm_bindgen::JsCast;
        let id = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|e| e.id());
        match id.as_deref() {
            Some("hire-print") => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            Some("dismiss") => notice.set(None),
            Some("lang-retry") => show_lang(Lang::En),
            _ => {}
        }
    });
    let t = move |key: &'static str| move || lang.get().page_t(key);
    let other = move || if lang.get() == Lang::Zh { Lang::En } else { Lang::Zh };
    let table = move || table_html(lang.get(), answers.as_ref());
    let banner = move || {
        let Some(key) = notice.get() else { return String::new() };
        let l = lang.get();
        let mut h = Html::default();
        h.open(
            "div",
            &[("class", Some("notice banner no-print")), ("role", Some("status")), ("id", Some("notice"))],
        )
        .el("span", &[], &l.t(key));
        if key == ENGLISH_FAILED {
            h.el(
                "button",
                &[("type", Some("button")), ("id", Some("lang-retry")), ("class", Some("link"))],
                &l.t("ui.retry"),
            );
        }
        h.el(
            "button",
            &[("type", Some("button")), ("id", Some("dismiss")), ("class", Some("link"))],
            &l.t("ui.dismiss"),
        )
        .close("div");
        h.finish()
    };
    view! {
        <header class="top">
            <div class="brand">
                <h1>{t("hire.title")}</h1>
                <p class="doc">{t("hire.subtitle")}" "{DOCUMENT}</p>
            </div>
            <nav class="pages no-print" aria-label=t("ent.pages")>
                <a href="./">{t("ent.to_talent")}</a>" · "
                <a href="enterprise.html">{t("hire.to_enterprise")}</a>
            </nav>
            <button type="button" id="lang-switch" class="lang">
                <span class="visually-hidden">{t("ui.switch_language")}": "</span>
                <span lang=move || other().code()>{move || other().name()}</span>
            </button>
        </header>
        <div id="hire-actions">
            <div inner_html=banner></div>
            <main class="hire-main">
                <p class="intro no-print">{t("hire.intro")}</p>
                <div id="hire-body" inner_html=table></div>
                <p class="no-print"><button type="button" id="hire-print">{t("keep.print")}</button></p>
            </main>
        </div>
        <footer class="page-footer">
            <p>{t("app.privacy")}</p>
        </footer>
    }
}
