//! `talent-check`: the rules engine on the command line (IO.md).
//!
//!   talent-check assess            one JSON input on stdin → one result; bad input: exit 2
//!   talent-check assess --jsonl    one input per line → one result or error per line
//!   talent-check batch             CSV of persons on stdin → CSV with results

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: talent-check assess [--jsonl] < input.json | talent-check batch < candidates.csv";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["assess"] => assess_one(),
        ["assess", "--jsonl"] => assess_lines(),
        ["batch"] => batch(),
        ["--help"] | ["-h"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(64)
        }
    }
}

fn assess_one() -> ExitCode {
    let mut text = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut text) {
        eprintln!("{}", talent_rules::InputError::new("", format!("cannot read standard input: {e}")).to_json());
        return ExitCode::from(2);
    }
    match talent_rules::assess_json(&text) {
        Ok(result) => {
            println!("{}", serde_json::to_string_pretty(&result).expect("results always serialise"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", e.to_json());
            ExitCode::from(2)
        }
    }
}

fn assess_lines() -> ExitCode {
    let mut stdin = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let (mut line, mut buf) = (String::new(), Vec::with_capacity(4096));
    loop {
        line.clear();
        match stdin.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("cannot read standard input: {e}");
                return ExitCode::from(2);
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        buf.clear();
        talent_rules::write_json_line(&line, &mut buf);
        buf.push(b'\n');
        if out.write_all(&buf).is_err() {
            return ExitCode::from(2);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}

fn batch() -> ExitCode {
    match talent_rules::batch::run(io::stdin().lock(), io::stdout().lock()) {
        Ok(summary) => {
            eprintln!("{} rows, {} with errors", summary.rows, summary.errors);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
