//! The page: restores answers (share link first, then the saved draft), keeps
//! the draft saved, and lays out questions beside the live result.

use crate::answers::Answers;
use crate::form_state::FormCtx;
use crate::i18n::{I18n, Lang};
use crate::view::result::{category_text, fix_fields_text, span_text, ResultPanel};
use crate::view::{form::Questions, share::KeepPanel};
use crate::{clock, share, storage};
use leptos::prelude::*;
use talent_rules::policy::DOCUMENT;

fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The answers of a share link in the fragment, if there is one. A good link
/// becomes the draft, so later changes survive a reload; a bad one gives a
/// clean start and leaves the draft alone. Either way the fragment is removed.
fn from_link(fragment: &str) -> Option<(Answers, &'static str)> {
    let decoded = share::decode(fragment)?;
    clear_fragment();
    Some(match decoded {
        Ok(a) => {
            let _ = storage::save(&a);
            (a, "notice.link_loaded")
        }
        Err(e) => (Answers::default(), e.key()),
    })
}

/// Where the answers came from, for the notice at the top.
fn restore() -> (Answers, Option<&'static str>) {
    if let Some((a, notice)) = from_link(&current_fragment()) {
        return (a, Some(notice));
    }
    match storage::load() {
        Ok(Some(a)) => (a, Some("notice.draft_restored")),
        Ok(None) => (Answers::default(), None),
        Err(notice) => (Answers::default(), Some(notice.key())),
    }
}

fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        let url = format!(
            "{}{}",
            w.location().pathname().unwrap_or_default(),
            w.location().search().unwrap_or_default()
        );
        let _ =
            w.history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}

fn initial_lang() -> Lang {
    storage::load_lang().and_then(|c| Lang::from_code(&c)).unwrap_or(Lang::Zh)
}

/// The page's language and title, also for the tab and bookmarks.
fn set_document_lang(lang: Lang) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    doc.set_title(&lang.t("app.title"));
}

#[component]
pub fn App() -> impl IntoView {
    let today = clock::today();
    let (restored, first_notice) = restore();
    let answers = RwSignal::new(restored);
    let eval = Memo::new(move |_| answers.with(|a| a.evaluate(today)));
    let lang = RwSignal::new(initial_lang());
    let i18n = I18n(lang);
    provide_context(i18n);
    provide_context(FormCtx { answers, eval });

    let notice = RwSignal::new(first_notice);
    let storage_failed = RwSignal::new(false);
    // Saves on every change the user makes, not on loading answers: a bad
    // link's clean start must not overwrite the draft before anything is typed.
    let loaded = RwSignal::new(true);
    // A link pasted into the address bar of the open app changes only the fragment.
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some((a, key)) = from_link(&current_fragment()) {
            loaded.set(true);
            answers.set(a);
            notice.set(Some(key));
        }
    });
    // The window outlives the app (unmounted in tests, or embedded and
    // replaced): its signals are gone then, so the listener must go too.
    on_cleanup(move || hashchange.remove());
    Effect::new(move |_| {
        answers.track();
        if loaded.get_untracked() {
            loaded.set(false);
            return;
        }
        if let Err(failed) = answers.with(storage::save) {
            if !storage_failed.get_untracked() {
                storage_failed.set(true);
                notice.set(Some(failed.key()));
            }
        }
    });
    Effect::new(move |_| {
        let l = lang.get();
        set_document_lang(l);
        storage::save_lang(l.code());
    });

    let switch_to = move || if lang.get() == Lang::Zh { Lang::En } else { Lang::Zh };
    view! {
        <header class="top">
            <div class="brand">
                <h1>{i18n.text("app.title")}</h1>
                <p class="doc">{i18n.text("app.subtitle")}" "{DOCUMENT}</p>
            </div>
            <button type="button" id="lang-switch" class="lang" on:click=move |_| lang.set(switch_to())>
                <span class="visually-hidden">{i18n.text("ui.switch_language")}": "</span>
                <span lang=move || switch_to().code()>{move || switch_to().t("ui.language_name")}</span>
            </button>
        </header>
        // Fixed at the bottom of a phone's screen, but early in the tab order.
        <MobileSummary />
        {move || notice.get().map(|key| view! {
            <div class="notice banner no-print" role="status" id="notice">
                <span>{i18n.t(key)}</span>
                <button type="button" class="link" on:click=move |_| notice.set(None)>{i18n.t("ui.dismiss")}</button>
            </div>
        })}
        <main class="layout">
            <div class="left">
                <p class="intro no-print">{i18n.text("app.intro")}</p>
                <Questions />
                <KeepPanel />
            </div>
            <div class="right">
                <PrintSummary />
                <ResultPanel />
            </div>
        </main>
        <footer class="page-footer">
            <p>{i18n.text("app.privacy")}</p>
        </footer>
    }
}

/// On phones the result sits below the questions: a bar keeps it in sight.
#[component]
fn MobileSummary() -> impl IntoView {
    let ctx = crate::form_state::use_form();
    let i18n = crate::i18n::use_i18n();
    view! {
        <a id="summary-bar" class="mobile-summary no-print" href="#result" on:click=|ev| {
            // Scroll without touching the fragment, which carries share links.
            ev.prevent_default();
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("result")) {
                el.scroll_into_view();
            }
        }>
            {move || {
                let lang = i18n.lang();
                ctx.eval.with(|e| match &e.result {
                    Some(a) => format!("{} · {}", category_text(lang, a), span_text(lang, a.totals.talent)),
                    None if !e.errors.is_empty() => fix_fields_text(lang, e.errors.len()),
                    None => lang.t("result.see"),
                })
            }}
        </a>
    }
}

/// Printed only: the answers given, above the result (one A4 page).
#[component]
fn PrintSummary() -> impl IntoView {
    let ctx = crate::form_state::use_form();
    let i18n = crate::i18n::use_i18n();
    let table =
        move || ctx.eval.with(|e| ctx.answers.with(|a| crate::summary::html(a, &e.visible, i18n.lang())));
    view! { <section class="print-only print-summary" aria-hidden="true" inner_html=table></section> }
}
