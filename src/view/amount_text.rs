//! How an amount reads, in every page's words: exact, a range, up to a cap,
//! or in kind; a span of totals as one amount or a range.

use crate::i18n::Lang;
use talent_rules::output::{Amount, Span};

pub fn amount_text(lang: Lang, a: &Amount) -> String {
    match *a {
        Amount::Exact(m) => lang.money(m),
        Amount::Range { min, max } => format!("{} – {}", lang.money(min), lang.money(max)),
        Amount::UpTo(m) => lang.t_with("amount.up_to", &[("amount", lang.money(m))]),
        Amount::InKind(_) => lang.t("amount.in_kind"),
    }
}

pub fn span_text(lang: Lang, s: Span) -> String {
    if s.min == s.max {
        lang.money(s.max)
    } else {
        format!("{} – {}", lang.money(s.min), lang.money(s.max))
    }
}
