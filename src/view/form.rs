//! The questions on the page: drawn once per language from `form_html`, kept
//! in line with the answers by `questions::show`, and every edit taken by one
//! listener on the form, so no question needs a component of its own.

use super::form_html::{render, title_matches};
use crate::dom_ids::{self, TITLE_FINDER, TITLE_MATCHES, TITLE_SELECT};
use crate::form_state::use_form;
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

#[component]
pub fn Questions() -> impl IntoView {
    let ctx = use_form();
    let i18n = use_i18n();
    let finder = RwSignal::new(String::new());
    let on_edit = move |ev: web_sys::Event| {
        let Some((id, name, value, checked)) = edit_of(&ev) else {
            return;
        };
        if id == TITLE_FINDER {
            // Leaving the box fires a change event with the same text: redrawing
            // the suggestions then would remove the one just tabbed to, and focus with it.
            if finder.with_untracked(|f| *f != value) {
                finder.set(value);
            }
            return;
        }
        let mut next = ctx.answers.get_untracked();
        apply(&mut next, &Edit { id: &id, name: &name, value: &value, checked });
        if ctx.answers.with_untracked(|a| *a != next) {
            ctx.answers.set(next);
        }
    };
    // A suggestion of the title finder sets the level and hands focus to it.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("[data-title]").ok().flatten());
        let Some(level) = button.and_then(|b| b.get_attribute("data-title")).and_then(|t| Title::parse(&t))
        else {
            return;
        };
        ctx.answers.update(|a| a.title = level);
        finder.set(String::new());
        if let Some(select) =
            Page::current().and_then(|p| p.el(TITLE_SELECT)).and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = select.focus();
        }
    };
    let form = NodeRef::<leptos::html::Form>::new();
    // Redraws in a new language (keeping the finder's text), then brings
    // every control in line with the answers.
    let drawn = StoredValue::new(i18n.lang_untracked());
    Effect::new(move |_| {
        let lang = i18n.lang();
        let Some(page) = Page::current() else { return };
        if drawn.get_value() != lang {
            drawn.set_value(lang);
            if let Some(form) = form.get_untracked() {
                form.set_inner_html(&render(lang));
            }
            show_finder(lang, &finder.get_untracked());
        }
        ctx.answers.with(|a| ctx.eval.with(|e| show(&page, lang, a, e)));
    });
    Effect::new(move |_| {
        let query = finder.get();
        show_finder(i18n.lang_untracked(), &query);
    });
    view! {
        <form class="questions" novalidate node_ref=form inner_html=render(i18n.lang_untracked())
            on:submit=|ev| ev.prevent_default()
            on:input=on_edit
            on:change=on_edit
            on:click=on_click />
    }
}
