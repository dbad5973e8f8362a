//! A fair's shared tablet (`?kiosk`, or `?kiosk=SECONDS` for the idle
//! time): `boot.js` has already taken storage away, so nothing a visitor
//! types stays on the device. Large touch targets (`kiosk.css`), a large
//! "next person" button, the QR hand-off offered as soon as there is a
//! result, and an idle timer that warns, then clears the page for the next
//! visitor; a touch or a key keeps it. Links to the other pages keep the
//! kiosk flag and replace the page, so the history holds no visitor's page,
//! and the app's notice that nothing can be stored says that
//! nothing is, on a shared device. Clearing the page also clears the
//! selection and the share link the page put on the clipboard.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::{Interval, Timeout};
use js_sys::{Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement};

/// Seconds without a touch or key before the warning, unless the address says.
const IDLE_SECONDS: u32 = 120;
/// The shortest idle time an address may ask for.
const IDLE_AT_LEAST: u32 = 3;
/// Seconds the warning gives before the page clears.
const GRACE_SECONDS: u32 = 20;

/// The app's notice that drafts cannot be saved, in kiosk mode's words: here
/// nothing is kept on purpose. (zh, en)
const NOTHING_KEPT: (&str, &str) = (
    "这是共用设备：填写的内容不会保存在本机上，用完请点“下一位”清空。",
    "This is a shared device: nothing you enter is kept on it. Tap “Next person” when you are done.",
);

/// The idle time `?kiosk=SECONDS` asks for, else the default.
pub(crate) fn idle_seconds(asked: &str) -> u32 {
    asked.parse::<u32>().ok().filter(|s| *s >= IDLE_AT_LEAST).unwrap_or(IDLE_SECONDS)
}

/// The warning's words in the page's language.
pub(crate) fn warning_text(zh: bool, left: u32) -> String {
    if zh {
        format!("无人操作。{left} 秒后将清空本页，留给下一位。")
    } else {
        format!("Nobody is using this. The page clears for the next person in {left} s.")
    }
}

#[wasm_bindgen]
extern "C" {
    // Each throws where there is no such API (an insecure page, an older
    // browser) and rejects where it is not allowed: caught, never fatal.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = readText)]
    fn read_clipboard() -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_clipboard(text: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["navigator", "permissions"], js_name = query)]
    fn query_permission(descriptor: &Object) -> Result<Promise, JsValue>;
}

/// How long clearing the clipboard may hold the reset back, in ms: a
/// browser that neither answers nor refuses must not keep the page.
const CLIPBOARD_WAIT_MS: i32 = 1000;

thread_local! {
    /// Set once the page is being cleared: the countdown and the button may both ask.
    static RESETTING: Cell<bool> = const { Cell::new(false) };
}

/// The same address without the fragment (a share link's answers): a fresh
/// form, once the selection and the clipboard hold nothing of the visitor.
fn reset() {
    if RESETTING.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if let Some(document) = window.document() {
        // Focus selects the share link (view/share.rs); let go of it too.
        if let Some(active) = document.active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = active.blur();
        }
    }
    if let Ok(Some(selection)) = window.get_selection() {
        let _ = selection.remove_all_ranges();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let origin = window.location().origin().unwrap_or_default();
        let _ = JsFuture::from(Promise::race(&js_sys::Array::of2(
            &clear_clipboard(origin).into(),
            &wait(&window),
        )))
        .await;
        let location = window.location();
        let here =
            format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        let _ = location.replace(&here);
    });
}

/// Resolves after `CLIPBOARD_WAIT_MS`.
fn wait(window: &web_sys::Window) -> JsValue {
    let window = window.clone();
    Promise::new(&mut |done, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, CLIPBOARD_WAIT_MS);
    })
    .into()
}

/// Whether `text` is what the page put on the clipboard: a link to one of
/// this site's pages (`origin`) with answers after its `#`.
pub(crate) fn is_share_link(text: &str, origin: &str) -> bool {
    text.strip_prefix(origin).is_some_and(|rest| rest.starts_with('/') && rest.contains('#'))
}

/// Empties the clipboard if it still holds a share link. It is read only
/// where reading is allowed already (Chromium, when granted): asking would
/// show the next visitor a permission prompt, or a paste button in Firefox
/// and WebKit. Where it cannot be read, it is emptied. Writing needs the
/// page focused, or in Firefox and WebKit a tap: after the idle time it may
/// be refused, quietly.
fn clear_clipboard(origin: String) -> Promise {
    wasm_bindgen_futures::future_to_promise(async move {
        if clipboard_readable().await {
            if let Ok(text) = read_clipboard().map(JsFuture::from) {
                match text.await.ok().and_then(|t| t.as_string()) {
                    Some(text) if !is_share_link(&text, &origin) => return Ok(JsValue::UNDEFINED),
                    _ => {}
                }
            }
        }
        if let Ok(written) = write_clipboard("") {
            let _ = JsFuture::from(written).await;
        }
        Ok(JsValue::UNDEFINED)
    })
}

/// Whether `clipboard-read` is granted; a browser that does not know the
/// name (Firefox, WebKit) rejects the query.
async fn clipboard_readable() -> bool {
    let descriptor = Object::new();
    let _ = Reflect::set(&descriptor, &"name".into(), &"clipboard-read".into());
    let Ok(query) = query_permission(&descriptor) else { return false };
    let Ok(status) = JsFuture::from(query).await else { return false };
    Reflect::get(&status, &"state".into()).ok().and_then(|s| s.as_string()).as_deref() == Some("granted")
}

fn zh(document: &Document) -> bool {
    document.document_element().and_then(|r| r.get_attribute("lang")).as_deref() != Some("en")
}

fn button(document: &Document, id: &str, class: &str, texts: (&str, &str)) -> Option<HtmlElement> {
    let b: HtmlElement = document.create_element("button").ok()?.dyn_into().ok()?;
    let _ = b.set_attribute("type", "button");
    b.set_id(id);
    b.set_class_name(class);
    let _ = b.set_attribute("data-zh", texts.0);
    let _ = b.set_attribute("data-en", texts.1);
    Some(b)
}

/// The idle timer: warns after `idle` seconds, counts down `grace`, clears.
struct Idle {
    idle: u32,
    grace: u32,
    warning: HtmlElement,
    text: Element,
    timer: Option<Timeout>,
    countdown: Option<Interval>,
}

impl Idle {
    /// Someone is here: the warning goes, the wait starts again.
    fn active(this: &Rc<RefCell<Idle>>) {
        let mut idle = this.borrow_mut();
        idle.countdown = None;
        idle.warning.set_hidden(true);
        let again = Rc::clone(this);
        idle.timer = Some(Timeout::new(idle.idle * 1000, move || Idle::warn(&again)));
    }

    fn warn(this: &Rc<RefCell<Idle>>) {
        let mut idle = this.borrow_mut();
        idle.warning.set_hidden(false);
        let mut left = idle.grace;
        let show = {
            let text = idle.text.clone();
            move |left: u32| {
                let zh = web_sys::window().and_then(|w| w.document()).is_none_or(|d| zh(&d));
                text.set_text_content(Some(&warning_text(zh, left)));
            }
        };
        show(left);
        idle.countdown = Some(Interval::new(1000, move || {
            left = left.saturating_sub(1);
            if left == 0 {
                reset();
            } else {
                show(left);
            }
        }));
    }
}

/// Everything kiosk mode keeps for the page's life.
struct Kiosk {
    _idle: Rc<RefCell<Idle>>,
    _activity: Vec<EventListener>,
    _observers: [web_sys::MutationObserver; 2],
    _on_change: Closure<dyn FnMut()>,
    _clicks: EventListener,
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        for o in &self._observers {
            o.disconnect();
        }
    }
}

pub(crate) fn start(asked: &str) -> Option<crate::Owner> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let root = document.document_element()?;
    let _ = root.class_list().add_1("kiosk");
    let style = document.create_element("link").ok()?;
    let _ = style.set_attribute("rel", "stylesheet");
    let _ = style.set_attribute("href", "kiosk.css");
    document.head()?.append_child(&style).ok()?;

    let idle = idle_seconds(asked);
    let next = button(&document, "kiosk-next", "kiosk-next no-print", ("下一位", "Next person"))?;
    let take =
        button(&document, "kiosk-take", "kiosk-take no-print", ("用手机扫码带走结果", "Scan to your phone"))?;
    let stay = button(&document, "kiosk-stay", "", ("继续使用", "Keep going"))?;
    let warning: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    warning.set_id("kiosk-warning");
    warning.set_class_name("notice warn kiosk-warning");
    let _ = warning.set_attribute("role", "alert");
    warning.set_hidden(true);
    let text = document.create_element("p").ok()?;
    // In a `.buttons` row, as the app's own buttons are (style/main.css).
    let row = document.create_element("div").ok()?;
    row.set_class_name("buttons");
    row.append_child(&stay).ok()?;
    warning.append_with_node_2(&text, &row).ok()?;
    document.body()?.append_with_node_3(&next, &take, &warning).ok()?;

    // The buttons' words follow the page's language; the hand-off is
    // offered once there is a result and no code yet. Written only when
    // changed: writing is itself a change the observers see.
    let texts = {
        let (document, buttons, take) =
            (document.clone(), [next.clone(), take.clone(), stay.clone()], take.clone());
        move || {
            let lang = if zh(&document) { "data-zh" } else { "data-en" };
            for b in &buttons {
                let text = b.get_attribute(lang).unwrap_or_default();
                if b.text_content().as_deref() != Some(text.as_str()) {
                    b.set_text_content(Some(&text));
                }
            }
            let storage = "#notice[data-notice=\"storage.unavailable\"] > span";
            if let Some(notice) = document.query_selector(storage).ok().flatten() {
                let text = if zh(&document) { NOTHING_KEPT.0 } else { NOTHING_KEPT.1 };
                if notice.text_content().as_deref() != Some(text) {
                    notice.set_text_content(Some(text));
                }
            }
            let code = document.query_selector(".qr-code").ok().flatten().is_some();
            let hide = document.get_element_by_id("total-talent").is_none() || code;
            if take.hidden() != hide {
                take.set_hidden(hide);
            }
        }
    };
    texts();
    let on_change = Closure::<dyn FnMut()>::new(texts);
    let observe = |target: &web_sys::Node, init: &web_sys::MutationObserverInit| {
        let o = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()).ok()?;
        o.observe_with_options(target, init).ok()?;
        Some(o)
    };
    let tree = web_sys::MutationObserverInit::new();
    tree.set_child_list(true);
    tree.set_subtree(true);
    let lang = web_sys::MutationObserverInit::new();
    lang.set_attributes(true);
    lang.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
    let body: web_sys::Node = document.body()?.into();
    let observers = [observe(&body, &tree)?, observe(&root, &lang)?];

    let idle = Rc::new(RefCell::new(Idle {
        idle,
        grace: GRACE_SECONDS.min(idle),
        warning,
        text,
        timer: None,
        countdown: None,
    }));
    let activity = ["pointerdown", "keydown", "input", "wheel"]
        .into_iter()
        .map(|kind| {
            let (idle, stay) = (Rc::clone(&idle), stay.clone());
            EventListener::new_with_options(
                &window,
                kind,
                EventListenerOptions::run_in_capture_phase(),
                move |ev| {
                    let on_stay = ev.target().is_some_and(|t| JsValue::from(t) == JsValue::from(&stay));
                    if !on_stay {
                        Idle::active(&idle);
                    }
                },
            )
        })
        .collect();
    Idle::active(&idle);

    let clicks = {
        let (idle, asked) = (Rc::clone(&idle), asked.to_owned());
        // Not passive: a link to another page is followed with the flag on.
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&document, "click", options, move |ev| {
            let id =
                ev.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|e| e.id()).unwrap_or_default();
            match id.as_str() {
                "kiosk-next" => reset(),
                "kiosk-stay" => Idle::active(&idle),
                // Its click on the share button must not reach this listener while it runs.
                "kiosk-take" => {
                    Timeout::new(0, take_home).forget();
                }
                _ => {
                    if let Some(to) = still_kiosk(ev, &asked) {
                        ev.prevent_default();
                        if target_id(ev).as_deref() == Some("to-hire") {
                            // After this listener: with_answers clicks in the page.
                            Timeout::new(0, move || with_answers(to)).forget();
                        } else {
                            go(&to);
                        }
                    }
                }
            }
        })
    };
    Some(Box::new(Kiosk {
        _idle: idle,
        _activity: activity,
        _observers: observers,
        _on_change: on_change,
        _clicks: clicks,
    }))
}

/// Where a tapped link to another of the self-check's pages leads, with the
/// kiosk flag on (`asked`, the idle time): a visitor who follows it must not
/// find storage back on a shared tablet. None for anything else: no link,
/// the same page, another site, a download or a new window.
fn still_kiosk(ev: &web_sys::Event, asked: &str) -> Option<String> {
    let link = ev.target()?.dyn_into::<Element>().ok()?.closest("a[href]").ok()??;
    if link.has_attribute("download") || link.has_attribute("target") {
        return None;
    }
    let here = web_sys::window()?.location();
    let to = web_sys::Url::new_with_base(&link.get_attribute("href")?, &here.href().ok()?).ok()?;
    if to.origin() != here.origin().ok()? || to.pathname() == here.pathname().ok()? {
        return None;
    }
    to.search_params().set("kiosk", asked);
    Some(to.href())
}

/// Replaces this page rather than adding one to the history: the next
/// visitor can go neither back nor forward to someone else's answers.
fn go(to: &str) {
    let _ = web_sys::window().map(|w| w.location().replace(to));
}

fn target_id(ev: &web_sys::Event) -> Option<String> {
    Some(ev.target()?.dyn_into::<Element>().ok()?.closest("a[id]").ok()??.id())
}

/// Follows `to`, the hiring table, with the talent page's answers as its
/// fragment, as a share link carries them: nothing else keeps them here.
fn with_answers(to: String) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return go(&to) };
    let make = document.get_element_by_id("make-link").and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match make {
        Some(make) if document.get_element_by_id("total-talent").is_some() => make.click(),
        _ => return go(&to),
    }
    // Once the app has drawn the share box.
    Timeout::new(50, move || {
        let link = document.get_element_by_id("share-link").and_then(|l| l.get_attribute("value"));
        let fragment = link.as_deref().and_then(|l| l.find('#').map(|i| &l[i..])).unwrap_or_default();
        go(&format!("{to}{fragment}"));
    })
    .forget();
}

/// Makes the share link and brings its QR code into view.
fn take_home() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(make) = document.get_element_by_id("make-link").and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        make.click();
    }
    // Once the app has drawn the share box.
    Timeout::new(100, move || {
        if let Some(code) = document.query_selector(".qr-code").ok().flatten() {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            code.scroll_into_view_with_scroll_into_view_options(&options);
        }
    })
    .forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_idle_time_comes_from_the_address_within_bounds() {
        assert_eq!(idle_seconds(""), 120);
        assert_eq!(idle_seconds("1"), 120, "too short to use the page");
        assert_eq!(idle_seconds("4"), 4);
        assert_eq!(idle_seconds("300"), 300);
        assert_eq!(idle_seconds("abc"), 120);
    }

    #[test]
    fn only_a_share_link_of_this_site_is_taken_off_the_clipboard() {
        let origin = "https://rencai.example";
        assert!(is_share_link("https://rencai.example/#t2.birth-date=1992-04-15.0123abcd", origin));
        assert!(is_share_link("https://rencai.example/rencai/enterprise.html?lang=en#e1.x.0", origin));
        assert!(!is_share_link("https://rencai.example/", origin), "no answers in it");
        assert!(!is_share_link("https://rencai.example.org/#t2.x.0", origin), "another site");
        assert!(!is_share_link("会场 Wi-Fi 密码 #3", origin));
        assert!(!is_share_link("", origin));
    }

    #[test]
    fn the_warning_counts_down_in_the_page_language() {
        assert_eq!(warning_text(true, 7), "无人操作。7 秒后将清空本页，留给下一位。");
        assert_eq!(
            warning_text(false, 1),
            "Nobody is using this. The page clears for the next person in 1 s."
        );
    }
}
