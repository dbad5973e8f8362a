//! The acceptance cases in `policy_cases/`, matched as docs/acceptance-cases.md says:
//! partial expectations, sets of ids, ±0.05 yuan for equal-instalment loans.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/policy_cases")
}

fn read(name: &str) -> Value {
    let text = std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_json::from_str(&text).unwrap()
}

fn by_id(v: &Value) -> BTreeMap<String, Value> {
    v.as_array()
        .map(|a| a.iter().map(|x| (x["id"].as_str().unwrap_or_default().to_string(), x.clone())).collect())
        .unwrap_or_default()
}

fn money(v: &Value) -> f64 {
    v.as_str().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN)
}

fn is_zero_exact(b: &Value) -> bool {
    b["amount"]["exact"].as_str().is_some_and(|m| money(&Value::from(m)) == 0.0)
}

fn amounts_equal(got: &Value, want: &Value, tolerance: f64) -> bool {
    match (got, want) {
        (Value::String(_), Value::String(_)) => {
            if tolerance == 0.0 {
                got == want
            } else {
                (money(got) - money(want)).abs() <= tolerance
            }
        }
        (Value::Object(g), Value::Object(w)) => {
            g.len() == w.len()
                && w.iter().all(|(k, wv)| g.get(k).is_some_and(|gv| amounts_equal(gv, wv, tolerance)))
        }
        _ => got == want,
    }
}

fn check(name: &str, input: &Value, got: &Value, want: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    let tolerance = if input["loan"]["repayment"] == "equal_installments" { 0.05 } else { 0.0 };
    if let Some(c) = want.get("category") {
        if got["category"] != *c {
            errs.push(format!("category: got {} want {}", got["category"], c));
        }
    }
    if let Some(wb) = want.get("benefits") {
        let gb: BTreeMap<_, _> =
            by_id(&got["benefits"]).into_iter().filter(|(_, b)| !is_zero_exact(b)).collect();
        let wb: BTreeMap<_, _> = by_id(wb).into_iter().filter(|(_, b)| !is_zero_exact(b)).collect();
        let gk: Vec<_> = gb.keys().collect();
        let wk: Vec<_> = wb.keys().collect();
        if gk != wk {
            errs.push(format!("benefit ids: got {gk:?} want {wk:?}"));
        }
        for (id, w) in &wb {
            let Some(g) = gb.get(id) else { continue };
            if !amounts_equal(&g["amount"], &w["amount"], tolerance) {
                errs.push(format!("{id} amount: got {} want {}", g["amount"], w["amount"]));
            }
            if let Some(ws) = w.get("schedule") {
                if !amounts_equal(&g["schedule"], ws, tolerance) && g["schedule"] != *ws {
                    errs.push(format!("{id} schedule: got {} want {}", g["schedule"], ws));
                }
            }
        }
    }
    if let Some(wi) = want.get("ineligible") {
        let gi = by_id(&got["ineligible"]);
        for (id, w) in by_id(wi) {
            match gi.get(&id) {
                None => errs.push(format!("ineligible {id} missing")),
                Some(g) => {
                    for r in w["reasons"].as_array().into_iter().flatten() {
                        if !g["reasons"].as_array().is_some_and(|a| a.contains(r)) {
                            errs.push(format!("ineligible {id}: reason {r} missing in {}", g["reasons"]));
                        }
                    }
                }
            }
        }
    }
    if let Some(wr) = want.get("referrals") {
        let gr = by_id(&got["referrals"]);
        for id in by_id(wr).keys() {
            if !gr.contains_key(id) {
                errs.push(format!("referral {id} missing"));
            }
        }
    }
    if let Some(wa) = want.get("apply_to") {
        for d in wa.as_array().into_iter().flatten() {
            if !got["apply_to"].as_array().is_some_and(|a| a.contains(d)) {
                errs.push(format!("apply_to {d} missing in {}", got["apply_to"]));
            }
        }
    }
    if let Some(wc) = want.get("criteria_met") {
        let gc = by_id(&got["criteria_met"]);
        for (id, w) in by_id(wc) {
            match gc.get(&id) {
                None => errs.push(format!("criterion {id} missing")),
                Some(g) => {
                    if let Some(v) = w.get("valid_until") {
                        if g.get("valid_until") != Some(v) {
                            errs.push(format!(
                                "criterion {id} valid_until: got {:?} want {v}",
                                g.get("valid_until")
                            ));
                        }
                    }
                }
            }
        }
    }
    for key in ["totals", "funding"] {
        if let Some(w) = want.get(key) {
            let g = &got[key];
            let ok = match w.as_object() {
                Some(wm) => wm.iter().all(|(k, wv)| amounts_equal(&g[k], wv, tolerance)),
                None => g == w,
            };
            if !ok {
                errs.push(format!("{key}: got {g} want {w}"));
            }
        }
    }
    errs.into_iter().map(|e| format!("{name}: {e}")).collect()
}

fn run_case(name: &str) {
    let input = read(&format!("{name}.input.json"));
    let want = read(&format!("{name}.expected.json"));
    if let Some(error) = want.get("error") {
        // An error case: refused, naming exactly that path.
        let e = talent_rules::assess_json(&input.to_string()).expect_err(name);
        assert_eq!(Value::from(e.path.as_str()), error["path"], "{name}: {e}");
        return;
    }
    let got =
        talent_rules::assess_json(&input.to_string()).unwrap_or_else(|e| panic!("{name}: rejected: {e}"));
    let problems = check(name, &input, &serde_json::to_value(&got).unwrap(), &want);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

macro_rules! cases {
    ($($test:ident = $name:literal),+ $(,)?) => {
        $( #[test] fn $test() { run_case($name); } )+

        #[test]
        fn every_case_in_the_folder_has_a_test() {
            let listed: BTreeSet<&str> = [$($name),+].into_iter().collect();
            let found: BTreeSet<String> = std::fs::read_dir(dir()).unwrap()
                .filter_map(|e| e.unwrap().file_name().to_string_lossy().strip_suffix(".input.json").map(String::from))
                .collect();
            assert_eq!(found.iter().map(String::as_str).collect::<BTreeSet<_>>(), listed);
        }
    };
}

cases! {
    academician_research_a = "academician-research-a",
    before_the_policy = "before-the-policy",
    enterprise_inside_high_tech_zone = "enterprise-inside-high-tech-zone",
    start_date_decides_category = "start-date-decides-category",
    bachelor_d_no_subsidy = "bachelor-d-no-subsidy",
    bingtuan_higher = "bingtuan-higher",
    c_at_university_city = "c-at-university-city",
    claimed_equivalent = "claimed-equivalent",
    contract_too_short = "contract-too-short",
    enterprise_mixed = "enterprise-mixed",
    flexible_b_40_days = "flexible-b-40-days",
    high_tech_zone = "high-tech-zone",
    junior_college_e = "junior-college-e",
    master_39_hospital_c = "master-39-hospital-c",
    no_category = "no-category",
    open_ended_contract = "open-ended-contract",
    phd_enterprise_b = "phd-enterprise-b",
    purchase_capped = "purchase-capped",
    startup_d_tax = "startup-d-tax",
    startup_loan_interest_only = "startup-loan-interest-only",
    tianshan_first = "tianshan-first",
    turnover_housing = "turnover-housing",
}

#[test]
fn the_matcher_catches_a_wrong_amount() {
    let input = read("phd-enterprise-b.input.json");
    let mut want = read("phd-enterprise-b.expected.json");
    want["totals"]["talent"]["max"] = Value::from("608800.01");
    want["benefits"][0]["amount"]["exact"] = Value::from("1.00");
    let got = serde_json::to_value(talent_rules::assess_json(&input.to_string()).unwrap()).unwrap();
    assert_eq!(check("mutated", &input, &got, &want).len(), 2);
}
