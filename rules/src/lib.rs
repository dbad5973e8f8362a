//! Rules engine for the First Division / Alar City talent plan
//! (第一师阿拉尔市特色人才高地建设方案（试行）, 师市党办发〔2025〕17号).
//!
//! Pure and deterministic: no I/O, no clock — the assessment date is an input.
//! `assess_json` takes the JSON of docs/contract.md and returns a structured
//! result that a UI translates; `policy` holds every number of the text, as
//! versions compiled from `rules/policy/policy.toml` (docs/policy-data.md);
//! `timeline` spreads a result's payments over the years.
//!
//! Each clause is decided in one module, named by what it decides; `person`
//! and `enterprise` only run the clauses in order for one subject, each
//! under the `Policy` of the version that governs it (INT-14). Policy
//! numbers and lists are data, each entry beside its clause and words.
//!
//! | clause | decided in |
//! |---|---|
//! | §1 platform awards | `enterprise` |
//! | §2, §4, §7, §8, §9 programmes | `policy::related_programmes`, listed by `person` |
//! | §3 专精特新 and breakthrough awards | `enterprise` |
//! | §5 产教融合 awards | `enterprise`; the education programme as for §2 |
//! | §6 medical staffing | `medical`; the medical programme as for §2 |
//! | §10 category | `category`; a 相当人才 claim's review in `case_review` |
//! | §11(1) full-time introduction | `introduction::full_time` |
//! | §11(2) flexible introduction | `introduction::flexible`; an enterprise's hires in `enterprise` |
//! | §11(3) high-tech zone | `introduction::high_tech_zone` |
//! | §11(4) 一事一议 review | `case_review` |
//! | §12 expert workstations | `enterprise` |
//! | §13 start-up grant and loan | `startup` |
//! | §14 talent service card | `service_card` |
//! | §15 honour award | `honours` |
//! | §16 departments | `Policy::department_for_employer` and the other departments of the data; where a review goes: `case_review::department` |
//!
//! | interpretation | decided in |
//! |---|---|
//! | INT-01 counting, ages, periods | `dates` |
//! | INT-02 degree and title "at least" | `category` |
//! | INT-03 housing either/or | `introduction::full_time` |
//! | INT-04 Bingtuan top-up | `introduction::full_time` |
//! | INT-05 专精特新 no stacking | `enterprise` |
//! | INT-06 industrial awards' departments | `Policy::departments_for_award` (data) |
//! | INT-07 registered before graduation | `startup::grant` |
//! | INT-08 medical title or degree | `medical` |
//! | INT-09 programmes' departments | `policy::related_programmes` |
//! | INT-10 category A and the start-up grant | `startup::listed_as` |
//! | INT-11 the start date decides the category | `category::decided_on` |
//! | INT-12 dates the text can govern | `input` (bounds in `policy`) |
//! | INT-13 where the employer is | `policy::employer_type_at` |
//! | INT-14 which version governs | `policy::Versions::governing`, `policy::Governing::of` |
//!
//! Whether §11(1) can still pay, which the form asks before housing
//! questions (`relevance`), is `introduction::full_time_may_pay`, the same
//! test the assessment refuses with.

pub mod batch;
pub mod calendar;
mod case_review;
mod category;
mod compact_json;
pub mod dates;
pub mod documents;
mod enterprise;
pub mod error;
mod honours;
pub mod ids;
pub mod input;
mod introduction;
mod medical;
pub mod money;
pub mod numbers;
mod outcome;
pub mod output;
mod parse;
mod person;
pub mod plausibility;
pub mod policy;
pub mod relevance;
pub mod review_bundle;
mod service_card;
pub mod standard_hire;
mod startup;
pub mod timeline;
pub mod title_names;
#[cfg(test)]
mod typescript;

pub use category::{classify, Classification};
pub use error::{ErrorKind, InputError};
pub use input::Input;
pub use output::Assessment;
pub use parse::parse;
pub use policy::Versions;
pub use timeline::{timeline, Timeline};

/// The version of the JSON contract (docs/contract.md): a new one when a
/// field changes its meaning or goes away; fields may be added within one.
pub const CONTRACT_VERSION: &str = "1";

/// Assesses a parsed input after checking it for impossible combinations,
/// under the compiled-in policy.
pub fn assess(input: &Input) -> Result<Assessment, InputError> {
    assess_in(policy::versions(), input)
}

/// `assess` under `versions` (a policy read with `Versions::from_json`), each
/// part of the result under the version INT-14 selects.
pub fn assess_in(versions: &Versions, input: &Input) -> Result<Assessment, InputError> {
    let (t, subject) = input.validate_in(versions)?;
    Ok(match subject {
        input::Subject::Person { person, employment, startup, loan } => {
            let case = person::Case { person, employment, startup, loan };
            let mut a = person::assess(versions, t, case, None);
            a.warnings = plausibility::unlikely(versions, Some(t), Some(person), employment);
            a
        }
        input::Subject::Enterprise(e) => enterprise::assess(versions.in_force(t), t, e),
    })
}

/// What a person would receive if the claimed equivalent category
/// (相当人才) were recognised: `None` when there is no higher claim to try.
/// The result is a what-if, to be shown as not yet recognised.
pub fn assess_claimed(input: &Input) -> Result<Option<Assessment>, InputError> {
    assess_claimed_in(policy::versions(), input)
}

/// `assess_claimed` under `versions`.
pub fn assess_claimed_in(versions: &Versions, input: &Input) -> Result<Option<Assessment>, InputError> {
    let (t, subject) = input.validate_in(versions)?;
    let input::Subject::Person { person, employment, startup, loan } = subject else { return Ok(None) };
    let Some(claimed) = person.claimed_equivalent else { return Ok(None) };
    let case = person::Case { person, employment, startup, loan };
    let Some(claimed) = case_review::claim_above(Some(claimed), case.classify(versions, t).category) else {
        return Ok(None);
    };
    Ok(Some(person::assess(versions, t, case, Some(claimed))))
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
    write_json_line_in(policy::versions(), json, out)
}

/// `write_json_line` under `versions` (a draft read with `Versions::from_json`).
pub fn write_json_line_in(versions: &Versions, json: &str, out: &mut Vec<u8>) {
    let written = match parse(json).and_then(|input| assess_in(versions, &input)) {
        Ok(a) => compact_json::write(out, &a),
        Err(e) => compact_json::write(out, &serde_json::json!({ "error": e })),
    };
    debug_assert!(written.is_ok(), "results always serialise");
}
