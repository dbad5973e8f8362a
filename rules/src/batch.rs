//! The CSV form of a batch of persons: one row in, the same row out with the
//! result columns appended. A bad row gets its `error` column; the rest compute.

use crate::error::InputError;
use crate::money::Money;
use crate::output::{Amount, Assessment};
use serde_json::{Map, Value};
use std::io::{Read, Write};

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

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub rows: usize,
    pub errors: usize,
}

/// Why a batch stopped: its input could not be read, or its output not written.
#[derive(Debug)]
pub enum BatchError {
    /// A bad header, a broken CSV file or a failed read, in words.
    Input(String),
    Output(std::io::Error),
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
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

/// Reads the whole CSV and writes the result CSV. Fails only when the file
/// itself cannot be read (bad header, broken CSV, I/O) or the output not written.
pub fn run<R: Read, W: Write>(input: R, output: W) -> Result<Summary, BatchError> {
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(input);
    let headers =
        reader.headers().map_err(|e| BatchError::Input(format!("cannot read the header row: {e}")))?.clone();
    let mut columns = Vec::new();
    for h in headers.iter() {
        match INPUT_COLUMNS.iter().find(|(c, _, _)| *c == h) {
            Some(col) => columns.push(*col),
            None => {
                let known: Vec<_> = INPUT_COLUMNS.iter().map(|c| c.0).collect();
                return Err(BatchError::Input(format!(
                    "unknown column {h:?}; the columns are: {}",
                    known.join(", ")
                )));
            }
        }
    }
    let mut writer = csv::Writer::from_writer(output);
    let header: Vec<&str> = INPUT_COLUMNS.iter().map(|c| c.0).chain(RESULT_COLUMNS.iter().copied()).collect();
    writer.write_record(&header).map_err(written)?;
    let mut summary = Summary::default();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| BatchError::Input(format!("row {}: {e}", i + 2)))?;
        let cells: Vec<(&(&str, &str, Kind), &str)> = columns.iter().zip(record.iter()).collect();
        let result = row_input(&cells).and_then(|json| crate::assess_json(&json).map_err(column_error));
        summary.rows += 1;
        let mut out: Vec<String> = INPUT_COLUMNS
            .iter()
            .map(|c| {
                cells.iter().find(|(col, _)| col.0 == c.0).map(|(_, v)| v.to_string()).unwrap_or_default()
            })
            .collect();
        match result {
            Ok(a) => out.extend(result_cells(&a)),
            Err(e) => {
                summary.errors += 1;
                out.extend(std::iter::repeat_n(String::new(), RESULT_COLUMNS.len() - 1));
                out.push(e);
            }
        }
        writer.write_record(&out).map_err(written)?;
    }
    writer.flush().map_err(BatchError::Output)?;
    Ok(summary)
}

/// Names the CSV column where the JSON path has one.
fn column_error(e: InputError) -> String {
    match INPUT_COLUMNS.iter().find(|c| !c.1.is_empty() && c.1 == e.path) {
        Some(c) => format!("{}: {}", c.0, e.message()),
        None => e.to_string(),
    }
}

fn row_input(cells: &[(&(&str, &str, Kind), &str)]) -> Result<String, String> {
    let mut root = Map::new();
    for ((column, path, kind), raw) in cells {
        if raw.is_empty() || path.is_empty() {
            continue;
        }
        let value = match kind {
            Kind::Text => Value::from(*raw),
            Kind::Bool => match raw.to_ascii_lowercase().as_str() {
                "true" | "yes" | "y" | "1" | "是" => Value::Bool(true),
                "false" | "no" | "n" | "0" | "否" => Value::Bool(false),
                _ => return Err(format!("{column}: expected yes or no, got {raw:?}")),
            },
            Kind::Int => match raw.parse::<i64>() {
                Ok(n) => Value::from(n),
                Err(_) => return Err(format!("{column}: expected a whole number, got {raw:?}")),
            },
            Kind::List => Value::Array(
                raw.split([';', '|']).map(str::trim).filter(|s| !s.is_empty()).map(Value::from).collect(),
            ),
        };
        let (section, field) = path.split_once('.').unwrap_or(("", path));
        if section.is_empty() {
            root.insert(field.to_string(), value);
        } else {
            let entry = root.entry(section.to_string()).or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(m) = entry {
                m.insert(field.to_string(), value);
            }
        }
    }
    Ok(Value::Object(root).to_string())
}

fn amount_text(a: &Amount) -> String {
    match a {
        Amount::Exact(m) => m.to_string(),
        Amount::Range { min, max } => format!("{min}-{max}"),
        Amount::UpTo(m) => format!("<={m}"),
        Amount::InKind(_) => "in_kind".to_string(),
    }
}

fn result_cells(a: &Assessment) -> Vec<String> {
    let join = |items: Vec<String>| items.join("; ");
    let money = |m: Money| m.to_string();
    vec![
        a.category.map(|c| c.as_str().to_string()).unwrap_or_default(),
        a.category_valid_until.map(|d| d.to_string()).unwrap_or_default(),
        money(a.totals.talent.min),
        money(a.totals.talent.max),
        money(a.totals.employer.min),
        money(a.totals.employer.max),
        join(a.benefits.iter().map(|b| format!("{}={}", b.id.as_str(), amount_text(&b.amount))).collect()),
        join(
            a.ineligible
                .iter()
                .map(|i| {
                    let reasons: Vec<_> = i.reasons.iter().map(|r| r.as_str()).collect();
                    format!("{}:{}", i.id.as_str(), reasons.join("|"))
                })
                .collect(),
        ),
        join(a.referrals.iter().map(|r| r.id.as_str().to_string()).collect()),
        join(a.apply_to.iter().map(|d| d.as_str().to_string()).collect()),
        String::new(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(csv: &str) -> (Summary, Vec<Vec<String>>) {
        let mut out = Vec::new();
        let s = run(csv.as_bytes(), &mut out).unwrap();
        let mut r = csv::Reader::from_reader(out.as_slice());
        let rows = r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect();
        (s, rows)
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

    #[test]
    fn a_bad_row_does_not_stop_the_others() {
        let csv = "label,assessment_date,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
                   phd,2026-11-23,1992-04-15,doctorate,full_time,enterprise,yes,3\n\
                   typo,2026-11-23,1992-13-15,doctorate,full_time,enterprise,yes,3\n\
                   bachelor,2026-11-23,1999-09-09,bachelor,full_time,enterprise,no,3\n";
        let (s, rows) = run_str(csv);
        assert_eq!(s, Summary { rows: 3, errors: 1 });
        assert_eq!(col(&rows[0], "category"), "B");
        assert_eq!(col(&rows[0], "talent_max"), "608800.00");
        assert!(col(&rows[1], "error").starts_with("birth_date: not a date"), "{}", col(&rows[1], "error"));
        assert_eq!(col(&rows[1], "birth_date"), "1992-13-15", "the input is echoed");
        assert_eq!(col(&rows[2], "category"), "D");
        assert!(col(&rows[2], "ineligible")
            .contains("living_subsidy:category_not_allowed_for_employer|not_first_social_insurance"));
    }

    #[test]
    fn unknown_columns_and_bad_booleans_are_named() {
        let mut out = Vec::new();
        let err = run("label,birthdate\nx,1990-01-01\n".as_bytes(), &mut out).unwrap_err().to_string();
        assert!(err.contains("unknown column \"birthdate\""), "{err}");
        let (_, rows) =
            run_str("assessment_date,birth_date,open_ended_contract\n2026-11-23,1990-01-01,maybe\n");
        assert_eq!(col(&rows[0], "error"), "open_ended_contract: expected yes or no, got \"maybe\"");
    }

    #[test]
    fn honours_are_a_semicolon_list() {
        let (_, rows) = run_str("assessment_date,birth_date,honors\n2026-11-23,1960-01-01,cae_academician; tianshan_talent_first\n");
        assert_eq!(col(&rows[0], "category"), "A");
        assert!(col(&rows[0], "benefits").contains("talent_honor_award=10000.00"));
    }
}
