//! The page: restores answers (share link first, then the saved draft), keeps
//! the draft saved, and lays out questions beside the live result. A link
//! whose answers differ from a saved draft asks which to keep.

use crate::answers::Answers;
use crate::form_state::FormCtx;
use crate::i18n::{self, I18n, Lang};
use crate::view::events::{on_element, on_window};
use crate::view::result::{fix_fields_text, summary_line, ResultPanel};
use crate::view::{form::Questions, share::KeepPanel};
use crate::{clock, share, storage};
use leptos::prelude::*;
use talent_rules::ids::Mode;
use talent_rules::policy;

pub(crate) fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

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

pub(crate) fn clear_fragment() {
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

/// The banners at the top: the question which answers to keep, when a
/// link's differ from the saved draft, and the notice of where the answers
/// came from or what went wrong. Written as HTML, like the result: one typed
/// view per banner would cost the download more.
fn banners_html(lang: Lang, choice: bool, notice: Option<&str>) -> String {
    let mut h = crate::html::Html::default();
    let button = |h: &mut crate::html::Html, id, class, key| {
        h.el("button", &[("type", Some("button")), ("id", Some(id)), ("class", class)], &lang.t(key));
    };
    if choice {
        h.open(
            "div",
            &[
                ("class", Some("notice warn banner link-choice no-print")),
                ("role", Some("group")),
                ("aria-labelledby", Some("choice-text")),
                ("id", Some("link-choice")),
            ],
        )
        .el("p", &[("id", Some("choice-text"))], &lang.t("choice.text"))
        .open("div", &[("class", Some("buttons"))]);
        button(&mut h, "keep-link", None, "choice.link");
        button(&mut h, "keep-draft", None, "choice.draft");
        h.close("div").close("div");
    }
    if let Some(key) = notice {
        notice_html(&mut h, lang, key);
    }
    h.finish()
}

/// The notice line of every page, with its dismiss (and, for English, retry) button.
pub(crate) fn notice_html(h: &mut crate::html::Html, lang: Lang, key: &str) {
    h.open(
        "div",
        &[
            ("class", Some("notice banner no-print")),
            ("role", Some("status")),
            ("id", Some("notice")),
            // Which notice, for kiosk mode's own words (frame/src/kiosk.rs).
            ("data-notice", Some(key)),
        ],
    )
    .el("span", &[], &lang.t(key));
    for (id, shown, text) in
        [("lang-retry", key == ENGLISH_FAILED, "ui.retry"), ("dismiss", true, "ui.dismiss")]
    {
        if shown {
            h.el(
                "button",
                &[("type", Some("button")), ("id", Some(id)), ("class", Some("link"))],
                &lang.t(text),
            );
        }
    }
    h.close("div");
}

/// The page's name, its document, and the link to the enterprise page:
/// written as HTML, like the banners.
pub(crate) fn heading_html(lang: Lang) -> String {
    let mut h = crate::html::Html::default();
    h.open("div", &[("class", Some("brand"))])
        .el("h1", &[], &lang.t("app.title"))
        .el(
            "p",
            &[("class", Some("doc"))],
            &format!("{} {}", lang.t("app.subtitle"), policy::latest().document),
        )
        .close("div")
        .open("nav", &[("class", Some("pages no-print")), ("aria-label", Some(&lang.t("app.pages")))])
        .el(
            "a",
            &[("href", Some("enterprise.html")), ("id", Some("to-enterprise"))],
            &lang.t("app.to_enterprise"),
        )
        .el("a", &[("href", Some("hire.html")), ("id", Some("to-hire"))], &lang.t("app.to_hire"))
        .close("nav");
    h.finish()
}

/// The language asked for: `?lang=en` in the address, else the one saved on
/// this device. Asked for in the address, it is saved as the switch saves it,
/// so that the links to the other pages keep it.
pub(crate) fn wanted_lang() -> Lang {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let asked = query.split(['?', '&']).find_map(|p| p.strip_prefix("lang=")).and_then(Lang::from_code);
    if let Some(lang) = asked {
        storage::save_lang(lang.code());
        return lang;
    }
    storage::load_lang().and_then(|c| Lang::from_code(&c)).unwrap_or(Lang::Zh)
}

/// The notice that English could not be loaded: its Chinese catalog text
/// says it in both languages, since English is what is missing.
pub(crate) const ENGLISH_FAILED: &str = "notice.english_failed";

/// The page's language and title, also for the tab and bookmarks.
pub(crate) fn set_document_lang(lang: Lang) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    doc.set_title(&lang.t("app.title"));
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
                <div id="policy-version" inner_html=move || eval.with(|e| {
                    let note = |a| crate::view::policy_version::note_html(i18n.lang(), policy::versions(), a, today);
                    e.result.as_ref().map(note).unwrap_or_default()
                })></div>
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
