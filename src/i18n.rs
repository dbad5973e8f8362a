//! Translations: flat JSON catalogs in `locales/`, one per language, compiled
//! into tables by `build.rs` and looked up by key at run time, because
//! most keys are built from the engine's ids (`benefit.living_subsidy`,
//! `reason.contract_too_short`). `{name}` in a message is replaced by the value
//! given for `name`, else by the policy's figure of that name (`figures`), in
//! every message: no text writes a policy number itself. A message about a
//! count has one key per plural form of the language, `key.one` and
//! `key.other` (the CLDR names): English has both, Chinese only `other`.
//! Chinese, the default, ships in the wasm; the browser
//! fetches the English messages (`en.json`) only when English is wanted, and
//! matches them to the compiled keys (see `build.rs`). Natively and with the
//! `embed-en` feature English is compiled in too, so tests check both.

use crate::figures::Figure;
use leptos::prelude::*;
use talent_rules::money::Money;

/// Strings joined into one, each ended by `END`. Where each begins is found
/// once, on the first lookup: a table of offsets compresses worse than the
/// text, and the download is what counts.
struct Table {
    text: &'static str,
    starts: std::sync::OnceLock<Vec<u32>>,
}

/// Ends each string of a table: no message or key holds it (`build.rs` checks).
const END: char = '\u{1}';

impl Table {
    const fn new(text: &'static str) -> Table {
        Table { text, starts: std::sync::OnceLock::new() }
    }
    fn starts(&self) -> &[u32] {
        self.starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices(END).map(|(i, _)| i as u32 + 1));
            starts
        })
    }
    fn len(&self) -> usize {
        self.starts().len() - 1
    }
    fn get(&self, i: usize) -> &'static str {
        let starts = self.starts();
        &self.text[starts[i] as usize..starts[i + 1] as usize - 1]
    }
    fn iter(&'static self) -> impl Iterator<Item = &'static str> {
        (0..self.len()).map(|i| self.get(i))
    }
    /// The index of `key` in a sorted table of keys.
    fn find(&'static self, key: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.get(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }
}

mod catalogs {
    use super::Table;
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, the same whatever the page shows.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// Whether the messages are here: English may still have to be fetched.
    pub fn ready(self) -> bool {
        #[cfg(not(embed_en))]
        if self == Lang::En {
            return EN.get().is_some();
        }
        true
    }

    /// Message `i` in key order, "" if missing (or English not yet loaded).
    fn message(self, i: usize) -> &'static str {
        match self {
            Lang::Zh => catalogs::ZH_CN.get(i),
            #[cfg(embed_en)]
            Lang::En => catalogs::EN.get(i),
            #[cfg(not(embed_en))]
            Lang::En => EN.get().map_or("", |m| m[i].as_str()),
        }
    }

    /// Every key of either catalog, sorted.
    pub fn keys() -> impl Iterator<Item = &'static str> {
        catalogs::KEYS.iter()
    }

    fn get(self, key: &str) -> Option<&'static str> {
        let shared = catalogs::KEYS.find(key).map(|i| self.message(i)).filter(|m| !m.is_empty());
        shared.or_else(|| PAGE_TEXTS.get().and_then(|page| page(self, key)))
    }

    /// What the pages beside the talent page have of their own for `key`.
    fn page_only(self, key: &str) -> Option<&'static str> {
        let table = if self == Lang::Zh { &catalogs::PAGE_ZH_CN } else { &catalogs::PAGE_EN };
        catalogs::PAGE_KEYS.find(key).map(|i| table.get(i)).filter(|m| !m.is_empty())
    }

    /// Makes `t` find the texts of `locales/enterprise/` too (the enterprise
    /// awards' names, for one): called by the pages beside the talent page,
    /// so that only they download them.
    pub fn use_page_texts() {
        let _ = PAGE_TEXTS.set(Lang::page_only);
    }

    /// Every key of the page catalogs (`locales/enterprise/`, `locales/batch/`, `locales/compare/`).
    pub fn page_keys() -> impl Iterator<Item = &'static str> {
        catalogs::PAGE_KEYS.iter().chain(catalogs::BATCH_KEYS.iter()).chain(catalogs::COMPARE_KEYS.iter())
    }

    /// A page's own text for `key` from its catalog (keys, Chinese, English), else `page_t`'s.
    fn own_t(self, (keys, zh, en): (&'static Table, &'static Table, &'static Table), key: &str) -> String {
        let table = if self == Lang::Zh { zh } else { en };
        match keys.find(key).map(|i| table.get(i)).filter(|m| !m.is_empty()) {
            Some(m) => fill(self, m, &[]),
            None => self.page_t(key),
        }
    }

    /// The batch page's own text (`locales/batch/`).
    pub fn batch_t(self, key: &str) -> String {
        self.own_t((&catalogs::BATCH_KEYS, &catalogs::BATCH_ZH_CN, &catalogs::BATCH_EN), key)
    }

    pub fn batch_t_with(self, key: &str, params: &[(&str, String)]) -> String {
        fill(self, &self.batch_t(key), params)
    }

    /// The comparison page's own text (`locales/compare/`).
    pub fn compare_t(self, key: &str) -> String {
        self.own_t((&catalogs::COMPARE_KEYS, &catalogs::COMPARE_ZH_CN, &catalogs::COMPARE_EN), key)
    }

    pub fn compare_t_with(self, key: &str, params: &[(&str, String)]) -> String {
        fill(self, &self.compare_t(key), params)
    }

    /// The enterprise page's own text for `key` (`locales/enterprise/`), else
    /// the shared one. Only that page calls this, so only it downloads them.
    pub fn page_t(self, key: &str) -> String {
        match self.page_only(key) {
            Some(m) => fill(self, m, &[]),
            None => self.t(key),
        }
    }

    pub fn page_t_with(self, key: &str, params: &[(&str, String)]) -> String {
        fill(self, &self.page_t(key), params)
    }

    /// The message for `key`; a missing key shows itself so it is noticed.
    pub fn t(self, key: &str) -> String {
        self.t_with(key, &[])
    }

    pub fn has(self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn t_with(self, key: &str, params: &[(&str, String)]) -> String {
        fill(self, self.get(key).unwrap_or(key), params)
    }

    /// The plural form a count takes: "1 answer", "2 answers"; Chinese has one.
    fn plural_form(self, count: u64) -> &'static str {
        match self {
            Lang::En if count == 1 => "one",
            _ => "other",
        }
    }

    /// The message of `key` in the plural form that suits the count, with
    /// `{name}` replaced by the count and `params` filled in.
    pub fn t_count(self, key: &str, (name, count): (&str, u64), params: &[(&str, String)]) -> String {
        let mut params = params.to_vec();
        params.push((name, count.to_string()));
        self.t_with(&format!("{key}.{}", self.plural_form(count)), &params)
    }

    /// Yuan with thousands separators: "608,800.00 元" / "¥608,800.00".
    pub fn money(self, m: Money) -> String {
        self.t_with("money", &[("n", m.grouped())])
    }

    /// The policy's figure `name` as this language writes it; `None` if it names none.
    pub fn figure(self, name: &str) -> Option<String> {
        Some(match crate::figures::figure(name)? {
            Figure::Alike(text) => text,
            Figure::Yuan(m) => self.yuan(m),
        })
    }

    /// A whole amount as prose writes a cap or a threshold: 30万元, 300,000
    /// yuan. Written from the digits: the policy's amounts are whole yuan, and
    /// dividing decimals would cost the page more code than this.
    pub(crate) fn yuan(self, m: Money) -> String {
        match self {
            Lang::Zh => {
                let text = m.to_string();
                let whole = text.strip_suffix(".00").unwrap_or(&text);
                match whole.strip_suffix("0000") {
                    Some(wan) => format!("{wan}万元"),
                    None => format!("{whole}元"),
                }
            }
            Lang::En => {
                let grouped = m.grouped();
                format!("{} yuan", grouped.strip_suffix(".00").unwrap_or(&grouped))
            }
        }
    }
}

/// `{name}` placeholders replaced by their values, or by the policy's
/// figures, in one pass by braces: a value is never read again for
/// placeholders, a brace that names neither stays, and the download
/// carries no substring search.
fn fill(lang: Lang, s: &str, params: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after.split_once('}').and_then(|(name, tail)| {
            let value = match params.iter().find(|p| p.0 == name) {
                Some((_, value)) => value.clone(),
                None => lang.figure(name)?,
            };
            Some((value, tail))
        });
        match named {
            Some((value, tail)) => {
                out.push_str(&value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The English messages once fetched, in the order of the keys.
#[cfg(not(embed_en))]
static EN: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// Set by `Lang::use_page_texts`: never on the talent page.
static PAGE_TEXTS: std::sync::OnceLock<fn(Lang, &str) -> Option<&'static str>> = std::sync::OnceLock::new();

/// Fetches the English catalog and keeps its message for every compiled key;
/// a key it lacks gets "", shown as the key like any missing message. The
/// browser's own JSON.parse reads it, so the wasm carries no JSON parser.
#[cfg(not(embed_en))]
pub async fn load_english() -> Result<(), wasm_bindgen::JsValue> {
    let catalog = fetch_json(catalogs::EN_URL).await?;
    let messages: Vec<String> = Lang::keys()
        .map(|k| {
            js_sys::Reflect::get(&catalog, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
        })
        .collect();
    // Valid JSON but not the catalog (a server's fallback page, say) is a failure too.
    if messages.iter().all(String::is_empty) {
        return Err(wasm_bindgen::JsValue::NULL);
    }
    let _ = EN.set(messages);
    Ok(())
}

/// A JSON file beside the page (the English texts, a clause's words), read
/// by the browser's own JSON.parse, so the wasm carries no JSON parser.
pub async fn fetch_json(url: &str) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    // fetch resolves to a Response or rejects (offline); 404 and the like are not ok.
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await?.unchecked_into();
    if !response.ok() {
        return Err(JsValue::NULL);
    }
    let text = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    js_sys::JSON::parse(&text)
}

/// English is compiled in: nothing to fetch.
#[cfg(embed_en)]
pub async fn load_english() -> Result<(), wasm_bindgen::JsValue> {
    Ok(())
}

/// The current language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n(pub RwSignal<Lang>);

impl I18n {
    pub fn lang(&self) -> Lang {
        self.0.get()
    }
    pub fn lang_untracked(&self) -> Lang {
        self.0.get_untracked()
    }
    pub fn t(&self, key: &str) -> String {
        self.lang().t(key)
    }
    pub fn t_with(&self, key: &str, params: &[(&str, String)]) -> String {
        self.lang().t_with(key, params)
    }
    /// A text that follows the language. One function for every such text
    /// means one closure type, so the view code for it exists once.
    pub fn text(self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(key)
    }
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n is provided by App")
}

/// The next steps' own texts (`locales/next_steps/`) and the calendar's
/// (`locales/calendar/`, the words `talent-check calendar` uses too), both
/// languages compiled in: only the next-steps worker (src/next_steps/) looks
/// them up, so no page downloads them.
impl Lang {
    pub fn next_t_with(self, key: &str, params: &[(&str, String)]) -> String {
        use catalogs::*;
        let own = [(&NEXT_KEYS, &NEXT_ZH_CN, &NEXT_EN), (&CALENDAR_KEYS, &CALENDAR_ZH_CN, &CALENDAR_EN)];
        let found = own.into_iter().find_map(|(keys, zh, en)| {
            let table = if self == Lang::Zh { zh } else { en };
            keys.find(key).map(|i| table.get(i)).filter(|m| !m.is_empty())
        });
        match found {
            Some(m) => fill(self, m, params),
            None => self.t_with(key, params),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::*;

    /// The plural forms `lang` uses: those its counts take.
    fn plural_forms(lang: Lang) -> Vec<&'static str> {
        let mut forms: Vec<_> = (0..1000).map(|n| lang.plural_form(n)).collect();
        forms.sort();
        forms.dedup();
        forms
    }

    /// Whether `lang` needs `key`: a plural form only if the language uses
    /// that form (an engine id such as `employer.other` is no plural form).
    fn needs(lang: Lang, key: &str) -> bool {
        match key.rsplit_once('.') {
            Some((base, form)) if form != "other" && Lang::keys().any(|k| k == format!("{base}.other")) => {
                plural_forms(lang).contains(&form)
            }
            _ => true,
        }
    }

    #[test]
    fn both_languages_have_the_same_keys() {
        for lang in Lang::ALL {
            let missing: Vec<_> = Lang::keys().filter(|k| needs(lang, k) && !lang.has(k)).collect();
            assert!(missing.is_empty(), "missing in {}: {missing:?}", lang.code());
        }
        assert!(Lang::keys().count() > 300);
        assert_eq!(Lang::En.t("app.title"), "Alar talent policy self-check");
    }

    #[test]
    fn every_engine_id_has_a_message() {
        // The enterprise awards' names are the pages' own texts.
        Lang::use_page_texts();
        let mut keys = Vec::new();
        keys.extend(Category::ALL.iter().map(|x| format!("category.{}", x.as_str())));
        keys.extend(Criterion::ALL.iter().map(|x| format!("criterion.{}", x.as_str())));
        for b in BenefitId::ALL {
            keys.push(format!("benefit.{}", b.as_str()));
            keys.push(format!("benefit.{}.when", b.as_str()));
        }
        keys.extend(Reason::ALL.iter().map(|x| format!("reason.{}", x.as_str())));
        keys.extend(Interp::ALL.iter().map(|x| format!("interp.{}", x.as_str())));
        keys.extend(ReferralId::ALL.iter().map(|x| format!("referral.{}", x.as_str())));
        keys.extend(Programme::ALL.iter().map(|x| format!("programme.{}", x.as_str())));
        keys.extend(Department::ALL.iter().map(|x| format!("dept.{}", x.as_str())));
        keys.extend(Confirm::ALL.iter().map(|x| format!("confirm.{}", x.as_str())));
        keys.extend(Recipient::ALL.iter().map(|x| format!("recipient.{}", x.as_str())));
        keys.extend(Degree::ALL.iter().map(|x| format!("degree.{}", x.as_str())));
        keys.extend(Title::ALL.iter().map(|x| format!("title.{}", x.as_str())));
        keys.extend(Honor::ALL.iter().map(|x| format!("honor.{}", x.as_str())));
        keys.extend(Mode::ALL.iter().map(|x| format!("mode.{}", x.as_str())));
        keys.extend(EmployerType::ALL.iter().map(|x| format!("employer.{}", x.as_str())));
        keys.extend(HousingChoice::ALL.iter().map(|x| format!("housing.{}", x.as_str())));
        keys.extend(Location::ALL.iter().map(|x| format!("location.{}", x.as_str())));
        keys.extend(Repayment::ALL.iter().map(|x| format!("repayment.{}", x.as_str())));
        for lang in Lang::ALL {
            let missing: Vec<_> = keys.iter().filter(|k| !lang.has(k)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        }
    }

    /// The string literals of Rust source, each with the code before it:
    /// enough of a lexer for this crate (comments, chars, lifetimes, raw strings).
    fn literals(src: &str) -> Vec<(&str, &str)> {
        let mut found = Vec::new();
        let mut i = 0;
        let b = src.as_bytes();
        while i < b.len() {
            let rest = &src[i..];
            let raw =
                rest.strip_prefix('r').map(|r| r.len() - r.trim_start_matches('#').len()).filter(|&hashes| {
                    rest[1 + hashes..].starts_with('"')
                        && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
                });
            if rest.starts_with("//") {
                i += rest.find('\n').unwrap_or(rest.len());
            } else if rest.starts_with("/*") {
                i += rest.find("*/").map_or(rest.len(), |e| e + 2);
            } else if let Some(hashes) = raw {
                let body = &rest[2 + hashes..];
                let end = body.find(&format!("\"{}", "#".repeat(hashes))).expect("a raw string ends");
                found.push((&src[..i], &body[..end]));
                i += 2 + hashes + end + 1 + hashes;
            } else if rest.starts_with('"') {
                let mut end = 1;
                while b[i + end] != b'"' {
                    end += if b[i + end] == b'\\' { 2 } else { 1 };
                }
                found.push((&src[..i], &rest[1..end]));
                i += end + 1;
            } else if let Some(after) = rest.strip_prefix('\'') {
                // '\'' or 'x' is a character; 'a without a closing quote a lifetime.
                i += match after.chars().next() {
                    Some('\\') => 3 + after[2..].find('\'').expect("a char ends") + 1,
                    Some(c) if after[c.len_utf8()..].starts_with('\'') => 2 + c.len_utf8(),
                    _ => 1,
                };
            } else {
                i += rest.chars().next().map_or(1, char::len_utf8);
            }
        }
        found
    }

    /// Whether `key` can be shown in every language: as a message, or in
    /// each plural form the language has.
    fn shown_everywhere(key: &str) -> bool {
        if Lang::page_keys().any(|k| k == key) {
            return Lang::ALL.into_iter().all(|l| l.batch_t(key) != key || l.compare_t(key) != key);
        }
        Lang::ALL
            .into_iter()
            .all(|l| l.has(key) || plural_forms(l).iter().all(|f| l.has(&format!("{key}.{f}"))))
    }

    #[test]
    fn the_lexer_finds_only_string_literals() {
        let src = "let c = '\"'; // \"ui.in_comment\"\nf::<'a>(\"xy.one\", r#\"{\"x\": \"y\"}\"#, '\\'', '\\u{22}', \"a\\\"b\");";
        let texts: Vec<&str> = literals(src).into_iter().map(|(_, l)| l).collect();
        assert_eq!(texts, ["xy.one", "{\"x\": \"y\"}", "a\\\"b"]);
    }

    /// Every key the code names must be in the catalogs: each dotted
    /// literal whose first part starts a catalog key (`q.degree`,
    /// `notice.link_loaded`), each literal handed to a lookup (`t("money")`),
    /// and for keys built with `format!` (`honor.{}`) the part before the
    /// first placeholder. Keys built from engine ids are checked above.
    #[test]
    fn every_key_used_in_the_code_exists() {
        let families: std::collections::BTreeSet<&str> =
            Lang::keys().chain(Lang::page_keys()).map(|k| k.split('.').next().unwrap()).collect();
        // A page's address (`hire.html`) is no key, though it looks like one.
        let is_key_like = |s: &str| {
            !s.ends_with(".html")
                && s.split('.').all(|p| {
                    !p.is_empty()
                        && p.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
                })
        };
        let in_family = |s: &str| families.contains(s.split('.').next().unwrap());
        let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        let (mut checked, mut missing) = (0, std::collections::BTreeSet::new());
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (before, literal) in literals(&text) {
                let call = before.strip_suffix("&format!(").unwrap_or(before);
                let looked_up = [
                    ".t(",
                    ".t_with(",
                    ".t_count(",
                    "i18n.text(",
                    ".page_t(",
                    ".page_t_with(",
                    ".batch_t(",
                    ".batch_t_with(",
                ]
                .iter()
                .any(|name| call.ends_with(name));
                let used = if let Some((prefix, _)) = literal.split_once('{') {
                    let family =
                        prefix.strip_suffix('.').filter(|p| is_key_like(p) && (looked_up || in_family(p)));
                    family.map(|_| Lang::keys().chain(Lang::page_keys()).any(|k| k.starts_with(prefix)))
                } else if is_key_like(literal) && (looked_up || literal.contains('.') && in_family(literal)) {
                    Some(shown_everywhere(literal))
                } else {
                    None
                };
                checked += used.is_some() as usize;
                if used == Some(false) {
                    missing.insert(format!("{}: {literal}", path.file_name().unwrap().to_string_lossy()));
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not in the catalogs: {missing:?}");
        assert!(checked > 150, "only {checked} keys found: is the lexer lost?");
    }

    #[test]
    fn placeholders_are_filled_once_and_other_braces_stay() {
        let params = [("a", "{b}".to_string()), ("b", "2".to_string())];
        assert_eq!(fill(Lang::Zh, "{a} {b}{b} {c} {a {", &params), "{b} 22 {c} {a {");
        assert_eq!(fill(Lang::Zh, "无", &params), "无");
    }

    #[test]
    fn a_count_picks_its_plural_form() {
        assert_eq!(
            Lang::En.t_count("result.fix_fields", ("n", 1), &[]),
            "1 answer needs correcting: see the field marked in red."
        );
        assert_eq!(
            Lang::En.t_count("result.fix_fields", ("n", 2), &[]),
            "2 answers need correcting: see the fields marked in red."
        );
        assert_eq!(
            Lang::En.t_count("result.fix_fields", ("n", 0), &[]),
            "0 answers need correcting: see the fields marked in red."
        );
        assert_eq!(
            Lang::Zh.t_count("result.fix_fields", ("n", 1), &[]),
            "有 1 项填写需要更正，请查看标红的项目。"
        );
        assert_eq!(plural_forms(Lang::En), ["one", "other"]);
        assert_eq!(plural_forms(Lang::Zh), ["other"]);
    }

    #[test]
    fn money_is_grouped_by_thousands() {
        let m = Money(rust_decimal::Decimal::new(60880000, 2));
        assert_eq!(Lang::Zh.money(m), "608,800.00 元");
        assert_eq!(Lang::En.money(m), "¥608,800.00");
        assert_eq!(Lang::En.money(Money(rust_decimal::Decimal::new(5, 2))), "¥0.05");
    }
}
