//! The enterprise page: questions on the left, the live result on the right,
//! the answers saved as a draft on this device and shareable as a link.

use super::answers::{
    hire_id, hire_part, EnterpriseAnswers, EnterpriseEvaluation, HireAnswers, MAX_HIRE_ROWS,
};
use super::form_html::{message, problems_html};
use super::{form_html, result, stored};
use crate::clock;
use crate::i18n::Lang;
use crate::share::LinkError;
use crate::view::chrome::{clear_fragment, current_fragment};
use crate::view::events::{on_element, target_id, unreadable_date};
use crate::view::policy_version::note_html;
use crate::view::result::fix_fields_text;
use crate::view::share::{can_share, keys_and_focus, share_box_click, show_link};
use crate::view::share_html::share_html;
use crate::view::shell::Shell;
use leptos::prelude::*;
use talent_rules::ids::{Category, Degree, HighTech, Honor, Specialized, Title};
use talent_rules::policy;
use wasm_bindgen::JsCast;

const DRAFT: &str = "talent-check.enterprise.draft.v1";

/// The answers of a link in the address, else of the saved draft, with the
/// notice saying which (or why neither).
fn opened() -> (EnterpriseAnswers, Option<&'static str>) {
    if let Some(decoded) = stored::decode(&current_fragment()) {
        clear_fragment();
        return match decoded {
            Ok(a) => {
                if let Some(s) = crate::storage::local() {
                    let _ = s.set_item(DRAFT, &stored::encode(&a));
                }
                (a, Some("notice.link_loaded"))
            }
            Err(e) => (EnterpriseAnswers::default(), Some(e.key())),
        };
    }
    let Some(s) = crate::storage::local() else {
        return (EnterpriseAnswers::default(), Some("storage.unavailable"));
    };
    match s.get_item(DRAFT).ok().flatten().map(|d| stored::decode(&d)) {
        None => (EnterpriseAnswers::default(), None),
        Some(Some(Ok(a))) => (a, Some("notice.draft_restored")),
        Some(other) => {
            let _ = s.remove_item(DRAFT);
            let key = match other {
                Some(Err(LinkError::OtherVersion)) => "storage.other_version",
                _ => "storage.corrupted",
            };
            (EnterpriseAnswers::default(), Some(key))
        }
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// One edit of the form, by the id of the control that changed.
fn apply(a: &mut EnterpriseAnswers, id: &str, value: &str, checked: bool) {
    match id {
        "registered-in-city" => a.registered_in_city = checked,
        "division-affiliated" => a.division_affiliated = checked,
        "tech-sme-first" => a.tech_sme_first = checked,
        "high-tech" => a.high_tech = HighTech::parse(value),
        "specialized" => a.specialized = Specialized::parse(value),
        _ => {}
    }
    if let Some(text) = a.text_mut(id) {
        *text = value.to_string();
        return;
    }
    let Some((row, part)) = hire_part(id) else { return };
    let Some(h) = a.hires.get_mut(row) else { return };
    match part {
        "label" => h.label = value.to_string(),
        "days" => h.days = value.to_string(),
        "category" => h.category = Category::parse(value),
        "birth" => h.birth_date = value.to_string(),
        "degree" => h.degree = Degree::parse(value).unwrap_or_default(),
        "part-time-degree" => h.part_time_degree = Degree::parse(value).unwrap_or_default(),
        "title" => h.title = Title::parse(value).unwrap_or_default(),
        _ => {
            let honour = part.strip_prefix("honour-").and_then(Honor::parse);
            if let Some(honour) = honour {
                h.honors.retain(|x| *x != honour);
                if checked {
                    h.honors.push(honour);
                    h.honors.sort_by_key(|x| Honor::ALL.iter().position(|y| y == x));
                }
            }
        }
    }
}

/// The id, value and checked state of the control an event came from.
fn control_of(ev: &web_sys::Event) -> Option<(String, String, bool)> {
    let target = ev.target()?;
    if let Some(i) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some((i.id(), i.value(), i.checked()));
    }
    target.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| (s.id(), s.value(), false))
}

fn focus(id: &str) {
    if let Some(el) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Brings the messages and the hire profiles in line with the evaluation.
fn show(lang: Lang, a: &EnterpriseAnswers, e: &EnterpriseEvaluation, shown: &mut Vec<String>) {
    for id in shown.drain(..) {
        if let Some(line) = by_id(&format!("{id}-error")) {
            line.set_text_content(None);
        }
        if let Some(input) = by_id(&id) {
            let _ = input.set_attribute("aria-invalid", "false");
        }
    }
    for p in &e.problems {
        if let Some(line) = by_id(&format!("{}-error", p.id)) {
            line.set_text_content(Some(&message(lang, p)));
            if let Some(input) = by_id(&p.id) {
                let _ = input.set_attribute("aria-invalid", "true");
            }
            shown.push(p.id.clone());
        }
    }
    for (row, h) in a.hires.iter().enumerate() {
        if let Some(profile) = by_id(&hire_id(row, "profile")) {
            let _ = profile.toggle_attribute_with_force("hidden", h.category.is_some());
        }
    }
}

#[component]
pub fn EnterpriseApp() -> impl IntoView {
    let today = clock::today();
    let (first, first_notice) = opened();
    let answers = RwSignal::new(first);
    let eval = Memo::new_with_compare(move |_| answers.with(|a| a.evaluate(today)), |_, _| true);
    let shell = Shell::new("ent.title", first_notice);
    let lang = shell.lang;
    let link = RwSignal::new(None::<String>);
    // Date boxes holding what is no date (30 February): their answer stays
    // the last real date, and the box says why.
    let unreadable = RwSignal::new(Vec::<String>::new());
    // Saved on every change after the first drawing; a shown link goes stale.
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let encoded = answers.with(stored::encode);
        link.set(None);
        if first_run.get_value() {
            first_run.set_value(false);
            return;
        }
        let saved = crate::storage::local().is_some_and(|s| s.set_item(DRAFT, &encoded).is_ok());
        if !saved && shell.notice.get_untracked() != Some("storage.unavailable") {
            shell.notice.set(Some("storage.unavailable"));
        }
    });

    // The form is drawn again only for a new language or a row added or removed.
    let drawn = StoredValue::new(None::<(Lang, usize)>);
    // The control to focus once a row added or removed is drawn.
    let focus_next = StoredValue::new(None::<String>);
    let shown = StoredValue::new(Vec::<String>::new());
    Effect::new(move |_| {
        let l = lang.get();
        let rows = answers.with(|a| a.hires.len());
        if drawn.get_value() != Some((l, rows)) {
            drawn.set_value(Some((l, rows)));
            if let Some(form) = by_id("e-questions") {
                // No result chose a version for the questions: today's.
                let version = policy::in_force(today);
                form.set_inner_html(&answers.with_untracked(|a| form_html::render(l, a, version)));
            }
            shown.update_value(Vec::clear);
            if let Some(id) = focus_next.try_update_value(Option::take).flatten() {
                focus(&id);
            }
        }
        eval.with(|e| answers.with(|a| shown.update_value(|s| show(l, a, e, s))));
        unreadable.with(|ids| {
            for id in ids {
                if let Some(line) = by_id(&format!("{id}-error")) {
                    line.set_text_content(Some(&l.page_t("ent.date_unreadable")));
                    if let Some(input) = by_id(id) {
                        let _ = input.set_attribute("aria-invalid", "true");
                    }
                    shown.update_value(|s| s.push(id.clone()));
                }
            }
        });
    });

    // A date box that stays empty while an impossible date is typed fires no
    // input event: a key let go or leaving the box says so.
    on_element("e-questions", &["input", "change", "keyup", "focusout", "click", "submit"], move |ev| {
        let kind = ev.type_();
        if kind == "submit" {
            return ev.prevent_default();
        }
        if kind == "click" {
            let id = target_id(ev);
            if id == "add-hire" {
                let rows = answers.with_untracked(|a| a.hires.len());
                if rows < MAX_HIRE_ROWS {
                    focus_next.set_value(Some(hire_id(rows, "label")));
                    answers.update(|a| a.hires.push(HireAnswers::default()));
                }
            } else if let Some((row, "remove")) = hire_part(&id) {
                let rows = answers.with_untracked(|a| a.hires.len());
                if row < rows {
                    // The next row takes its place, or the add button when it was the last.
                    let next = if row + 1 < rows { hire_id(row, "label") } else { "add-hire".to_string() };
                    focus_next.set_value(Some(next));
                    answers.update(|a| drop(a.hires.remove(row)));
                }
            }
            return;
        }
        let date = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.type_() == "date");
        if let Some(date) = &date {
            if unreadable_date(unreadable, date.id(), date) {
                return;
            }
        } else if kind == "keyup" || kind == "focusout" {
            return;
        }
        let Some((id, value, checked)) = control_of(ev) else { return };
        let mut next = answers.get_untracked();
        apply(&mut next, &id, &value, checked);
        if answers.with_untracked(|a| *a != next) {
            answers.set(next);
        }
    });

    on_element("summary-bar", &["click"], |ev| {
        // Scroll without touching the fragment, which carries share links.
        ev.prevent_default();
        if let Some(result) = by_id("result") {
            result.scroll_into_view();
        }
    });
    on_element("e-result-body", &["click"], |ev| {
        crate::rules_link::open_words(ev);
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-field]").ok().flatten());
        if let Some(id) = link.and_then(|l| l.get_attribute("data-field")) {
            ev.prevent_default();
            focus(&id);
        }
    });

    let ask = |open: bool| {
        if let Some(panel) = by_id("e-clear-confirm") {
            let _ = panel.toggle_attribute_with_force("hidden", !open);
        }
        focus(if open { "e-clear-cancel" } else { "e-clear" });
    };
    on_element("e-keep", &["click", "keydown", "focusin"], move |ev| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if keys_and_focus(ev, &target, "#e-clear-confirm", ask) {
            return;
        }
        match target.id().as_str() {
            "e-make-link" => show_link(link, &answers.with_untracked(stored::encode)),
            "e-print" => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            "e-clear" => ask(true),
            "e-clear-cancel" => ask(false),
            "e-clear-yes" => {
                if let Some(s) = crate::storage::local() {
                    let _ = s.remove_item(DRAFT);
                }
                answers.set(EnterpriseAnswers::default());
                drawn.set_value(None);
                ask(false);
            }
            other => {
                let l = lang.get_untracked();
                share_box_click(other, link.get_untracked(), l, &l.page_t("ent.title"));
            }
        }
    });
    let t = move |key: &'static str| shell.t(key);
    let body = move || {
        let l = lang.get();
        eval.with(|e| match &e.result {
            // Above the result, as on the talent page: a version not today's says so.
            Some(a) => {
                note_html(l, policy::versions(), a, today) + &answers.with(|x| result::render(l, a, e, x))
            }
            None => crate::figures::under(Some(policy::in_force(today)), || problems_html(l, e)),
        })
    };
    let status = move || {
        let l = lang.get();
        eval.with(|e| match &e.result {
            Some(a) => {
                format!(
                    "{} {}",
                    l.page_t("ent.total"),
                    crate::view::amount_text::span_text(l, result::total(a))
                )
            }
            None => fix_fields_text(l, e.problems.len()),
        })
    };
    let share_box =
        move || link.get().map(|url| share_html(lang.get(), &url, can_share())).unwrap_or_default();
    view! {
        {shell.header("ent.title", "ent.subtitle", "enterprise.html", String::new())}
        // Fixed at the bottom of a phone's screen: the total stays in sight.
        <a id="summary-bar" class="mobile-summary no-print" href="#result">{status}</a>
        <main class="layout">
            <div class="left">
                <p class="intro no-print">{t("ent.intro")}</p>
                <form id="e-questions" class="questions" novalidate></form>
                <section id="e-keep" class="keep no-print" aria-labelledby="e-keep-heading">
                    <h2 id="e-keep-heading">{t("keep.heading")}</h2>
                    <div class="buttons">
                        <button type="button" id="e-make-link">{t("keep.share")}</button>
                        <button type="button" id="e-print">{t("keep.print")}</button>
                        <button type="button" id="e-clear" class="danger">{t("keep.clear")}</button>
                    </div>
                    <div id="e-clear-confirm" class="ask" role="group" aria-labelledby="e-clear-question" hidden>
                        <p id="e-clear-question">{t("keep.clear_confirm")}</p>
                        <div class="buttons">
                            <button type="button" id="e-clear-yes" class="danger">{t("keep.clear_yes")}</button>
                            <button type="button" id="e-clear-cancel">{t("keep.clear_cancel")}</button>
                        </div>
                    </div>
                    // The first sentence hidden where nothing can be stored (boot.js, style/main.css).
                    <p class="muted small"><span class="saved-note">{t("keep.saved")}</span>{t("ent.privacy")}</p>
                    <div inner_html=share_box></div>
                </section>
            </div>
            <div class="right">
                <section id="result" class="result" aria-labelledby="e-result-heading">
                    <h2 id="e-result-heading" class="visually-hidden">{t("result.heading")}</h2>
                    <p class="visually-hidden" aria-live="polite">{status}</p>
                    <div id="e-result-body" class="result-body" inner_html=body></div>
                </section>
            </div>
        </main>
        <footer class="page-footer">
            <p>{t("app.privacy")}</p>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_land_on_their_answer() {
        let mut a = EnterpriseAnswers { hires: vec![HireAnswers::default()], ..EnterpriseAnswers::default() };
        apply(&mut a, "registered-in-city", "on", true);
        apply(&mut a, "high-tech", "first", false);
        apply(&mut a, "platform-national", "2", false);
        apply(&mut a, "hire-0-category", "B", false);
        apply(&mut a, "hire-0-degree", "doctorate", false);
        apply(&mut a, "hire-0-honour-cae_academician", "on", true);
        apply(&mut a, "hire-0-honour-cas_academician", "on", true);
        apply(&mut a, "hire-7-days", "3", false);
        assert!(a.registered_in_city);
        assert_eq!(a.high_tech, Some(HighTech::First));
        assert_eq!(a.platform_national, "2");
        assert_eq!(a.hires[0].category, Some(Category::B));
        assert_eq!(a.hires[0].degree, Degree::Doctorate);
        assert_eq!(a.hires[0].honors, [Honor::CasAcademician, Honor::CaeAcademician], "in the list's order");
        apply(&mut a, "hire-0-honour-cas_academician", "on", false);
        assert_eq!(a.hires[0].honors, [Honor::CaeAcademician]);
        apply(&mut a, "hire-0-category", "", false);
        assert_eq!(a.hires[0].category, None, "back to the profile");
    }
}
