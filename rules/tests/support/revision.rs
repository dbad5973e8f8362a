//! A second, fictional version of the policy that lives only in the tests:
//! the built-in data as JSON (`talent-check policy`), plus a revision from
//! 2027-01-01 that raises §11(1)'s living allowance and purchase subsidy for
//! B, §13's grant for C and §15's award. Read with `Versions::from_json`
//! (tests/policy_versions.rs) or written to a file for `--policy`
//! (tests/cli.rs); never part of a build.

use serde_json::{json, Value};

pub const REVISION: &str = "2027-revision";

/// The data file of the built-in policy and the fictional revision, as JSON.
pub fn revised_json() -> Value {
    let mut v: Value = serde_json::from_str(talent_rules::policy::policy_json()).unwrap();
    v["versions"].as_array_mut().unwrap().push(json!({
        "id": REVISION,
        "document": "师市党办发〔2027〕1号（虚构，仅用于测试）",
        "in_force_from": "2027-01-01",
        "changes": "A fictional revision for the tests.",
    }));
    let mut change = |entry: &str, value: Value| {
        let values = v[entry]["values"].as_array_mut().unwrap();
        values.push(json!({"from": "2027-01-01", "value": value}));
    };
    change("living_monthly", json!({"A": "7000", "B": "6000", "C": "3000"}));
    change("purchase_subsidy", json!({"A": "500000", "B": "450000", "C": "320000"}));
    change("startup_grant", json!({"B": "50000", "C": "40000", "D": "20000", "E": "10000"}));
    change("honor_award", json!("20000"));
    v
}
