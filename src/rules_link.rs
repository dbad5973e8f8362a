//! A clause on a result card: a link to its place on the rules page
//! (`rules.html`, written by `src/rules_page/`; `§11(1)` is
//! `rules.html#s11-1`, `§6` is `rules.html#s6`), and its own words on demand
//! without leaving the result. The words are in `clauses.json`, written by
//! the same build step beside the page; a card's words are a `<details>`,
//! opened and closed by keyboard like any, its state announced by screen
//! readers, and the file is fetched when one is opened, by a script loaded
//! then (`public/clause-words.js`), so no page's first load carries the text
//! or the code that fetches it.

use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::ids::Clause;

/// The clauses' words, written beside the pages (`src/rules_page/words.rs`)
/// and fetched by `public/clause-words.js`, which names the file too.
#[cfg(not(target_arch = "wasm32"))]
pub const WORDS_FILE: &str = "clauses.json";

/// The anchor of a clause as the engine names it (`§11(1)` → `s11-1`).
pub fn anchor(clause: &str) -> String {
    let inner = clause.trim_start_matches('§');
    match inner.split_once('(') {
        Some((n, item)) => format!("s{n}-{}", item.trim_end_matches(')')),
        None => format!("s{inner}"),
    }
}

/// The address of a clause on the rules page, beside the page linking it.
pub fn href(clause: Clause) -> String {
    format!("rules.html#{}", anchor(clause.as_str()))
}

/// The key of a clause's words in `clauses.json`: `s11-1` the text alone,
/// `s11-1.en` the text with its English summary.
pub fn words_key(lang: Lang, anchor: &str) -> String {
    match lang {
        Lang::Zh => anchor.to_string(),
        Lang::En => format!("{anchor}.en"),
    }
}

/// A clause as a link to its place on the rules page.
pub fn link(h: &mut Html, clause: Clause) {
    h.el("a", &[("class", Some("clause")), ("href", Some(&href(clause)))], clause.as_str());
}

/// A clause's words, closed until asked for.
pub fn words(h: &mut Html, lang: Lang, clause: Clause) {
    let key = words_key(lang, &anchor(clause.as_str()));
    h.open("details", &[("class", Some("clause-words")), ("data-words", Some(&key))])
        .el("summary", &[], &lang.t("result.clause_words"))
        .el("div", &[("class", Some("words"))], &lang.t("result.clause_loading"))
        .close("details");
}

/// The script that writes a card's words in once it is opened, beside the page.
const WORDS_SCRIPT: &str = "clause-words.js";

/// For every click in a result: a click on the summary of a clause's words
/// loads the script that fetches and writes them in (`public/clause-words.js`,
/// once); the `<details>` opens by itself, showing its placeholder meanwhile.
pub fn open_words(ev: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let summary = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("details[data-words] > summary").ok().flatten());
    if summary.is_some() {
        crate::on_demand::load(WORDS_SCRIPT);
    }
}
