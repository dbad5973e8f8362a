//! The HTML at the top of the pages: the notice line every page shows, and
//! the talent page's banners and heading (the heading also painted into
//! `index.html` at build time by `prepaint`). Written as HTML, like the
//! result: one typed view per banner would cost the download more.

use crate::html::Html;
use crate::i18n::Lang;
use talent_rules::policy;

/// The notice that English could not be loaded: its Chinese catalog text
/// says it in both languages, since English is what is missing.
pub(crate) const ENGLISH_FAILED: &str = "notice.english_failed";

/// Every page, by its address and the page catalog key of its name: each
/// page's header links to all the others, in this order.
const PAGES: &[(&str, &str)] = &[
    ("./", "ent.to_talent"),
    ("enterprise.html", "hire.to_enterprise"),
    ("hire.html", "hire.title"),
    ("timeline.html", "hire.to_timeline"),
    ("compare.html", "compare.title"),
    ("batch.html", "batch.title"),
];

/// The links to the pages other than `here` (its address), in each page's
/// header; `candidate` (a `#t3.…` fragment, or empty) goes with the links to
/// the pages about one candidate. `texts` finds the page's texts.
pub(crate) fn pages_html(lang: Lang, texts: fn(Lang, &str) -> String, here: &str, candidate: &str) -> String {
    let mut h = Html::default();
    for (href, key) in PAGES.iter().filter(|(href, _)| *href != here) {
        // The pages about one candidate pass on a candidate from a share link.
        let about_candidate = matches!(*href, "./" | "hire.html" | "timeline.html" | "compare.html");
        let href = if about_candidate { format!("{href}{candidate}") } else { href.to_string() };
        h.el("a", &[("href", Some(&href))], &texts(lang, key));
    }
    h.finish()
}

/// The talent page's banners: the question which answers to keep, when a
/// link's differ from the saved draft, and the notice of where the answers
/// came from or what went wrong.
pub(crate) fn banners_html(lang: Lang, choice: bool, notice: Option<&str>) -> String {
    let mut h = Html::default();
    let button = |h: &mut Html, id, class, key| {
        h.el("button", &[("type", Some("button")), ("id", Some(id)), ("class", class)], &lang.t(key));
    };
    if choice {
        h.open(
            "div",
            &[
                ("class", Some("notice warn banner link-choice no-print")),
                ("role", Some("group")),
                ("aria-labelledby", Some("choice-text")),
                ("id", Some("link-choice")),
            ],
        )
        .el("p", &[("id", Some("choice-text"))], &lang.t("choice.text"))
        .open("div", &[("class", Some("buttons"))]);
        button(&mut h, "keep-link", None, "choice.link");
        button(&mut h, "keep-draft", None, "choice.draft");
        h.close("div").close("div");
    }
    if let Some(key) = notice {
        notice_html(&mut h, lang, key);
    }
    h.finish()
}

/// The notice line of every page, with its dismiss (and, for English, retry) button.
pub(crate) fn notice_html(h: &mut Html, lang: Lang, key: &str) {
    h.open(
        "div",
        &[
            ("class", Some("notice banner no-print")),
            ("role", Some("status")),
            ("id", Some("notice")),
            // Which notice, for kiosk mode's own words (frame/src/kiosk.rs).
            ("data-notice", Some(key)),
        ],
    )
    .el("span", &[], &lang.t(key));
    for (id, shown, text) in
        [("lang-retry", key == ENGLISH_FAILED, "ui.retry"), ("dismiss", true, "ui.dismiss")]
    {
        if shown {
            h.el(
                "button",
                &[("type", Some("button")), ("id", Some(id)), ("class", Some("link"))],
                &lang.t(text),
            );
        }
    }
    h.close("div");
}

/// The talent page's name, its document, and the links to the enterprise
/// and hiring pages.
pub(crate) fn heading_html(lang: Lang) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", Some("brand"))])
        .el("h1", &[], &lang.t("app.title"))
        .el(
            "p",
            &[("class", Some("doc"))],
            &format!("{} {}", lang.t("app.subtitle"), policy::latest().document),
        )
        .close("div")
        .open("nav", &[("class", Some("pages no-print")), ("aria-label", Some(&lang.t("app.pages")))])
        .el(
            "a",
            &[("href", Some("enterprise.html")), ("id", Some("to-enterprise"))],
            &lang.t("app.to_enterprise"),
        )
        .el("a", &[("href", Some("hire.html")), ("id", Some("to-hire"))], &lang.t("app.to_hire"))
        .close("nav");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_can_be_dismissed_and_english_that_failed_retried() {
        let notice = |key| {
            let mut h = Html::default();
            notice_html(&mut h, Lang::En, key);
            h.finish()
        };
        let loaded = notice("notice.link_loaded");
        assert!(loaded.contains("data-notice=\"notice.link_loaded\""), "{loaded}");
        assert!(loaded.contains(&Lang::En.t("notice.link_loaded")));
        assert!(loaded.contains("id=\"dismiss\"") && !loaded.contains("lang-retry"));
        let failed = notice(ENGLISH_FAILED);
        assert!(failed.contains("id=\"lang-retry\"") && failed.contains("id=\"dismiss\""), "{failed}");
    }

    #[test]
    fn the_banners_ask_which_answers_to_keep_only_when_they_differ() {
        let asked = banners_html(Lang::Zh, true, None);
        assert!(asked.contains("id=\"keep-link\"") && asked.contains("id=\"keep-draft\""), "{asked}");
        assert!(!asked.contains("id=\"notice\""));
        let told = banners_html(Lang::Zh, false, Some("notice.draft_restored"));
        assert!(!told.contains("link-choice") && told.contains("id=\"notice\""), "{told}");
        assert_eq!(banners_html(Lang::Zh, false, None), "");
    }

    #[test]
    fn a_page_links_every_other_and_passes_a_candidate_to_those_about_one() {
        let nav = pages_html(Lang::Zh, Lang::page_t, "hire.html", "#t3.x");
        assert!(!nav.contains("href=\"hire.html"), "not to itself: {nav}");
        for link in
            ["./#t3.x", "enterprise.html\"", "timeline.html#t3.x", "compare.html#t3.x", "batch.html\""]
        {
            assert!(nav.contains(&format!("href=\"{link}")), "{link}: {nav}");
        }
        assert_eq!(nav.matches("<a ").count(), PAGES.len() - 1);
    }

    #[test]
    fn the_heading_names_the_document_and_links_the_other_pages() {
        for lang in Lang::ALL {
            let heading = heading_html(lang);
            assert!(heading.contains(&policy::latest().document.to_string()), "{heading}");
            assert!(heading.contains("href=\"enterprise.html\"") && heading.contains("href=\"hire.html\""));
        }
    }
}
