//! The batch worker (`src/bin/batch-worker.rs`): the file's reading, the CSV
//! reader, the engine and the exports, in a Web Worker of their own. The batch
//! page then loads without them and stays responsive however many rows there are.
//!
//! Messages, page → worker:
//!   `["file {YYYY-MM-DD}", File]`   (an array) read the file and assess it;
//!                                    the date is for rows without one
//!   `run\n{YYYY-MM-DD}\n{csv text}`  assess pasted text
//!   `csv {lang}` / `jsonl`           the last run's export; a CSV's headers and errors in that
//!                                    language (`Lang::code`: `zh-CN`, `en`)
//! worker → page (strings, but the export):
//!   `ready`                          once it listens: what is sent before is lost
//!   `lines {done} {total}\n{lines}`  the table's next lines (`lines.rs`), now and then
//!                                    while assessing: the page takes them a few at a time
//!   `done[ {encoding}]\n{lines}`     the last lines; for a file, how it was read (`encoding_id`)
//!   `not-csv {workbook|binary}`      the file is a workbook, or no text
//!   `unreadable\n{detail}`           the file could not be read
//!   `ignored\n{header}\t{header}…`   before the lines: the sheet's columns that are none of ours
//!   `unknown-column\n{header}`       no header names a column of ours
//!   `failed\n{message}`              the file cannot be read otherwise (broken CSV)
//!   a `Uint8Array`                   the export asked for

use super::table::{error_text, Line};
use crate::i18n::Lang;
use std::cell::RefCell;
use std::io::Cursor;
use talent_rules::batch::{self, Encoding, Headers, NotCsv, Options};
use talent_rules::dates::Date;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Rows between two messages of lines: small enough for the page to take
/// in one go between a person's keys and scrolls, few enough to cost little.
const CHUNK_ROWS: usize = 1000;

thread_local! {
    /// The last run's text and date, for the exports, which compute again
    /// rather than hold every result in memory.
    static LAST: RefCell<Option<(String, Date)>> = const { RefCell::new(None) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &str) {
    let _ = scope().post_message(&JsValue::from_str(message));
}

/// Starts answering the page's messages.
pub fn start() {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|ev: MessageEvent| {
        let data = ev.data();
        if let Some(message) = data.as_string() {
            answer(&message);
        } else if let Some(array) = data.dyn_ref::<js_sys::Array>() {
            let (head, file) = (array.get(0).as_string().unwrap_or_default(), array.get(1));
            match (head.strip_prefix("file ").and_then(Date::parse), file.dyn_into::<web_sys::Blob>()) {
                (Some(date), Ok(file)) => read(&file, date),
                _ => post("failed\nbad message"),
            }
        }
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    // The worker lives as long as its handler: for good.
    handler.forget();
    warm_up();
    post("ready");
}

/// Rows assessed once at the start, while the page waits for a file anyway:
/// the browser compiles the busiest code again, faster, once it has run a
/// while, and the first real file then gets that code from its first row.
const WARM_UP_ROWS: usize = 3000;

fn warm_up() {
    let template = batch::template();
    let (header, examples) = template.split_once('\n').unwrap_or_default();
    let mut text = format!("{header}\n");
    for line in examples.lines().cycle().take(WARM_UP_ROWS) {
        text.push_str(line);
        text.push('\n');
    }
    let options = Options { default_date: Date::parse("2026-01-01"), ..Options::default() };
    let mut out = String::new();
    for row in batch::rows(text.as_bytes(), &options).into_iter().flatten().flatten() {
        Line::of(row).encode(&mut out);
    }
}

/// How the worker names an encoding to the page.
pub fn encoding_id(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8Bom => "utf8_bom",
        Encoding::Utf8 => "utf8",
        Encoding::Gb18030 => "gb18030",
    }
}

/// The encoding `encoding_id` names.
pub fn encoding_named(id: &str) -> Option<Encoding> {
    [Encoding::Utf8Bom, Encoding::Utf8, Encoding::Gb18030].into_iter().find(|e| encoding_id(*e) == id)
}

/// Reads a chosen file: a workbook or no text at all is said as such; UTF-8
/// is taken as it is, GBK/GB18030 decoded by the browser's TextDecoder, so
/// no encoding tables download.
fn read(file: &web_sys::Blob, date: Date) {
    let bytes = match web_sys::FileReaderSync::new().and_then(|r| r.read_as_array_buffer(file)) {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(e) => return post(&format!("unreadable\n{}", e.as_string().unwrap_or_default())),
    };
    match NotCsv::detect(&bytes) {
        Some(NotCsv::Workbook) => return post("not-csv workbook"),
        Some(NotCsv::Binary) => return post("not-csv binary"),
        None => {}
    }
    let encoding = Encoding::detect(&bytes);
    let text = match encoding {
        // Valid UTF-8, as `detect` found.
        Encoding::Utf8 | Encoding::Utf8Bom => {
            let mut text = String::from_utf8(bytes).unwrap_or_default();
            if text.starts_with(batch::BOM) {
                text.drain(..batch::BOM.len());
            }
            text
        }
        // Bad bytes become U+FFFD.
        Encoding::Gb18030 => match web_sys::TextDecoder::new_with_label(encoding.label())
            .and_then(|d| d.decode_with_u8_array(&bytes))
        {
            Ok(text) => text,
            Err(_) => return post("unreadable\n"),
        },
    };
    run(text, date, Some(encoding));
}

fn answer(message: &str) {
    match message.split_once('\n') {
        Some(("run", rest)) => {
            let (date, text) = rest.split_once('\n').unwrap_or((rest, ""));
            let Some(date) = Date::parse(date) else { return post("failed\nbad date") };
            run(text.to_string(), date, None);
        }
        _ => {
            let bytes =
                LAST.with_borrow(|last| last.as_ref().map(|(text, date)| export(text, *date, message)));
            if let Some(bytes) = bytes {
                let _ = scope().post_message(&js_sys::Uint8Array::from(bytes.as_slice()));
            }
        }
    }
}

/// Assesses `text` and sends its lines as they come; `encoding` is a file's.
fn run(text: String, date: Date, encoding: Option<Encoding>) {
    // Copied only when typed with full-width commas.
    let converted = match batch::comma_separated(&text) {
        std::borrow::Cow::Owned(t) => Some(t),
        std::borrow::Cow::Borrowed(_) => None,
    };
    let text = converted.unwrap_or(text);
    // Rows are lines, except where a quoted cell holds a line break: only the progress uses it.
    let total = text.trim_end().matches('\n').count();
    let options = Options { default_date: Some(date), ..Options::default() };
    let rows = match batch::rows(Cursor::new(text.as_bytes()), &options) {
        Ok(rows) => rows,
        Err(batch::BatchError::UnknownColumn(header)) => return post(&format!("unknown-column\n{header}")),
        Err(batch::BatchError::AmbiguousColumn(header, [a, b])) => {
            return post(&format!("ambiguous-column\n{header}\t{a}\t{b}"))
        }
        Err(e) => return post(&format!("failed\n{e}")),
    };
    if !rows.ignored().is_empty() {
        post(&format!("ignored\n{}", rows.ignored().join("\t")));
    }
    let mut out = String::new();
    for (i, row) in rows.enumerate() {
        match row {
            Ok(row) => Line::of(row).encode(&mut out),
            Err(e) => return post(&format!("failed\n{e}")),
        }
        if (i + 1) % CHUNK_ROWS == 0 {
            post(&format!("lines {} {}\n{out}", i + 1, total.max(i + 1)));
            out.clear();
        }
    }
    let read = encoding.map(|e| format!(" {}", encoding_id(e))).unwrap_or_default();
    post(&format!("done{read}\n{out}"));
    LAST.set(Some((text, date)));
}

/// The export `kind` names: `jsonl`, or `csv {lang}`, a CSV for Excel
/// whose headers, and bad rows' faults, are in the page's language.
fn export(text: &str, date: Date, kind: &str) -> Vec<u8> {
    let mut out = Vec::new();
    if kind == "jsonl" {
        let options = Options { default_date: Some(date), ..Options::default() };
        for row in batch::rows(text.as_bytes(), &options).into_iter().flatten().flatten() {
            batch::write_json_line(&row, &mut out);
            out.push(b'\n');
        }
    } else {
        let lang = kind.strip_prefix("csv ").and_then(Lang::from_code).unwrap_or(Lang::Zh);
        // Headers in the language its errors name the columns in.
        let headers = if lang == Lang::En { Headers::English } else { Headers::Chinese };
        let options = Options { headers, ..Options::excel(Some(date)) };
        let rows = batch::rows(text.as_bytes(), &options).into_iter().flatten().flatten();
        // Only writing can fail, and writing to memory does not.
        if let Ok(mut writer) = batch::Writer::new(&mut out, &options) {
            for row in rows {
                let _ = writer.row_saying(&row, |e| error_text(lang, e));
            }
            let _ = writer.finish();
        }
    }
    out
}
