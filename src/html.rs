//! A small HTML writer that escapes every text and attribute value. The
//! result panel is rebuilt as a whole on every answer anyway; writing it as a
//! string keeps the browser download far smaller than one typed view per card.

use std::fmt::Write;

#[derive(Default)]
pub struct Html(String);

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Html {
    /// `<tag a="v" …>`; attributes with an empty name are skipped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        let _ = write!(self.0, "<{tag}");
        for (name, value) in attrs.iter().filter(|(n, _)| !n.is_empty()) {
            let _ = write!(self.0, " {name}=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }
    pub fn close(&mut self, tag: &str) -> &mut Self {
        let _ = write!(self.0, "</{tag}>");
        self
    }
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.0, s);
        self
    }
    /// Markup written by this program (an SVG drawing), never user text.
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }
    /// `<tag …>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
    /// A `<ul>` of texts; nothing when there are none.
    pub fn list<I: IntoIterator<Item = String>>(&mut self, class: &str, items: I) -> &mut Self {
        let items: Vec<String> = items.into_iter().collect();
        if !items.is_empty() {
            self.open("ul", &[("class", class)]);
            for i in items {
                self.el("li", &[], &i);
            }
            self.close("ul");
        }
        self
    }
    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut h = Html::default();
        h.el("p", &[("title", "a\"b<c>")], "<script>&'");
        assert_eq!(h.finish(), "<p title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;&amp;&#39;</p>");
    }
}
