//! `talent-check`: the rules engine on the command line (docs/contract.md).
//!
//!   talent-check policy            the policy data as JSON: every version, value, clause and date
//!   talent-check assess            one JSON input on stdin → one result; bad input: exit 2
//!   talent-check assess --jsonl    one input per line → one result or error per line
//!                 --policy FILE    … under FILE, an edited copy of `policy`'s JSON; a bad file: exit 2
//!   talent-check batch             CSV of persons on stdin → CSV with results
//!                 --zh             … with Chinese headers and a BOM, for Excel
//!                 --bom            … with a BOM (English headers)
//!                 --date D         rows without an assessment date use D, not today
//!                 --policy FILE    … under FILE, as for assess
//!                 --compare        … and what FILE changes against the built-in policy, per row and in total
//!   talent-check batch --template  a CSV to fill in, with Chinese headers and a BOM
//!   talent-check calendar [--lang zh-CN|en]   one JSON input on stdin → the person's dates, .ics
//!   talent-check review [--input] [BUNDLE]    a review bundle (argument or stdin) assessed again:
//!                                  exit 0 reproduced, 1 differs, 2 not a bundle; --input: its answers
//!
//! Like ripgrep, it ends quietly with exit 0 when the reader of its output
//! goes away (`talent-check … | head`).

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use talent_rules::batch::{self, BatchError, Encoding, Headers, Options};
use talent_rules::calendar::Words;
use talent_rules::dates::Date;
use talent_rules::policy::{self, Versions};
use talent_rules::review_bundle;
use talent_rules::{ErrorKind, InputError};

// A result is built of many small vectors and strings: mimalloc allocates and
// frees them in a fraction of the time glibc's malloc takes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: talent-check policy > policy.json
       talent-check assess [--jsonl] [--policy FILE] < input.json
       talent-check batch [--zh] [--bom] [--date YYYY-MM-DD] [--policy FILE [--compare]] < candidates.csv
       talent-check batch --template > template.csv
       talent-check calendar [--lang zh-CN|en] < input.json > dates.ics
       talent-check review [--input] [BUNDLE]      (the bundle on stdin when not given)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let done = match args.as_slice() {
        ["policy"] => print_policy(),
        ["assess", flags @ ..] => match policy_flag(flags) {
            // The options first: a mistyped one is a usage error even with a bad file.
            Ok((file, rest)) if rest.is_empty() || rest == ["--jsonl"] => match versions(file) {
                Ok(versions) if rest.is_empty() => assess_one(&versions),
                Ok(versions) => assess_lines(&versions),
                Err(code) => Ok(code),
            },
            Ok((_, rest)) => usage(&format!("unknown option for assess: {}", rest.join(" "))),
            Err(e) => usage(&e),
        },
        ["batch", flags @ ..] => match batch_flags(flags) {
            Ok(Batch::Template) => template(),
            Ok(Batch::Run(options, file)) => match versions(file) {
                Ok(versions) => batch(&options, &versions),
                Err(code) => Ok(code),
            },
            Err(e) => usage(&e),
        },
        ["calendar", flags @ ..] => match calendar_words(flags) {
            Some(words) => calendar(&words),
            None => {
                eprintln!("talent-check: calendar takes --lang zh-CN or --lang en\n{USAGE}");
                Ok(ExitCode::from(64))
            }
        },
        ["review", args @ ..] => review(args),
        ["--help"] | ["-h"] => writeln!(io::stdout(), "{USAGE}").map(|_| ExitCode::SUCCESS),
        _ => {
            eprintln!("{USAGE}");
            Ok(ExitCode::from(64))
        }
    };
    match done {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("talent-check: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage(why: &str) -> io::Result<ExitCode> {
    eprintln!("talent-check: {why}\n{USAGE}");
    Ok(ExitCode::from(64))
}

/// The policy data as JSON, the format `--policy` reads (docs/policy-data.md).
fn print_policy() -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    let json = policy::policy_json();
    out.write_all(json.as_bytes())?;
    if !json.ends_with('\n') {
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `--policy FILE` (or `--policy=FILE`) taken out of `flags`: the file, and
/// the other flags in their order.
fn policy_flag<'a>(flags: &[&'a str]) -> Result<(Option<&'a str>, Vec<&'a str>), String> {
    let (mut file, mut rest) = (None, Vec::new());
    let mut flags = flags.iter();
    while let Some(&flag) = flags.next() {
        let given = match flag {
            "--policy" => {
                Some(*flags.next().ok_or("--policy needs a file: the JSON of talent-check policy, edited")?)
            }
            _ => flag.strip_prefix("--policy="),
        };
        match given {
            Some(_) if file.is_some() => return Err("--policy is given twice".into()),
            Some(f) => file = Some(f),
            None => rest.push(flag),
        }
    }
    Ok((file, rest))
}

/// The versions to assess under: the built-in ones, or those of `file`.
/// A file that cannot be read, or is no policy, ends the run with exit 2:
/// `{"policy_errors": [{"entry", "from", "kind", "message"}, …]}` on
/// stderr, every problem naming its entry.
fn versions(file: Option<&str>) -> Result<Versions, ExitCode> {
    let Some(file) = file else { return Ok(policy::versions().clone()) };
    let text = std::fs::read_to_string(file).map_err(|e| {
        eprintln!("talent-check: --policy {file}: {e}");
        ExitCode::from(2)
    })?;
    Versions::from_json(&text).map_err(|errors| {
        eprintln!("{}", serde_json::json!({ "policy_errors": errors }));
        ExitCode::from(2)
    })
}

fn assess_one(versions: &Versions) -> io::Result<ExitCode> {
    let mut text = String::new();
    if io::stdin().read_to_string(&mut text).is_err() {
        // Not UTF-8, or unreadable: either way not a JSON document.
        eprintln!("{}", InputError::new("", ErrorKind::Syntax).to_json());
        return Ok(ExitCode::from(2));
    }
    match talent_rules::parse(&text).and_then(|input| talent_rules::assess_in(versions, &input)) {
        Ok(result) => {
            let mut out = io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &result)?;
            writeln!(out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{}", e.to_json());
            Ok(ExitCode::from(2))
        }
    }
}

fn assess_lines(versions: &Versions) -> io::Result<ExitCode> {
    let mut stdin = io::stdin().lock();
    let mut stdout = io::stdout().lock();
    // Results are written straight into one buffer, handed to stdout 64 KiB
    // at a time: no copy through a second one.
    let (mut line, mut out) = (String::new(), Vec::with_capacity(1 << 17));
    loop {
        line.clear();
        match stdin.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("cannot read standard input: {e}");
                return Ok(ExitCode::from(2));
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        talent_rules::write_json_line_in(versions, &line, &mut out);
        out.push(b'\n');
        if out.len() >= 1 << 16 {
            stdout.write_all(&out)?;
            out.clear();
        }
    }
    stdout.write_all(&out)?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

enum Batch<'a> {
    /// The options, and the file of `--policy`.
    Run(Options, Option<&'a str>),
    Template,
}

fn batch_flags<'a>(flags: &[&'a str]) -> Result<Batch<'a>, String> {
    let (file, flags) = policy_flag(flags)?;
    let mut options = Options::default();
    let mut date = None;
    let mut flags = flags.iter();
    while let Some(&flag) = flags.next() {
        match flag {
            "--template" => return Ok(Batch::Template),
            "--compare" if file.is_some() => options.compare = true,
            "--compare" => return Err("--compare needs --policy FILE: the draft to compare".into()),
            "--zh" => options = Options { headers: Headers::Chinese, bom: true, ..options },
            "--bom" => options.bom = true,
            "--date" => date = Some(*flags.next().ok_or("--date needs a date, YYYY-MM-DD")?),
            _ => match flag.strip_prefix("--date=") {
                Some(d) => date = Some(d),
                None => return Err(format!("unknown option {flag:?}")),
            },
        }
    }
    options.default_date = Some(match date {
        Some(d) => Date::parse(d).ok_or_else(|| format!("--date {d:?}: expected YYYY-MM-DD"))?,
        None => today(),
    });
    Ok(Batch::Run(options, file))
}

/// The only clock reading: rows without an assessment date are assessed as of today.
fn today() -> Date {
    Date(chrono::Local::now().date_naive())
}

fn template() -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    out.write_all(batch::BOM.as_bytes())?;
    out.write_all(batch::template().as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn batch(options: &Options, versions: &Versions) -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    if let Err(e) = io::stdin().lock().read_to_end(&mut bytes) {
        eprintln!("cannot read standard input: {e}");
        return Ok(ExitCode::from(2));
    }
    if let Some(not_csv) = batch::NotCsv::detect(&bytes) {
        eprintln!("{}", not_csv.message());
        return Ok(ExitCode::from(2));
    }
    let (text, encoding) = batch::decode(&bytes);
    if encoding == Encoding::Gb18030 {
        eprintln!("not UTF-8: read as GB18030 (GBK)");
    }
    let text = batch::comma_separated(&text);
    match batch::run_in(versions, text.as_bytes(), io::stdout().lock(), options) {
        Ok(summary) => {
            if !summary.ignored.is_empty() {
                eprintln!("not read, not columns of ours: {}", summary.ignored.join(", "));
            }
            for e in &summary.errors {
                eprintln!("{e}");
            }
            eprintln!("{} rows, {} with errors", summary.rows, summary.errors.len());
            if let Some(changes) = summary.changes {
                eprintln!("{changes}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(BatchError::Output(e)) => Err(e),
        Err(e @ (BatchError::Input(_) | BatchError::UnknownColumn(_) | BatchError::AmbiguousColumn(..))) => {
            eprintln!("{e}");
            Ok(ExitCode::from(2))
        }
    }
}

/// The calendar's words in one language: the app's catalog for the names of
/// benefits and categories, and the calendar's own texts
/// (locales/calendar/), which no page downloads.
struct Catalog(serde_json::Map<String, serde_json::Value>);

impl Words for Catalog {
    fn text(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut text = self.0.get(key).and_then(|m| m.as_str()).unwrap_or(key).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// `--lang` (Chinese when not given), or `None` for any other flag.
fn calendar_words(flags: &[&str]) -> Option<Catalog> {
    let lang = match flags {
        [] => "zh-CN",
        ["--lang", lang] => lang,
        [flag] => flag.strip_prefix("--lang=")?,
        _ => return None,
    };
    let files = match lang {
        "zh-CN" => [
            include_str!("../../../locales/zh-CN.json"),
            include_str!("../../../locales/calendar/zh-CN.json"),
        ],
        "en" => [include_str!("../../../locales/en.json"), include_str!("../../../locales/calendar/en.json")],
        _ => return None,
    };
    let mut messages = serde_json::Map::new();
    for file in files {
        let catalog: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(file).expect("the locale catalogs are flat JSON objects");
        messages.extend(catalog);
    }
    Some(Catalog(messages))
}

fn calendar(words: &Catalog) -> io::Result<ExitCode> {
    let mut text = String::new();
    let assessed = match io::stdin().read_to_string(&mut text) {
        Ok(_) => talent_rules::parse(&text).and_then(|input| Ok((talent_rules::assess(&input)?, input))),
        Err(_) => Err(InputError::new("", ErrorKind::Syntax)),
    };
    match assessed {
        Ok((a, input)) => {
            let mut out = io::stdout().lock();
            out.write_all(talent_rules::calendar::ics(&input, &a, words).as_bytes())?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{}", e.to_json());
            Ok(ExitCode::from(2))
        }
    }
}

/// Exit 0 when the bundle's figures come out again, 1 with each difference
/// when not, 2 when the text is no bundle; `--input` writes its answers.
fn review(args: &[&str]) -> io::Result<ExitCode> {
    let (answers_only, given) = match args {
        [] => (false, None),
        ["--input"] => (true, None),
        ["--input", bundle] => (true, Some(*bundle)),
        [bundle] if !bundle.starts_with("--") => (false, Some(*bundle)),
        _ => {
            eprintln!("{USAGE}");
            return Ok(ExitCode::from(64));
        }
    };
    let mut text = String::new();
    let text = match given {
        Some(bundle) => bundle,
        // Not UTF-8: no bundle either, which is ASCII.
        None => io::stdin().read_to_string(&mut text).map(|_| text.as_str()).unwrap_or("?"),
    };
    let bundle = match review_bundle::read(text) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("talent-check review: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut out = io::stdout().lock();
    if answers_only {
        serde_json::to_writer_pretty(&mut out, &bundle.input)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let differences = review_bundle::review(&bundle);
    if differences.is_empty() {
        writeln!(out, "reproduced under {}", bundle.policy)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "differs:")?;
    for d in &differences {
        writeln!(out, "  {d}")?;
    }
    Ok(ExitCode::from(1))
}
