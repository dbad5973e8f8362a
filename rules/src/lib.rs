//! Rules engine for the First Division / Alar City talent plan
//! (第一师阿拉尔市特色人才高地建设方案（试行）, 师市党办发〔2025〕17号).
//!
//! Pure and deterministic: no I/O, no clock — the assessment date is an input.
//! `assess_json` takes the JSON of docs/contract.md and returns a structured
//! result that a UI translates; `policy` holds every number of the text;
//! `timeline` spreads a result's payments over the years.

pub mod batch;
mod category;
pub mod dates;
mod enterprise;
pub mod error;
pub mod ids;
pub mod input;
mod introduction;
pub mod money;
pub mod numbers;
mod outcome;
pub mod output;
mod parse;
mod person;
pub mod policy;
pub mod relevance;
mod startup;
pub mod timeline;
#[cfg(test)]
mod typescript;

pub use category::{classify, Classification};
pub use error::{ErrorKind, InputError};
pub use input::Input;
pub use output::Assessment;
pub use parse::parse;
pub use timeline::{timeline, Timeline};

/// The version of the JSON contract (docs/contract.md): a new one when a
/// field changes its meaning or goes away; fields may be added within one.
pub const CONTRACT_VERSION: &str = "1";

/// Assesses a parsed input after checking it for impossible combinations.
pub fn assess(input: &Input) -> Result<Assessment, InputError> {
    let (t, subject) = input.validate()?;
    Ok(match subject {
        input::Subject::Person { person, employment, startup, loan } => {
            person::assess(t, person::Case { person, employment, startup, loan }, None)
        }
        input::Subject::Enterprise(e) => enterprise::assess(t, e),
    })
}

/// What a person would receive if the claimed equivalent category
/// (相当人才) were recognised: `None` when there is no higher claim to try.
/// The result is a what-if, to be shown as not yet recognised.
pub fn assess_claimed(input: &Input) -> Result<Option<Assessment>, InputError> {
    let (t, subject) = input.validate()?;
    let input::Subject::Person { person, employment, startup, loan } = subject else { return Ok(None) };
    let Some(claimed) = person.claimed_equivalent else { return Ok(None) };
    let case = person::Case { person, employment, startup, loan };
    if case.classify(t).category.is_some_and(|c| !claimed.outranks(c)) {
        return Ok(None);
    }
    Ok(Some(person::assess(t, case, Some(claimed))))
}

/// Parses and assesses one JSON input.
pub fn assess_json(json: &str) -> Result<Assessment, InputError> {
    assess(&parse(json)?)
}

/// One JSON line out for one JSON input: the result, or `{"error": …}`.
pub fn assess_json_line(json: &str) -> String {
    let mut out = Vec::with_capacity(4096);
    write_json_line(json, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// `assess_json_line` appended to a reusable buffer, without the newline.
pub fn write_json_line(json: &str, out: &mut Vec<u8>) {
    let written = match assess_json(json) {
        Ok(a) => serde_json::to_writer(&mut *out, &a),
        Err(e) => serde_json::to_writer(&mut *out, &serde_json::json!({ "error": e })),
    };
    debug_assert!(written.is_ok(), "results always serialise");
}
