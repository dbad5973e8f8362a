//! The payment timeline of every acceptance case adds up (support/mod.rs).

mod support;

use std::path::Path;

#[test]
fn every_acceptance_case_has_a_timeline_that_adds_up() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/policy_cases");
    let mut checked = 0;
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for path in names.iter().filter(|p| p.to_string_lossy().ends_with(".input.json")) {
        let text = std::fs::read_to_string(path).unwrap();
        // Error cases have no result, hence no timeline.
        let Ok(a) = talent_rules::assess_json(&text) else { continue };
        if let Err(e) = support::check_timeline(&a) {
            panic!("{}: {e}", path.display());
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} cases checked");
}

#[test]
fn the_timeline_serialises_with_its_years_items_and_totals() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/policy_cases/phd-enterprise-b.input.json"),
    )
    .unwrap();
    let t = talent_rules::timeline(&talent_rules::assess_json(&text).unwrap());
    let v = serde_json::to_value(&t).unwrap();
    assert_eq!(v["years"].as_array().unwrap().len(), 8);
    assert_eq!(
        v["years"][3]["items"][0],
        serde_json::json!({"id": "purchase_subsidy", "recipient": "talent",
                           "amount": {"min": "80000.00", "max": "80000.00"}, "later": true})
    );
    assert_eq!(v["years"][0]["total"]["talent"], serde_json::json!({"min": "69600.00", "max": "69600.00"}));
    assert_eq!(v["in_kind"], serde_json::json!(["talent_service_card"]));
    assert!(v.get("after").is_none());
}
