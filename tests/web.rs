//! The app mounted in a real browser: answers typed into the form reach the
//! engine and the result on the page follows them.

use talent_app::answers::Answers;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Where the app keeps the draft.
const DRAFT: &str = "talent-check.draft.v1";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn el(selector: &str) -> web_sys::Element {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn fire(el: &web_sys::Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn type_into(selector: &str, value: &str) {
    let e = el(selector);
    e.clone().dyn_into::<HtmlInputElement>().unwrap().set_value(value);
    fire(&e, "input");
}

fn choose(selector: &str, value: &str) {
    let e = el(selector);
    e.clone().dyn_into::<HtmlSelectElement>().unwrap().set_value(value);
    fire(&e, "change");
}

fn click(selector: &str) {
    el(selector).dyn_into::<HtmlElement>().unwrap().click();
}

fn text(selector: &str) -> Option<String> {
    document().query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default())
}

fn hidden(selector: &str) -> bool {
    el(selector).closest("[hidden]").unwrap().is_some()
}

/// Lets the reactive system flush its effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Switches to English, compiled in with `--features embed-en` (as scripts/test.sh
/// runs these tests): the release build fetches it instead, which this runner cannot serve.
async fn to_english() {
    click("#lang-switch");
    tick().await;
    assert_eq!(
        document().document_element().unwrap().get_attribute("lang").as_deref(),
        Some("en"),
        "English is shown at once only with --features embed-en"
    );
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh app: no saved draft, no share link, an empty body.
async fn fresh_app() -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    app_with_draft(None).await
}

/// The app opened with `draft` saved as it would be, and no share link.
async fn app_with_draft(
    draft: Option<&str>,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    app_opened(draft, "").await
}

/// The app opened at `#fragment` (a share link when not empty) with `draft` saved.
async fn app_opened(
    draft: Option<&str>,
    fragment: &str,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    let location = web_sys::window().unwrap().location();
    let url = format!("{}{}", location.pathname().unwrap(), location.search().unwrap());
    let url = if fragment.is_empty() { url } else { format!("{url}#{fragment}") };
    // Replaced, not assigned: no hashchange event reaches the app.
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
    storage().clear().unwrap();
    if let Some(draft) = draft {
        storage().set_item(DRAFT, draft).unwrap();
    }
    let handle = leptos::mount::mount_to(container(), talent_app::App);
    tick().await;
    handle
}

/// A fresh element to mount an app in: the runner reports through the
/// page's body, so the app gets a container of its own.
fn container() -> HtmlElement {
    if let Some(old) = document().get_element_by_id("app-under-test") {
        old.remove();
    }
    let container = document().create_element("div").unwrap();
    container.set_id("app-under-test");
    document().body().unwrap().append_child(&container).unwrap();
    container.dyn_into().unwrap()
}

async fn phd_at_an_enterprise() {
    type_into("#birth-date", "1992-04-15");
    choose("#degree", "doctorate");
    click("#mode-full_time");
    tick().await;
    choose("#employer-type", "enterprise");
    click("#first-social-insurance");
    type_into("#contract-years", "3");
    tick().await;
}

#[wasm_bindgen_test]
async fn a_phd_at_an_enterprise_sees_b_and_608800() {
    let _app = fresh_app().await;
    assert_eq!(text("#category"), None, "nothing before a birth date");
    phd_at_an_enterprise().await;
    assert_eq!(text("#category").as_deref(), Some("B类人才"));
    assert!(text("#category-until").unwrap().contains("2038-04-15"));
    assert_eq!(text("#total-talent").as_deref(), Some("608,800.00 元"));
    assert!(text("#benefit-purchase_subsidy").unwrap().contains("第8年 80,000.00 元"));
}

#[wasm_bindgen_test]
async fn questions_that_cannot_matter_are_hidden_and_answers_survive() {
    let _app = fresh_app().await;
    phd_at_an_enterprise().await;
    assert!(!hidden("#purchase-price"));
    type_into("#purchase-price", "350000");
    tick().await;
    choose("#degree", "bachelor");
    tick().await;
    assert!(hidden("#purchase-price"), "a D talent at an enterprise gets no §11(1) money");
    assert!(text("#ineligible-living_subsidy")
        .unwrap()
        .contains("你现在的人才类别不在该单位类型的适用范围内"));
    choose("#degree", "doctorate");
    tick().await;
    assert_eq!(el("#purchase-price").dyn_into::<HtmlInputElement>().unwrap().value(), "350000");
    assert_eq!(text("#total-talent").as_deref(), Some("558,800.00 元"));
}

#[wasm_bindgen_test]
async fn a_bad_value_is_explained_next_to_its_field_and_kept() {
    let _app = fresh_app().await;
    phd_at_an_enterprise().await;
    type_into("#contract-years", "three");
    tick().await;
    assert!(text("#contract-years-error").unwrap().contains("不是数字"));
    assert_eq!(el("#contract-years").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(el("#contract-years")
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("contract-years-error"));
    assert_eq!(el("#contract-years").dyn_into::<HtmlInputElement>().unwrap().value(), "three");
    assert!(text("#fix-fields").is_some());
    type_into("#contract-years", "5");
    tick().await;
    assert_eq!(text("#contract-years-error").as_deref(), Some(""));
    assert_eq!(text("#category").as_deref(), Some("B类人才"));
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_everything() {
    let _app = fresh_app().await;
    phd_at_an_enterprise().await;
    to_english().await;
    assert_eq!(text("#category").as_deref(), Some("Category B talent"));
    assert_eq!(text("#total-talent").as_deref(), Some("¥608,800.00"));
    assert!(text("#lang-switch").unwrap().ends_with("中文"));
}

#[wasm_bindgen_test]
async fn switching_language_redraws_the_questions_and_keeps_every_answer() {
    let _app = fresh_app().await;
    phd_at_an_enterprise().await;
    type_into("#contract-years", "three");
    type_into("#title-finder", "主治");
    tick().await;
    to_english().await;
    assert_eq!(text("label[for=birth-date]").as_deref(), Some("Date of birth"));
    assert_eq!(el("#birth-date").dyn_into::<HtmlInputElement>().unwrap().value(), "1992-04-15");
    assert_eq!(el("#degree").dyn_into::<HtmlSelectElement>().unwrap().value(), "doctorate");
    assert!(el("#mode-full_time").dyn_into::<HtmlInputElement>().unwrap().checked());
    assert!(el("#first-social-insurance").dyn_into::<HtmlInputElement>().unwrap().checked());
    assert_eq!(el("#contract-years").dyn_into::<HtmlInputElement>().unwrap().value(), "three");
    assert!(
        text("#contract-years-error").unwrap().contains("not a number"),
        "the message follows the language"
    );
    assert_eq!(el("#contract-years").get_attribute("aria-invalid").as_deref(), Some("true"));
    let summary = text("#fix-fields").unwrap();
    assert!(summary.starts_with("1 answer needs correcting"), "{summary}");
    assert!(
        summary.ends_with("“three” is not a number: write e.g. 3 or 2.5"),
        "the field's own example: {summary}"
    );
    assert_eq!(el("#title-finder").dyn_into::<HtmlInputElement>().unwrap().value(), "主治");
    assert!(text("#title-matches").unwrap().contains("attending physician → Intermediate"));
}

#[wasm_bindgen_test]
async fn the_title_finder_sets_the_level_and_hands_focus_to_it() {
    let _app = fresh_app().await;
    type_into("#title-finder", "高级工程");
    tick().await;
    click("#title-matches button[data-title=associate_senior]");
    tick().await;
    assert_eq!(el("#title").dyn_into::<HtmlSelectElement>().unwrap().value(), "associate_senior");
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("title"));
    assert_eq!(el("#title-finder").dyn_into::<HtmlInputElement>().unwrap().value(), "");
    assert_eq!(text("#title-matches").as_deref(), Some(""));
}

#[wasm_bindgen_test]
async fn a_saved_draft_comes_back() {
    let _app = app_with_draft(Some("t2.birth-date=1992-04-15&degree=doctorate.462d6940")).await;
    assert_eq!(el("#birth-date").dyn_into::<HtmlInputElement>().unwrap().value(), "1992-04-15");
    assert!(text("#notice").unwrap().contains("已恢复"));
}

#[wasm_bindgen_test]
async fn a_draft_from_another_version_is_named_as_such_and_removed() {
    let _app = app_with_draft(Some("t1.AAo.1234abcd")).await;
    assert!(text("#notice").unwrap().contains("来自其他版本"));
    assert_eq!(storage().get_item(DRAFT).unwrap(), None);
}

fn value(selector: &str) -> String {
    el(selector).dyn_into::<HtmlInputElement>().unwrap().value()
}

fn link_of(birth_date: &str) -> String {
    talent_app::share::encode(&Answers { birth_date: birth_date.into(), ..Answers::default() })
}

#[wasm_bindgen_test]
async fn a_link_that_differs_from_the_saved_draft_asks_which_to_keep() {
    let draft = link_of("1985-01-01");
    let _app = app_opened(Some(&draft), &link_of("1992-04-15")).await;
    assert!(text("#link-choice").unwrap().contains("草稿"));
    assert_eq!(value("#birth-date"), "1992-04-15", "the link's answers are shown");
    type_into("#birth-date", "1992-04-16");
    tick().await;
    assert_eq!(storage().get_item(DRAFT).unwrap().as_deref(), Some(draft.as_str()), "nothing saved over it");
    click("#keep-draft");
    tick().await;
    assert_eq!(text("#link-choice"), None);
    assert_eq!(value("#birth-date"), "1985-01-01");
    assert!(text("#notice").unwrap().contains("已恢复"));
    type_into("#birth-date", "1985-01-02");
    tick().await;
    assert_eq!(storage().get_item(DRAFT).unwrap(), Some(link_of("1985-01-02")), "saving again");

    let _app = app_opened(Some(&draft), &link_of("1992-04-15")).await;
    click("#keep-link");
    tick().await;
    assert_eq!(text("#link-choice"), None);
    assert_eq!(value("#birth-date"), "1992-04-15");
    assert_eq!(storage().get_item(DRAFT).unwrap(), Some(link_of("1992-04-15")));
    assert!(text("#notice").unwrap().contains("已改用分享链接中的答案"));
}

#[wasm_bindgen_test]
async fn a_link_equal_to_the_draft_or_over_an_empty_one_just_opens() {
    let link = link_of("1992-04-15");
    let _app = app_opened(Some(&link), &link).await;
    assert_eq!(text("#link-choice"), None);
    assert!(text("#notice").unwrap().contains("已从分享链接载入答案"));
    let _app = app_opened(Some(&talent_app::share::encode(&Answers::default())), &link).await;
    assert_eq!(text("#link-choice"), None);
    assert_eq!(storage().get_item(DRAFT).unwrap(), Some(link));
}

/// A link written in format 2, before links said the day they were made:
/// it opens, computes under the version in force today (the only one
/// compiled in, so nothing names another), and becomes a draft in format 3.
#[wasm_bindgen_test]
async fn a_link_of_the_format_before_opens_and_is_saved_in_this_one() {
    let _app = app_opened(None, "t2.birth-date=1992-04-15&degree=doctorate.462d6940").await;
    assert_eq!(value("#birth-date"), "1992-04-15");
    assert!(text("#notice").unwrap().contains("已从分享链接载入答案"));
    assert!(text("#category").is_some(), "a result");
    assert_eq!(text("#policy-version").as_deref(), Some(""));
    let draft = storage().get_item(DRAFT).unwrap().unwrap();
    assert!(draft.starts_with("t3.made="), "{draft}");
    let doctorate = Answers { degree: talent_rules::ids::Degree::Doctorate, ..Answers::default() };
    assert_eq!(draft, talent_app::share::encode(&Answers { birth_date: "1992-04-15".into(), ..doctorate }));
}

#[wasm_bindgen_test]
async fn the_honours_show_on_yes_and_warnings_leave_the_result() {
    let _app = fresh_app().await;
    assert!(hidden("#honor-cas_academician"));
    click("#has-honours-yes");
    tick().await;
    assert!(!hidden("#honor-cas_academician"));
    type_into("#birth-date", "2009-06-01");
    choose("#degree", "bachelor");
    tick().await;
    assert!(text("#degree-warning").unwrap().contains("18"));
    assert_eq!(el("#degree-warning").get_attribute("role").as_deref(), Some("status"));
    assert!(text("#category").is_some(), "a warning holds nothing back");
    click("#has-honours-no");
    tick().await;
    assert!(hidden("#honor-cas_academician"));
}

#[wasm_bindgen_test]
async fn the_page_title_follows_the_language() {
    let _app = fresh_app().await;
    assert_eq!(document().title(), "阿拉尔人才政策自测");
    click("#lang-switch");
    tick().await;
    assert_eq!(document().title(), "Alar talent policy self-check");
    click("#lang-switch");
    tick().await;
    assert_eq!(document().title(), "阿拉尔人才政策自测");
}

#[wasm_bindgen_test]
async fn clearing_is_asked_in_the_page() {
    let _app = fresh_app().await;
    phd_at_an_enterprise().await;
    assert!(hidden("#clear-confirm"));
    click("#clear");
    tick().await;
    assert!(!hidden("#clear-confirm"));
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("clear-cancel"));
    click("#clear-cancel");
    tick().await;
    assert!(hidden("#clear-confirm"));
    assert_eq!(text("#category").as_deref(), Some("B类人才"), "nothing cleared");
    click("#clear");
    click("#clear-yes");
    tick().await;
    assert!(hidden("#clear-confirm"));
    assert_eq!(el("#birth-date").dyn_into::<HtmlInputElement>().unwrap().value(), "");
    assert_eq!(text("#category"), None);
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("clear"));
}

#[wasm_bindgen_test]
async fn the_title_finder_says_when_nothing_matches_and_knows_short_forms() {
    let _app = fresh_app().await;
    type_into("#title-finder", "园艺大师");
    tick().await;
    assert!(text("#title-matches").unwrap().contains("未找到"));
    type_into("#title-finder", "高工");
    tick().await;
    assert!(text("#title-matches").unwrap().contains("高级工程师 → 副高级"));
    // The box losing focus repeats its text as `change`: the suggestions stay the same elements.
    let button = el("#title-matches button");
    fire(&el("#title-finder"), "change");
    tick().await;
    assert!(button.is_connected(), "the suggestion under a finger is not replaced");
}

/// The enterprise page, fresh: no draft, no link.
async fn enterprise_app() -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    storage().clear().unwrap();
    let handle = leptos::mount::mount_to(container(), talent_app::enterprise::EnterpriseApp);
    tick().await;
    tick().await;
    handle
}

fn check(selector: &str) {
    let e = el(selector);
    let input = e.clone().dyn_into::<HtmlInputElement>().unwrap();
    input.set_checked(!input.checked());
    fire(&e, "change");
}

#[wasm_bindgen_test]
async fn the_enterprise_page_adds_a_hire_and_totals_awards_and_subsidies() {
    let _app = enterprise_app().await;
    assert_eq!(text("#e-total").as_deref(), Some("0.00 元"));
    check("#registered-in-city");
    check("#division-affiliated");
    type_into("#platform-national", "1");
    tick().await;
    assert!(text("#benefit-platform_national").unwrap().contains("§1"));
    click("#add-hire");
    tick().await;
    tick().await;
    assert_eq!(document().active_element().unwrap().id(), "hire-0-label", "focus on the new row");
    type_into("#hire-0-days", "5");
    choose("#hire-0-category", "C");
    tick().await;
    assert!(hidden("#hire-0-birth"), "a declared category needs no profile");
    assert!(text("#hire-result-0").unwrap().contains("C类人才"));
    let saved = storage().get_item("talent-check.enterprise.draft.v1").unwrap().unwrap();
    // Format e2: the day it was made, then the answers.
    let (made, answers) = saved.strip_prefix("e2.made=").and_then(|s| s.split_once('&')).unwrap();
    assert!(talent_rules::dates::Date::parse(made).is_some(), "{saved}");
    assert!(answers.starts_with("registered=1&affiliated=1"), "{saved}");
    click("#hire-0-remove");
    tick().await;
    tick().await;
    assert_eq!(text("#hire-results"), None);
    assert_eq!(document().active_element().unwrap().id(), "add-hire");
}

#[wasm_bindgen_test]
async fn the_enterprise_page_names_a_bad_answer_and_switches_language() {
    let _app = enterprise_app().await;
    type_into("#expert-workstations", "1.5");
    tick().await;
    assert!(text("#expert-workstations-error").unwrap().contains("不是整数"));
    assert_eq!(el("#expert-workstations").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text("#fix-fields").is_some());
    to_english().await;
    assert_eq!(document().title(), "Enterprise awards self-check");
    assert!(text("#expert-workstations-error").unwrap().contains("whole number"), "redrawn in English");
    assert_eq!(el("#expert-workstations").dyn_into::<HtmlInputElement>().unwrap().value(), "1.5");
}

#[cfg(feature = "batch")]
#[wasm_bindgen_test]
async fn the_batch_page_asks_for_rows_and_says_when_its_worker_cannot_load() {
    storage().clear().unwrap();
    let _app = leptos::mount::mount_to(container(), talent_app::batch::BatchApp);
    // The page starts its worker at once, and this runner serves no worker
    // script: the page says so instead of waiting for ever.
    let worker_failed = || async {
        let mut said = String::new();
        for _ in 0..100 {
            tick().await;
            said = text("#batch-status").unwrap();
            if said.contains("未能加载") {
                break;
            }
        }
        assert!(said.contains("计算程序未能加载"), "{said}");
    };
    worker_failed().await;
    assert!(hidden("#batch-results"), "no table before a run");
    assert!(hidden("#batch-ignored"), "no columns named before a file");
    click("#batch-run");
    tick().await;
    assert!(text("#batch-status").unwrap().contains("请先选择文件"));
    // A run tries the worker again, and says again that it cannot load.
    let typed = "label,birth_date\n甲,1990-01-01";
    el("#batch-text").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().set_value(typed);
    click("#batch-run");
    worker_failed().await;
    assert_eq!(el("#batch-text").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value(), typed);
}
