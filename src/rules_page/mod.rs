//! The rules page (`rules.html`), written at build time by
//! `src/bin/rules-page.rs`, a static page without wasm: the published text of
//! 师市党办发〔2025〕17号 clause by clause, in its own words
//! (`rules/policy/source.zh.txt`, see `text`), with an English summary of
//! each clause, and beside each sentence the engine's values that sentence
//! sets, each with the day it is in force from (`cited`), and the
//! interpretations (INT-nn) that read it, in plain words. Each clause, item
//! and value has an anchor a link can name: `rules.html#s11-1`,
//! `rules.html#v-housing_monthly`, `rules.html#INT-03`.
//!
//! The page's own words are in `locales/rules/` (the summaries among them);
//! the readings' plain words are the app's (`interp.*` in `locales/*.json`).
//! The same step writes the clauses' words for the result cards (`words`).

pub mod cited;
pub mod text;
pub mod words;

use crate::html::Html;
use crate::i18n::Lang;
use cited::{Entry, Line, Shown};
use text::Clause;

/// The page's own styles, on top of the site's (`style/main.css`).
pub const CSS: &str = include_str!("../../style/rules.css");

mod catalog {
    include!(concat!(env!("OUT_DIR"), "/rules_page_texts.rs"));
}

/// The page's own text for `key` (`locales/rules/`); a missing one stops the build.
fn t(lang: Lang, key: &str) -> &'static str {
    own(lang, key).unwrap_or_else(|| panic!("locales/rules/{}.json has no {key}", lang.code()))
}

fn own(lang: Lang, key: &str) -> Option<&'static str> {
    let table = match lang {
        Lang::Zh => catalog::RULES_ZH_CN,
        Lang::En => catalog::RULES_EN,
    };
    table.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| table[i].1)
}

/// Where each interpretation reads the text: words of the sentence it reads,
/// found once in the text (a test holds this). The readings an entry of the
/// data belongs to (`INT-10`, `INT-12`) place that entry there too.
pub const READINGS: &[(&str, &str)] = &[
    ("INT-01", "岁（含）以下全日制博士研究生"),
    ("INT-02", "五个类别进行分类"),
    ("INT-03", "可免费入住周转住房"),
    ("INT-04", "就高不就低"),
    ("INT-05", "专精特新奖励资金不叠加享受"),
    ("INT-06", "产业项目类由申报单位按类别"),
    ("INT-07", "初创企业（包含合作社）并担任法定代表人"),
    ("INT-08", "高级以上职称及研究生以上学历人才"),
    ("INT-09", "各行业领域引进人才由用人单位报行业主管部门把关审核"),
    ("INT-10", "给予一次性创业资金支持"),
    ("INT-11", "全职新引进的A、B、C类人才"),
    ("INT-12", "本方案自印发之日起执行"),
    ("INT-13", "对国家级阿阿高新区引进人才"),
    ("INT-14", "本方案自印发之日起执行"),
];

/// What stands beside a sentence.
enum Note<'a> {
    /// The English summary of a part, beside its opening.
    Summary(String),
    Value(&'a Entry),
    Reading(&'static str),
}

/// A note and the words of a paragraph it stands for (byte range).
struct Placed<'a> {
    note: Note<'a>,
    at: std::ops::Range<usize>,
    /// Underlined in the text: the words an entry of the data stands for.
    cited: bool,
}

/// The sentences of a paragraph, as byte ranges: each ends after 。 or ；.
fn sentences(paragraph: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in paragraph.char_indices() {
        if c == '。' || c == '；' {
            out.push(start..i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    if start < paragraph.len() {
        out.push(start..paragraph.len());
    }
    out
}

/// The rows of a paragraph: runs of whole sentences, each note in the row
/// whose sentences hold all its words, and no sentence in two rows. Beside a
/// row of sentences without values or readings stands nothing, or a summary.
fn rows(paragraph: &str, notes: &[Placed]) -> Vec<std::ops::Range<usize>> {
    let sentences = sentences(paragraph);
    let of = |at: usize| sentences.iter().position(|s| s.contains(&at)).expect("inside the paragraph");
    // For each sentence, the last sentence the row it starts must reach.
    let mut reach: Vec<usize> = (0..sentences.len()).collect();
    for n in notes {
        let (first, last) = (of(n.at.start), of(n.at.end - 1));
        reach[first] = reach[first].max(last);
    }
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        // A summary stands beside its part's opening, which may run on.
        let noted =
            |s: usize| notes.iter().any(|n| of(n.at.start) == s && !matches!(n.note, Note::Summary(_)));
        let mut end = reach[i];
        let mut j = i;
        while j <= end {
            end = end.max(reach[j]);
            j += 1;
        }
        // Sentences without notes run on in one row until one with notes.
        if !noted(i) {
            while j < sentences.len() && !noted(j) {
                j += 1;
            }
        }
        out.push(sentences[i].start..sentences[j - 1].end);
        i = j;
    }
    out
}

/// The page, linking the stylesheets `css` (the site's, then its own).
pub fn html(css: &[&str]) -> String {
    Lang::use_page_texts();
    let entries = cited::entries();
    let clauses = text::clauses();
    let mut h = Html::default();
    let zh = Lang::Zh;
    h.open("html", &[("lang", Some(zh.code()))]).open("head", &[]);
    h.open("meta", &[("charset", Some("utf-8"))])
        .open("meta", &[("name", Some("viewport")), ("content", Some("width=device-width, initial-scale=1"))])
        .open("meta", &[("name", Some("description")), ("content", Some(t(zh, "page.description")))])
        .open("meta", &[("name", Some("theme-color")), ("content", Some("#9b1c1c"))])
        .el("title", &[], &format!("{} · {}", t(zh, "page.title"), t(Lang::En, "page.title")))
        .open(
            "link",
            &[("rel", Some("icon")), ("href", Some("favicon.svg")), ("type", Some("image/svg+xml"))],
        );
    for href in css {
        h.open("link", &[("rel", Some("stylesheet")), ("href", Some(href))]);
    }
    h.close("head").open("body", &[]);
    header(&mut h);
    h.open("main", &[("class", Some("rules-main"))]);
    intro(&mut h);
    contents(&mut h, &clauses);
    h.open("div", &[("class", Some("document-heading"))]);
    for line in text::heading() {
        h.el("p", &[], &line);
    }
    h.close("div");
    for clause in &clauses {
        clause_html(&mut h, clause, &entries);
    }
    h.close("main");
    h.open("footer", &[("class", Some("page-footer"))]);
    both(&mut h, "p", "page.decide");
    h.close("footer").close("body").close("html");
    format!("<!DOCTYPE html>\n{}\n", h.finish())
}

/// A text in Chinese, then in English (`lang="en"`), in one element.
fn both(h: &mut Html, tag: &'static str, key: &str) {
    h.open(tag, &[]).text(t(Lang::Zh, key)).text(" ");
    h.el("span", &[("lang", Some("en"))], t(Lang::En, key)).close(tag);
}

fn header(h: &mut Html) {
    h.open("header", &[("class", Some("top"))]).open("div", &[("class", Some("brand"))]);
    h.open("h1", &[]).text(t(Lang::Zh, "page.title")).text(" ");
    h.el("span", &[("lang", Some("en"))], t(Lang::En, "page.title")).close("h1");
    h.el("p", &[("class", Some("doc"))], &format!("{} {}", Lang::Zh.t("app.subtitle"), document()));
    h.close("div");
    h.open("nav", &[("class", Some("pages no-print")), ("aria-label", Some(t(Lang::Zh, "page.pages")))]);
    for (href, key) in
        [("./", "page.to_talent"), ("enterprise.html", "page.to_enterprise"), ("hire.html", "page.to_hire")]
    {
        h.el("a", &[("href", Some(href))], t(Lang::Zh, key));
    }
    h.close("nav").close("header");
}

/// The document number the newest version names.
fn document() -> &'static str {
    &talent_rules::policy::latest().document
}

fn intro(h: &mut Html) {
    h.open("div", &[("class", Some("rules-intro"))]);
    for key in ["page.intro", "page.decide"] {
        h.el("p", &[], t(Lang::Zh, key)).el("p", &[("lang", Some("en"))], t(Lang::En, key));
    }
    h.close("div");
}

/// The list of clauses, each a link to its anchor.
fn contents(h: &mut Html, clauses: &[Clause]) {
    h.open("nav", &[("class", Some("contents no-print")), ("aria-labelledby", Some("contents-title"))]);
    h.open("h2", &[("id", Some("contents-title"))]).text(t(Lang::Zh, "page.contents")).text(" ");
    h.el("span", &[("lang", Some("en"))], t(Lang::En, "page.contents")).close("h2");
    h.open("ol", &[]);
    for c in clauses {
        h.open("li", &[]).open("a", &[("href", Some(&format!("#{}", c.id)))]);
        match c.label.is_empty() {
            true => h.text(t(Lang::Zh, "page.closing")),
            false => h.el("span", &[("class", Some("n"))], &c.label).text(" ").text(&c.title),
        };
        h.close("a").close("li");
    }
    h.close("ol").close("nav");
}

fn clause_html(h: &mut Html, clause: &Clause, entries: &[Entry]) {
    let heading = format!("{}-title", clause.id);
    h.open(
        "section",
        &[("class", Some("rule")), ("id", Some(&clause.id)), ("aria-labelledby", Some(&heading))],
    );
    h.open("h2", &[("id", Some(&heading))]);
    match clause.label.is_empty() {
        true => h.text(t(Lang::Zh, "page.closing")),
        false => h.el("span", &[("class", Some("n"))], &clause.label).text(" ").text(&clause.title),
    };
    h.text(" ").el(
        "span",
        &[("lang", Some("en")), ("class", Some("en-title"))],
        t(Lang::En, &format!("title.{}", clause.id)),
    );
    h.close("h2");
    for part in &clause.parts {
        let own = part.id != clause.id;
        if own {
            let heading = format!("{}-title", part.id);
            h.open(
                "div",
                &[("class", Some("part")), ("id", Some(&part.id)), ("aria-labelledby", Some(&heading))],
            );
            h.open("h3", &[("id", Some(&heading))])
                .el("span", &[("class", Some("n"))], &part.label)
                .text(" ");
            h.text(t(Lang::Zh, &format!("item.{}", part.id))).text(" ");
            h.el(
                "span",
                &[("lang", Some("en")), ("class", Some("en-title"))],
                t(Lang::En, &format!("item.{}", part.id)),
            );
            h.close("h3");
        }
        for (i, paragraph) in part.paragraphs.iter().enumerate() {
            let mut notes = placed(paragraph, entries);
            if i == 0 && has_summary(&part.id) {
                let first = sentences(paragraph)[0].clone();
                let note = Note::Summary(summary(&part.id, entries));
                notes.insert(0, Placed { note, at: first, cited: false });
            }
            paragraph_html(h, paragraph, &notes);
        }
        if own {
            h.close("div");
        }
    }
    h.close("section");
}

fn has_summary(id: &str) -> bool {
    catalog::RULES_EN.iter().any(|(k, _)| k.strip_prefix("summary.") == Some(id))
}

/// The notes that stand beside `paragraph`: the values whose words are in
/// it, and the readings that read it (with the entries that are theirs).
fn placed<'a>(paragraph: &str, entries: &'a [Entry]) -> Vec<Placed<'a>> {
    let mut notes = Vec::new();
    for e in entries {
        let (words, cited) = match &e.words {
            Some(w) => (w.as_str(), true),
            None => (reading_words(&e.clause), false),
        };
        if let Some(start) = paragraph.find(words) {
            notes.push(Placed { note: Note::Value(e), at: start..start + words.len(), cited });
        }
    }
    for &(id, words) in READINGS {
        if let Some(start) = paragraph.find(words) {
            notes.push(Placed { note: Note::Reading(id), at: start..start + words.len(), cited: false });
        }
    }
    notes
}

/// The words of the text a reading reads.
fn reading_words(id: &str) -> &'static str {
    READINGS.iter().find(|(r, _)| *r == id).map(|(_, w)| *w).unwrap_or_else(|| panic!("{id} reads no words"))
}

fn paragraph_html(h: &mut Html, paragraph: &str, notes: &[Placed]) {
    h.open("div", &[("class", Some("para"))]);
    for row in rows(paragraph, notes) {
        let here: Vec<&Placed> = notes.iter().filter(|n| row.contains(&n.at.start)).collect();
        h.open("div", &[("class", Some("row"))]);
        h.open("p", &[("class", Some("text"))]);
        // The words the data's entries stand for, underlined (overlaps merged).
        let mut marks: Vec<std::ops::Range<usize>> =
            here.iter().filter(|n| n.cited).map(|n| n.at.clone()).collect();
        marks.sort_by_key(|m| m.start);
        let mut at = row.start;
        let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
        for m in marks {
            match merged.last_mut() {
                Some(last) if m.start <= last.end => last.end = last.end.max(m.end),
                _ => merged.push(m),
            }
        }
        for m in merged {
            h.text(&paragraph[at..m.start]).el("mark", &[], &paragraph[m.clone()]);
            at = m.end;
        }
        h.text(&paragraph[at..row.end]);
        h.close("p");
        if !here.is_empty() {
            h.open("div", &[("class", Some("notes"))]);
            for n in here {
                note_html(h, &n.note);
            }
            h.close("div");
        }
        h.close("div");
    }
    h.close("div");
}

fn note_html(h: &mut Html, note: &Note) {
    match note {
        Note::Summary(text) => {
            h.open("div", &[("class", Some("note summary")), ("lang", Some("en"))]);
            h.el("p", &[("class", Some("label"))], t(Lang::En, "page.summary"));
            h.el("p", &[], text);
            h.close("div");
        }
        Note::Value(e) => value_html(h, e),
        Note::Reading(id) => {
            h.open("div", &[("class", Some("note reading")), ("id", Some(id))]);
            h.open("p", &[("class", Some("label"))])
                .el("a", &[("href", Some(&format!("#{id}")))], id)
                .text(" ");
            h.text(t(Lang::Zh, "page.reading")).text(" · ");
            h.el("span", &[("lang", Some("en"))], t(Lang::En, "page.reading")).close("p");
            h.el("p", &[], &reading(Lang::Zh, id)).el("p", &[("lang", Some("en"))], &reading(Lang::En, id));
            h.close("div");
        }
    }
}

/// A reading's plain words: the app's (`interp.*`), which the result cards
/// show too, or the page's own for a reading no result names (INT-14).
fn reading(lang: Lang, id: &str) -> String {
    let key = format!("interp.{id}");
    own(lang, &key).map_or_else(|| lang.t(&key), String::from)
}

/// A value in Chinese, its data marked, then in English where it reads otherwise.
fn in_both(h: &mut Html, zh: &Line, en: &Line) {
    line_html(h, zh);
    if en.plain() != zh.plain() {
        h.text(" · ").open("span", &[("lang", Some("en"))]);
        line_html(h, en);
        h.close("span");
    }
}

fn line_html(h: &mut Html, line: &Line) {
    for (value, shown) in &line.0 {
        match value {
            Some(v) => h.el("data", &[("value", Some(v))], shown),
            None => h.text(shown),
        };
    }
}

/// An English summary, its `{entry}` placeholders filled with the first
/// version's values: the text beside it is the one issued.
fn summary(id: &str, entries: &[Entry]) -> String {
    let template = t(Lang::En, &format!("summary.{id}"));
    let mut out = String::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        let (name, tail) = after.split_once('}').unwrap_or_else(|| panic!("summary.{id}: an unclosed brace"));
        let entry = entries
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("summary.{id}: no entry {name}"));
        out.push_str(before);
        out.push_str(&entry.values[0].1.show(Lang::En).plain());
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn value_html(h: &mut Html, e: &Entry) {
    let id = format!("v-{}", e.name);
    h.open("div", &[("class", Some("note value")), ("id", Some(&id))]);
    h.open("p", &[("class", Some("label"))])
        .el("a", &[("href", Some(&format!("#{id}")))], &e.clause)
        .text(" ");
    h.text(t(Lang::Zh, &format!("v.{}", e.name))).text(" · ");
    h.el("span", &[("lang", Some("en"))], t(Lang::En, &format!("v.{}", e.name))).close("p");
    h.open("ul", &[("class", Some("dated"))]);
    for (from, value) in &e.values {
        h.open("li", &[]);
        match (value.show(Lang::Zh), value.show(Lang::En)) {
            (Shown::Text(zh), Shown::Text(en)) => {
                h.open("p", &[("class", Some("amounts"))]);
                in_both(h, &zh, &en);
                h.close("p");
            }
            (Shown::List(zh), Shown::List(en)) => {
                h.open("dl", &[("class", Some("amounts"))]);
                for ((what_zh, zh), (what_en, en)) in zh.iter().zip(&en) {
                    h.open("dt", &[]);
                    in_both(h, what_zh, what_en);
                    h.close("dt").open("dd", &[]);
                    in_both(h, zh, en);
                    h.close("dd");
                }
                h.close("dl");
            }
            _ => unreachable!("a value shows alike in both languages"),
        }
        let date = from.to_string();
        let (before, after) = t(Lang::Zh, "page.from").split_once("{date}").expect("page.from has {date}");
        h.open("p", &[("class", Some("from"))]).text(before);
        h.el("time", &[("datetime", Some(&date))], &date).text(after).text(" · ");
        h.el("span", &[("lang", Some("en"))], &t(Lang::En, "page.from").replace("{date}", &date)).close("p");
        h.close("li");
    }
    h.close("ul").close("div");
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use serde_json::Value;
    use std::str::FromStr;

    fn page() -> String {
        html(&["main.css", "rules.css"])
    }

    /// The text between `start` (after it) and the first `end` after that.
    fn after<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
        let from = s.find(start)? + start.len();
        Some(&s[from..from + s[from..].find(end)?])
    }

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// The text of markup: its tags taken out.
    fn text_of(markup: &str) -> String {
        let mut out = String::new();
        let mut rest = markup;
        while let Some((before, tag)) = rest.split_once('<') {
            out.push_str(before);
            rest = tag.split_once('>').expect("a tag ends").1;
        }
        out.push_str(rest);
        unescape(&out)
    }

    /// Every `<data value="…">shown</data>` of some markup, in order.
    fn data(markup: &str) -> Vec<(String, String)> {
        markup
            .split("<data value=\"")
            .skip(1)
            .map(|d| {
                let (value, rest) = d.split_once("\">").expect("a data element");
                (unescape(value), unescape(rest.split_once("</data>").expect("its end").0))
            })
            .collect()
    }

    /// The value of `name` on the page: per value shown, its first day and its data.
    fn shown(page: &str, name: &str) -> Vec<(String, String)> {
        let note = after(page, &format!("id=\"v-{name}\""), "</ul></div>")
            .unwrap_or_else(|| panic!("{name} on the page"));
        note.split("<li>")
            .skip(1)
            .map(|li| (after(li, "datetime=\"", "\"").unwrap().to_string(), li.to_string()))
            .collect()
    }

    fn same_number(a: &str, b: &str) -> bool {
        match (Decimal::from_str(a), Decimal::from_str(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        }
    }

    fn assert_data(name: &str, page: &[String], data: &[String]) {
        assert!(
            page.len() == data.len() && page.iter().zip(data).all(|(p, d)| same_number(p, d)),
            "{name}: the page shows {page:?}, the engine's data holds {data:?}"
        );
    }

    /// What the data file writes for a value, as the page must show it:
    /// the atoms in order (a category and its amount, a range's ends, a
    /// list's items), or, for a value per employer or award, the atoms of each.
    fn expected(value: &Value) -> Result<Vec<String>, Vec<(String, Vec<String>)>> {
        let atom = |v: &Value| v.as_str().map(String::from).unwrap_or_else(|| v.to_string());
        Ok(match value {
            Value::Array(items) => items.iter().map(atom).collect(),
            Value::Object(o) if o.contains_key("min") => vec![atom(&o["min"]), atom(&o["max"])],
            Value::Object(o) if o.keys().all(|k| ["A", "B", "C", "D", "E"].contains(&k.as_str())) => {
                let mut out = Vec::new();
                for c in ["A", "B", "C", "D", "E"] {
                    if let Some(v) = o.get(c) {
                        out.extend([c.to_string(), atom(v)]);
                    }
                }
                out
            }
            Value::Object(o) => {
                let each = o.iter().map(|(k, v)| {
                    let atoms = match v {
                        Value::Array(items) => items.iter().map(atom).collect(),
                        Value::String(s) if s == "none" => vec![],
                        v => vec![atom(v)],
                    };
                    (k.clone(), atoms)
                });
                return Err(each.collect());
            }
            v => vec![atom(v)],
        })
    }

    #[test]
    fn every_value_on_the_page_is_the_engines_with_the_day_it_is_in_force_from() {
        let page = page();
        let file: serde_json::Map<String, Value> =
            serde_json::from_str(talent_rules::policy::policy_json()).unwrap();
        let mut checked = 0;
        for (name, entry) in file.iter().filter(|(k, _)| *k != "versions") {
            let on_page = shown(&page, name);
            let values = entry["values"].as_array().unwrap();
            assert_eq!(on_page.len(), values.len(), "{name}: one line per dated value");
            for ((from, li), value) in on_page.iter().zip(values) {
                assert_eq!(from, value["from"].as_str().unwrap(), "{name}");
                // The Chinese half of each line: the data is in both halves alike.
                let zh = |markup: &str| markup.split("<span lang=\"en\">").next().unwrap().to_string();
                match expected(&value["value"]) {
                    Ok(atoms) => {
                        let line = after(li, "<p class=\"amounts\">", "</p>").unwrap();
                        let shown: Vec<String> = data(&zh(line)).into_iter().map(|(v, _)| v).collect();
                        assert_data(name, &shown, &atoms);
                    }
                    Err(per) => {
                        let list = after(li, "<dl class=\"amounts\">", "</dl>").unwrap();
                        let mut seen = 0;
                        for row in list.split("<dt>").skip(1) {
                            let (what, value) = row.split_once("<dd>").unwrap();
                            let value: Vec<String> = data(&zh(value)).into_iter().map(|(v, _)| v).collect();
                            for (key, _) in data(&zh(what)) {
                                let (_, atoms) = per
                                    .iter()
                                    .find(|(k, _)| *k == key)
                                    .unwrap_or_else(|| panic!("{name}: {key}"));
                                assert_data(&format!("{name}.{key}"), &value, atoms);
                                seen += 1;
                            }
                        }
                        assert_eq!(seen, per.len(), "{name}: every key once");
                    }
                }
                checked += 1;
            }
        }
        assert!(checked >= 40, "only {checked} values");
    }

    #[test]
    fn each_amount_reads_as_its_value() {
        for (value, shown) in data(&page()) {
            let Ok(v) = Decimal::from_str(&value) else { continue };
            let number = |s: &str| Decimal::from_str(&s.replace(',', "")).unwrap();
            let read = if let Some(wan) = shown.strip_suffix("万元") {
                number(wan) * Decimal::from(10_000)
            } else if let Some(yuan) = shown.strip_suffix("元").or(shown.strip_suffix(" yuan")) {
                number(yuan)
            } else if let Some(per_cent) = shown.strip_suffix('%') {
                number(per_cent) / Decimal::ONE_HUNDRED
            } else {
                number(&shown)
            };
            assert_eq!(read, v, "{shown} shows {value}");
        }
    }

    #[test]
    fn the_text_on_the_page_is_the_committed_copy_clause_by_clause() {
        let page = page();
        let rows = |markup: &str| -> String {
            markup
                .split("<p class=\"text\">")
                .skip(1)
                .map(|r| text_of(r.split_once("</p>").unwrap().0))
                .collect()
        };
        // The committed copy read plainly: numbered paragraphs, the closing one apart.
        let source: String = text::SOURCE.split('\n').collect();
        let body = &source[source.find("1. ").unwrap()..];
        let closing = body.find("本方案自印发之日起执行").unwrap();
        let mut clauses: Vec<(String, &str)> = Vec::new();
        let mut rest = &body[..closing];
        for n in 1..=16 {
            let next = format!("{}. ", n + 1);
            let end = if n == 16 { rest.len() } else { rest.find(&next).unwrap() };
            clauses.push((format!("s{n}"), &rest[..end]));
            rest = &rest[end..];
        }
        clauses.push(("closing".into(), &body[closing..]));
        for (id, words) in clauses {
            let section =
                after(&page, &format!("<section class=\"rule\" id=\"{id}\""), "</section>").unwrap();
            assert_eq!(rows(section), words, "{id}");
        }
        let heading = after(&page, "<div class=\"document-heading\">", "</div>").unwrap();
        assert_eq!(text_of(heading), &source[..source.find("1. ").unwrap()]);
    }

    #[test]
    fn every_clause_item_value_and_reading_has_one_anchor() {
        let page = page();
        let ids: Vec<&str> = page.split(" id=\"").skip(1).map(|s| s.split_once('"').unwrap().0).collect();
        let once = |id: &str| assert_eq!(ids.iter().filter(|i| **i == id).count(), 1, "id {id}");
        for c in talent_rules::ids::Clause::ALL {
            once(&crate::rules_link::anchor(c.as_str()));
        }
        for e in cited::entries() {
            once(&format!("v-{}", e.name));
        }
        for i in talent_rules::ids::Interp::ALL {
            once(i.as_str());
        }
        for (id, _) in READINGS {
            once(id);
        }
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "ids are unique");
    }

    #[test]
    fn the_words_each_note_stands_beside_are_in_the_text_once() {
        let text: String = text::SOURCE.split('\n').collect();
        for (id, words) in READINGS {
            assert_eq!(text.matches(words).count(), 1, "{id}: {words}");
        }
        for e in cited::entries() {
            match &e.words {
                Some(w) => assert_eq!(text.matches(w.as_str()).count(), 1, "{}: {w}", e.name),
                None => assert!(READINGS.iter().any(|(r, _)| *r == e.clause), "{}: {}", e.name, e.clause),
            }
        }
    }

    #[test]
    fn every_reading_of_the_interpretations_stands_at_the_words_it_reads() {
        let doc = include_str!("../../docs/interpretations.md");
        let ids: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("## INT-"))
            .map(|l| &l[..l.find(|c: char| !c.is_ascii_digit()).unwrap_or(l.len())])
            .collect();
        assert!(ids.len() >= 14, "{ids:?}");
        for n in ids {
            let id = format!("INT-{n}");
            assert!(READINGS.iter().any(|(r, _)| *r == id), "{id} has no place in the text");
        }
    }

    #[test]
    fn every_reading_has_its_plain_words_in_both_languages() {
        for (id, _) in READINGS {
            for lang in Lang::ALL {
                let words = reading(lang, id);
                assert!(!words.starts_with("interp.") && !words.contains('{'), "{id}: {words}");
            }
        }
    }

    #[test]
    fn a_note_spanning_sentences_keeps_them_in_one_row() {
        let p = "甲。乙；丙。丁。";
        let at = |w: &str| p.find(w).unwrap();
        let note =
            Placed { note: Note::Reading("INT-01"), at: at("乙")..at("丙") + "丙".len(), cited: false };
        let split: Vec<&str> = rows(p, &[note]).into_iter().map(|r| &p[r]).collect();
        assert_eq!(split, ["甲。", "乙；丙。", "丁。"]);
        assert_eq!(rows(p, &[]).into_iter().map(|r| &p[r]).collect::<Vec<_>>(), [p]);
    }
}
