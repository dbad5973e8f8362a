//! Compiles the locale catalogs (`locales/*.json`, the files translators edit)
//! into sorted static tables, so the browser neither ships nor parses JSON.

use std::collections::BTreeMap;
use std::fmt::Write;

fn main() {
    let mut out = String::new();
    for (name, file) in [("ZH_CN", "locales/zh-CN.json"), ("EN", "locales/en.json")] {
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let catalog: BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file} is not a flat JSON object of strings: {e}"));
        writeln!(out, "pub static {name}: &[(&str, &str)] = &[").unwrap();
        for (key, value) in &catalog {
            writeln!(out, "    ({key:?}, {value:?}),").unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
