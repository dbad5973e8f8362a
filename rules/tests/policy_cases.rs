//! The acceptance cases in `policy_cases/`, matched as their README says:
//! partial expectations, sets of ids, ±0.05 yuan for equal-instalment loans.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn cases() -> Vec<(String, Value, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/policy_cases");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("policy_cases folder") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if let Some(stem) = name.strip_suffix(".input.json") {
            let read = |p: &Path| serde_json::from_str::<Value>(&std::fs::read_to_string(p).unwrap()).unwrap();
            let expected = read(&dir.join(format!("{stem}.expected.json")));
            out.push((stem.to_string(), read(&path), expected));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
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
            if tolerance == 0.0 { got == want } else { (money(got) - money(want)).abs() <= tolerance }
        }
        (Value::Object(g), Value::Object(w)) => {
            g.len() == w.len() && w.iter().all(|(k, wv)| g.get(k).is_some_and(|gv| amounts_equal(gv, wv, tolerance)))
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
        let gb: BTreeMap<_, _> = by_id(&got["benefits"]).into_iter().filter(|(_, b)| !is_zero_exact(b)).collect();
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
                            errs.push(format!("criterion {id} valid_until: got {:?} want {v}", g.get("valid_until")));
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

#[test]
fn every_acceptance_case_passes() {
    let cases = cases();
    assert_eq!(cases.len(), 19, "the policy_cases folder holds 19 cases");
    let mut failures = Vec::new();
    for (name, input, want) in &cases {
        match talent_rules::assess_json(&input.to_string()) {
            Ok(result) => failures.extend(check(name, input, &serde_json::to_value(&result).unwrap(), want)),
            Err(e) => failures.push(format!("{name}: rejected: {e}")),
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
