//! The questions on the page: drawn once per language from `form_html`, kept
//! in line with the answers by `questions::show`, and every edit taken by one
//! listener on the form, so no question needs a component of its own.

use super::form_html::{render, title_matches};
use crate::dom_ids::{self, TITLE_FINDER, TITLE_MATCHES, TITLE_SELECT};
use crate::form_state::{use_form, FormCtx};
use crate::i18n::{use_i18n, Lang};
use crate::questions::{apply, show, Edit, FormView};
use leptos::prelude::*;
use talent_rules::ids::Title;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The live page, changed only where it differs from what it should show.
struct Page(web_sys::Document);

impl Page {
    fn current() -> Option<Page> {
        web_sys::window().and_then(|w| w.document()).map(Page)
    }
    fn el(&self, id: &str) -> Option<Element> {
        self.0.get_element_by_id(id)
    }
    fn input(&self, id: &str) -> Option<HtmlInputElement> {
        self.el(id).and_then(|e| e.dyn_into().ok())
    }
    fn set_text(&self, id: &str, text: &str) {
        if let Some(el) = self.el(id) {
            if el.text_content().unwrap_or_default() != text {
                el.set_text_content(Some(text));
            }
        }
    }
}

fn set_attr(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

impl FormView for Page {
    fn set_value(&self, id: &str, value: &str) {
        let Some(el) = self.el(id) else { return };
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if input.value() != value {
                input.set_value(value);
            }
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            if select.value() != value {
                select.set_value(value);
            }
        }
    }
    fn set_checked(&self, id: &str, on: bool) {
        if let Some(input) = self.input(id).filter(|i| i.checked() != on) {
            input.set_checked(on);
        }
    }
    fn set_hidden(&self, id: &str, hidden: bool) {
        if let Some(el) = self.el(id) {
            let _ = el.toggle_attribute_with_force("hidden", hidden);
        }
    }
    /// A date box is the only input of the form that can fail its checks:
    /// by holding what is no date.
    fn unreadable(&self, id: &str) -> bool {
        self.input(id).is_some_and(|i| !i.check_validity())
    }
    fn set_error(&self, id: &str, message: Option<&str>) {
        self.set_text(&dom_ids::error(id), message.unwrap_or_default());
        let Some(input) = self.el(id) else { return };
        set_attr(&input, "aria-invalid", if message.is_some() { "true" } else { "false" });
        if let Some(field) = input.closest(".field").ok().flatten() {
            set_attr(&field, "class", if message.is_some() { "field invalid" } else { "field" });
        }
    }
    fn set_warning(&self, id: &str, message: Option<&str>) {
        self.set_text(&dom_ids::warning(id), message.unwrap_or_default());
    }
}

/// The finder's text and its suggestions.
fn show_finder(lang: Lang, query: &str) {
    let Some(page) = Page::current() else { return };
    page.set_value(TITLE_FINDER, query);
    if let Some(list) = page.el(TITLE_MATCHES) {
        list.set_inner_html(&title_matches(lang, query));
    }
}

/// What an input or select event says: `None` for anything else.
fn edit_of(ev: &web_sys::Event) -> Option<(String, String, String, bool)> {
    let target = ev.target()?;
    if let Some(i) = target.dyn_ref::<HtmlInputElement>() {
        Some((i.id(), i.name(), i.value(), i.checked()))
    } else {
        target.dyn_ref::<HtmlSelectElement>().map(|s| (s.id(), s.name(), s.value(), false))
    }
}

/// Takes every event of the form: edits into the answers, a suggestion of the
/// title finder, submitting.
#[derive(Clone, Copy)]
struct Editor {
    ctx: FormCtx,
    finder: RwSignal<String>,
    redraw: Trigger,
}

impl Editor {
    fn take(self, ev: web_sys::Event) {
        let Editor { ctx, finder, redraw } = self;
        let kind = ev.type_();
        match kind.as_str() {
            "submit" => return ev.prevent_default(),
            "reset" => return finder.set(String::new()),
            "click" => return self.pick_title(&ev),
            _ => {}
        }
        let Some((id, name, value, checked)) = edit_of(&ev) else {
            return;
        };
        if id == TITLE_FINDER {
            // `change` repeats the text when the box loses focus to a tap or
            // Tab on a suggestion: redrawing the list then would replace it.
            if finder.with_untracked(|f| *f != value) {
                finder.set(value);
            }
            return;
        }
        let Some(page) = Page::current() else { return };
        let date = page.input(&id).filter(|i| i.get_attribute("type").as_deref() == Some("date"));
        let unreadable = date.as_ref().is_some_and(|d| !d.check_validity());
        let value = match &date {
            // An edit begins when the box is entered, by Tab or by tap: an
            // unreadable date goes back to the answer then, kept on the box.
            Some(d) if matches!(kind.as_str(), "focusin" | "pointerdown") => {
                if !unreadable {
                    let _ = d.set_attribute("data-before", &value);
                }
                return;
            }
            Some(d) if unreadable => d.get_attribute("data-before"),
            None if kind != "input" && kind != "change" => return,
            _ => Some(value),
        };
        let mut next = ctx.answers.get_untracked();
        if let Some(value) = value {
            apply(&mut next, &Edit { id: &id, name: &name, value: &value, checked });
        }
        if ctx.answers.with_untracked(|a| *a != next) {
            ctx.answers.set(next);
        } else if date.is_some() {
            // The answer is the same, but the box's message may come or go.
            redraw.notify();
        }
    }

    /// A suggestion of the title finder sets the level and hands focus to it.
    fn pick_title(self, ev: &web_sys::Event) {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("[data-title]").ok().flatten());
        let Some(level) = button.and_then(|b| b.get_attribute("data-title")).and_then(|t| Title::parse(&t))
        else {
            return;
        };
        self.ctx.answers.update(|a| a.title = level);
        self.finder.set(String::new());
        if let Some(select) =
            Page::current().and_then(|p| p.el(TITLE_SELECT)).and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = select.focus();
        }
    }
}

#[component]
pub fn Questions() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let finder = RwSignal::new(String::new());
    let redraw = Trigger::new();
    let editor = Editor { ctx, finder, redraw };
    // The form painted before the wasm arrived, in Chinese, is taken over
    // (its answers by `App`), and the finder's text with it.
    let painted = crate::prepaint::finder_text();
    if let Some(text) = &painted {
        finder.set(text.clone());
    }
    // Redraws in a new language (keeping the finder's text), then brings
    // every control in line with the answers.
    let drawn = StoredValue::new(if painted.is_some() { Lang::Zh } else { i18n.lang_untracked() });
    Effect::new(move |_| {
        let lang = i18n.lang();
        let Some(page) = Page::current() else { return };
        if drawn.get_value() != lang {
            drawn.set_value(lang);
            // Focus stays on its question in the new language.
            let focused = page.0.active_element().map(|e| e.id());
            if let Some(form) = page.el("questions") {
                form.set_inner_html(&render(lang));
            }
            if let Some(el) =
                focused.and_then(|id| page.el(&id)).and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = el.focus();
            }
            show_finder(lang, &finder.get_untracked());
        }
        redraw.track();
        ctx.answers.with(|a| ctx.eval.with(|e| show(&page, lang, a, e)));
    });
    Effect::new(move |_| {
        let query = finder.get();
        show_finder(i18n.lang_untracked(), &query);
    });
    // Every kind of event the form takes goes to one listener, so the
    // download holds its handling once. A date box whose value stays empty
    // (an impossible date typed into an empty box, or a box emptied part by
    // part) fires no input event: a key let go (keyup) or leaving the box
    // (focusout) says whether it is empty or unreadable. Entering a box
    // (focusin, pointerdown) begins its edit.
    super::events::on_element(
        "questions",
        &["input", "change", "keyup", "focusin", "focusout", "pointerdown", "click", "reset", "submit"],
        move |ev| editor.take(ev.clone()),
    );
    // Left empty for the painted form, which `prepaint::attach` puts in its place.
    let drawn_now = if painted.is_some() { String::new() } else { render(i18n.lang_untracked()) };
    view! {
        <form id="questions" class="questions" novalidate inner_html=drawn_now />
    }
}
