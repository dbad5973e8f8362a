//! The clauses' own words for the result cards (`clauses.json`, beside the
//! rules page): for each clause the engine names, the text of its part of
//! the published text as HTML, under its key (`src/rules_link.rs`): `s11-1`
//! the text alone, `s11-1.en` the text marked as Chinese with the clause's
//! English summary. Each ends with a link to the clause's place on the rules
//! page, where its amounts, their dates and the readings stand beside it.

use super::text::{self, Part};
use super::{cited, summary, t};
use crate::html::Html;
use crate::i18n::Lang;
use crate::rules_link::{anchor, href, words_key};
use std::collections::BTreeMap;
use talent_rules::ids::Clause;

/// The file's name, as the cards fetch it.
pub use crate::rules_link::WORDS_FILE as FILE;

/// The parts a clause's words are: the whole clause (§10 with its
/// categories), or one item of it (§11(1)).
fn parts_of<'a>(clauses: &'a [text::Clause], anchor: &str) -> Vec<&'a Part> {
    match clauses.iter().find(|c| c.id == anchor) {
        Some(clause) => clause.parts.iter().collect(),
        None => clauses.iter().flat_map(|c| &c.parts).filter(|p| p.id == anchor).collect(),
    }
}

fn words_html(lang: Lang, clause: Clause, parts: &[&Part], summary: &str) -> String {
    let mut h = Html::default();
    let zh = (lang != Lang::Zh).then_some(Lang::Zh.code());
    h.open("div", &[("class", Some("text")), ("lang", zh)]);
    for paragraph in parts.iter().flat_map(|p| &p.paragraphs) {
        h.el("p", &[], paragraph);
    }
    h.close("div");
    if lang == Lang::En {
        h.el("p", &[("class", Some("summary"))], summary);
    }
    h.open("p", &[("class", Some("more"))])
        .el("a", &[("href", Some(&href(clause)))], t(lang, "words.more"))
        .close("p");
    h.finish()
}

/// `clauses.json`: every clause the engine names, in both languages.
pub fn json() -> String {
    let clauses = text::clauses();
    let entries = cited::entries();
    let mut all = BTreeMap::new();
    for &clause in Clause::ALL {
        let anchor = anchor(clause.as_str());
        let parts = parts_of(&clauses, &anchor);
        assert!(!parts.is_empty(), "{}: no part of the text", clause.as_str());
        let summary = summary(&anchor, &entries);
        for lang in Lang::ALL {
            all.insert(words_key(lang, &anchor), words_html(lang, clause, &parts, &summary));
        }
    }
    serde_json::to_string(&all).expect("strings")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn file() -> serde_json::Map<String, Value> {
        serde_json::from_str(&json()).unwrap()
    }

    #[test]
    fn every_clause_the_engine_names_has_its_words_in_both_languages() {
        let file = file();
        for &clause in Clause::ALL {
            for lang in Lang::ALL {
                let key = words_key(lang, &anchor(clause.as_str()));
                let html = file[&key].as_str().unwrap_or_else(|| panic!("{key}"));
                assert!(html.contains(&format!("href=\"{}\"", href(clause))), "{key} links its place");
                assert_eq!(html.contains("class=\"summary\""), lang == Lang::En, "{key}");
            }
        }
        assert_eq!(file.len(), Clause::ALL.len() * 2);
    }

    #[test]
    fn the_words_are_the_text_of_the_clause_or_item() {
        let file = file();
        let item = file["s11-1"].as_str().unwrap();
        assert!(item.starts_with("<div class=\"text\"><p>（1）对师市经开区、企业、农业科技园区"));
        // Item (1) runs on in the Bingtuan paragraph, and stops before item (2).
        assert!(item.contains("<p>以上引进人才"));
        assert!(!item.contains("（2）"));
        // §10 is the clause with its five categories.
        let categories = file["s10"].as_str().unwrap();
        for c in ["A", "B", "C", "D", "E"] {
            assert!(categories.contains(&format!("<p>{c}")), "{c}");
        }
        let en = file["s13.en"].as_str().unwrap();
        assert!(en.starts_with("<div class=\"text\" lang=\"zh-CN\"><p>13. "));
        assert!(en.contains("<p class=\"summary\">A talent who, within "));
        assert!(!en.contains('{'), "the summary's figures are filled in");
    }
}
