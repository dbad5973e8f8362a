//! Translations: flat JSON catalogs in `locales/`, one per language, compiled
//! into tables by `build.rs` and looked up by key at run time, because
//! most keys are built from the engine's ids (`benefit.living_subsidy`,
//! `reason.contract_too_short`). `{name}` in a message is replaced by the value
//! given for `name`. Both languages ship with the app, so switching needs no network.

use leptos::prelude::*;
use talent_rules::money::Money;

/// Strings joined into one, `ends[i]` being where string `i` ends.
struct Table {
    text: &'static str,
    ends: &'static [u16],
}

impl Table {
    fn get(&self, i: usize) -> &'static str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }
    fn iter(&'static self) -> impl Iterator<Item = &'static str> {
        (0..self.ends.len()).map(|i| self.get(i))
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

    fn messages(self) -> &'static Table {
        match self {
            Lang::Zh => &catalogs::ZH_CN,
            Lang::En => &catalogs::EN,
        }
    }

    /// Every key of either catalog, sorted.
    pub fn keys() -> impl Iterator<Item = &'static str> {
        catalogs::KEYS.iter()
    }

    fn get(self, key: &str) -> Option<&'static str> {
        let keys = &catalogs::KEYS;
        let (mut lo, mut hi) = (0, keys.ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match keys.get(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(self.messages().get(mid)).filter(|m| !m.is_empty()),
            }
        }
        None
    }

    /// The message for `key`; a missing key shows itself so it is noticed.
    pub fn t(self, key: &str) -> String {
        self.get(key).unwrap_or(key).to_string()
    }

    pub fn has(self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn t_with(self, key: &str, params: &[(&str, String)]) -> String {
        let mut s = self.t(key);
        for (name, value) in params {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// Yuan with thousands separators: "608,800.00 元" / "¥608,800.00".
    pub fn money(self, m: Money) -> String {
        let text = m.to_string();
        let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
        let mut grouped = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        self.t_with("money", &[("n", format!("{grouped}.{frac}"))])
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::ids::*;

    #[test]
    fn both_languages_have_the_same_keys() {
        for lang in Lang::ALL {
            let missing: Vec<_> = Lang::keys().filter(|k| !lang.has(k)).collect();
            assert!(missing.is_empty(), "missing in {}: {missing:?}", lang.code());
        }
        assert!(Lang::keys().count() > 300);
        assert_eq!(Lang::En.t("app.title"), "Alar talent policy self-check");
    }

    #[test]
    fn every_engine_id_has_a_message() {
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
        keys.extend(Repayment::ALL.iter().map(|x| format!("repayment.{}", x.as_str())));
        for lang in Lang::ALL {
            let missing: Vec<_> = keys.iter().filter(|k| !lang.has(k)).collect();
            assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code());
        }
    }

    #[test]
    fn every_key_used_in_the_code_exists() {
        // Literal keys in the sources: dotted lower-case strings with a known prefix.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().chain(std::fs::read_dir(format!("{dir}/view")).unwrap()) {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for part in text.split('"').skip(1).step_by(2) {
                let looks_like_key = part.contains('.')
                    && part
                        .split('.')
                        .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()))
                    && ["error.", "ui.", "share.", "section.", "q.", "result.", "print.", "hint.", "doc.", "storage."]
                        .iter()
                        .any(|p| part.starts_with(p));
                if looks_like_key && !Lang::Zh.has(part) {
                    missing.push(format!("{}: {part}", path.file_name().unwrap().to_string_lossy()));
                }
            }
        }
        assert!(missing.is_empty(), "keys used but not in the catalogs: {missing:?}");
    }

    #[test]
    fn money_is_grouped_by_thousands() {
        let m = Money(rust_decimal::Decimal::new(60880000, 2));
        assert_eq!(Lang::Zh.money(m), "608,800.00 元");
        assert_eq!(Lang::En.money(m), "¥608,800.00");
        assert_eq!(Lang::En.money(Money(rust_decimal::Decimal::new(5, 2))), "¥0.05");
    }
}
