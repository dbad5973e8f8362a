//! Compiles the locale catalogs (`locales/*.json`, the files translators edit)
//! into static tables, so the browser neither ships nor parses JSON: every key
//! once, sorted, and per language the messages in key order, each list one
//! string, each entry ended by U+0001 (no offset or pointer per entry to download).
//! A key missing from a language gets an empty message, which reads as missing.
//!
//! English ships in the wasm only natively (tests) or with the `embed-en`
//! feature: the browser build fetches `en.json`, copied beside the page by
//! trunk, and gets its URL from here with the file's content hash in the query
//! (`en.json?v=…`), so a changed catalog is a new URL that no cache has seen.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

const CATALOGS: [(&str, &str); 2] = [("ZH_CN", "locales/zh-CN.json"), ("EN", "locales/en.json")];

/// The texts of the pages beside the talent page (`PAGE`), the batch and
/// comparison pages' own (`BATCH`, `COMPARE`), and the next steps' and the
/// calendar's (`NEXT`, `CALENDAR`), both languages compiled in: only the code of those
/// pages (or of the next-steps worker) looks them up, so no other page downloads them.
const PAGE_CATALOGS: [(&str, &str); 5] = [
    ("PAGE", "locales/enterprise"),
    ("BATCH", "locales/batch"),
    ("COMPARE", "locales/compare"),
    ("NEXT", "locales/next_steps"),
    ("CALENDAR", "locales/calendar"),
];

fn read_catalog(file: &str) -> BTreeMap<String, String> {
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let catalog: BTreeMap<String, String> = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{file} is not a flat JSON object of strings: {e}"));
    assert!(catalog.values().all(|v| !v.is_empty()), "{file}: an empty message would read as a missing one");
    catalog
}

/// Every string ended by U+0001 (`END` in `src/i18n.rs`).
fn table(name: &str, items: &[&str]) -> String {
    assert!(items.iter().all(|s| !s.contains('\u{1}')), "{name}: U+0001 ends the strings of a table");
    let text: String = items.iter().map(|s| format!("{s}\u{1}")).collect();
    format!("pub static {name}: Table = Table::new({text:?});\n")
}

/// FNV-1a: enough to tell versions of one file apart, and needs no crate.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

fn main() {
    let embed_en = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32")
        || std::env::var_os("CARGO_FEATURE_EMBED_EN").is_some();
    println!("cargo::rustc-check-cfg=cfg(embed_en)");
    if embed_en {
        println!("cargo::rustc-cfg=embed_en");
    }
    let mut catalogs = Vec::new();
    let mut out = String::new();
    for (name, file) in CATALOGS {
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let catalog: BTreeMap<String, String> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{file} is not a flat JSON object of strings: {e}"));
        assert!(
            catalog.values().all(|v| !v.is_empty()),
            "{file}: an empty message would read as a missing one"
        );
        if name == "EN" && !embed_en {
            writeln!(out, "pub const EN_URL: &str = \"en.json?v={:016x}\";", fnv1a(text.as_bytes())).unwrap();
        }
        catalogs.push((name, catalog));
    }
    let keys: BTreeSet<&str> = catalogs.iter().flat_map(|(_, c)| c.keys().map(String::as_str)).collect();
    let keys: Vec<&str> = keys.into_iter().collect();
    out += &table("KEYS", &keys);
    for (name, catalog) in catalogs.iter().filter(|(name, _)| embed_en || *name != "EN") {
        let messages: Vec<&str> = keys.iter().map(|k| catalog.get(*k).map_or("", String::as_str)).collect();
        write!(out, "{}", table(name, &messages)).unwrap();
    }
    for (prefix, dir) in PAGE_CATALOGS {
        let pages: Vec<_> = [("ZH_CN", "zh-CN"), ("EN", "en")]
            .iter()
            .map(|(name, code)| (format!("{prefix}_{name}"), read_catalog(&format!("{dir}/{code}.json"))))
            .collect();
        let keys: BTreeSet<&str> = pages.iter().flat_map(|(_, c)| c.keys().map(String::as_str)).collect();
        let keys: Vec<&str> = keys.into_iter().collect();
        out += &table(&format!("{prefix}_KEYS"), &keys);
        for (name, catalog) in &pages {
            let messages: Vec<&str> =
                keys.iter().map(|k| catalog.get(*k).map_or("", String::as_str)).collect();
            out += &table(name, &messages);
        }
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
    rules_page_texts();
}

/// The rules page's own texts (`locales/rules/`), for the page written
/// natively at build time (`src/rules_page/`), never part of a wasm: pairs of
/// key and message, sorted by key. English alone has the clauses' titles and
/// summaries (`title.*`, `summary.*`): in Chinese the page shows the text itself.
fn rules_page_texts() {
    let mut out = String::new();
    let [zh, en] = ["zh-CN", "en"].map(|code| read_catalog(&format!("locales/rules/{code}.json")));
    for key in en.keys().filter(|k| !k.starts_with("summary.") && !k.starts_with("title.")) {
        assert!(zh.contains_key(key), "locales/rules/zh-CN.json: missing {key}");
    }
    for key in zh.keys() {
        assert!(en.contains_key(key), "locales/rules/en.json: missing {key}");
    }
    for (name, catalog) in [("RULES_ZH_CN", &zh), ("RULES_EN", &en)] {
        writeln!(out, "pub static {name}: &[(&str, &str)] = &{:?};", catalog.iter().collect::<Vec<_>>())
            .unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("rules_page_texts.rs");
    std::fs::write(dest, out).unwrap();
}
