//! `talent-check`: the rules engine on the command line (docs/contract.md).
//!
//!   talent-check assess            one JSON input on stdin → one result; bad input: exit 2
//!   talent-check assess --jsonl    one input per line → one result or error per line
//!   talent-check batch             CSV of persons on stdin → CSV with results
//!
//! Like ripgrep, it ends quietly with exit 0 when the reader of its output
//! goes away (`talent-check … | head`).

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use talent_rules::batch::BatchError;
use talent_rules::{ErrorKind, InputError};

const USAGE: &str = "usage: talent-check assess [--jsonl] < input.json | talent-check batch < candidates.csv";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let done = match args.as_slice() {
        ["assess"] => assess_one(),
        ["assess", "--jsonl"] => assess_lines(),
        ["batch"] => batch(),
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

fn assess_one() -> io::Result<ExitCode> {
    let mut text = String::new();
    if io::stdin().read_to_string(&mut text).is_err() {
        // Not UTF-8, or unreadable: either way not a JSON document.
        eprintln!("{}", InputError::new("", ErrorKind::Syntax).to_json());
        return Ok(ExitCode::from(2));
    }
    match talent_rules::assess_json(&text) {
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

fn assess_lines() -> io::Result<ExitCode> {
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
                return Ok(ExitCode::from(2));
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        buf.clear();
        talent_rules::write_json_line(&line, &mut buf);
        buf.push(b'\n');
        out.write_all(&buf)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn batch() -> io::Result<ExitCode> {
    match talent_rules::batch::run(io::stdin().lock(), io::stdout().lock()) {
        Ok(summary) => {
            eprintln!("{} rows, {} with errors", summary.rows, summary.errors);
            Ok(ExitCode::SUCCESS)
        }
        Err(BatchError::Output(e)) => Err(e),
        Err(e @ BatchError::Input(_)) => {
            eprintln!("{e}");
            Ok(ExitCode::from(2))
        }
    }
}
