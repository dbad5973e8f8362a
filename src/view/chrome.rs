//! What every page does to its document besides drawing its own content:
//! reads and clears the address's fragment, where share links arrive, gives
//! the page's own address for its links, takes the language asked for, and
//! sets the document's language and title. The
//! HTML the pages share is written in `chrome_html.rs`.

use crate::i18n::Lang;
use crate::storage;

/// The address's fragment (`#t3.…`), where a share link's answers arrive.
pub(crate) fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Removes the fragment from the address, without a reload or a history entry.
pub(crate) fn clear_fragment() {
    if let Some(w) = web_sys::window() {
        let url = format!(
            "{}{}",
            w.location().pathname().unwrap_or_default(),
            w.location().search().unwrap_or_default()
        );
        let _ =
            w.history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}

/// The language asked for: `?lang=en` in the address, else the one saved on
/// this device. Asked for in the address, it is saved as the switch saves it,
/// so that the links to the other pages keep it.
pub(crate) fn wanted_lang() -> Lang {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let asked = query.split(['?', '&']).find_map(|p| p.strip_prefix("lang=")).and_then(Lang::from_code);
    if let Some(lang) = asked {
        storage::save_lang(lang.code());
        return lang;
    }
    storage::load_lang().and_then(|c| Lang::from_code(&c)).unwrap_or(Lang::Zh)
}

/// The page's language and title, also for the tab and bookmarks.
pub(crate) fn set_document_lang(lang: Lang) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    doc.set_title(&lang.t("app.title"));
}

/// This page's address as its links start, in the language it shows (the
/// `lang` attribute the app sets); in a portal's frame that asked for it, the
/// portal's page, which embed mode keeps in `data-share` (frame/src/embed.rs).
pub(crate) fn page_url() -> String {
    let Some(window) = web_sys::window() else { return String::new() };
    let root = window.document().and_then(|d| d.document_element());
    if let Some(page) = root.as_ref().and_then(|r| r.get_attribute("data-share")) {
        return page;
    }
    let loc = window.location();
    let lang = root.and_then(|r| r.get_attribute("lang"));
    let page = format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default());
    in_lang(page, lang.as_deref().and_then(Lang::from_code))
}

/// A link to `page` in `lang`: English adds `?lang=en`, which the page it
/// opens reads (`wanted_lang`), so whoever scans or opens the link sees
/// what its sender chose, whatever their device's language. Chinese, the
/// default, adds nothing: links as they were before.
pub(crate) fn in_lang(page: String, lang: Option<Lang>) -> String {
    match lang {
        Some(Lang::En) => format!("{page}?lang={}", Lang::En.code()),
        _ => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_made_in_english_opens_in_english() {
        let page = || "https://example.invalid/rencai/enterprise.html".to_string();
        assert_eq!(in_lang(page(), Some(Lang::En)), "https://example.invalid/rencai/enterprise.html?lang=en");
        assert_eq!(in_lang(page(), Some(Lang::Zh)), page(), "Chinese, the default, as links always were");
        assert_eq!(in_lang(page(), None), page());
    }
}
