//! The page: restores answers (share link first, then the saved draft), keeps
//! the draft saved, and lays out questions beside the live result. A link
//! whose answers differ from a saved draft asks which to keep.

use crate::answers::Answers;
use crate::form_state::FormCtx;
use crate::i18n::{self, I18n, Lang};
use crate::view::chrome::{clear_fragment, current_fragment, set_document_lang, wanted_lang};
use crate::view::chrome_html::{banners_html, heading_html, ENGLISH_FAILED};
use crate::view::events::{on_element, on_window};
use crate::view::result::{fix_fields_text, summary_line};
use crate::view::result_panel::ResultPanel;
use crate::view::{form::Questions, share::KeepPanel};
use crate::{clock, share, storage};
use leptos::prelude::*;
use talent_rules::ids::Mode;

/// What opening the page or a link gives: the answers to show, the notice
/// at the top, and whether to ask which to keep: the link's answers shown or
/// the different draft saved, which stays saved until the user chooses.
struct Opened {
    answers: Answers,
    notice: Option<&'static str>,
    choice: bool,
}

/// The answers of a share link in the fragment, if there is one. A good link
/// becomes the draft, so later changes survive a reload, unless a different
/// draft is saved: then the user chooses. A bad link gives a clean start and
/// leaves the draft alone. Either way the fragment is removed.
fn from_link(fragment: &str) -> Option<Opened> {
    let decoded = share::decode(fragment)?;
    clear_fragment();
    Some(match decoded {
        Ok(answers) => {
            let draft = storage::load().ok().flatten();
            if draft.is_some_and(|d| d != answers && d != Answers::default()) {
                Opened { answers, notice: None, choice: true }
            } else {
                let _ = storage::save(&answers);
                Opened { answers, notice: Some("notice.link_loaded"), choice: false }
            }
        }
        Err(e) => Opened { answers: Answers::default(), notice: Some(e.key()), choice: false },
    })
}

/// The share link's answers or else the saved draft's, and where they came from.
fn restore() -> Opened {
    if let Some(opened) = from_link(&current_fragment()) {
        return opened;
    }
    let (answers, notice) = match storage::load() {
        Ok(Some(a)) => (a, Some("notice.draft_restored")),
        Ok(None) => (Answers::default(), None),
        Err(notice) => (Answers::default(), Some(notice.key())),
    };
    Opened { answers, notice, choice: false }
}

#[component]
pub fn App() -> impl IntoView {
    let today = clock::today();
    let mut opened = restore();
    // Typed into the form painted before the wasm arrived (`prepaint`): on
    // top of the draft or link, and saved like any edit.
    let typed = crate::prepaint::adopt().is_some_and(|edits| {
        for (id, name, value, checked) in &edits {
            crate::questions::apply(
                &mut opened.answers,
                &crate::questions::Edit { id, name, value, checked: *checked },
            );
        }
        !edits.is_empty()
    });
    let answers = RwSignal::new(opened.answers);
    // Recomputed only when the answers change, so it always counts as changed:
    // comparing whole results would add their equality code to the download.
    let eval = Memo::new_with_compare(move |_| answers.with(|a| a.evaluate(today)), |_, _| true);
    let wanted = wanted_lang();
    let lang = RwSignal::new(if wanted.ready() { wanted } else { Lang::Zh });
    let i18n = I18n(lang);
    provide_context(i18n);
    provide_context(FormCtx { answers, eval });

    let notice = RwSignal::new(opened.notice);
    let busy = RwSignal::new(false);
    // Shows `l` now if its messages are here, else once fetched: until then,
    // and if that fails, the page stays as it is, answers and all.
    let show = move |l: Lang| {
        if l.ready() {
            lang.set(l);
        } else if !busy.get_untracked() {
            busy.set(true);
            leptos::task::spawn_local(async move {
                // Setting signals of an app gone meanwhile (unmounted) does nothing.
                if i18n::load_english().await.is_ok() {
                    lang.set(l);
                    if notice.get_untracked() == Some(ENGLISH_FAILED) {
                        notice.set(None);
                    }
                } else {
                    notice.set(Some(ENGLISH_FAILED));
                }
                busy.set(false);
            });
        }
    };
    show(wanted);
    // A saved draft differs from the link's answers shown: nothing is saved
    // over it until the user picks one.
    let choice = RwSignal::new(opened.choice);
    let storage_failed = RwSignal::new(false);
    // Saves on every change the user makes, not on loading answers: a bad
    // link's clean start must not overwrite the draft before anything is typed.
    let loaded = RwSignal::new(!typed);
    // A link pasted into the address bar of the open app changes only the fragment.
    on_window(&["hashchange"], move |_| {
        if let Some(opened) = from_link(&current_fragment()) {
            loaded.set(true);
            answers.set(opened.answers);
            notice.set(opened.notice);
            choice.set(opened.choice);
        }
    });
    Effect::new(move |_| {
        answers.track();
        if loaded.get_untracked() {
            loaded.set(false);
            return;
        }
        if choice.get_untracked() {
            return;
        }
        if let Err(failed) = answers.with(storage::save) {
            if !storage_failed.get_untracked() {
                storage_failed.set(true);
                notice.set(Some(failed.key()));
            }
        }
    });
    Effect::new(move |_| set_document_lang(lang.get()));

    // Keep the link's answers (saved as the draft now) or the saved draft;
    // dismiss the notice.
    on_element("banners", &["click"], move |ev| {
        let target = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        match target.map(|t| t.id()).as_deref() {
            Some("keep-link") => {
                choice.set(false);
                let saved = answers.with_untracked(storage::save);
                notice.set(Some(saved.map_or_else(|e| e.key(), |_| "notice.link_kept")));
            }
            Some("keep-draft") => {
                choice.set(false);
                if let Ok(Some(draft)) = storage::load() {
                    loaded.set(true);
                    answers.set(draft);
                    notice.set(Some("notice.draft_restored"));
                }
            }
            Some("dismiss") => notice.set(None),
            Some("lang-retry") => show(Lang::En),
            _ => {}
        }
    });
    let switch_to = move || if lang.get() == Lang::Zh { Lang::En } else { Lang::Zh };
    // The choice is remembered at once, so a reload asks for it again even
    // if it could not be shown yet.
    on_element("lang-switch", &["click"], move |_| {
        let l = switch_to();
        storage::save_lang(l.code());
        show(l);
    });
    view! {
        <header class="top">
            <div class="heading" inner_html=move || heading_html(i18n.lang())></div>
            <button type="button" id="lang-switch" class="lang"
                aria-busy=move || if busy.get() { "true" } else { "false" }>
                <span class="visually-hidden">{i18n.text("ui.switch_language")}": "</span>
                <span lang=move || switch_to().code()>{move || switch_to().name()}</span>
            </button>
        </header>
        // Fixed at the bottom of a phone's screen, but early in the tab order.
        <MobileSummary />
        <div id="banners" inner_html=move || {
            banners_html(i18n.lang(), choice.get(), notice.get())
        }></div>
        <main class="layout">
            <div class="left">
                <p class="intro no-print">{i18n.text("app.intro")}</p>
                <Questions />
                <KeepPanel />
            </div>
            <div class="right">
                <crate::view::print::PrintOnly />
                // The note that the result follows a version not in force
                // today, written by the next-steps worker (public/workers.js).
                <div id="policy-version"></div>
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
    on_element("summary-bar", &["click"], |ev| {
        // Scroll without touching the fragment, which carries share links.
        ev.prevent_default();
        if let Some(el) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("result"))
        {
            el.scroll_into_view();
        }
    });
    view! {
        <a id="summary-bar" class="mobile-summary no-print" href="#result">
            {move || {
                let lang = i18n.lang();
                let asked = ctx.answers.with(|a| a.mode != Mode::None || a.has_startup || a.wants_loan);
                ctx.eval.with(|e| match &e.result {
                    Some(a) => summary_line(lang, a, asked),
                    None if !e.errors.is_empty() => fix_fields_text(lang, e.errors.len()),
                    None => lang.t("result.see"),
                })
            }}
        </a>
    }
}
