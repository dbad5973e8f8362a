//! Compiles the locale catalogs (`locales/*.json`, the files translators edit)
//! into static tables, so the browser neither ships nor parses JSON: every key
//! once, sorted, and per language the messages in key order, each list one
//! string with the end offset of every entry (no pointer per entry to download).
//! A key missing from a language gets an empty message, which reads as missing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

const CATALOGS: [(&str, &str); 2] = [("ZH_CN", "locales/zh-CN.json"), ("EN", "locales/en.json")];

fn table(name: &str, items: &[&str]) -> String {
    let text: String = items.concat();
    assert!(text.len() <= u16::MAX as usize, "{name}: the table outgrew u16 offsets");
    let mut end = 0;
    let ends: Vec<String> = items
        .iter()
        .map(|s| {
            end += s.len();
            end.to_string()
        })
        .collect();
    format!("pub static {name}: Table = Table {{ text: {text:?}, ends: &[{}] }};\n", ends.join(","))
}

fn main() {
    let mut catalogs = Vec::new();
    for (name, file) in CATALOGS {
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let catalog: BTreeMap<String, String> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{file} is not a flat JSON object of strings: {e}"));
        assert!(
            catalog.values().all(|v| !v.is_empty()),
            "{file}: an empty message would read as a missing one"
        );
        catalogs.push((name, catalog));
    }
    let keys: BTreeSet<&str> = catalogs.iter().flat_map(|(_, c)| c.keys().map(String::as_str)).collect();
    let keys: Vec<&str> = keys.into_iter().collect();
    let mut out = table("KEYS", &keys);
    for (name, catalog) in &catalogs {
        let messages: Vec<&str> = keys.iter().map(|k| catalog.get(*k).map_or("", String::as_str)).collect();
        write!(out, "{}", table(name, &messages)).unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
