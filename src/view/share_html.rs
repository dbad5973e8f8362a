//! The share box as HTML: the link to copy, what it holds, the copy and
//! share buttons, and the place of its QR code.

use crate::html::Html;
use crate::i18n::Lang;
use crate::qr;

/// The link in a box to copy, what it holds, the copy (and, where the
/// browser has one, share) button, and its QR code.
pub(crate) fn share_html(lang: Lang, url: &str, can_share: bool) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", Some("share"))])
        .el("label", &[("for", Some("share-link"))], &lang.t("keep.link_label"))
        .el("p", &[("class", Some("help")), ("id", Some("share-link-help"))], &lang.t("keep.link_contains"))
        .open(
            "input",
            &[
                ("id", Some("share-link")),
                ("type", Some("text")),
                ("readonly", Some("")),
                ("value", Some(url)),
                ("aria-describedby", Some("share-link-help")),
            ],
        )
        .open("div", &[("class", Some("buttons"))])
        .el("button", &[("type", Some("button")), ("id", Some("copy-link"))], &lang.t("keep.copy"));
    if can_share {
        h.el(
            "button",
            &[("type", Some("button")), ("id", Some("native-share"))],
            &lang.t("keep.native_share"),
        );
    }
    h.close("div").el("p", &[("id", Some("copy-status")), ("role", Some("status"))], "");
    // The code comes from the QR worker (`qr::client`), put in by
    // `public/workers.js`: the last one drawn at once, as when the language
    // changes; the figure goes if no code can hold the link.
    h.open("figure", &[("class", Some("qr"))]).open(
        "div",
        &[
            ("class", Some("qr-code")),
            ("id", Some(qr::client::SHARE_BOX)),
            ("role", Some("img")),
            ("aria-label", Some(&lang.t("keep.qr_label"))),
            ("data-qr", Some(url)),
        ],
    );
    h.close("div").el("figcaption", &[], &lang.t("keep.qr_caption")).close("figure");
    h.close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_escaped_and_comes_with_the_place_of_its_qr_code() {
        let html = share_html(Lang::En, "https://example.invalid/?a=1&b=2#t1.abc.00000000", false);
        assert!(html.contains("value=\"https://example.invalid/?a=1&amp;b=2#t1.abc.00000000\""), "{html}");
        assert!(html.contains(
            "id=\"share-qr\" role=\"img\" aria-label=\"QR code of the share link\" \
             data-qr=\"https://example.invalid/?a=1&amp;b=2#t1.abc.00000000\""
        ));
        assert!(!html.contains("<svg"), "the code is put in by the page's script once drawn");
    }

    #[test]
    fn the_panel_says_what_the_link_holds_and_offers_share_only_where_it_exists() {
        let zh = share_html(Lang::Zh, "https://example.invalid/#t2.x.0", false);
        assert!(zh.contains("包括出生日期") && zh.contains("任何拿到链接的人都能看到"), "{zh}");
        assert!(zh.contains("aria-describedby=\"share-link-help\""));
        assert!(zh.contains("id=\"copy-link\"") && zh.contains("id=\"copy-status\" role=\"status\""));
        assert!(!zh.contains("native-share"));
        let en = share_html(Lang::En, "https://example.invalid/#t2.x.0", true);
        assert!(en.contains("date of birth included") && en.contains("anyone who has it can read them"));
        assert!(en.contains("id=\"native-share\""));
    }
}
