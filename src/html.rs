//! A small HTML writer that escapes every text and attribute value. The
//! result panel is rebuilt as a whole on every answer anyway; writing it as a
//! string keeps the browser download far smaller than one typed view per card.

use crate::qr::Markup;
use std::fmt::Write;

/// An attribute's name and its value; `None` leaves the attribute out.
pub type Attr<'a> = (&'static str, Option<&'a str>);

/// Elements without content or end tag.
#[cfg(debug_assertions)]
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

#[derive(Default)]
pub struct Html {
    out: String,
    /// The elements opened and not yet closed, innermost last: debug builds
    /// check that the markup is well nested.
    #[cfg(debug_assertions)]
    open: Vec<&'static str>,
}

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
    /// `<tag a="v" …>`.
    pub fn open(&mut self, tag: &'static str, attrs: &[Attr]) -> &mut Self {
        let _ = write!(self.out, "<{tag}");
        for (name, value) in attrs {
            if let Some(value) = value {
                let _ = write!(self.out, " {name}=\"");
                escape_into(&mut self.out, value);
                self.out.push('"');
            }
        }
        self.out.push('>');
        #[cfg(debug_assertions)]
        if !VOID.contains(&tag) {
            self.open.push(tag);
        }
        self
    }
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        #[cfg(debug_assertions)]
        {
            let innermost = self.open.pop();
            debug_assert_eq!(innermost, Some(tag), "</{tag}> does not close the innermost open element");
        }
        let _ = write!(self.out, "</{tag}>");
        self
    }
    pub fn text(&mut self, s: &str) -> &mut Self {
        escape_into(&mut self.out, s);
        self
    }
    /// Markup this program drew (the QR code), never user text.
    pub fn raw(&mut self, markup: &Markup) -> &mut Self {
        self.out.push_str(markup.as_str());
        self
    }
    /// `<tag …>text</tag>`.
    pub fn el(&mut self, tag: &'static str, attrs: &[Attr], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
    /// A `<ul>` of texts; nothing when there are none.
    pub fn list<I: IntoIterator<Item = String>>(&mut self, class: &str, items: I) -> &mut Self {
        let items: Vec<String> = items.into_iter().collect();
        if !items.is_empty() {
            self.open("ul", &[("class", Some(class))]);
            for i in items {
                self.el("li", &[], &i);
            }
            self.close("ul");
        }
        self
    }
    /// Above a wide table: on a phone (style/main.css), that it scrolls sideways.
    pub fn scroll_hint(&mut self, lang: crate::i18n::Lang) -> &mut Self {
        self.el("p", &[("class", Some("scroll-hint muted small"))], &lang.t("table.scroll"))
    }

    /// `<table class="{name}-table" id="{name}-table">` with its caption
    /// (`{name}-caption`, a target for focus), in a region of its own that
    /// scrolls sideways on a narrow screen and is reachable by keyboard.
    /// Closed with `.close("table").close("div")`.
    pub fn open_table(&mut self, name: &str, caption: &str) -> &mut Self {
        let (table, caption_id) = (format!("{name}-table"), format!("{name}-caption"));
        self.open(
            "div",
            &[
                ("class", Some("table-wrap")),
                ("tabindex", Some("0")),
                ("role", Some("region")),
                ("aria-labelledby", Some(&caption_id)),
            ],
        )
        .open("table", &[("class", Some(&table)), ("id", Some(&table))])
        .el("caption", &[("id", Some(&caption_id)), ("tabindex", Some("-1"))], caption)
    }
    pub fn finish(self) -> String {
        #[cfg(debug_assertions)]
        debug_assert!(self.open.is_empty(), "never closed: {:?}", self.open);
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut h = Html::default();
        h.el("p", &[("title", Some("a\"b<c>"))], "<script>&'");
        assert_eq!(h.finish(), "<p title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;&amp;&#39;</p>");
    }

    #[test]
    fn an_absent_value_leaves_its_attribute_out() {
        let mut h = Html::default();
        h.open("div", &[("id", None), ("class", Some("x"))])
            .open("input", &[("value", Some(""))])
            .close("div");
        assert_eq!(h.finish(), "<div class=\"x\"><input value=\"\"></div>");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "never closed")]
    fn an_element_left_open_is_caught() {
        let mut h = Html::default();
        h.open("div", &[]).el("p", &[], "text");
        h.finish();
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "innermost")]
    fn closing_the_wrong_element_is_caught() {
        let mut h = Html::default();
        h.open("ul", &[]).open("li", &[]).close("ul");
    }
}
