//! What the pages beside the talent page share: the language (English
//! fetched when first wanted), the page title, the header with the links to
//! the other pages, and the notice line.

use crate::html::Html;
use crate::i18n::{self, I18n, Lang};
use crate::storage;
use crate::view::chrome::{set_document_lang, wanted_lang};
use crate::view::chrome_html::{notice_html, pages_html, ENGLISH_FAILED};
use crate::view::events::{on_element, target_id};
use leptos::prelude::*;
use talent_rules::policy;

#[derive(Clone, Copy)]
pub struct Shell {
    pub lang: RwSignal<Lang>,
    pub notice: RwSignal<Option<&'static str>>,
    /// Where the page's texts are looked up: `Lang::page_t`, or a page's own catalog first.
    texts: fn(Lang, &str) -> String,
}

impl Shell {
    /// Sets the page up in the language asked for, with `title` (a page
    /// catalog key) as its title and `notice` shown first.
    pub fn new(title: &'static str, notice: Option<&'static str>) -> Shell {
        Shell::with_texts(title, notice, Lang::page_t)
    }

    /// `new`, with the texts looked up by `texts`.
    pub fn with_texts(
        title: &'static str,
        notice: Option<&'static str>,
        texts: fn(Lang, &str) -> String,
    ) -> Shell {
        Lang::use_page_texts();
        let wanted = wanted_lang();
        let shell = Shell {
            lang: RwSignal::new(if wanted.ready() { wanted } else { Lang::Zh }),
            notice: RwSignal::new(notice),
            texts,
        };
        provide_context(I18n(shell.lang));
        shell.show(wanted);
        let lang = shell.lang;
        Effect::new(move |_| {
            let l = lang.get();
            set_document_lang(l);
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                doc.set_title(&(shell.texts)(l, title));
            }
        });
        on_element("lang-switch", &["click"], move |_| {
            let l = if shell.lang.get_untracked() == Lang::Zh { Lang::En } else { Lang::Zh };
            storage::save_lang(l.code());
            shell.show(l);
        });
        on_element("banners", &["click"], move |ev| match target_id(ev).as_str() {
            "dismiss" => shell.notice.set(None),
            "lang-retry" => shell.show(Lang::En),
            _ => {}
        });
        shell
    }

    /// Shows `l` now if its messages are here, else once fetched; if they
    /// cannot be, the page stays as it is and says so.
    pub fn show(self, l: Lang) {
        if l.ready() {
            self.lang.set(l);
            return;
        }
        leptos::task::spawn_local(async move {
            match i18n::load_english().await {
                Ok(()) => self.lang.set(l),
                Err(_) => self.notice.set(Some(ENGLISH_FAILED)),
            }
        });
    }

    /// A page catalog text that follows the language.
    pub fn t(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let (lang, texts) = (self.lang, self.texts);
        move || texts(lang.get(), key)
    }

    /// The notice line, with its dismiss (and, for English, retry) button.
    pub fn banner(self) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let (lang, notice) = (self.lang, self.notice);
        move || {
            let Some(key) = notice.get() else { return String::new() };
            let mut h = Html::default();
            notice_html(&mut h, lang.get(), key);
            h.finish()
        }
    }

    /// The header: the page's name and document, links to the pages other
    /// than `here` (its address), the language switch. `candidate` (a
    /// `#t2.…` fragment, or empty) goes with the links to the pages about one candidate.
    pub fn header(
        self,
        title: &'static str,
        subtitle: &'static str,
        here: &'static str,
        candidate: String,
    ) -> impl IntoView {
        let (lang, texts) = (self.lang, self.texts);
        let other = move || if lang.get() == Lang::Zh { Lang::En } else { Lang::Zh };
        let nav = move || pages_html(lang.get(), texts, here, &candidate);
        view! {
            <header class="top">
                <div class="brand">
                    <h1>{self.t(title)}</h1>
                    <p class="doc">{self.t(subtitle)}" "{policy::latest().document.to_string()}</p>
                </div>
                <nav class="pages no-print" aria-label=self.t("ent.pages") inner_html=nav></nav>
                <button type="button" id="lang-switch" class="lang">
                    <span class="visually-hidden">{self.t("ui.switch_language")}": "</span>
                    <span lang=move || other().code()>{move || other().name()}</span>
                </button>
            </header>
            <div id="banners" inner_html=self.banner()></div>
        }
    }

    /// A page of one text body: the header, the intro, the body drawn by
    /// `body` into the element `ids.0`, a print button `ids.1`, the footer.
    pub fn text_page(
        self,
        (title, subtitle, intro): (&'static str, &'static str, &'static str),
        here: &'static str,
        candidate: String,
        (body_id, print_id): (&'static str, Option<&'static str>),
        body: impl Fn() -> String + Send + Sync + 'static,
    ) -> impl IntoView {
        // A print button only when there is something to print.
        let print = print_id.map(|id| {
            on_element(id, &["click"], |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            });
            view! { <p class="no-print buttons"><button type="button" id=id>{self.t("keep.print")}</button></p> }
        });
        view! {
            {self.header(title, subtitle, here, candidate)}
            <main class="hire-main">
                <p class="intro no-print">{self.t(intro)}</p>
                <div id=body_id inner_html=body></div>
                {print}
            </main>
            <footer class="page-footer">
                <p>{self.t("app.privacy")}</p>
            </footer>
        }
    }
}
