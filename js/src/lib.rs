//! The engine as a JavaScript module, for a portal with its own UI: the
//! JSON of docs/contract.md in, the result (or `{"error": …}`) out, exactly
//! as `talent-check assess` prints it. Built by `scripts/build-js.sh`; the
//! typed wrapper around it is `js/index.js` with `js/index.d.ts`.

use wasm_bindgen::prelude::*;

/// One input's JSON → its result's JSON, or `{"error": {"path", "message", …}}`.
#[wasm_bindgen(js_name = assessJson)]
pub fn assess_json(input: &str) -> String {
    talent_rules::assess_json_line(input)
}

/// The policy the results follow (师市党办发〔2025〕17号).
#[wasm_bindgen(js_name = policyVersion)]
pub fn policy_version() -> String {
    talent_rules::policy::DOCUMENT.to_string()
}

/// The version of the JSON contract the module reads and writes.
#[wasm_bindgen(js_name = contractVersion)]
pub fn contract_version() -> String {
    talent_rules::CONTRACT_VERSION.to_string()
}
