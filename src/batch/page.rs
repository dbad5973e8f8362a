//! The batch page: a CSV file of candidates, or pasted text, handed to the
//! batch worker (`worker.rs`), which reads and assesses it off the page's
//! thread on this device; its lines, taken as they come, shown as a table;
//! the exports, made by the worker, saved.

use super::guide::guide_html;
use super::table::{counts, shown, table_html, Filter, Line, Sort, View};
use super::worker::{encoding_id, encoding_named};
use crate::clock;
use crate::figures::under;
use crate::i18n::Lang;
use crate::view::events::{on_element, target_id};
use crate::view::shell::Shell;
use gloo_events::EventListener;
use leptos::prelude::*;
use talent_rules::batch::{self, Encoding};
use talent_rules::dates::Date;
use talent_rules::policy::in_force;
use wasm_bindgen::JsCast;

/// The worker's script, beside the page (trunk's loader for `src/bin/batch-worker.rs`).
const WORKER: &str = "batch-worker_loader.js";

/// Where the rows came from.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    File(Encoding),
    Pasted,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading,
    Working {
        done: usize,
        total: usize,
    },
    Done {
        rows: usize,
        problems: usize,
        source: Source,
    },
    /// A page catalog key and the detail, in the engine's words.
    Failed(&'static str, String),
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn element<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Offers `bytes` as a file to save.
fn download(name: &str, mime: &str, bytes: &[u8]) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(bytes, Some(mime)));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = doc.create_element("a") else { return };
    let _ = a.set_attribute("href", &url);
    let _ = a.set_attribute("download", name);
    if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
        a.click();
    }
    // The browser has taken the file once the click is handled; the URL goes a little later.
    gloo_timers::callback::Timeout::new(10_000, move || drop(url)).forget();
}

/// The worker and its listeners, which go with it.
struct Running {
    worker: web_sys::Worker,
    /// Whether it listens yet; until then, the last message for it waits here.
    ready: bool,
    waiting: Option<wasm_bindgen::JsValue>,
    _listeners: [EventListener; 2],
}

/// The page's state: the lines of the last run and what was read.
#[derive(Clone, Copy)]
struct Batch {
    lines: StoredValue<Vec<Line>>,
    /// The lines of the run under way, as the worker sends them.
    coming: StoredValue<Vec<Line>>,
    /// Bumped when `lines` change, for what draws them.
    version: RwSignal<u32>,
    view: RwSignal<View>,
    status: RwSignal<Status>,
    worker: StoredValue<Option<Running>, LocalStorage>,
    /// Where the rows being assessed came from.
    source: StoredValue<Source>,
    /// The export asked of the worker: JSON lines, or CSV.
    export_jsonl: StoredValue<bool>,
    /// The headers of the sheet's columns that are none of ours, not read.
    ignored: RwSignal<Vec<String>>,
    today: Date,
}

impl Batch {
    /// Whether the worker is reading or assessing (it hears nothing else until it is done).
    fn busy(self) -> bool {
        matches!(self.status.get_untracked(), Status::Reading | Status::Working { .. })
    }

    /// Starts the worker if it is not running.
    fn ensure_worker(self) -> bool {
        if self.worker.with_value(Option::is_some) {
            return true;
        }
        let Ok(worker) = web_sys::Worker::new(WORKER) else { return false };
        let message = EventListener::new(&worker, "message", move |ev| {
            if let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() {
                self.heard(ev.data());
            }
        });
        // The worker's script or its wasm did not load (offline before its first visit).
        let error = EventListener::new(&worker, "error", move |_| {
            self.worker.set_value(None);
            self.status.set(Status::Failed("batch.worker_failed", String::new()));
        });
        let running = Running { worker, ready: false, waiting: None, _listeners: [message, error] };
        self.worker.set_value(Some(running));
        true
    }

    /// Sends `message` to the worker now, or once it listens.
    fn send(self, message: impl Into<wasm_bindgen::JsValue>) -> bool {
        let message = message.into();
        if !self.ensure_worker() {
            return false;
        }
        self.worker
            .try_update_value(|r| match r {
                Some(r) if r.ready => r.worker.post_message(&message).is_ok(),
                Some(r) => {
                    r.waiting = Some(message);
                    true
                }
                None => false,
            })
            .unwrap_or(false)
    }

    fn worker_ready(self) {
        mark("batch:worker-ready");
        self.worker.update_value(|r| {
            if let Some(r) = r {
                r.ready = true;
                if let Some(m) = r.waiting.take() {
                    let _ = r.worker.post_message(&m);
                }
            }
        });
    }

    fn stop(self) {
        if let Some(r) = self.worker.try_update_value(|r| r.take()).flatten() {
            r.worker.terminate();
        }
    }

    /// Hands the worker a run: pasted text, or a file it reads itself.
    fn start(self, message: wasm_bindgen::JsValue, status: Status) {
        // A worker busy with an earlier file hears nothing until it is done: it is replaced.
        if self.busy() {
            self.stop();
        }
        self.coming.set_value(Vec::new());
        self.ignored.set(Vec::new());
        self.source.set_value(Source::Pasted);
        self.status.set(status);
        mark("batch:sent");
        if !self.send(message) {
            self.status.set(Status::Failed("batch.worker_failed", String::new()));
        }
    }

    fn paste(self, text: String) {
        let total = text.trim_end().matches('\n').count();
        self.start(format!("run\n{}\n{text}", self.today).into(), Status::Working { done: 0, total });
    }

    /// The file goes to the worker as it is: reading, checking and decoding
    /// it there keeps a large file's megabytes off the page's thread.
    fn read_file(self, file: web_sys::File) {
        mark("batch:file");
        let message = js_sys::Array::of2(&format!("file {}", self.today).into(), &file);
        self.start(message.into(), Status::Reading);
    }

    fn heard(self, data: wasm_bindgen::JsValue) {
        let Some(message) = data.as_string() else {
            if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
                self.save(&bytes.to_vec());
            }
            return;
        };
        let (head, rest) = message.split_once('\n').unwrap_or((&message, ""));
        match head.split(' ').collect::<Vec<_>>().as_slice() {
            ["lines", done, total] => {
                self.coming.update_value(|c| c.extend(Line::decode_all(rest)));
                self.status.set(Status::Working {
                    done: done.parse().unwrap_or(0),
                    total: total.parse().unwrap_or(0),
                })
            }
            ["ready"] => self.worker_ready(),
            ["done", read @ ..] => {
                mark("batch:lines");
                if let Some(e) = read.first().and_then(|id| encoding_named(id)) {
                    self.source.set_value(Source::File(e));
                }
                self.coming.update_value(|c| c.extend(Line::decode_all(rest)));
                self.show(self.coming.try_update_value(std::mem::take).unwrap_or_default())
            }
            ["not-csv", "workbook"] => self.fail("batch.workbook", String::new()),
            ["not-csv", _] => self.fail("batch.binary", String::new()),
            ["unreadable"] => self.fail("batch.unreadable", rest.to_string()),
            ["failed"] => self.fail("batch.failed", rest.to_string()),
            ["unknown-column"] => self.fail("batch.unknown_column", rest.to_string()),
            ["ignored"] => self.ignored.set(rest.split('\t').map(String::from).collect()),
            ["ambiguous-column"] => self.fail("batch.ambiguous_column", rest.to_string()),
            _ => {}
        }
    }

    /// A file that cannot be read: said, and the last table taken away, so
    /// that nothing on the page is from another file than the one chosen.
    fn fail(self, key: &'static str, detail: String) {
        self.lines.set_value(Vec::new());
        self.version.update(|v| *v += 1);
        self.status.set(Status::Failed(key, detail));
    }

    fn show(self, lines: Vec<Line>) {
        let problems = lines.iter().filter(|l| l.has_problem()).count();
        let status = match lines.len() {
            0 => return self.fail("batch.empty", String::new()),
            rows => Status::Done { rows, problems, source: self.source.get_value() },
        };
        self.lines.set_value(lines);
        // What was chosen to show (typed while the rows were read, perhaps) stays.
        self.view.update(|v| v.page = 0);
        self.version.update(|v| *v += 1);
        self.status.set(status);
        // After the table is drawn: how long from the file to the table, for the report.
        leptos::task::spawn_local(async {
            mark("batch:shown");
        });
    }

    /// Asks the worker for an export; a CSV says a bad row's fault in `lang`.
    fn export(self, jsonl: bool, lang: Lang) {
        self.export_jsonl.set_value(jsonl);
        self.send(if jsonl { "jsonl".to_string() } else { format!("csv {}", lang.code()) });
    }

    fn save(self, bytes: &[u8]) {
        let day = self.today.to_string();
        if self.export_jsonl.get_value() {
            download(&format!("人才自测结果-{day}.jsonl"), "application/jsonl", bytes);
        } else {
            download(&format!("人才自测结果-{day}.csv"), "text/csv;charset=utf-8", bytes);
        }
    }
}

fn status_text(lang: Lang, s: &Status) -> String {
    match s {
        Status::Idle => String::new(),
        Status::Reading => lang.batch_t("batch.reading"),
        Status::Working { done, total } => {
            lang.batch_t_with("batch.progress", &[("done", done.to_string()), ("total", total.to_string())])
        }
        Status::Done { rows, problems, source } => {
            let source = match source {
                Source::File(e) => lang.batch_t(&format!("batch.encoding.{}", encoding_id(*e))),
                Source::Pasted => lang.batch_t("batch.pasted"),
            };
            let params = [("rows", rows.to_string()), ("problems", problems.to_string()), ("source", source)];
            lang.batch_t_with(if *problems == 0 { "batch.done_clean" } else { "batch.done" }, &params)
        }
        // A header that could mean two columns: the header, then the two columns' headers.
        Status::Failed(key @ "batch.ambiguous_column", detail) => {
            let headers = if lang == Lang::Zh { batch::Headers::Chinese } else { batch::Headers::English };
            let mut d = detail.split('\t').map(|c| batch::header(c, headers).unwrap_or(c).to_string());
            let mut next = || d.next().unwrap_or_default();
            lang.batch_t_with(key, &[("detail", next()), ("one", next()), ("other", next())])
        }
        Status::Failed(key, detail) => lang.batch_t_with(key, &[("detail", detail.clone())]),
    }
}

/// "A类人才 3 · … · 无人才类别 1 · 有问题的行 1".
fn counts_text(lang: Lang, lines: &[Line]) -> String {
    let (by, none, problems) = counts(lines);
    let mut parts: Vec<String> =
        by.iter().map(|(c, n)| format!("{} {n}", lang.t(&format!("category.{}", c.as_str())))).collect();
    parts.push(format!("{} {none}", lang.batch_t("batch.filter.none")));
    parts.push(format!("{} {problems}", lang.batch_t("batch.filter.problems")));
    parts.join(" · ")
}

#[component]
pub fn BatchApp() -> impl IntoView {
    let shell = Shell::with_texts("batch.title", None, Lang::batch_t);
    let lang = shell.lang;
    let b = Batch {
        lines: StoredValue::new(Vec::new()),
        coming: StoredValue::new(Vec::new()),
        version: RwSignal::new(0),
        view: RwSignal::new(View::default()),
        status: RwSignal::new(Status::Idle),
        worker: StoredValue::new_local(None),
        source: StoredValue::new(Source::Pasted),
        export_jsonl: StoredValue::new(false),
        ignored: RwSignal::new(Vec::new()),
        today: clock::today(),
    };
    // Started at once, so that it is ready when the file is.
    leptos::task::spawn_local(async move {
        b.ensure_worker();
    });
    on_element("batch-file", &["change"], move |ev| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
            b.read_file(file);
        }
    });
    on_element("batch-run", &["click"], move |_| {
        let text =
            element::<web_sys::HtmlTextAreaElement>("batch-text").map(|t| t.value()).unwrap_or_default();
        if text.trim().is_empty() {
            b.status.set(Status::Failed("batch.paste_first", String::new()));
            return;
        }
        mark("batch:file");
        b.paste(text);
    });
    on_element("batch-template", &["click"], |_| {
        let text = format!("{}{}", batch::BOM, batch::template());
        download("人才自测模板.csv", "text/csv;charset=utf-8", text.as_bytes());
    });
    on_element("batch-exports", &["click"], move |ev| match target_id(ev).as_str() {
        "batch-export-csv" => b.export(false, lang.get_untracked()),
        "batch-export-jsonl" => b.export(true, lang.get_untracked()),
        _ => {}
    });
    on_element("batch-filter", &["change"], move |ev| {
        let value =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
        let filter = Filter::from_id(&value.unwrap_or_default());
        b.view.update(|v| *v = View { filter, page: 0, ..v.clone() });
    });
    on_element("batch-search", &["input"], move |ev| {
        let value =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|s| s.value());
        b.view.update(|v| *v = View { search: value.unwrap_or_default(), page: 0, ..v.clone() });
    });
    // The sort buttons and the pager are drawn with the table: one listener for all.
    on_element("batch-table-area", &["click"], move |ev| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button").ok().flatten())
        else {
            return;
        };
        if let Some(sort) = button.get_attribute("data-sort").and_then(|s| Sort::from_id(&s)) {
            b.view.update(|v| *v = v.sorted_by(sort));
            // The table is drawn anew: the keyboard stays on the same column's button.
            let selector = format!("button[data-sort=\"{}\"]", sort.id());
            leptos::task::spawn_local(async move { focus(&selector) });
        } else if let Some(page) = button.get_attribute("data-page").and_then(|p| p.parse().ok()) {
            b.view.update(|v| v.page = page);
            leptos::task::spawn_local(async { focus("#batch-caption") });
        }
    });

    let status = move || status_text(lang.get(), &b.status.get());
    let failed = move || matches!(b.status.get(), Status::Failed(..));
    let progress = move || match b.status.get() {
        Status::Working { done, total } => Some(view! { <progress max=total value=done></progress> }),
        _ => None,
    };
    let has_rows = move || {
        b.version.get();
        b.lines.with_value(|l| !l.is_empty())
    };
    let table = move || {
        b.version.get();
        let (l, v) = (lang.get(), b.view.get());
        b.lines.with_value(|lines| {
            if lines.is_empty() {
                return String::new();
            }
            // A row's texts give its result's version; the rest, today's.
            under(Some(in_force(b.today)), || table_html(l, lines, &shown(lines, &v), &v))
        })
    };
    let summary = move || {
        b.version.get();
        let l = lang.get();
        b.lines.with_value(|lines| counts_text(l, lines))
    };
    let t = move |key: &'static str| shell.t(key);
    view! {
        {shell.header("batch.title", "batch.subtitle", "batch.html", String::new())}
        <main class="hire-main batch-main">
            <p class="intro">{t("batch.intro")}</p>
            <p class="notice" id="batch-private">{t("batch.private")}</p>
            <section class="batch-input no-print" aria-labelledby="batch-input-heading">
                <h2 id="batch-input-heading">{t("batch.input")}</h2>
                <div class="field">
                    <label for="batch-file">{t("batch.file")}</label>
                    <input type="file" id="batch-file" accept=".csv,text/csv" aria-describedby="batch-file-help"/>
                    <p class="help" id="batch-file-help">{t("batch.file_help")}</p>
                </div>
                <div class="field">
                    <label for="batch-text">{t("batch.paste")}</label>
                    <textarea id="batch-text" rows="5" spellcheck="false" autocomplete="off"></textarea>
                </div>
                <p class="buttons">
                    <button type="button" id="batch-run">{t("batch.run")}</button>
                    <button type="button" id="batch-template" class="secondary">{t("batch.template")}</button>
                </p>
                <details id="batch-guide">
                    <summary>{t("batch.guide")}</summary>
                    <div inner_html=move || under(Some(in_force(b.today)), || guide_html(lang.get()))></div>
                </details>
            </section>
            <div id="batch-status" role="status" aria-live="polite">
                {progress}
                <p class:notice=failed class:warn=failed>{status}</p>
                <p id="batch-ignored" class="notice" hidden=move || b.ignored.with(Vec::is_empty)>
                    {move || {
                        let l = lang.get();
                        let columns = b.ignored.get().join(if l == Lang::Zh { "、" } else { ", " });
                        l.batch_t_with("batch.ignored", &[("columns", columns)])
                    }}
                </p>
            </div>
            <section id="batch-results" aria-labelledby="batch-results-heading" hidden=move || !has_rows()>
                <h2 id="batch-results-heading">{t("batch.results")}</h2>
                <p id="batch-counts">{summary}</p>
                <div class="batch-controls no-print">
                    <div class="field">
                        <label for="batch-filter">{t("batch.filter")}</label>
                        <select id="batch-filter">
                            <option value="all">{t("batch.filter.all")}</option>
                            <option value="A">{move || lang.get().t("category.A")}</option>
                            <option value="B">{move || lang.get().t("category.B")}</option>
                            <option value="C">{move || lang.get().t("category.C")}</option>
                            <option value="D">{move || lang.get().t("category.D")}</option>
                            <option value="E">{move || lang.get().t("category.E")}</option>
                            <option value="none">{t("batch.filter.none")}</option>
                            <option value="problems">{t("batch.filter.problems")}</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="batch-search">{t("batch.search")}</label>
                        <input type="search" id="batch-search" autocomplete="off"/>
                    </div>
                </div>
                <div id="batch-table-area" inner_html=table></div>
                <div id="batch-exports" class="buttons no-print">
                    <button type="button" id="batch-export-csv">{t("batch.export_csv")}</button>
                    <button type="button" id="batch-export-jsonl" class="secondary">{t("batch.export_jsonl")}</button>
                    <p class="help">{t("batch.export_help")}</p>
                </div>
            </section>
        </main>
    }
}

fn focus(selector: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
