//! The published text of 师市党办发〔2025〕17号 (`rules/policy/source.zh.txt`,
//! a byte-equal copy of the text as published) in the parts a link can name:
//! the clauses §1 … §16, the items of §11 (§11(1) …), the categories of §10,
//! and the closing paragraph. Nothing of the text is changed: only the breaks
//! the printed pages put inside a paragraph are taken out.

/// The text as published.
pub const SOURCE: &str = include_str!("../../rules/policy/source.zh.txt");

/// The closing paragraph begins so: it follows §16 but is no part of it.
const CLOSING: &str = "本方案自印发之日起执行";

/// A clause of the text, or the closing paragraph.
#[derive(Debug)]
pub struct Clause {
    /// The anchor: `s11` for §11, `closing` for the closing paragraph.
    pub id: String,
    /// `§11`, or "" for the closing paragraph.
    pub label: String,
    /// The title the clause gives itself (优化人才引进政策), "" if none.
    pub title: String,
    pub parts: Vec<Part>,
}

/// What one anchor names: the clause's own paragraphs, an item of §11 or a
/// category of §10, each with the paragraphs that follow it.
#[derive(Debug)]
pub struct Part {
    /// `s11-1`, `s10-b`; for the clause's own first paragraphs, the clause's.
    pub id: String,
    /// `§11(1)`, `§10 B`; the clause's label for its own paragraphs.
    pub label: String,
    pub paragraphs: Vec<String>,
}

/// The document's heading lines before §1: its title and number.
pub fn heading() -> Vec<String> {
    paragraphs().0
}

/// Every paragraph of the text, in order: the heading lines, then the rest.
/// A printed page may break a paragraph in two (纺织服 / 装): after the
/// heading, a paragraph ends only where a line ends a sentence (。).
fn paragraphs() -> (Vec<String>, Vec<String>) {
    let (mut heading, mut body) = (Vec::new(), Vec::new());
    let mut open = String::new();
    for line in SOURCE.split('\n').filter(|l| !l.is_empty()) {
        if body.is_empty() && open.is_empty() && clause_number(line).is_none() {
            heading.push(line.to_string());
            continue;
        }
        open.push_str(line);
        if open.ends_with('。') {
            body.push(std::mem::take(&mut open));
        }
    }
    assert!(open.is_empty(), "the text ends with a sentence");
    (heading, body)
}

/// `11` for "11. 优化人才引进政策。".
fn clause_number(paragraph: &str) -> Option<u32> {
    let (n, rest) = paragraph.split_once(". ")?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty()).then(|| n.parse().ok())?
}

/// `1` for "（1）对师市经开区…".
fn item_number(paragraph: &str) -> Option<u32> {
    let rest = paragraph.strip_prefix('（')?;
    let (n, _) = rest.split_once('）')?;
    n.parse().ok()
}

/// `B` for "B类人才为…" (the text writes "A 类人才" with a space once).
fn category_of(paragraph: &str) -> Option<char> {
    let letter = paragraph.chars().next().filter(|c| ('A'..='E').contains(c))?;
    paragraph[1..].trim_start().starts_with("类人才为").then_some(letter)
}

/// The clauses in order, then the closing paragraph.
pub fn clauses() -> Vec<Clause> {
    let mut clauses: Vec<Clause> = Vec::new();
    for p in paragraphs().1 {
        if let Some(n) = clause_number(&p) {
            let title = p.split_once(". ").map_or("", |(_, rest)| rest);
            let title = title.split_once('。').map_or(title, |(t, _)| t).to_string();
            let (id, label) = (format!("s{n}"), format!("§{n}"));
            let part = Part { id: id.clone(), label: label.clone(), paragraphs: vec![p] };
            clauses.push(Clause { id, label, title, parts: vec![part] });
            continue;
        }
        if p.starts_with(CLOSING) {
            let part = Part { id: "closing".into(), label: String::new(), paragraphs: vec![p] };
            clauses.push(Clause {
                id: "closing".into(),
                label: String::new(),
                title: String::new(),
                parts: vec![part],
            });
            continue;
        }
        let clause = clauses.last_mut().expect("a paragraph after the first clause");
        let part = match (item_number(&p), category_of(&p)) {
            (Some(n), _) => Some((format!("{}-{n}", clause.id), format!("{}({n})", clause.label))),
            (None, Some(c)) => {
                Some((format!("{}-{}", clause.id, c.to_ascii_lowercase()), format!("{} {c}", clause.label)))
            }
            (None, None) => None,
        };
        match part {
            Some((id, label)) => clause.parts.push(Part { id, label, paragraphs: vec![p] }),
            None => clause.parts.last_mut().expect("a part").paragraphs.push(p),
        }
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed copy split the plain way, by its numbered paragraphs,
    /// so that the parts above are checked against an independent reading.
    fn by_number() -> Vec<(u32, String)> {
        let mut out: Vec<(u32, String)> = Vec::new();
        for line in SOURCE.lines() {
            match line.split_once(". ").and_then(|(n, _)| n.parse::<u32>().ok()) {
                Some(n) => out.push((n, line.to_string())),
                None if !out.is_empty() => out.last_mut().unwrap().1.push_str(line),
                None => {}
            }
        }
        out
    }

    #[test]
    fn the_parts_hold_the_whole_text_in_order_without_a_character_changed() {
        let mut all: String = heading().concat();
        for c in clauses() {
            for p in &c.parts {
                all.extend(p.paragraphs.iter().map(String::as_str));
            }
        }
        let source: String = SOURCE.split('\n').collect();
        assert_eq!(all, source);
    }

    #[test]
    fn sixteen_clauses_each_as_the_text_numbers_it() {
        let clauses = clauses();
        let numbered = by_number();
        assert_eq!(numbered.len(), 16);
        for (clause, (n, text)) in clauses.iter().zip(&numbered) {
            assert_eq!(clause.id, format!("s{n}"));
            let mine: String =
                clause.parts.iter().flat_map(|p| p.paragraphs.iter().map(String::as_str)).collect();
            // The plain reading runs §16 on into the closing paragraph.
            let text = if *n == 16 { text.split(CLOSING).next().unwrap() } else { text };
            assert_eq!(&mine, text, "§{n}");
        }
        assert_eq!(clauses.len(), 17);
        assert!(clauses[16].parts[0].paragraphs[0].starts_with(CLOSING));
        assert_eq!(clauses[10].title, "优化人才引进政策");
    }

    #[test]
    fn items_and_categories_have_anchors_of_their_own() {
        let ids: Vec<String> = clauses().iter().flat_map(|c| c.parts.iter().map(|p| p.id.clone())).collect();
        for id in ["s10-a", "s10-e", "s11-1", "s11-2", "s11-3", "s11-4", "s16", "closing"] {
            assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
        }
        let s11 = clauses().into_iter().find(|c| c.id == "s11").unwrap();
        // The Bingtuan paragraph continues item (1).
        assert_eq!(s11.parts[1].paragraphs.len(), 2);
        assert!(s11.parts[1].paragraphs[1].starts_with("以上引进人才"));
        assert_eq!(s11.parts[1].label, "§11(1)");
    }

    #[test]
    fn every_clause_the_engine_names_has_its_anchor() {
        let ids: Vec<String> = clauses().iter().flat_map(|c| c.parts.iter().map(|p| p.id.clone())).collect();
        for &clause in talent_rules::ids::Clause::ALL {
            let href = crate::rules_link::href(clause);
            assert!(ids.iter().any(|id| href == format!("rules.html#{id}")), "{href}");
        }
        assert_eq!(crate::rules_link::href(talent_rules::ids::Clause::S11_1), "rules.html#s11-1");
    }
}
