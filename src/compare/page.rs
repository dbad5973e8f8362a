//! The comparison page: one person in two or three scenarios (employer,
//! date, contract, house price), the results side by side, the differences
//! marked; shared by link, printed.

use super::form_html::{errors_html, form_html, FIELDS};
use super::link::{self, MIN};
use super::table::{evaluate, table_html};
use super::version_note::notes_html;
use crate::answers::Answers;
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::chrome::{clear_fragment, current_fragment};
use crate::view::events::{on_element, target_id, unreadable_date};
use crate::view::result::disclaimer;
use crate::view::share::{can_share, share_box_click, show_link};
use crate::view::share_html::share_html;
use crate::view::shell::Shell;
use crate::{clock, share, storage};
use leptos::prelude::*;
use talent_rules::ids::{EmployerType, HousingChoice};
use talent_rules::policy;
use wasm_bindgen::JsCast;

/// Where this tab keeps the comparison being made (a link's text), so
/// that a reload or a visit to the talent page and back finds it again.
const SESSION_KEY: &str = "talent-check.compare.v1";
/// The talent page's draft (its answers as link text, without the day it
/// was saved) that this tab's comparison was drawn from; absent when it came
/// from a link. A draft changed since then replaces the person in every scenario.
const BASE_KEY: &str = "talent-check.compare.base.v1";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The scenarios of a link in the address, else of this tab's comparison
/// (on the talent page's current answers), else the talent page's draft
/// twice, else none; with the notice to show. A damaged link opens a blank
/// comparison, as its notice says: not the person last saved on this device.
fn initial() -> (Vec<Answers>, Option<&'static str>) {
    let session = session();
    let draft = storage::load().ok().flatten();
    let keep = |key, text: Option<String>| {
        if let Some(s) = &session {
            let _ = match text {
                Some(t) => s.set_item(key, &t),
                None => s.remove_item(key),
            };
        }
    };
    match link::decode(&current_fragment()) {
        Some(Ok(s)) => {
            keep(BASE_KEY, None);
            (s, Some("notice.link_loaded"))
        }
        Some(Err(e)) => {
            clear_fragment();
            (Vec::new(), Some(e.key()))
        }
        None => {
            let get = |key| session.as_ref().and_then(|s| s.get_item(key).ok().flatten());
            let kept = get(SESSION_KEY).as_deref().and_then(link::decode).and_then(Result::ok);
            let now = draft.as_ref().map(share::payload);
            let scenarios = match (kept, get(BASE_KEY)) {
                // From a link earlier in this tab: the link's person.
                (Some(kept), None) => kept,
                (Some(kept), Some(base)) if Some(&base) == now.as_ref() => kept,
                // Drawn from a draft since changed or cleared.
                (Some(kept), Some(_)) => {
                    if draft.is_none() {
                        keep(SESSION_KEY, None);
                    }
                    keep(BASE_KEY, now);
                    draft.map(|d| rebased(kept, &d)).unwrap_or_default()
                }
                (None, _) => {
                    keep(BASE_KEY, now);
                    draft.map(|d| vec![d.clone(), d]).unwrap_or_default()
                }
            };
            (scenarios, None)
        }
    }
}

/// The scenarios with the person of `draft`, keeping what this page changes
/// (the fields of `set`).
fn rebased(kept: Vec<Answers>, draft: &Answers) -> Vec<Answers> {
    let on_draft = |k: Answers| Answers {
        employer_type: k.employer_type,
        assessment_date: k.assessment_date,
        contract_years: k.contract_years,
        purchase_price: k.purchase_price,
        housing: k.housing,
        ..draft.clone()
    };
    kept.into_iter().map(on_draft).collect()
}

/// What this page lets a scenario change, by the id part after `s{n}-`
/// (`rebased` keeps the same fields).
fn set(a: &mut Answers, field: &str, value: String) {
    match field {
        "employer" => a.employer_type = EmployerType::parse(&value),
        "date" => a.assessment_date = value,
        "years" => a.contract_years = value,
        "price" => a.purchase_price = value,
        "housing" => a.housing = HousingChoice::parse(&value).unwrap_or(a.housing),
        _ => {}
    }
}

#[component]
pub fn CompareApp() -> impl IntoView {
    let (first, notice) = initial();
    let shell = Shell::with_texts("compare.title", notice, Lang::compare_t);
    let lang = shell.lang;
    let scenarios = RwSignal::new(first);
    // The fields are drawn anew only when scenarios come or go (or the
    // language changes), so that typing never loses its place.
    let layout = RwSignal::new(0u32);
    let link = RwSignal::new(None::<String>);
    // Scenarios whose date box holds no real date (30 February): their
    // answer stays as it was, and the list of what to correct says so.
    let unreadable = RwSignal::new(Vec::<usize>::new());
    let today = clock::today();
    let evaluated = Memo::new(move |_| scenarios.with(|s| evaluate(s, today)));
    // Kept for this tab on every change (nothing when storage is refused).
    Effect::new(move |first: Option<()>| {
        let text = scenarios.with(|s| (s.len() >= MIN).then(|| link::encode(s)));
        if let (Some(_), Some(text), Some(store)) = (first, text, session()) {
            let _ = store.set_item(SESSION_KEY, &text);
        }
    });

    // A date box that stays empty while an impossible date is typed fires no
    // input event: a key let go or leaving the box says so.
    on_element("compare-form", &["input", "change", "keyup", "focusout"], move |ev| {
        let kind = ev.type_();
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let value = match (
            target.dyn_ref::<web_sys::HtmlInputElement>(),
            target.dyn_ref::<web_sys::HtmlSelectElement>(),
        ) {
            (Some(i), _) => i.value(),
            (_, Some(s)) => s.value(),
            _ => return,
        };
        let id = target.id();
        let Some((n, part)) = id.strip_prefix('s').and_then(|r| r.split_once('-')) else { return };
        let Ok(n) = n.parse::<usize>() else { return };
        if let Some(date) = target.dyn_ref::<web_sys::HtmlInputElement>().filter(|i| i.type_() == "date") {
            if unreadable_date(unreadable, n, date) {
                return;
            }
        } else if kind == "keyup" || kind == "focusout" {
            return;
        }
        let mut next = scenarios.get_untracked();
        if let Some(a) = next.get_mut(n) {
            set(a, part, value);
        }
        // Only a change: a key let go in a date box changes nothing, and the link stays.
        if scenarios.with_untracked(|s| *s != next) {
            scenarios.set(next);
            link.set(None);
        }
    });
    on_element("compare-form", &["click"], move |ev| {
        let id = target_id(ev);
        // Where the keyboard goes once the fields are drawn again: the new
        // scenario's first field, or after a removal the button to add one.
        let focus_on = if id == "compare-add" {
            scenarios.update(|s| {
                if let Some(last) = s.last().cloned() {
                    s.push(last);
                }
            });
            format!("s{}-employer", scenarios.with_untracked(Vec::len) - 1)
        } else if let Some(n) =
            id.strip_prefix('s').and_then(|r| r.strip_suffix("-remove")).and_then(|n| n.parse::<usize>().ok())
        {
            scenarios.update(|s| {
                if s.len() > MIN && n < s.len() {
                    s.remove(n);
                }
            });
            "compare-add".to_string()
        } else {
            return;
        };
        link.set(None);
        // The fields are drawn again from the answers.
        unreadable.set(Vec::new());
        layout.update(|v| *v += 1);
        leptos::task::spawn_local(async move {
            let el = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&focus_on))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(el) = el {
                let _ = el.focus();
            }
        });
    });
    on_element("compare-keep", &["click"], move |ev| {
        let id = target_id(ev);
        match id.as_str() {
            "compare-make-link" => show_link(link, &scenarios.with_untracked(|s| link::encode(s))),
            "compare-print" => {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
            other => {
                let l = lang.get_untracked();
                share_box_click(other, link.get_untracked(), l, &l.compare_t("compare.title"));
            }
        }
    });

    let has_person = move || scenarios.with(|s| !s.is_empty());
    let form = move || {
        layout.get();
        let l = lang.get();
        scenarios.with_untracked(|s| form_html(l, s))
    };
    let errors = move || evaluated.with(|e| unreadable.with(|u| errors_html(lang.get(), e, u)));
    // A field with a bad answer says so itself, pointing to the list of what to correct.
    Effect::new(move |_| {
        layout.get();
        let doc = web_sys::window().and_then(|w| w.document());
        let unreadable = unreadable.get();
        evaluated.with(|evaluated| {
            for (i, e) in evaluated.iter().enumerate() {
                for (field, part) in FIELDS {
                    let Some(el) = doc.as_ref().and_then(|d| d.get_element_by_id(&format!("s{i}-{part}")))
                    else {
                        continue;
                    };
                    if e.error(field).is_some() || (part == "date" && unreadable.contains(&i)) {
                        let _ = el.set_attribute("aria-invalid", "true");
                        let _ = el.set_attribute("aria-describedby", "compare-errors");
                    } else {
                        let _ = el.remove_attribute("aria-invalid");
                        let _ = el.remove_attribute("aria-describedby");
                    }
                }
            }
        });
    });
    let table = move || {
        let l = lang.get();
        let e = evaluated.get();
        let mut after = Html::default();
        disclaimer(&mut after, l, today);
        // Above the table, as on the talent page: a version not today's says so.
        notes_html(l, policy::versions(), &e, today)
            + &scenarios.with(|s| table_html(l, s, &e))
            + &after.finish()
    };
    let person = move || {
        let l = lang.get();
        scenarios.with(|s| {
            let birth = s.first().map(|a| a.birth_date.clone()).unwrap_or_default();
            l.compare_t_with("compare.person", &[("birth", birth)])
        })
    };
    // Back to the talent page with the first scenario's answers.
    let edit = move || {
        scenarios.with(|s| s.first().map_or("./".to_string(), |a| format!("./#{}", share::encode(a))))
    };
    let share_box =
        move || link.get().map(|url| share_html(lang.get(), &url, can_share())).unwrap_or_default();
    let t = move |key: &'static str| shell.t(key);
    view! {
        {shell.header("compare.title", "compare.subtitle", "compare.html", String::new())}
        <main class="hire-main compare-main">
            <p class="intro no-print">{t("compare.intro")}</p>
            <div class="notice" id="compare-none" hidden=has_person>
                <p>{t("hire.none")}</p>
                <p><a href="./">{t("hire.to_talent")}</a></p>
            </div>
            <div hidden=move || !has_person()>
                <p id="compare-person">{person}" "<a href=edit class="no-print">{t("hire.edit")}</a></p>
                <form id="compare-form" class="compare-form no-print" novalidate inner_html=form></form>
                <div inner_html=errors></div>
                <div id="compare-result" inner_html=table></div>
                <div id="compare-keep" class="no-print">
                    <p class="buttons">
                        <button type="button" id="compare-make-link">{t("keep.share")}</button>
                        <button type="button" id="compare-print">{t("keep.print")}</button>
                    </p>
                    <div inner_html=share_box></div>
                </div>
            </div>
        </main>
        <footer class="page-footer">
            <p>{t("compare.privacy")}</p>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::Degree;

    #[test]
    fn a_changed_person_keeps_what_each_scenario_changed() {
        let old =
            Answers { birth_date: "1992-04-15".into(), degree: Degree::Doctorate, ..Answers::default() };
        let mut changed = old.clone();
        for (field, value) in [
            ("employer", "research_institute"),
            ("date", "2027-01-01"),
            ("years", "5"),
            ("price", "45万"),
            ("housing", "purchase"),
        ] {
            set(&mut changed, field, value.into());
        }
        let draft = Answers { birth_date: "1970-04-15".into(), degree: Degree::Master, ..Answers::default() };
        let [now]: [Answers; 1] = rebased(vec![changed.clone()], &draft).try_into().unwrap();
        assert_eq!((now.birth_date.as_str(), now.degree), ("1970-04-15", Degree::Master));
        let mine = |a: &Answers| {
            (
                a.employer_type,
                a.assessment_date.clone(),
                a.contract_years.clone(),
                a.purchase_price.clone(),
                a.housing,
            )
        };
        assert_eq!(mine(&now), mine(&changed));
        assert_ne!(mine(&changed), mine(&old), "every field of set() was changed");
    }
}
