//! Writes the rules page (`src/rules_page/`) into a built folder:
//!   rules-page DIR
//! DIR/rules.html links the site's stylesheet as trunk named it in DIR
//! (main-<hash>.css) and its own, `style/rules.css`, written beside it as
//! rules-<hash>.css: named by its content, as trunk names the others, so a
//! server may cache it for good. Beside them, DIR/clauses.json: the
//! clauses' words that a result card fetches when they are first wanted.
// A tool of the build, run natively: a wasm build (`--all-targets`) has no main.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::ExitCode;
use talent_app::rules_page::words::{self, FILE as WORDS_FILE};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: rules-page DIR");
        return ExitCode::from(2);
    };
    match write(Path::new(dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rules-page: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &Path) -> Result<(), String> {
    let site = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("main-") && n.ends_with(".css"))
        .ok_or_else(|| format!("{}: no main-<hash>.css (is it trunk's output?)", dir.display()))?;
    let own = talent_app::rules_page::CSS;
    let own_name =
        format!("rules-{:016x}.css", crc::Crc::<u64>::new(&crc::CRC_64_XZ).checksum(own.as_bytes()));
    let page = talent_app::rules_page::html(&[&site, &own_name]);
    let words = words::json();
    let files = [(own_name.as_str(), own), ("rules.html", page.as_str()), (WORDS_FILE, words.as_str())];
    for (name, content) in files {
        std::fs::write(dir.join(name), content).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}
