//! The engine as a JavaScript module, for a portal with its own UI: the
//! JSON of docs/contract.md in, the result (or `{"error": …}`) out, exactly
//! as `talent-check assess` prints it; and numbers as people type them, read
//! as the app's forms and batch files read them, for a portal's own boxes.
//! Built by `scripts/build-js.sh`; the typed wrapper around it is
//! `js/index.js` with `js/index.d.ts`.

use talent_rules::numbers::{self, Unit};
use wasm_bindgen::prelude::*;

/// One input's JSON → its result's JSON, or `{"error": {"path", "message", …}}`.
#[wasm_bindgen(js_name = assessJson)]
pub fn assess_json(input: &str) -> String {
    talent_rules::assess_json_line(input)
}

/// The document of the newest version of the policy (师市党办发〔2025〕17号);
/// each result names the one it followed.
#[wasm_bindgen(js_name = policyVersion)]
pub fn policy_version() -> String {
    talent_rules::policy::latest().document.to_string()
}

/// The version of the JSON contract the module reads and writes.
#[wasm_bindgen(js_name = contractVersion)]
pub fn contract_version() -> String {
    talent_rules::CONTRACT_VERSION.to_string()
}

/// A number typed as people type it (`30万`, `3年`, `36个月`, `3.45 %`,
/// full-width digits, thousands separators) in `unit` (`yuan`, `years`,
/// `months`, `days`, `people`, `percent`, `rate`, `count`), as the decimal
/// text the contract takes (`"300000"`); `undefined` when it is no number.
/// The contract itself stays as it is: a portal reads its boxes with this.
#[wasm_bindgen(js_name = readNumber)]
pub fn read_number(text: &str, unit: &str) -> Result<Option<String>, JsError> {
    let unit = Unit::parse(unit).ok_or_else(|| {
        let units: Vec<&str> = Unit::ALL.iter().map(|u| u.as_str()).collect();
        JsError::new(&format!("unknown unit {unit:?}: one of {}", units.join(", ")))
    })?;
    Ok(numbers::read(unit, text).map(|n| n.normalize().to_string()))
}
