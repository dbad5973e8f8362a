//! The CSV form of a batch of persons: one row in, the same row out with the
//! result columns appended. A bad row gets its `error` column; the rest compute.
//! Headers in English or Chinese; no I/O beyond the given reader and writer and
//! no clock (the default assessment date is the caller's), so a page can use it too.

use crate::dates::Date;
use crate::error::{ErrorKind, InputError};
use crate::numbers::Unit;
use crate::output::Assessment;
use crate::policy::{self, Versions};
#[cfg(test)]
use serde_json::{Map, Value};
use std::io::{BufRead, Read, Write};

pub mod aliases;
mod cells;
pub mod compare;
pub mod words;
pub mod written;

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Text,
    Bool,
    Int,
    List,
}

/// (column, JSON path, kind): the input columns, in the order they are written.
pub const INPUT_COLUMNS: &[(&str, &str, Kind)] = &[
    ("label", "", Kind::Text),
    ("assessment_date", "assessment_date", Kind::Text),
    ("birth_date", "person.birth_date", Kind::Text),
    ("full_time_degree", "person.full_time_degree", Kind::Text),
    ("part_time_degree", "person.part_time_degree", Kind::Text),
    ("title_level", "person.title_level", Kind::Text),
    ("honors", "person.honors", Kind::List),
    ("claimed_equivalent", "person.claimed_equivalent", Kind::Text),
    ("graduation_date", "person.graduation_date", Kind::Text),
    ("mode", "employment.mode", Kind::Text),
    ("start_date", "employment.start_date", Kind::Text),
    ("location", "employment.location", Kind::Text),
    ("employer_type", "employment.employer_type", Kind::Text),
    ("division_affiliated", "employment.division_affiliated", Kind::Bool),
    ("first_social_insurance_in_city", "employment.first_social_insurance_in_city", Kind::Bool),
    ("contract_years", "employment.contract_years", Kind::Text),
    ("open_ended_contract", "employment.open_ended_contract", Kind::Bool),
    ("flexible_days", "employment.flexible_days", Kind::Int),
    ("housing_choice", "employment.housing_choice", Kind::Text),
    ("purchase_price", "employment.purchase_price", Kind::Text),
    ("bingtuan_support", "employment.bingtuan_support", Kind::Text),
    ("startup_registered_in_city", "startup.registered_in_city", Kind::Bool),
    ("startup_legal_representative", "startup.legal_representative", Kind::Bool),
    ("startup_registration_date", "startup.registration_date", Kind::Text),
    ("startup_insured_employees", "startup.insured_employees", Kind::Int),
    ("startup_tax_paid", "startup.tax_paid", Kind::Text),
    ("loan_principal", "loan.principal", Kind::Text),
    ("loan_annual_rate", "loan.annual_rate", Kind::Text),
    ("loan_term_months", "loan.term_months", Kind::Int),
    ("loan_repayment", "loan.repayment", Kind::Text),
];

/// The unit a number column is read in (`crate::numbers`): a bare number is
/// in it, and a unit written after the number is converted to it (`3年` in
/// `loan_term_months` is 36, `30万` in an amount 300000, `3.45%` as a rate 0.0345).
pub fn unit(column: &str) -> Option<Unit> {
    Some(match column {
        "contract_years" => Unit::Years,
        "flexible_days" => Unit::Days,
        "purchase_price" | "bingtuan_support" | "startup_tax_paid" | "loan_principal" => Unit::Yuan,
        "startup_insured_employees" => Unit::People,
        "loan_annual_rate" => Unit::Rate,
        "loan_term_months" => Unit::Months,
        _ => return None,
    })
}

/// The columns appended to each row.
pub const RESULT_COLUMNS: &[&str] = &[
    "category",
    "category_valid_until",
    "talent_min",
    "talent_max",
    "employer_min",
    "employer_max",
    "benefits",
    "ineligible",
    "referrals",
    "apply_to",
    "error",
];

/// (English header, Chinese header) of every column: the input columns, then the
/// result columns, in the order they are written. Reading accepts either header;
/// the cells hold the same ids in both. The Chinese follows the policy's wording.
pub const HEADERS: &[(&str, &str)] = &[
    ("label", "姓名或标签"),
    ("assessment_date", "评估日期"),
    ("birth_date", "出生日期"),
    ("full_time_degree", "最高全日制学历"),
    ("part_time_degree", "非全日制学历"),
    ("title_level", "专业技术职称级别"),
    ("honors", "荣誉与人选"),
    ("claimed_equivalent", "申报相当人才类别"),
    ("graduation_date", "毕业日期"),
    ("mode", "在师市的工作方式"),
    ("start_date", "入职日期"),
    ("location", "单位所在地"),
    ("employer_type", "用人单位类型"),
    ("division_affiliated", "用人单位是师属企事业单位"),
    ("first_social_insurance_in_city", "首次在师市参加社会保险"),
    ("contract_years", "合同期限（年）"),
    ("open_ended_contract", "无固定期限合同"),
    ("flexible_days", "服务天数"),
    ("housing_choice", "住房方式"),
    ("purchase_price", "购房房款（元）"),
    ("bingtuan_support", "兵团人才政策支持总额（元）"),
    ("startup_registered_in_city", "企业在师市注册登记"),
    ("startup_legal_representative", "担任企业法定代表人"),
    ("startup_registration_date", "企业注册登记日期"),
    ("startup_insured_employees", "解决就业人数（满1年社保）"),
    ("startup_tax_paid", "企业实际缴纳税收（元）"),
    ("loan_principal", "创业担保贷款本金（元）"),
    ("loan_annual_rate", "贷款年利率（小数）"),
    ("loan_term_months", "贷款期限（月）"),
    ("loan_repayment", "还款方式"),
    ("category", "人才类别"),
    ("category_valid_until", "人才类别有效至"),
    ("talent_min", "本人合计最低（元）"),
    ("talent_max", "本人合计最高（元）"),
    ("employer_min", "用人单位合计最低（元）"),
    ("employer_max", "用人单位合计最高（元）"),
    ("benefits", "可享受的政策"),
    ("ineligible", "暂不适用的政策及原因"),
    ("referrals", "另行认定或适用其他政策"),
    ("apply_to", "受理部门"),
    ("error", "错误"),
];

/// The language of the header row written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Headers {
    #[default]
    English,
    Chinese,
}

/// The header of a column (its English name) in a language, a comparison's
/// columns too (`compare::COMPARE_HEADERS`); `None` for an unknown column.
pub fn header(column: &str, language: Headers) -> Option<&'static str> {
    let &(en, zh) = HEADERS.iter().chain(compare::COMPARE_HEADERS).find(|h| h.0 == column)?;
    Some(match language {
        Headers::English => en,
        Headers::Chinese => zh,
    })
}

/// The byte order mark that tells Excel a CSV file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// How a batch is read and written. The default writes what `run` always wrote:
/// English headers, no BOM, and rows without an assessment date are refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The assessment date of rows whose `assessment_date` is missing or empty
    /// (the caller's today: the engine never reads the clock).
    pub default_date: Option<Date>,
    pub headers: Headers,
    /// Start the output with a BOM, so that Excel reads it as UTF-8.
    pub bom: bool,
    /// Assessing under a draft policy (`run_in`), add the columns of
    /// `compare::COMPARE_HEADERS`: what the draft changes against the
    /// built-in policy.
    pub compare: bool,
}

impl Options {
    /// A file that Excel in China opens correctly: Chinese headers and a BOM.
    pub fn excel(default_date: Option<Date>) -> Options {
        Options { default_date, headers: Headers::Chinese, bom: true, compare: false }
    }
}

/// A row that could not be assessed, with every fault found in it; the
/// other rows still are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    /// The row's number as a spreadsheet shows it: the header row is 1.
    pub row: usize,
    /// At least one; a cell's own faults first (it does not read), in the
    /// order of its columns, then what the engine refuses of the cells that read.
    pub faults: Vec<Fault>,
}

/// One thing wrong in a row: a cell, or the row as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fault {
    /// The English name of the column at fault, where there is one.
    pub column: Option<&'static str>,
    /// What kind of fault, for a UI to say in its language.
    pub kind: ErrorKind,
    /// The cell as written, where a column is at fault (else empty); of a
    /// list of honours, the item at fault.
    pub value: String,
    /// What is wrong, in English.
    pub message: String,
    /// The bound that was crossed, where there is one (a date, an age, a
    /// maximum), for a UI to say in its own words.
    pub limit: Option<String>,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}: ", self.row)?;
        for (i, fault) in self.faults.iter().enumerate() {
            let separator = if i == 0 { "" } else { "; " };
            match fault.column {
                Some(c) => write!(f, "{separator}{c}: {}", fault.message)?,
                None => write!(f, "{separator}{}", fault.message)?,
            }
        }
        Ok(())
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    /// The rows refused, in order.
    pub errors: Vec<RowError>,
    /// The headers of the columns not read (`Rows::ignored`).
    pub ignored: Vec<String>,
    /// With `Options::compare`: what the draft changes over all rows.
    pub changes: Option<compare::Changes>,
}

/// Why a batch stopped: its input could not be read, or its output not written.
#[derive(Debug)]
pub enum BatchError {
    /// No header names an input column (the first header, as written): not
    /// a sheet of candidates. Other unknown columns are ignored (`Rows::ignored`).
    UnknownColumn(String),
    /// A header that could mean either of two columns (as written; the columns).
    AmbiguousColumn(String, [&'static str; 2]),
    /// Another bad header, a broken CSV file or a failed read, in words.
    Input(String),
    Output(std::io::Error),
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BatchError::UnknownColumn(h) => {
                let english: Vec<_> = INPUT_COLUMNS.iter().map(|c| c.0).collect();
                let chinese: Vec<_> = HEADERS[..INPUT_COLUMNS.len()].iter().map(|c| c.1).collect();
                write!(
                    f,
                    "no column of ours in the header row (it begins {h:?}); the columns are: {}; or in Chinese: {}",
                    english.join(", "),
                    chinese.join("、")
                )
            }
            BatchError::AmbiguousColumn(h, [a, b]) => {
                let zh = |c| header(c, Headers::Chinese).unwrap_or(c);
                write!(
                    f,
                    "column {h:?} could mean {a} ({}) or {b} ({}): give it one of these headers",
                    zh(a),
                    zh(b)
                )
            }
            BatchError::Input(e) => f.write_str(e),
            BatchError::Output(e) => write!(f, "cannot write the results: {e}"),
        }
    }
}

fn written(e: csv::Error) -> BatchError {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => BatchError::Output(e),
        other => BatchError::Output(std::io::Error::other(format!("{other:?}"))),
    }
}

type Column = (&'static str, &'static str, Kind);

/// The input column each header names (by a header of `HEADERS` or an
/// alias), and the headers of the columns not read, as written. `None` for
/// a result column, which is accepted so that a result file can be run
/// again, and recomputed, and for a column of the sheet's own (序号, 备注),
/// which is ignored.
type Columns = (Vec<Option<&'static Column>>, Vec<String>);

fn columns(headers: &csv::StringRecord) -> Result<Columns, BatchError> {
    let mut columns: Vec<Option<&'static Column>> = Vec::new();
    let mut ignored = Vec::new();
    for h in headers.iter() {
        let column = match aliases::named(h) {
            aliases::Named::Column(en) => INPUT_COLUMNS.iter().find(|c| c.0 == en),
            aliases::Named::Either(both) => return Err(BatchError::AmbiguousColumn(h.to_string(), both)),
            aliases::Named::Unknown => {
                if !h.is_empty() {
                    ignored.push(h.to_string());
                }
                None
            }
        };
        if let Some(c) = column.filter(|_| columns.contains(&column)) {
            return Err(BatchError::Input(format!("column {} is given twice (header {h:?})", c.0)));
        }
        columns.push(column);
    }
    match ignored.first() {
        Some(first) if columns.iter().all(Option::is_none) => Err(BatchError::UnknownColumn(first.clone())),
        _ => Ok((columns, ignored)),
    }
}

/// One data row read and assessed: its number as a spreadsheet shows it (the
/// header row is 1), its input cells in the order of `INPUT_COLUMNS` (the
/// default assessment date filled in), and the result or what is wrong.
#[derive(Clone, Debug)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
    pub outcome: Result<Assessment, RowError>,
    /// With `Options::compare`, the outcome under the built-in policy.
    pub built_in: Option<Result<Assessment, RowError>>,
}

impl Row {
    /// The row's `label` cell.
    pub fn label(&self) -> &str {
        self.cells.first().map_or("", String::as_str)
    }
}

/// The rows of a CSV file, assessed one at a time as they are read, so that a
/// caller can stop between rows (a page shows its progress).
pub struct Rows<'v, R> {
    records: csv::StringRecordsIntoIter<std::io::BufReader<R>>,
    columns: Vec<Option<&'static Column>>,
    ignored: Vec<String>,
    default_date: Option<String>,
    read: usize,
    versions: &'v Versions,
    compare: bool,
}

impl<R> Rows<'_, R> {
    /// The headers of the sheet's columns that are none of ours (序号, 备注,
    /// 手机号), as written: their cells are not read, and a caller says so.
    pub fn ignored(&self) -> &[String] {
        &self.ignored
    }
}

/// Starts reading a CSV file: fails when its header row is not one of ours.
/// The input is UTF-8, with or without a BOM (`decode` reads other encodings).
pub fn rows<R: Read>(input: R, options: &Options) -> Result<Rows<'static, R>, BatchError> {
    rows_in(policy::versions(), input, options)
}

/// `rows` assessed under `versions` (a draft read with `Versions::from_json`).
pub fn rows_in<'v, R: Read>(
    versions: &'v Versions,
    input: R,
    options: &Options,
) -> Result<Rows<'v, R>, BatchError> {
    let mut input = std::io::BufReader::new(input);
    let unread = |e: &dyn std::fmt::Display| BatchError::Input(format!("cannot read the header row: {e}"));
    let head = input.fill_buf().map_err(|e| unread(&e))?;
    // A header of tabs and no commas: cells copied out of a spreadsheet and pasted.
    let header = head.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if header.contains(&b'\t') && !header.contains(&b',') { b'\t' } else { b',' };
    // Flexible: a row of the wrong length is that row's error, not the file's.
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).trim(csv::Trim::All).flexible(true).from_reader(input);
    let headers = reader.headers().map_err(|e| unread(&e))?;
    let (columns, ignored) = columns(headers)?;
    Ok(Rows {
        records: reader.into_records(),
        columns,
        ignored,
        default_date: options.default_date.map(|d| d.to_string()),
        read: 0,
        versions,
        compare: options.compare,
    })
}

impl<R: Read> Iterator for Rows<'_, R> {
    /// A row, or the error that ends the file (broken CSV, a failed read).
    type Item = Result<Row, BatchError>;

    fn next(&mut self) -> Option<Self::Item> {
        let record = self.records.next()?;
        self.read += 1;
        let number = self.read + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => return Some(Err(BatchError::Input(format!("row {number}: {e}")))),
        };
        // Cells missing at the end are empty; cells beyond the header must be.
        let extra = record.iter().skip(self.columns.len()).any(|v| !v.is_empty());
        let mut cells: Vec<(&Column, &str)> =
            self.columns.iter().zip(record.iter()).filter_map(|(c, v)| Some(((*c)?, unguarded(v)))).collect();
        // Rows without an assessment date take the default; the output shows the date used.
        let dated = cells.iter().any(|(c, v)| c.0 == "assessment_date" && !v.is_empty());
        if let (false, Some(date), Some(column)) =
            (dated, &self.default_date, INPUT_COLUMNS.iter().find(|c| c.0 == "assessment_date"))
        {
            cells.retain(|(c, _)| c.0 != "assessment_date");
            cells.push((column, date));
        }
        let assessed = |versions: &Versions| {
            if extra {
                let message = format!(
                    "the row has {} cells, the header {}: a comma inside a cell needs the cell in double quotes",
                    record.len(),
                    self.columns.len()
                );
                let fault = Fault {
                    column: None,
                    kind: ErrorKind::Syntax,
                    value: String::new(),
                    message,
                    limit: None,
                };
                return Err(RowError { row: number, faults: vec![fault] });
            }
            assess_row(versions, &cells).map_err(|faults| {
                let faults = faults
                    .into_iter()
                    .map(|(column, kind, message, limit)| {
                        let mut value =
                            cells.iter().find(|(c, _)| Some(c.0) == column).map_or("", |(_, v)| v);
                        // Of a list, the item at fault.
                        if column == Some("honors") && kind == ErrorKind::UnknownValue {
                            value = cells::unknown_honor(value).unwrap_or(value);
                        }
                        Fault { column, kind, value: value.to_string(), message, limit }
                    })
                    .collect();
                RowError { row: number, faults }
            })
        };
        let outcome = assessed(self.versions);
        let built_in = self.compare.then(|| assessed(policy::versions()));
        let cells = INPUT_COLUMNS
            .iter()
            .map(|c| {
                cells.iter().find(|(col, _)| col.0 == c.0).map(|(_, v)| v.to_string()).unwrap_or_default()
            })
            .collect();
        Some(Ok(Row { number, cells, outcome, built_in }))
    }
}

/// A cell that a spreadsheet would run as a formula (it begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) is written after a `'`, which
/// spreadsheets show as text; reading drops that `'` again, so a result file
/// runs again unchanged.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

fn guarded(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_START) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

fn unguarded(cell: &str) -> &str {
    cell.strip_prefix('\'').filter(|rest| rest.starts_with(FORMULA_START)).unwrap_or(cell)
}

/// Writes rows as the result CSV: the input columns, then the result columns.
pub struct Writer<W: Write> {
    csv: csv::Writer<W>,
    headers: Headers,
    compare: bool,
}

impl<W: Write> Writer<W> {
    /// Writes the BOM, where asked for, and the header row.
    pub fn new(mut output: W, options: &Options) -> Result<Writer<W>, BatchError> {
        if options.bom {
            output.write_all(BOM.as_bytes()).map_err(BatchError::Output)?;
        }
        let mut csv = csv::Writer::from_writer(output);
        let compared = if options.compare { compare::COMPARE_HEADERS } else { &[] };
        let header_row = HEADERS.iter().chain(compared).map(|h| header(h.0, options.headers).unwrap_or(h.0));
        csv.write_record(header_row).map_err(written)?;
        Ok(Writer { csv, headers: options.headers, compare: options.compare })
    }

    /// A row; a bad row's `error` cell names each column at fault in the
    /// headers' language and says what is wrong in English.
    pub fn row(&mut self, row: &Row) -> Result<(), BatchError> {
        let headers = self.headers;
        self.row_saying(row, |e| {
            let said: Vec<String> = e
                .faults
                .iter()
                .map(|f| match f.column.and_then(|c| header(c, headers)) {
                    Some(h) => format!("{h}: {}", f.message),
                    None => f.message.clone(),
                })
                .collect();
            said.join("; ")
        })
    }

    /// A row whose `error` cell, if bad, is `said` of its error: a page's
    /// words, in its language.
    pub fn row_saying(
        &mut self,
        row: &Row,
        said: impl FnOnce(&RowError) -> String,
    ) -> Result<(), BatchError> {
        let mut out = row.cells.clone();
        match &row.outcome {
            Ok(a) => out.extend(written::result_cells(a, self.headers)),
            Err(e) => {
                out.extend(std::iter::repeat_n(String::new(), RESULT_COLUMNS.len() - 1));
                out.push(said(e));
            }
        }
        if let (true, Some(built_in)) = (self.compare, &row.built_in) {
            out.extend(compare::cells(&row.outcome, built_in, self.headers));
        }
        self.csv.write_record(out.iter().map(|c| guarded(c).into_owned())).map_err(written)
    }

    /// Flushes, and gives the output back.
    pub fn finish(self) -> Result<W, BatchError> {
        self.csv.into_inner().map_err(|e| BatchError::Output(std::io::Error::other(e.to_string())))
    }
}

/// Reads the whole CSV and writes the result CSV. Fails only when the file
/// itself cannot be read (bad header, broken CSV, I/O) or the output not written.
pub fn run<R: Read, W: Write>(input: R, output: W, options: &Options) -> Result<Summary, BatchError> {
    run_in(policy::versions(), input, output, options)
}

/// `run` under `versions` (a draft read with `Versions::from_json`); with
/// `Options::compare`, against the built-in policy too.
pub fn run_in<R: Read, W: Write>(
    versions: &Versions,
    input: R,
    output: W,
    options: &Options,
) -> Result<Summary, BatchError> {
    let rows = rows_in(versions, input, options)?;
    let mut writer = Writer::new(output, options)?;
    let mut summary = Summary {
        ignored: rows.ignored().to_vec(),
        changes: options.compare.then(compare::Changes::default),
        ..Summary::default()
    };
    for row in rows {
        let row = row?;
        summary.rows += 1;
        writer.row(&row)?;
        if let (Some(changes), Some(built_in)) = (&mut summary.changes, &row.built_in) {
            changes.add(&row.outcome, built_in);
        }
        if let Err(e) = row.outcome {
            summary.errors.push(e);
        }
    }
    writer.finish()?;
    Ok(summary)
}

/// A row as one line of `talent-check assess --jsonl` (without the newline):
/// the result with its calculation in symbols, or
/// `{"error": {"path", "message"}, "errors": [{"path", "message"}, …], "row"}`:
/// `error` the first fault, as `assess --jsonl` has one, `errors` every one,
/// each naming the JSON path of the column at fault, where there is one.
pub fn write_json_line(row: &Row, out: &mut Vec<u8>) {
    let written = match &row.outcome {
        Ok(a) => {
            let mut a = a.clone();
            a.fill_calculation();
            crate::compact_json::write(out, &a)
        }
        Err(e) => {
            let faults: Vec<_> = e
                .faults
                .iter()
                .map(|f| {
                    let path =
                        f.column.and_then(|c| INPUT_COLUMNS.iter().find(|i| i.0 == c)).map_or("", |i| i.1);
                    serde_json::json!({ "path": path, "message": f.message })
                })
                .collect();
            let first = faults.first().cloned().unwrap_or_default();
            let error = serde_json::json!({ "error": first, "errors": faults, "row": e.row });
            crate::compact_json::write(out, &error)
        }
    };
    debug_assert!(written.is_ok(), "results always serialise");
}

/// An error of one row: the column at fault, where known, the message and the bound crossed.
type CellError = (Option<&'static str>, ErrorKind, String, Option<String>);

/// What a date cell may hold (`words::date`): more forms than the JSON's
/// `YYYY-MM-DD`, which `InputError::message` names.
const NOT_A_CSV_DATE: &str =
    "not a date: write it as 1992-04-15, 1992/4/15 or 1992年4月15日, a real calendar day";

/// What a number cell may hold (`crate::numbers`): more than the JSON's digits.
const NOT_A_CSV_NUMBER: &str =
    "not a number: write digits such as 450000 or 3.5, with thousands separators or a unit if you like (45万, 3年, 36个月, 3.45%)";

/// Names the CSV column where the JSON path has one.
fn column_error(e: InputError) -> CellError {
    // A list's entry (`person.honors[1]`) is in its list's column.
    let path = e.path.split('[').next().unwrap_or_default();
    match INPUT_COLUMNS.iter().find(|c| !c.1.is_empty() && c.1 == path) {
        Some(c) if e.kind == ErrorKind::NotADate => (Some(c.0), e.kind, NOT_A_CSV_DATE.into(), e.limit),
        Some(c) if e.kind == ErrorKind::NotANumber => (Some(c.0), e.kind, NOT_A_CSV_NUMBER.into(), e.limit),
        Some(c) => (Some(c.0), e.kind, e.message(), e.limit),
        None => (None, e.kind, e.to_string(), e.limit),
    }
}

/// A spreadsheet's words for yes and no.
fn yes(raw: &str) -> Option<bool> {
    match raw.to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" | "是" => Some(true),
        "false" | "no" | "n" | "0" | "否" => Some(false),
        _ => None,
    }
}

/// A row assessed, or every fault found in it: the yes/no cells that do not
/// read, the other cells that do not, then (when an input can be made of
/// the cells that read) every problem the engine finds in it, each column
/// named once.
fn assess_row(versions: &Versions, cells: &[(&Column, &str)]) -> Result<Assessment, Vec<CellError>> {
    let mut faults: Vec<CellError> = cells::typed(cells)
        .into_iter()
        .map(|(column, kind, message)| (Some(column), kind, message, None))
        .collect();
    let (input, unread) = cells::input(cells);
    faults.extend(unread);
    let Some(input) = input else { return Err(faults) };
    for problem in input.problems_in(versions).into_iter().map(column_error) {
        if !faults.iter().any(|f| f.0 == problem.0) {
            faults.push(problem);
        }
    }
    match faults.is_empty() {
        true => crate::assess_in(versions, &input).map_err(|e| vec![column_error(e)]),
        false => Err(faults),
    }
}

/// A file that is no CSV text, whatever its name says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotCsv {
    /// An Excel workbook (.xlsx, a zip; .xls, an OLE file; or the HTML or XML
    /// that some systems save as .xls): save it as CSV first.
    Workbook,
    /// Other binary data, or UTF-16 text ("Unicode text" in Excel): NUL bytes.
    Binary,
}

impl NotCsv {
    /// Why `bytes` cannot be a CSV file of ours, if they cannot.
    pub fn detect(bytes: &[u8]) -> Option<NotCsv> {
        const ZIP: &[u8] = b"PK\x03\x04";
        const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";
        let text = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes).trim_ascii_start();
        if bytes.starts_with(ZIP) || bytes.starts_with(OLE) || text.starts_with(b"<") {
            Some(NotCsv::Workbook)
        } else if bytes.iter().take(8192).any(|b| *b == 0) {
            Some(NotCsv::Binary)
        } else {
            None
        }
    }

    /// In English, for the command line.
    pub fn message(self) -> &'static str {
        match self {
            NotCsv::Workbook => "this is an Excel workbook, not a CSV file: save it as \"CSV UTF-8\" first",
            NotCsv::Binary => {
                "this is not a CSV text file (UTF-16 text or binary data): save it as \"CSV UTF-8\""
            }
        }
    }
}

/// How the bytes of a CSV file are to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 after a byte order mark.
    Utf8Bom,
    Utf8,
    /// GB18030, a superset of GBK: what Excel in China saves as "CSV".
    Gb18030,
}

impl Encoding {
    /// Which encoding `bytes` are in: a UTF-8 BOM decides; else valid UTF-8 is
    /// UTF-8 (real GBK text is almost never valid UTF-8); else GB18030.
    pub fn detect(bytes: &[u8]) -> Encoding {
        if bytes.starts_with(BOM.as_bytes()) {
            Encoding::Utf8Bom
        } else if std::str::from_utf8(bytes).is_ok() {
            Encoding::Utf8
        } else {
            Encoding::Gb18030
        }
    }

    /// The WHATWG label, as a browser's `TextDecoder` takes it.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8Bom | Encoding::Utf8 => "utf-8",
            Encoding::Gb18030 => "gb18030",
        }
    }
}

/// The text of a CSV file in any encoding of `Encoding::detect`, without its BOM.
/// Bytes that are not valid in the detected encoding become U+FFFD.
#[cfg(feature = "gb18030")]
pub fn decode(bytes: &[u8]) -> (std::borrow::Cow<'_, str>, Encoding) {
    let encoding = Encoding::detect(bytes);
    let text = match encoding {
        Encoding::Utf8Bom => String::from_utf8_lossy(&bytes[BOM.len()..]),
        Encoding::Utf8 => String::from_utf8_lossy(bytes),
        Encoding::Gb18030 => encoding_rs::GB18030.decode_without_bom_handling(bytes).0,
    };
    (text, encoding)
}

/// A CSV typed with an input method's full-width comma `，` between its cells
/// (the header has no `,` and no tab): the same text with `,`. Any other text
/// as it is.
pub fn comma_separated(text: &str) -> std::borrow::Cow<'_, str> {
    let header = text.lines().next().unwrap_or_default();
    if header.contains('，') && !header.contains([',', '\t']) {
        std::borrow::Cow::Owned(text.replace('，', ","))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A CSV file to fill in: every column with its Chinese header, and two example
/// rows in the Chinese words of `words`. Without a BOM: put `BOM` first for a file that Excel opens.
pub fn template() -> String {
    const EXAMPLES: [&[(&str, &str)]; 2] = [
        &[
            ("label", "示例一：博士，企业全职"),
            ("birth_date", "1992-04-15"),
            ("full_time_degree", "doctorate"),
            ("title_level", "none"),
            ("graduation_date", "2020-06-30"),
            ("mode", "full_time"),
            ("location", "elsewhere"),
            ("employer_type", "enterprise"),
            ("division_affiliated", "否"),
            ("first_social_insurance_in_city", "是"),
            ("contract_years", "3"),
            ("open_ended_contract", "否"),
            ("housing_choice", "cash"),
            ("purchase_price", "50万"),
            ("loan_principal", "30万"),
            ("loan_annual_rate", "3.45%"),
            ("loan_term_months", "3年"),
            ("loan_repayment", "interest_only"),
        ],
        &[
            ("label", "示例二：本科，副高级职称，柔性引进"),
            ("birth_date", "1980-03-10"),
            ("full_time_degree", "bachelor"),
            ("title_level", "associate_senior"),
            ("mode", "flexible"),
            ("location", "elsewhere"),
            ("employer_type", "enterprise"),
            ("division_affiliated", "是"),
            ("flexible_days", "60"),
        ],
    ];
    let mut writer = csv::Writer::from_writer(Vec::new());
    let headers = INPUT_COLUMNS.iter().map(|c| header(c.0, Headers::Chinese).unwrap_or(c.0));
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(headers);
    for example in EXAMPLES {
        // Ids as the Chinese words a person filling in the file would write.
        let cells = INPUT_COLUMNS.iter().map(|c| {
            example.iter().find(|e| e.0 == c.0).map_or("", |e| words::word(c.0, e.1).unwrap_or(e.1))
        });
        let _ = writer.write_record(cells);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Date = Date::known(2026, 11, 23);

    fn run_with(csv: &str, options: &Options) -> (Summary, Vec<Vec<String>>) {
        let mut out = Vec::new();
        let s = run(csv.as_bytes(), &mut out, options).unwrap();
        let mut r = csv::Reader::from_reader(out.as_slice());
        let rows = r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect();
        (s, rows)
    }

    fn run_str(csv: &str) -> (Summary, Vec<Vec<String>>) {
        run_with(csv, &Options::default())
    }

    fn col(row: &[String], name: &str) -> String {
        let i = INPUT_COLUMNS
            .iter()
            .map(|c| c.0)
            .chain(RESULT_COLUMNS.iter().copied())
            .position(|c| c == name)
            .unwrap();
        row[i].clone()
    }

    fn output(csv: &[u8], options: &Options) -> String {
        let mut out = Vec::new();
        run(csv, &mut out, options).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_row_longer_than_the_header_is_its_own_error_and_a_shorter_one_is_read_as_empty_cells() {
        let csv = "label,birth_date,full_time_degree,contract_years\n\
                   \"Wang, A.\",1992-04-15,doctorate,3\n\
                   Wang, A.,1992-04-15,doctorate,3\n\
                   short,1992-04-15\n\
                   trailing,1992-04-15,doctorate,3,,\n";
        let (s, rows) = run_with(csv, &Options { default_date: Some(DAY), ..Options::default() });
        assert_eq!(s.rows, 4);
        assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
        let e = &s.errors[0];
        assert_eq!((e.row, e.faults[0].column, e.faults[0].kind), (3, None, ErrorKind::Syntax));
        assert_eq!(
            e.faults[0].message,
            "the row has 5 cells, the header 4: a comma inside a cell needs the cell in double quotes"
        );
        assert_eq!(col(&rows[0], "label"), "Wang, A.");
        assert_eq!(col(&rows[0], "category"), "B");
        assert_eq!(col(&rows[1], "category"), "");
        assert_eq!(col(&rows[2], "full_time_degree"), "", "a missing cell is an empty one");
        assert_eq!(col(&rows[2], "error"), "");
        assert_eq!(col(&rows[3], "category"), "B", "empty cells past the header do no harm");
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_written_as_text_and_read_back_as_it_was() {
        let csv = "label,birth_date,full_time_degree\n=cmd|' /C calc'!A0,1992-04-15,doctorate\n@SUM(1),1992-04-15,-x\n";
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let out = output(csv.as_bytes(), &options);
        assert!(out.contains("\n'=cmd|' /C calc'!A0,2026-11-23,"), "{out}");
        assert!(out.contains("\n'@SUM(1),2026-11-23,1992-04-15,'-x,"), "{out}");
        assert!(out.lines().all(|l| !l.starts_with(['=', '@'])));
        // Run again, the labels and cells are as first written.
        let (_, rows) = run_with(&out, &options);
        assert_eq!(col(&rows[0], "label"), "'=cmd|' /C calc'!A0", "written guarded once, not twice");
        let again = run(out.as_bytes(), &mut Vec::new(), &options).unwrap();
        assert_eq!(again.errors[0].faults[0].value, "-x");
        assert_eq!(unguarded("'=1"), "=1");
        assert_eq!(unguarded("'plain"), "'plain");
        assert_eq!(guarded("plain"), "plain");
    }

    #[test]
    fn a_bad_row_does_not_stop_the_others() {
        let csv = "label,assessment_date,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
                   phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,yes,3\n\
                   typo,2026-11-23,1992-13-15,doctorate,full_time,enterprise,yes,3\n\
                   bachelor,2026-11-23,1999-09-09,bachelor,full_time,enterprise,no,3\n";
        let (s, rows) = run_str(csv);
        assert_eq!(s.rows, 3);
        assert_eq!(
            s.errors,
            [RowError {
                row: 3,
                faults: vec![Fault {
                    column: Some("birth_date"),
                    kind: ErrorKind::NotADate,
                    value: "1992-13-15".into(),
                    message: NOT_A_CSV_DATE.into(),
                    limit: None,
                }]
            }]
        );
        assert_eq!(
            s.errors[0].to_string(),
            "row 3: birth_date: not a date: write it as 1992-04-15, 1992/4/15 or 1992年4月15日, a real calendar day"
        );
        assert_eq!(col(&rows[0], "category"), "B");
        assert_eq!(col(&rows[0], "talent_max"), "608800.00");
        assert!(col(&rows[1], "error").starts_with("birth_date: not a date"), "{}", col(&rows[1], "error"));
        assert_eq!(col(&rows[1], "birth_date"), "1992-13-15", "the input is echoed");
        assert_eq!(col(&rows[2], "category"), "D");
        assert!(
            col(&rows[2], "ineligible").contains(
                "Living allowance: the category is not one this employer type covers, \
                 must be the first social insurance in the city"
            ),
            "{}",
            col(&rows[2], "ineligible")
        );
    }

    #[test]
    fn unknown_columns_are_ignored_and_named_and_bad_booleans_are_named() {
        let csv = "序号,姓名,备注,出生日期,手机号,学历\n1,张三,急聘,1992-04-15,13800000000,博士\n";
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let (s, rows) = run_with(csv, &options);
        assert_eq!(s.ignored, ["序号", "备注", "手机号"]);
        assert_eq!(s.errors, []);
        assert_eq!((col(&rows[0], "label"), col(&rows[0], "category")), ("张三".into(), "B".into()));
        assert!(!rows[0].contains(&"13800000000".to_string()), "an ignored cell is not echoed");
        let read = super::rows(csv.as_bytes(), &options).unwrap();
        assert_eq!(read.ignored(), ["序号", "备注", "手机号"]);
        assert!(super::rows("label,,\nx,,\n".as_bytes(), &options).unwrap().ignored().is_empty());

        // A sheet with none of our columns is no sheet of candidates.
        let mut out = Vec::new();
        let err =
            run("序号,birthdate\nx,1990-01-01\n".as_bytes(), &mut out, &Options::default()).unwrap_err();
        assert!(matches!(&err, BatchError::UnknownColumn(h) if h == "序号"), "{err:?}");
        let err = err.to_string();
        assert!(err.contains("no column of ours in the header row (it begins \"序号\")"), "{err}");
        assert!(err.contains("birth_date, full_time_degree"), "the English columns: {err}");
        assert!(err.contains("出生日期、最高全日制学历"), "the Chinese columns: {err}");
        assert!(out.is_empty(), "nothing written");
        let (s, rows) =
            run_str("assessment_date,birth_date,open_ended_contract\n2026-11-23,1990-01-01,maybe\n");
        assert_eq!(col(&rows[0], "error"), "open_ended_contract: expected yes or no, got \"maybe\"");
        assert_eq!(s.errors[0].faults[0].column, Some("open_ended_contract"));
        // A count that is no whole number is named, never read as 0.
        let (s, rows) = run_str("assessment_date,birth_date,flexible_days\n2026-11-23,1990-01-01,6.5\n");
        assert_eq!(col(&rows[0], "error"), "flexible_days: expected a whole number, got \"6.5\"");
        assert_eq!(
            (s.errors[0].faults[0].kind, s.errors[0].faults[0].value.as_str()),
            (ErrorKind::NotANumber, "6.5")
        );
    }

    /// The JSON the contract reads for a row whose cells `cells::typed` accepted.
    fn row_json(cells: &[(&Column, &str)]) -> String {
        let mut root = Map::new();
        for ((_, path, kind), raw) in cells {
            if raw.is_empty() || path.is_empty() {
                continue;
            }
            let value = match kind {
                Kind::Text => Value::from(*raw),
                Kind::Bool => Value::Bool(yes(raw).unwrap()),
                Kind::Int => Value::from(raw.parse::<i64>().unwrap()),
                Kind::List => Value::Array(
                    raw.split([';', '|']).map(str::trim).filter(|s| !s.is_empty()).map(Value::from).collect(),
                ),
            };
            match path.split_once('.') {
                None => drop(root.insert(path.to_string(), value)),
                Some((section, field)) => {
                    let entry = root.entry(section).or_insert_with(|| Value::Object(Map::new()));
                    entry.as_object_mut().unwrap().insert(field.to_string(), value);
                }
            }
        }
        Value::Object(root).to_string()
    }

    /// Values a column's cell may hold: (valid ones, empty among them where
    /// it may be empty; ones that do not read). Ids and ISO dates, which JSON
    /// takes too; the words and dates of `words` are held to them by
    /// `chinese_words_and_spreadsheet_dates_read_as_the_ids_do`.
    fn pool(column: &str) -> (Vec<&'static str>, Vec<&'static str>) {
        use crate::ids::*;
        fn ids<T: Copy>(all: &[T], text: fn(T) -> &'static str) -> (Vec<&'static str>, Vec<&'static str>) {
            (std::iter::once("").chain(all.iter().map(|t| text(*t))).collect(), vec!["bogus", "Doctorate "])
        }
        let v = |valid: &[&'static str], bad: &[&'static str]| (valid.to_vec(), bad.to_vec());
        match column {
            "assessment_date" => {
                v(&["2026-11-24", "2025-03-01", "2031-06-30", "2024-12-31"], &["2026-02-30"])
            }
            "birth_date" => v(&["1992-04-15", "1960-01-01", "1985-07-31", "2015-01-01"], &["1990-02-30"]),
            "graduation_date" | "start_date" | "startup_registration_date" => {
                v(&["", "2020-06-30", "2026-01-15", "1980-01-01", "2099-12-31"], &["20200630"])
            }
            "full_time_degree" | "part_time_degree" => ids(Degree::ALL, Degree::as_str),
            "title_level" => ids(Title::ALL, Title::as_str),
            "claimed_equivalent" => ids(Category::ALL, Category::as_str),
            "mode" => ids(Mode::ALL, Mode::as_str),
            "location" => ids(Location::ALL, Location::as_str),
            "employer_type" => ids(EmployerType::ALL, EmployerType::as_str),
            "housing_choice" => ids(HousingChoice::ALL, HousingChoice::as_str),
            "loan_repayment" => ids(Repayment::ALL, Repayment::as_str),
            "honors" => v(
                &["", "cae_academician", "tianshan_talent_first; cae_academician"],
                &["cae_academician|nope"],
            ),
            "contract_years" => v(&["", "3", "5", "2.5", "-1"], &["three"]),
            "loan_annual_rate" => v(&["", "0.0345", "0.5", "1.2"], &["x"]),
            "flexible_days" | "startup_insured_employees" | "loan_term_months" => {
                v(&["", "0", "36", "-3"], &[])
            }
            "label" => v(&["", "x"], &[]),
            _ if INPUT_COLUMNS.iter().any(|c| c.0 == column && c.2 == Kind::Bool) => {
                v(&["", "是", "否", "yes"], &[])
            }
            _ => v(&["", "450000", "1200000.5", "0.001", "-5"], &["abc", "1e5"]),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// A row read cell by cell assesses exactly as the JSON of its cells does:
        /// the same result, or the same column, kind and message at fault. At most
        /// one cell does not read (with several, which one is named first may differ).
        #[test]
        fn cells_read_as_their_json_would(
            picks in proptest::collection::vec(0usize..64, INPUT_COLUMNS.len()),
            loan in proptest::bool::ANY,
            bad in proptest::option::of((0usize..64, 0usize..8)),
        ) {
            let mut values: Vec<&str> = INPUT_COLUMNS
                .iter()
                .zip(&picks)
                .map(|(c, p)| {
                    let valid = pool(c.0).0;
                    // A loan is given whole or not at all: a missing part is a fault of its own.
                    let empty = c.0.starts_with("loan_") && !loan;
                    if empty { "" } else { valid[p % valid.len()] }
                })
                .collect();
            if loan {
                for (i, c) in INPUT_COLUMNS.iter().enumerate().filter(|(_, c)| c.0.starts_with("loan_")) {
                    let valid = pool(c.0).0;
                    values[i] = valid[1 + picks[i] % (valid.len() - 1)];
                }
            }
            if let Some((column, pick)) = bad {
                let column = column % INPUT_COLUMNS.len();
                let invalid = pool(INPUT_COLUMNS[column].0).1;
                if !invalid.is_empty() {
                    values[column] = invalid[pick % invalid.len()];
                }
            }
            let cells: Vec<(&Column, &str)> = INPUT_COLUMNS.iter().zip(values).collect();
            let direct = assess_row(policy::versions(), &cells).map_err(|faults| faults[0].clone());
            let json = crate::assess_json(&row_json(&cells)).map_err(column_error);
            proptest::prop_assert_eq!(direct, json, "{}", row_json(&cells));
        }
    }

    #[test]
    fn rows_come_one_at_a_time_and_as_json_lines_of_the_contract() {
        let csv = "label,assessment_date,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
                   phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,yes,3\n\
                   bad,2026-11-23,1992-13-01,doctorate,full_time,enterprise,yes,3\n";
        let rows: Vec<Row> = rows(csv.as_bytes(), &Options::default()).unwrap().map(Result::unwrap).collect();
        assert_eq!((rows[0].number, rows[0].label(), rows[1].number), (2, "phd", 3));
        assert_eq!(rows[0].cells.len(), INPUT_COLUMNS.len());

        let mut line = Vec::new();
        write_json_line(&rows[0], &mut line);
        // The same result as `talent-check assess` on the same input, calculation included.
        let input = r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1992-04-15","full_time_degree":"doctorate"},
            "employment":{"mode":"full_time","employer_type":"enterprise","first_social_insurance_in_city":true,"contract_years":"3"}}"#;
        assert_eq!(String::from_utf8(line).unwrap(), crate::assess_json_line(input));

        let mut line = Vec::new();
        write_json_line(&rows[1], &mut line);
        let error: Value = serde_json::from_slice(&line).unwrap();
        assert_eq!(error["row"], 3);
        assert_eq!(error["error"]["path"], "person.birth_date");
        assert!(error["error"]["message"].as_str().unwrap().starts_with("not a date"), "{error}");
    }

    #[test]
    fn calculation_is_filled_from_the_steps_where_it_is_empty() {
        let input = r#"{"assessment_date":"2026-11-23","person":{"birth_date":"1992-04-15","full_time_degree":"doctorate"},
            "employment":{"mode":"full_time","employer_type":"enterprise","first_social_insurance_in_city":true,"contract_years":"3"}}"#;
        let full = crate::assess_json(input).unwrap();
        let mut bare = full.clone();
        bare.benefits.iter_mut().for_each(|b| b.calculation.clear());
        bare.fill_calculation();
        assert_eq!(bare, full);
        assert!(full.benefits.iter().any(|b| !b.calculation.is_empty()));
    }

    #[test]
    fn honours_are_a_semicolon_list() {
        let (_, rows) = run_str("assessment_date,birth_date,honors\n2026-11-23,1960-01-01,cae_academician; tianshan_talent_first\n");
        assert_eq!(col(&rows[0], "category"), "A");
        assert!(col(&rows[0], "benefits").contains("Talent honour award 10,000.00"), "{:?}", rows[0]);
    }

    #[test]
    fn every_header_in_english_and_chinese() {
        let english =
            "label,assessment_date,birth_date,full_time_degree,part_time_degree,title_level,honors,\
            claimed_equivalent,graduation_date,mode,start_date,location,employer_type,division_affiliated,\
            first_social_insurance_in_city,contract_years,open_ended_contract,flexible_days,housing_choice,\
            purchase_price,bingtuan_support,startup_registered_in_city,startup_legal_representative,\
            startup_registration_date,startup_insured_employees,startup_tax_paid,loan_principal,\
            loan_annual_rate,loan_term_months,loan_repayment,category,category_valid_until,talent_min,\
            talent_max,employer_min,employer_max,benefits,ineligible,referrals,apply_to,error\n";
        let chinese = "姓名或标签,评估日期,出生日期,最高全日制学历,非全日制学历,专业技术职称级别,荣誉与人选,\
            申报相当人才类别,毕业日期,在师市的工作方式,入职日期,单位所在地,用人单位类型,用人单位是师属企事业单位,\
            首次在师市参加社会保险,合同期限（年）,无固定期限合同,服务天数,住房方式,购房房款（元）,\
            兵团人才政策支持总额（元）,企业在师市注册登记,担任企业法定代表人,企业注册登记日期,\
            解决就业人数（满1年社保）,企业实际缴纳税收（元）,创业担保贷款本金（元）,贷款年利率（小数）,\
            贷款期限（月）,还款方式,人才类别,人才类别有效至,本人合计最低（元）,本人合计最高（元）,\
            用人单位合计最低（元）,用人单位合计最高（元）,可享受的政策,暂不适用的政策及原因,\
            另行认定或适用其他政策,受理部门,错误\n";
        assert_eq!(output(b"label\n", &Options::default()), english);
        let zh = Options { headers: Headers::Chinese, ..Options::default() };
        assert_eq!(output(b"label\n", &zh), chinese);

        // One table for both: the input columns, then the result columns, each named once.
        let names: Vec<&str> =
            INPUT_COLUMNS.iter().map(|c| c.0).chain(RESULT_COLUMNS.iter().copied()).collect();
        assert_eq!(HEADERS.iter().map(|h| h.0).collect::<Vec<_>>(), names);
        let mut all: Vec<&str> = HEADERS.iter().flat_map(|h| [h.0, h.1]).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 2 * HEADERS.len(), "no header names two columns");
        assert!(HEADERS.iter().all(|h| h.1.trim() == h.1 && !h.1.contains(',')));
    }

    #[test]
    fn chinese_english_and_mixed_headers_read_the_same() {
        let english = "label,assessment_date,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
                       phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,是,3\n";
        let chinese = "姓名或标签,评估日期,出生日期,最高全日制学历,在师市的工作方式,用人单位类型,首次在师市参加社会保险,合同期限（年）\n\
                       phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,是,3\n";
        let mixed = " 姓名或标签 ,assessment_date,出生日期,full_time_degree,在师市的工作方式,employer_type,首次在师市参加社会保险,contract_years\n\
                     phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,是,3\n";
        let expected = output(english.as_bytes(), &Options::default());
        assert!(expected.contains(",B,"), "{expected}");
        assert_eq!(output(chinese.as_bytes(), &Options::default()), expected);
        assert_eq!(output(mixed.as_bytes(), &Options::default()), expected);

        let mut out = Vec::new();
        let err =
            run("birth_date,出生日期\n1990-01-01,1990-01-01\n".as_bytes(), &mut out, &Options::default())
                .unwrap_err()
                .to_string();
        assert_eq!(err, "column birth_date is given twice (header \"出生日期\")");
    }

    #[test]
    fn rows_without_an_assessment_date_use_the_default() {
        let csv = "label,assessment_date,birth_date\nempty,,1990-01-01\ngiven,2026-01-05,1990-01-01\n";
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let (s, rows) = run_with(csv, &options);
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        assert_eq!(col(&rows[0], "assessment_date"), "2026-11-23", "the output shows the date used");
        assert_eq!(col(&rows[1], "assessment_date"), "2026-01-05");

        let (s, rows) = run_with("birth_date\n1990-01-01\n", &options);
        assert!(s.errors.is_empty());
        assert_eq!(col(&rows[0], "assessment_date"), "2026-11-23", "also without the column");

        let (s, rows) = run_str(csv);
        assert_eq!(s.errors.len(), 1, "without a default, only the dated row computes");
        assert_eq!(s.errors[0].faults[0].column, Some("assessment_date"));
        assert!(
            col(&rows[0], "error").starts_with("assessment_date: required"),
            "{}",
            col(&rows[0], "error")
        );
        assert_eq!(col(&rows[1], "error"), "");
    }

    #[test]
    fn a_bom_is_read_and_written_on_request() {
        let csv = "assessment_date,birth_date\n2026-11-23,1990-01-01\n";
        let plain = output(csv.as_bytes(), &Options::default());
        assert!(!plain.starts_with(BOM));
        let with_bom = format!("{BOM}{csv}");
        assert_eq!(output(with_bom.as_bytes(), &Options::default()), plain, "a BOM in the input is skipped");
        let bom = Options { bom: true, ..Options::default() };
        assert_eq!(output(csv.as_bytes(), &bom), format!("{BOM}{plain}"));
    }

    #[test]
    fn an_export_for_excel_reads_back_to_the_same_results() {
        let csv = "label,assessment_date,birth_date,full_time_degree,mode,employer_type,honors,loan_principal,loan_annual_rate,loan_term_months\n\
                   phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,,,,\n\
                   \"Wang, A.\",,1960-01-01,,flexible,research_institute,cae_academician;tianshan_talent_first,300000,0.0345,36\n\
                   bad,2026-11-23,1990-01-01,phd,,,,,,\n";
        let english = output(csv.as_bytes(), &Options { default_date: Some(DAY), ..Options::default() });
        let excel = output(csv.as_bytes(), &Options::excel(Some(DAY)));
        assert!(excel.starts_with(&format!("{BOM}姓名或标签,评估日期,")), "{excel}");
        // Read back, result columns and all: the same rows, computed again.
        let again = output(excel.as_bytes(), &Options::default());
        assert_eq!(again, english);
        assert_eq!(output(again.as_bytes(), &Options::excel(None)), excel);
    }

    #[test]
    fn the_template_computes() {
        let t = template();
        assert!(t.starts_with("姓名或标签,评估日期,出生日期,"), "{t}");
        assert_eq!(t.lines().count(), 3);
        let (s, rows) = run_with(&t, &Options { default_date: Some(DAY), ..Options::default() });
        assert_eq!(s, Summary { rows: 2, ..Summary::default() });
        assert_eq!(col(&rows[0], "birth_date"), "1992-04-15");
        assert_eq!(col(&rows[0], "category"), "B");
        assert_eq!(col(&rows[1], "mode"), "柔性引进", "the input as written");
        assert!(col(&rows[1], "benefits").contains("Daily remuneration subsidy 12,000.00"), "{:?}", rows[1]);
        assert_eq!(col(&rows[0], "loan_term_months"), "3年", "numbers as people type them");
    }

    #[test]
    fn a_recruiters_own_headers_are_read_and_a_header_that_could_mean_two_columns_is_refused() {
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let theirs =
            "姓名,出生日期,学历,职称,单位类型,合同年限,入职时间\n张三,1992-04-15,博士,无,企业,3,2026-01-05\n";
        let ours = "label,birth_date,full_time_degree,title_level,employer_type,contract_years,start_date\n\
                    张三,1992-04-15,博士,无,企业,3,2026-01-05\n";
        assert_eq!(output(theirs.as_bytes(), &options), output(ours.as_bytes(), &options));
        let mut out = Vec::new();
        let err = run("姓名,期限\n张三,3\n".as_bytes(), &mut out, &options).unwrap_err();
        assert!(
            matches!(err, BatchError::AmbiguousColumn(ref h, ["contract_years", "loan_term_months"]) if h == "期限")
        );
        assert_eq!(
            err.to_string(),
            "column \"期限\" could mean contract_years (合同期限（年）) or loan_term_months (贷款期限（月）): \
             give it one of these headers"
        );
        let err =
            run("姓名,学历,最高全日制学历\n张三,博士,博士\n".as_bytes(), &mut out, &options).unwrap_err();
        assert_eq!(err.to_string(), "column full_time_degree is given twice (header \"最高全日制学历\")");
        assert!(out.is_empty());
    }

    #[test]
    fn a_title_column_reads_the_titles_sheets_list_as_their_levels() {
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let titles = "姓名,出生日期,职称\n\
                      甲,1970-01-01,高级工程师\n\
                      乙,1970-01-01,主治医师\n\
                      丙,1970-01-01,正高级经济师\n\
                      丁,1970-01-01,高工\n\
                      戊,1970-01-01,Senior Engineer\n";
        let levels = "label,birth_date,title_level\n\
                      甲,1970-01-01,associate_senior\n\
                      乙,1970-01-01,intermediate\n\
                      丙,1970-01-01,senior\n\
                      丁,1970-01-01,associate_senior\n\
                      戊,1970-01-01,associate_senior\n";
        let (summary, rows) = run_with(titles, &options);
        assert!(summary.errors.is_empty(), "{rows:?}");
        let categories: Vec<String> = rows.iter().map(|r| col(r, "category")).collect();
        assert_eq!(categories, ["C", "D", "B", "C", "C"]);
        assert_eq!(col(&rows[0], "title_level"), "高级工程师", "the cell as written");
        let results = |csv: &str| {
            let (_, rows) = run_with(csv, &options);
            rows.iter()
                .map(|r| RESULT_COLUMNS.iter().map(|c| col(r, c)).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        };
        assert_eq!(results(titles), results(levels));
        let (summary, rows) = run_with("label,birth_date,title_level\n己,1970-01-01,高级技师\n", &options);
        assert_eq!(summary.errors.len(), 1, "a skill grade is no professional title");
        assert!(col(&rows[0], "error").contains("title_level"), "{:?}", rows[0]);
    }

    #[test]
    fn numbers_read_as_people_type_them() {
        let header = "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,\
                      contract_years,housing_choice,purchase_price,loan_principal,loan_annual_rate,loan_term_months,\
                      loan_repayment\n";
        let plain = "plain,1992-04-15,doctorate,full_time,enterprise,yes,3,cash,500000,300000,0.0345,36,interest_only\n";
        let typed = [
            "typed,1992-04-15,doctorate,full_time,enterprise,yes,36个月,cash,50万,30万,3.45 %,3年,interest_only\n",
            "full width,1992-04-15,doctorate,full_time,enterprise,yes,３年,cash,５０万元,\"３００，０００\",３．４５％,３６个月,interest_only\n",
            "separators,1992-04-15,doctorate,full_time,enterprise,yes,3,cash,\"500,000.00\",¥300000,3.45%,36 months,interest_only\n",
        ];
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let (s, rows) = run_with(&format!("{header}{plain}{}", typed.concat()), &options);
        assert_eq!(s.errors, []);
        assert_eq!(col(&rows[0], "talent_max"), "624325.00");
        for row in &rows[1..] {
            for column in RESULT_COLUMNS {
                assert_eq!(col(row, column), col(&rows[0], column), "{}: {column}", row[0]);
            }
        }
        // Days and people too, and a whole count stays whole.
        let (s, rows) = run_with(
            "label,birth_date,title_level,mode,employer_type,division_affiliated,flexible_days\n\
             a,1970-01-01,senior,flexible,enterprise,是,\"1,000天\"\nb,1970-01-01,senior,flexible,enterprise,是,1000\n\
             c,1970-01-01,senior,flexible,enterprise,是,1000.5\n",
            &options,
        );
        assert_eq!(col(&rows[0], "employer_max"), col(&rows[1], "employer_max"));
        let f = &s.errors[0].faults[0];
        assert_eq!(
            (f.column, f.kind, f.message.as_str()),
            (Some("flexible_days"), ErrorKind::NotANumber, "expected a whole number, got \"1000.5\"")
        );
        let (s, _) = run_with("label,birth_date,loan_term_months\na,1990-01-01,3天\n", &options);
        assert_eq!(s.errors[0].faults[0].message, NOT_A_CSV_NUMBER, "a unit of another column");
    }

    #[test]
    fn every_bad_cell_of_a_row_is_named() {
        let csv =
            "label,birth_date,full_time_degree,open_ended_contract,start_date,flexible_days,purchase_price,\
                   graduation_date,mode\n\
                   many,1990-01-01,phd,maybe,2026/2/30,6.5,abc,1980-01-01,full_time\n\
                   engine,1990-01-01,doctorate,no,2024-06-01,,,1980-01-01,full_time\n\
                   no birth,1990-02-30,phd,,,,,,\n";
        let options = Options { default_date: Some(DAY), ..Options::default() };
        let (s, rows) = run_with(csv, &options);
        let named = |e: &RowError| e.faults.iter().map(|f| (f.column, f.kind)).collect::<Vec<_>>();
        assert_eq!(
            named(&s.errors[0]),
            [
                (Some("open_ended_contract"), ErrorKind::WrongType),
                (Some("full_time_degree"), ErrorKind::UnknownValue),
                (Some("start_date"), ErrorKind::NotADate),
                (Some("flexible_days"), ErrorKind::NotANumber),
                (Some("purchase_price"), ErrorKind::NotANumber),
                (Some("graduation_date"), ErrorKind::BeforeBirth),
            ],
            "each cell that does not read, then what the engine refuses of the others"
        );
        assert_eq!(s.errors[0].faults[1].value, "phd");
        assert_eq!(s.errors[0].faults[4].value, "abc");
        assert_eq!(
            named(&s.errors[1]),
            [
                (Some("graduation_date"), ErrorKind::BeforeBirth),
                (Some("start_date"), ErrorKind::BeforePolicy)
            ],
            "every problem the engine finds"
        );
        assert_eq!(
            named(&s.errors[2]),
            [(Some("birth_date"), ErrorKind::NotADate), (Some("full_time_degree"), ErrorKind::UnknownValue)],
            "a person without a birth date is not assessed, and not also missing"
        );
        let error = col(&rows[0], "error");
        assert!(
            error.starts_with(
                "open_ended_contract: expected yes or no, got \"maybe\"; full_time_degree: unknown value"
            ),
            "{error}"
        );
        assert!(error.ends_with("; graduation_date: before the birth date"), "{error}");
        assert!(s.errors[1].to_string().starts_with("row 3: graduation_date: "), "{}", s.errors[1]);
        assert!(s.errors[1].to_string().contains("; start_date: "), "{}", s.errors[1]);

        // A loan missing a part: that part is named, and the rest still checked.
        let (s, _) = run_with(
            "label,birth_date,start_date,loan_principal,loan_annual_rate\na,1990-01-01,2024-06-01,30万,3.45%\n",
            &options,
        );
        assert_eq!(
            named(&s.errors[0]),
            [
                (Some("loan_term_months"), ErrorKind::Required),
                (Some("loan_repayment"), ErrorKind::Required),
                (Some("start_date"), ErrorKind::BeforePolicy)
            ],
        );
        let (s, _) =
            run_with("label,assessment_date,open_ended_contract\na,2026-11-23,maybe\n", &Options::default());
        assert_eq!(
            named(&s.errors[0]),
            [(Some("open_ended_contract"), ErrorKind::WrongType), (None, ErrorKind::Required)],
            "no person: the engine says so"
        );

        let rows: Vec<Row> = super::rows(csv.as_bytes(), &options).unwrap().map(Result::unwrap).collect();
        let mut line = Vec::new();
        write_json_line(&rows[1], &mut line);
        let json: Value = serde_json::from_slice(&line).unwrap();
        assert_eq!(json["row"], 3);
        assert_eq!(json["error"]["path"], "person.graduation_date", "the first, as one error");
        let paths: Vec<&str> =
            json["errors"].as_array().unwrap().iter().map(|e| e["path"].as_str().unwrap()).collect();
        assert_eq!(paths, ["person.graduation_date", "employment.start_date"]);
    }

    #[test]
    fn results_are_written_in_the_words_of_the_headers_language() {
        let csv = "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
                   phd,1992-04-15,doctorate,full_time,enterprise,是,3\n\
                   bachelor,1999-09-09,bachelor,full_time,enterprise,否,3\n";
        let zh = output(csv.as_bytes(), &Options::excel(Some(DAY)));
        let (_, rows) = run_with(&zh, &Options { default_date: Some(DAY), ..Options::default() });
        assert!(
            zh.contains(
                ",\"生活补助 180,000.00；住房补助 28,800.00；购房补助 400,000.00；人才服务卡 非现金待遇\","
            ),
            "{zh}"
        );
        assert!(
            zh.contains("生活补助：人才类别不在该单位类型的适用范围内，须为首次在师市参加社会保险"),
            "{zh}"
        );
        assert!(zh.contains(",师市人社局,"), "{zh}");
        assert_eq!(col(&rows[0], "category"), "B", "read back, recomputed");
        let en = output(csv.as_bytes(), &Options { default_date: Some(DAY), ..Options::default() });
        assert!(en.contains(",\"Living allowance 180,000.00; Housing allowance 28,800.00; Home-purchase subsidy 400,000.00; Talent service card in kind\","), "{en}");
        assert!(en.contains(",the city's Human Resources and Social Security Bureau,"), "{en}");
        assert!(en.contains(",B,2038-04-15,608800.00,608800.00,0.00,0.00,"), "totals stay numbers: {en}");
    }

    #[test]
    fn no_template_row_is_refused_anything_for_a_value_it_gives() {
        let options = Options { default_date: Some(DAY), ..Options::default() };
        for row in rows(template().as_bytes(), &options).unwrap() {
            let row = row.unwrap();
            let a = row.outcome.as_ref().unwrap_or_else(|e| panic!("{e}"));
            assert!(a.category.is_some(), "{}", row.label());
            // Only the benefits of the other way of working (full time, flexible) do not apply.
            for i in &a.ineligible {
                let other_mode = |r: &crate::ids::Reason| {
                    matches!(r, crate::ids::Reason::NotFullTime | crate::ids::Reason::NotFlexible)
                };
                assert!(i.reasons.iter().all(other_mode), "{}: {:?}", row.label(), i);
            }
        }
        let loan = rows(template().as_bytes(), &options).unwrap().next().unwrap().unwrap();
        let benefits = &loan.outcome.unwrap().benefits;
        assert!(benefits.iter().any(|b| b.id == crate::ids::BenefitId::StartupLoanInterest), "{benefits:?}");
    }

    #[test]
    fn chinese_words_and_spreadsheet_dates_read_as_the_ids_do() {
        let header = "label,birth_date,full_time_degree,title_level,mode,location,employer_type,\
                      first_social_insurance_in_city,contract_years,housing_choice,honors,start_date\n";
        let ids = "ids,1992-04-15,doctorate,none,full_time,elsewhere,enterprise,yes,3,cash,\
                   state_council_allowance;national_technical_expert,2026-01-05\n";
        let words = "words,1992/4/15,博士,无职称,全职,师市其他地方,企业,是,3,住房补助,\
                     国务院特殊津贴；全国技术能手,2026年1月5日\n";
        let (s, rows) = run_with(
            &format!("{header}{ids}{words}"),
            &Options { default_date: Some(DAY), ..Options::default() },
        );
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        for column in RESULT_COLUMNS {
            assert_eq!(col(&rows[0], column), col(&rows[1], column), "{column}");
        }
        assert_eq!(col(&rows[1], "category"), "B");
        assert_eq!(col(&rows[1], "full_time_degree"), "博士", "the input as written");
        let (s, _) = run_with(
            &format!("{header}bad,1992/4/15,博士后；硕士,,,,,,,,,\n"),
            &Options { default_date: Some(DAY), ..Options::default() },
        );
        assert_eq!(
            (s.errors[0].faults[0].column, s.errors[0].faults[0].kind),
            (Some("full_time_degree"), ErrorKind::UnknownValue)
        );
        assert_eq!(s.errors[0].faults[0].value, "博士后；硕士", "one value: the whole cell");
        // Honours as a list is written in Chinese, with 、, beside the one whose name has a 、 itself.
        let expert = "国家重点学科、重点实验室、工程研究（技术）中心专家学者";
        let list = format!("label,birth_date,honors\na,1970-01-01,天山英才、兵团英才；{expert}\nb,1970-01-01,天山英才、院士\n");
        let (s, rows) = run_with(&list, &Options { default_date: Some(DAY), ..Options::default() });
        assert_eq!(s.errors.len(), 1, "{:?}", s.errors);
        assert_eq!((s.errors[0].row, s.errors[0].faults[0].column), (3, Some("honors")));
        assert_eq!(s.errors[0].faults[0].value, "院士", "the item at fault, not the whole cell");
        assert_eq!(col(&rows[0], "error"), "");
        let list = "label,birth_date,honors\na,1970-01-01,天山英才；杰出青年 ；兵团英才\n";
        let (s, _) = run_with(list, &Options { default_date: Some(DAY), ..Options::default() });
        assert_eq!(s.errors[0].faults[0].value, "杰出青年");
        // That one joined by 、 to another, and 、 with nothing between.
        let list = format!(
            "label,birth_date,honors\na,1970-01-01,天山英才、{expert}\nb,1970-01-01,天山英才、、兵团英才、\n"
        );
        let (s, rows) = run_with(&list, &Options { default_date: Some(DAY), ..Options::default() });
        assert_eq!(s.errors, []);
        assert_eq!(col(&rows[0], "honors"), format!("天山英才、{expert}"), "as written");
        assert_eq!(cells::unknown_honor(&"x、".repeat(10_000)), Some("x"));
    }

    #[test]
    fn no_honour_is_named_by_more_items_than_a_list_is_read_in() {
        let honors = words::vocabulary("honors").expect("honours have words");
        assert_eq!(honors.len(), crate::ids::Honor::ALL.len());
        let most = honors
            .iter()
            .flat_map(|(id, words)| words.iter().chain([id]))
            .map(|w| w.split('、').count())
            .max();
        assert_eq!(most, Some(cells::HONOR_ITEMS));
    }

    #[test]
    fn a_caller_may_say_a_bad_rows_fault_in_its_own_words() {
        let csv = "label,birth_date\nok,1992-04-15\nbad,1992-02-30\n";
        let options = Options::excel(Some(DAY));
        let mut out = Vec::new();
        let mut writer = Writer::new(&mut out, &options).unwrap();
        for row in rows(csv.as_bytes(), &options).unwrap() {
            writer.row_saying(&row.unwrap(), |e| format!("第{}行：{:?}", e.row, e.faults[0].kind)).unwrap();
        }
        writer.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with(",第3行：NotADate\n"), "{text}");
        assert_eq!(text.lines().nth(1).map(|l| l.ends_with(',')), Some(true), "no error, an empty cell");
    }

    #[test]
    fn a_bound_crossed_is_given_apart_for_a_ui_to_say() {
        let csv = "label,birth_date,start_date\nyoung,2015-01-01,\nearly,1990-01-01,2015/1/1\n";
        let (s, _) = run_with(csv, &Options { default_date: Some(DAY), ..Options::default() });
        let got: Vec<_> = s.errors.iter().map(|e| (e.faults[0].kind, e.faults[0].limit.as_deref())).collect();
        assert_eq!(got, [(ErrorKind::TooYoung, Some("16")), (ErrorKind::BeforePolicy, Some("2025-01-01"))]);
    }

    #[test]
    fn cells_pasted_out_of_a_spreadsheet_are_read_by_their_tabs() {
        let tabs = "姓名或标签\t出生日期\t最高全日制学历\n甲\t1992/4/15\t博士\n乙, 丙\t1994-06-01\tmaster\n";
        let (s, rows) = run_with(tabs, &Options { default_date: Some(DAY), ..Options::default() });
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        assert_eq!(col(&rows[0], "full_time_degree"), "博士");
        assert_eq!(col(&rows[1], "label"), "乙, 丙", "a comma is text between tabs");
        let commas = "label,birth_date\n\"a\tb\",1992-04-15\n";
        let (_, rows) = run_with(commas, &Options { default_date: Some(DAY), ..Options::default() });
        assert_eq!(col(&rows[0], "label"), "a\tb", "a header with commas is comma-separated");
    }

    #[test]
    fn a_csv_typed_with_full_width_commas_reads_as_with_commas() {
        let typed = "姓名或标签，出生日期，最高全日制学历\n甲，1992/4/15，博士\n";
        assert_eq!(comma_separated(typed), "姓名或标签,出生日期,最高全日制学历\n甲,1992/4/15,博士\n");
        let (s, rows) =
            run_with(&comma_separated(typed), &Options { default_date: Some(DAY), ..Options::default() });
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        assert_eq!(col(&rows[0], "category"), "B");
        // A header with commas or tabs: a full-width comma is text in a cell.
        let text = "label,birth_date\n示例一：博士，企业全职,1992-04-15\n";
        assert!(matches!(comma_separated(text), std::borrow::Cow::Borrowed(_)));
        let tabs = "label\tbirth_date\n甲，乙\t1992-04-15\n";
        assert!(matches!(comma_separated(tabs), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_workbook_or_binary_file_is_told_apart_from_csv() {
        assert_eq!(NotCsv::detect(b"PK\x03\x04\x14\x00\x06\x00"), Some(NotCsv::Workbook));
        assert_eq!(NotCsv::detect(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00"), Some(NotCsv::Workbook));
        assert_eq!(NotCsv::detect(b"\xff\xfel\x00a\x00"), Some(NotCsv::Binary), "UTF-16");
        assert_eq!(NotCsv::detect(b"label\nPK\x03\x04\n"), None);
        assert_eq!(
            NotCsv::detect(b"\xef\xbb\xbf\r\n<html xmlns:o=\"urn:x\">"),
            Some(NotCsv::Workbook),
            "HTML saved as .xls"
        );
        assert_eq!(NotCsv::detect(b"<?xml version=\"1.0\"?><Workbook>"), Some(NotCsv::Workbook));
        assert_eq!(NotCsv::detect("姓名或标签\n".as_bytes()), None);
        assert_eq!(NotCsv::detect(GBK), None);
        assert_eq!(NotCsv::detect(b""), None);
        assert!(NotCsv::Workbook.message().contains("Excel workbook"));
    }

    // "姓名或标签,评估日期,出生日期,最高全日制学历\n张三,2026-11-23,1992-04-15,doctorate\n" as Excel in China saves it.
    const GBK: &[u8] = b"\xd0\xd5\xc3\xfb\xbb\xf2\xb1\xea\xc7\xa9,\xc6\xc0\xb9\xc0\xc8\xd5\xc6\xda,\
        \xb3\xf6\xc9\xfa\xc8\xd5\xc6\xda,\xd7\xee\xb8\xdf\xc8\xab\xc8\xd5\xd6\xc6\xd1\xa7\xc0\xfa\n\
        \xd5\xc5\xc8\xfd,2026-11-23,1992-04-15,doctorate\n";

    #[test]
    fn the_encoding_is_detected() {
        assert_eq!(Encoding::detect(b"label\n"), Encoding::Utf8);
        assert_eq!(Encoding::detect("出生日期\n".as_bytes()), Encoding::Utf8);
        assert_eq!(Encoding::detect("\u{feff}出生日期\n".as_bytes()), Encoding::Utf8Bom);
        assert_eq!(Encoding::detect(GBK), Encoding::Gb18030);
        assert_eq!(Encoding::detect(GBK).label(), "gb18030");
        assert_eq!(Encoding::detect(b"").label(), "utf-8");
    }

    #[cfg(feature = "gb18030")]
    #[test]
    fn gbk_bom_and_plain_utf8_decode() {
        use std::borrow::Cow;
        let text = "姓名或标签,评估日期,出生日期,最高全日制学历\n张三,2026-11-23,1992-04-15,doctorate\n";
        let (gbk, encoding) = decode(GBK);
        assert_eq!((gbk.as_ref(), encoding), (text, Encoding::Gb18030));
        let (plain, encoding) = decode(text.as_bytes());
        assert!(matches!(plain, Cow::Borrowed(_)), "valid UTF-8 is not copied");
        assert_eq!((plain.as_ref(), encoding), (text, Encoding::Utf8));
        let with_bom = format!("{BOM}{text}");
        let (bom, encoding) = decode(with_bom.as_bytes());
        assert_eq!((bom.as_ref(), encoding), (text, Encoding::Utf8Bom));

        let (s, rows) = run_str(&gbk);
        assert!(s.errors.is_empty(), "{:?}", s.errors);
        assert_eq!(col(&rows[0], "label"), "张三");
        assert_eq!(col(&rows[0], "category"), "B");
    }
}
