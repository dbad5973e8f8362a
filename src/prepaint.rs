//! The talent page's first screen, painted before the wasm arrives: the
//! header, the introduction and the first section of questions in Chinese
//! (the others painted empty), written into the built `index.html` by
//! `src/bin/prepaint.rs` from the same question data (`view::form_html`) and
//! in the state an empty form shows. When the app starts it takes that form
//! over instead of drawing it again: the form is noted before mounting
//! (`note_form`), what was painted empty is filled and what was typed into
//! it becomes answers (`adopt`), and it moves to where the app's form is
//! (`attach`) without leaving the page where the browser can, so the control
//! being typed into keeps focus and a phone's keyboard stays up.

use crate::answers::Answers;
use crate::dom_ids;
use crate::html::Html;
use crate::i18n::Lang;
use crate::questions::{show, FormView};
use crate::view::form_html::render;
use std::cell::RefCell;
use talent_rules::dates::Date;

/// The element around the painted screen, taken away once the app runs.
pub const ID: &str = "prepaint";

/// The painted screen around `boot` (the loading line, which stays where
/// the result will be): the page's header, the introduction, the questions.
pub fn html(boot: &str) -> String {
    let lang = Lang::Zh;
    let mut intro = Html::default();
    intro.el("p", &[("class", Some("intro no-print"))], &lang.t("app.intro"));
    // The language switch as the app draws it, inert until the app runs: the
    // header keeps its height, so nothing below moves when the app takes over
    // (in a portal's frame it is all the header shows).
    let mut switch = Html::default();
    switch
        .open("button", &[("type", Some("button")), ("class", Some("lang")), ("disabled", Some(""))])
        .el("span", &[("class", Some("visually-hidden"))], &format!("{}: ", lang.t("ui.switch_language")))
        .el("span", &[("lang", Some(Lang::En.code()))], Lang::En.name())
        .close("button");
    format!(
        "<div id=\"{ID}\"><header class=\"top\"><div class=\"heading\">{}</div>{}</header>\
         <main class=\"layout\"><div class=\"left\">{}\
         <form id=\"questions\" class=\"questions\" novalidate>{}</form></div>\
         <div class=\"right\">{boot}</div></main></div>",
        crate::view::chrome_html::heading_html(lang),
        switch.finish(),
        intro.finish(),
        // The moment the questions show, for the load report (Element Timing).
        empty_form(lang).replacen(
            "<label for=\"birth-date\">",
            "<label for=\"birth-date\" elementtiming=\"questions\">",
            1
        )
    )
}

/// What an empty form's controls show, gathered by `questions::show`.
#[derive(Default)]
struct Defaults {
    /// The selects', each its first option (a test holds this): painted as is.
    values: RefCell<Vec<(String, String)>>,
    hidden: RefCell<Vec<String>>,
    checked: RefCell<Vec<String>>,
}

impl FormView for Defaults {
    fn set_value(&self, id: &str, value: &str) {
        if !value.is_empty() {
            self.values.borrow_mut().push((id.to_string(), value.to_string()));
        }
    }
    fn set_checked(&self, id: &str, on: bool) {
        if on {
            self.checked.borrow_mut().push(id.to_string());
        }
    }
    fn set_hidden(&self, id: &str, hidden: bool) {
        if hidden {
            self.hidden.borrow_mut().push(id.to_string());
        }
    }
    fn set_error(&self, _: &str, _: Option<&str>) {}
    fn set_warning(&self, _: &str, _: Option<&str>) {}
}

fn defaults(lang: Lang) -> Defaults {
    let answers = Answers::default();
    // An empty form shows the same whatever the day.
    let day = Date::parse("2026-01-01").expect("a date");
    let defaults = Defaults::default();
    show(&defaults, lang, &answers, &answers.evaluate(day));
    defaults
}

/// The questions as `render` writes them, with the groups an empty form
/// hides hidden and its default choices checked (today every one is in
/// what is painted empty). A hidden group is painted empty: nobody types
/// into it before the app runs, which fills it (`fill_emptied`), and the
/// first screen downloads less. So is every section after the first, which
/// already fills a phone's or a desktop's first screen: what the browser
/// lays out before the first paint is then about half as much, and on a
/// slow phone that paint comes sooner. Until filled, such a section is not
/// displayed (`style/main.css`), so its `aria-labelledby` naming a heading
/// not there yet is never read.
fn empty_form(lang: Lang) -> String {
    let defaults = defaults(lang);
    let mut html = render(lang);
    for (ids, attribute) in [(defaults.hidden, " hidden"), (defaults.checked, " checked")] {
        for id in ids.into_inner() {
            let at = format!("id=\"{id}\"");
            if !html.contains(&at) {
                continue; // inside a group emptied already
            }
            assert_eq!(html.matches(&at).count(), 1, "{id}: one element");
            html = html.replace(&at, &format!("{at}{attribute}"));
            if attribute == " hidden" {
                html = emptied(&html, &format!("{at} hidden>"));
            }
        }
    }
    for section in crate::questions::sections().iter().skip(1) {
        let tag =
            html.find(&format!("<section class=\"section\" id=\"{}\"", section.id)).expect("the section");
        let start = tag + html[tag..].find('>').expect("its tag") + 1;
        let end = start + html[start..].find("</section>").expect("sections do not nest");
        html.replace_range(start..end, "");
    }
    html
}

/// `html` with the content of the `div` whose start tag ends with `tag_end` taken out.
fn emptied(html: &str, tag_end: &str) -> String {
    let start = html.find(tag_end).expect("the group") + tag_end.len();
    let mut depth = 1;
    let mut at = start;
    while depth > 0 {
        let open = html[at..].find("<div").map(|i| at + i);
        let close = html[at..].find("</div>").map(|i| at + i).expect("well nested");
        match open {
            Some(o) if o < close => {
                depth += 1;
                at = o + 4;
            }
            _ => {
                depth -= 1;
                at = close + 6;
            }
        }
    }
    format!("{}{}", &html[..start], &html[at - 6..])
}

/// Fills the groups and sections painted empty from the app's own drawing of the form.
fn fill_emptied(form: &web_sys::Element) {
    let Ok(empty) = form.query_selector_all(".group:empty,.section:empty") else { return };
    if empty.length() == 0 {
        return;
    }
    let Some(drawn) = document().and_then(|d| d.create_element("div").ok()) else { return };
    drawn.set_inner_html(&render(Lang::Zh));
    for i in 0..empty.length() {
        let Some(part) =
            empty.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        if let Ok(Some(full)) = drawn.query_selector(&format!("#{}", part.id())) {
            part.set_inner_html(&full.inner_html());
        }
    }
}

/// The painted form while the app mounts, and the control that had focus.
struct Taken {
    form: web_sys::Element,
    focus: Option<String>,
    adopted: bool,
}

thread_local! {
    static TAKEN: RefCell<Option<Taken>> = const { RefCell::new(None) };
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Notes the painted form and its focused control, before the app mounts.
/// The form stays in the page meanwhile: mounting looks nothing up by id,
/// and the effects that do run after `attach`. Nothing on other pages.
pub fn note_form() {
    let Some(doc) = document() else { return };
    let Some(form) = doc.query_selector("#prepaint form").ok().flatten() else { return };
    let focus = doc.active_element().filter(|e| form.contains(Some(e))).map(|e| e.id());
    TAKEN.with_borrow_mut(|t| *t = Some(Taken { form, focus, adopted: false }));
}

/// Takes the painted form over, if there is one: `attach` then puts it in
/// the page, and the edits typed into it before the app ran are returned:
/// each control whose state differs from the one it was painted with, as
/// (id, name, value, checked), the same as an input event says. The title
/// finder holds no answer: `finder_text` has it.
pub fn adopt() -> Option<Vec<(String, String, String, bool)>> {
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlInputElement, HtmlSelectElement};
    TAKEN.with_borrow_mut(|t| {
        let t = t.as_mut()?;
        t.adopted = true;
        fill_emptied(&t.form);
        let controls = t.form.query_selector_all("input, select").ok()?;
        let mut edits = Vec::new();
        for i in 0..controls.length() {
            let Some(node) = controls.item(i) else { continue };
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let changed = match input.type_().as_str() {
                    "checkbox" | "radio" => input.checked() != input.default_checked(),
                    _ => input.value() != input.default_value(),
                };
                if changed && input.id() != dom_ids::TITLE_FINDER {
                    edits.push((input.id(), input.name(), input.value(), input.checked()));
                }
            } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                // Painted on its first option, an empty form's answer.
                if select.selected_index() > 0 {
                    edits.push((select.id(), select.name(), select.value(), false));
                }
            }
        }
        Some(edits)
    })
}

/// What was typed into the painted form's title finder, if a form was adopted.
pub fn finder_text() -> Option<String> {
    use wasm_bindgen::JsCast;
    TAKEN.with_borrow(|t| {
        let t = t.as_ref().filter(|t| t.adopted)?;
        let finder = t.form.query_selector(&format!("#{}", dom_ids::TITLE_FINDER)).ok().flatten()?;
        Some(finder.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default())
    })
}

/// After mounting: the painted form takes the place of the app's own (left
/// empty for it) and the rest of the painted screen goes. Without a taken
/// form, only that.
pub fn attach() {
    use wasm_bindgen::JsCast;
    let Some(doc) = document() else { return };
    if let Some(t) = TAKEN.with_borrow_mut(Option::take).filter(|t| t.adopted) {
        // The app's own form: the painted one, earlier in the page, has its id too.
        let own = doc.query_selector_all("#questions").ok().and_then(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .find(|form| *form != t.form)
        });
        if let Some(own) = own {
            if !move_before(&t.form, &own) {
                // Moved the old way it loses focus (a text box keeps its caret).
                let _ = own.replace_with_with_node_1(&t.form);
                if let Some(el) = t.focus.and_then(|id| doc.get_element_by_id(&id)) {
                    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
            own.remove();
        }
    }
    if let Some(painted) = doc.get_element_by_id(ID) {
        painted.remove();
    }
}

/// `node` moved before `place` by the DOM's `moveBefore`, which keeps the
/// state of what moves (focus, and with it a phone's keyboard); false
/// where the browser lacks it.
fn move_before(node: &web_sys::Element, place: &web_sys::Element) -> bool {
    use wasm_bindgen::JsCast;
    let Some(parent) = place.parent_node() else { return false };
    js_sys::Reflect::get(&parent, &"moveBefore".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .is_some_and(|f| f.call2(&parent, node, place).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_is_the_questions_of_an_empty_form_around_the_loading_line() {
        let page = html("<div id=\"boot\" class=\"boot\"><p>正在加载自测…</p></div>");
        assert!(page.starts_with("<div id=\"prepaint\"><header class=\"top\">"), "{page}");
        assert!(page.contains("<h1>阿拉尔人才政策自测</h1>"));
        // The header's language switch, inert, without the app's id.
        assert!(
            page.contains(
                "</div><button type=\"button\" class=\"lang\" disabled=\"\"><span class=\"visually-hidden\">"
            ),
            "{page}"
        );
        assert!(page.contains("<span lang=\"en\">English</span></button></header>"));
        assert!(page.contains("<form id=\"questions\" class=\"questions\" novalidate>"));
        assert!(
            page.contains("<label for=\"birth-date\" elementtiming=\"questions\">"),
            "timed for the report"
        );
        assert!(page.contains(
            "<div class=\"right\"><div id=\"boot\" class=\"boot\"><p>正在加载自测…</p></div></div>"
        ));
        // The first section whole, as the app draws it, in the state of an
        // empty form: what depends on other answers hidden, and painted empty.
        let about = page.split("<section ").nth(1).expect("the first section");
        assert!(about.starts_with("class=\"section\" id=\"about\""), "{about}");
        for id in ["birth-date", "degree", "title-finder", "has-honours-yes", "claimed-equivalent"] {
            assert!(about.contains(&format!("id=\"{id}\"")), "{id}");
        }
        assert!(page.contains("<div class=\"group\" id=\"group-honours\" hidden></div>"), "{page}");
        assert!(!page.contains("honor-cas_academician"));
        // Every other section is there, painted empty: the first fills the first screen.
        let sections = crate::questions::sections();
        for s in &sections[1..] {
            let tag = format!(
                "<section class=\"section\" id=\"{0}\" aria-labelledby=\"{0}-heading\"></section>",
                s.id
            );
            assert!(page.contains(&tag), "{tag}");
        }
        assert!(!page.contains(&dom_ids::radio("mode", "none")), "inside a section painted empty");
        assert!(!page.contains("group-contract-years"), "inside a group painted empty");
        // An empty form's default choices are all in what is painted empty.
        assert_eq!(page.matches(" checked").count(), 0, "{page}");
    }

    /// What `typed` takes for a select's default.
    #[test]
    fn an_empty_form_chooses_the_first_option_of_every_select() {
        let page = render(Lang::Zh);
        let values = defaults(Lang::Zh).values.into_inner();
        assert!(values.len() >= 4, "{values:?}");
        for (id, value) in values {
            let Some((_, after)) = page.split_once(&format!("<select id=\"{id}\"")) else { continue };
            let first = after.split("<option value=\"").nth(1).and_then(|o| o.split('"').next());
            assert_eq!(first, Some(value.as_str()), "{id}");
        }
    }
}
