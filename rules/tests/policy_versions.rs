//! INT-14 with a second, fictional version of the policy that lives only in
//! the tests (tests/support/revision.rs): the built-in data as JSON
//! (`talent-check policy`), plus a revision from 2027-01-01 that raises a
//! few amounts, read with the same checks as the compiled-in data. Each part
//! of a result follows the version in force on its own day: §10–§11 the
//! start date (else T), §13 the registration date, the rest T; what is paid
//! over the years stays that of the version that granted it.
#![cfg(feature = "policy-json")]

#[path = "support/revision.rs"]
mod revision;

use revision::REVISION;
use serde_json::{json, Value};
use talent_rules::output::{Amount, Assessment, Benefit, Payment};
use talent_rules::policy::{versions, Versions};
use talent_rules::{assess_in, parse, timeline};

const TRIAL: &str = "2025-trial";

/// The built-in policy and the fictional revision from 2027-01-01: §11(1)'s
/// living allowance and purchase subsidy for B, §13's grant for C and §15's
/// award go up.
fn revised() -> Versions {
    Versions::from_json(&revision::revised_json().to_string()).unwrap()
}

fn assess(input: Value) -> Assessment {
    assess_in(&revised(), &parse(&input.to_string()).unwrap()).unwrap()
}

fn benefit<'a>(a: &'a Assessment, id: &str) -> &'a Benefit {
    a.benefits.iter().find(|b| b.id.as_str() == id).unwrap_or_else(|| panic!("no {id}: {a:?}"))
}

fn exact(b: &Benefit) -> String {
    match b.amount {
        Amount::Exact(m) => m.to_string(),
        ref other => panic!("not exact: {other:?}"),
    }
}

/// A full-time doctorate (category B) at an enterprise, listed as a
/// 天山英才 trainee for the first time.
fn phd(t: &str, start: Option<&str>) -> Value {
    let mut e = json!({"mode": "full_time", "employer_type": "enterprise", "first_social_insurance_in_city": true, "contract_years": "3"});
    if let Some(s) = start {
        e["start_date"] = json!(s);
    }
    json!({
        "assessment_date": t,
        "person": {"birth_date": "1992-04-15", "full_time_degree": "doctorate", "honors": ["tianshan_talent_first"]},
        "employment": e,
    })
}

#[test]
fn the_fictional_version_is_in_no_build() {
    assert!(versions().all().iter().all(|p| p.id != REVISION));
    let built_in = talent_rules::assess_json(&phd("2027-06-01", None).to_string()).unwrap();
    assert_eq!(exact(benefit(&built_in, "living_subsidy")), "180000.00");
    assert_eq!(built_in.policy_version, TRIAL);
    let json = serde_json::to_value(&built_in).unwrap();
    assert_eq!(json["policy_version"], TRIAL);
    assert!(json["benefits"][0].get("policy_version").is_none(), "named only where it differs");
}

#[test]
fn without_a_start_date_the_assessment_date_selects_the_version() {
    let before = assess(phd("2026-12-31", None));
    assert_eq!(before.policy_version, TRIAL);
    assert_eq!(before.policy, "师市党办发〔2025〕17号");
    assert_eq!(exact(benefit(&before, "living_subsidy")), "180000.00", "5000 × 36");
    let after = assess(phd("2027-01-01", None));
    assert_eq!(after.policy_version, REVISION);
    assert_eq!(after.policy, "师市党办发〔2027〕1号（虚构，仅用于测试）");
    assert_eq!(exact(benefit(&after, "living_subsidy")), "216000.00", "6000 × 36");
    assert_eq!(benefit(&after, "living_subsidy").policy_version, None);
}

#[test]
fn sections_10_and_11_follow_the_start_date_on_each_side_of_the_change() {
    let t = "2027-06-01";
    let started_before = assess(phd(t, Some("2026-12-31")));
    assert_eq!(started_before.policy_version, REVISION, "the result's own: T's");
    let living = benefit(&started_before, "living_subsidy");
    assert_eq!(exact(living), "180000.00");
    assert_eq!(living.policy_version.as_deref(), Some(TRIAL));
    assert_eq!(exact(benefit(&started_before, "purchase_subsidy")), "400000.00");
    let housing = benefit(&started_before, "housing_subsidy");
    assert_eq!(housing.policy_version.as_deref(), Some(TRIAL));
    assert_eq!(housing.alternative.as_ref().unwrap().policy_version.as_deref(), Some(TRIAL));

    let started_on = assess(phd(t, Some("2027-01-01")));
    assert_eq!(exact(benefit(&started_on, "living_subsidy")), "216000.00");
    assert_eq!(exact(benefit(&started_on, "purchase_subsidy")), "450000.00");
    assert_eq!(benefit(&started_on, "living_subsidy").policy_version, None);
}

#[test]
fn everything_else_follows_the_assessment_date() {
    // §15 by T, whatever the start date that decides §11(1).
    let a = assess(phd("2027-06-01", Some("2026-12-31")));
    let award = benefit(&a, "talent_honor_award");
    assert_eq!((exact(award), award.policy_version.clone()), ("20000.00".to_string(), None));
    let a = assess(phd("2026-12-31", Some("2026-12-31")));
    assert_eq!(exact(benefit(&a, "talent_honor_award")), "10000.00");
    // An enterprise's flexible hires (§11(2)) and awards: T alone.
    let enterprise = |t: &str| {
        assess(
            json!({"assessment_date": t, "enterprise": {"registered_in_city": true, "tech_sme_first": true}}),
        )
    };
    assert_eq!(enterprise("2026-12-31").policy_version, TRIAL);
    assert_eq!(enterprise("2027-01-01").policy_version, REVISION);
}

/// A master's graduate aged under 40 (category C) who registered a business
/// on `registration`, with three insured employees, assessed in 2028.
fn founder(registration: &str) -> Value {
    json!({
        "assessment_date": "2028-06-01",
        "person": {"birth_date": "1998-05-01", "full_time_degree": "master", "graduation_date": "2025-07-01"},
        "startup": {"registered_in_city": true, "legal_representative": true, "registration_date": registration, "insured_employees": 3},
    })
}

#[test]
fn section_13_follows_the_registration_date_on_each_side_of_the_change() {
    let before = assess(founder("2026-12-31"));
    assert_eq!(before.policy_version, REVISION);
    let grant = benefit(&before, "startup_grant");
    assert_eq!(exact(grant), "30000.00");
    assert_eq!(grant.policy_version.as_deref(), Some(TRIAL));
    let after = assess(founder("2027-01-01"));
    let grant = benefit(&after, "startup_grant");
    assert_eq!(exact(grant), "40000.00");
    assert_eq!(grant.policy_version, None);
}

#[test]
fn amounts_paid_over_the_years_follow_the_version_that_granted_them() {
    // Started in 2026, assessed after the revision: years 2 and 3 of the
    // allowance and every purchase instalment fall after 2027-01-01 and
    // still pay the trial text's amounts.
    let a = assess(phd("2027-06-01", Some("2026-09-01")));
    let living = benefit(&a, "living_subsidy");
    assert!(
        matches!(living.schedule[..], [Payment::Monthly { from_month: 1, to_month: 36, per_month }] if per_month.to_string() == "5000.00")
    );
    let t = timeline(&a);
    let paid = |year: u8, id: &str| {
        let row = &t.years[usize::from(year) - 1];
        row.items.iter().find(|i| i.id.as_str() == id).map(|i| i.amount.max.to_string())
    };
    for year in 1..=3 {
        assert_eq!(paid(year, "living_subsidy").as_deref(), Some("60000.00"), "year {year}");
    }
    assert_eq!(paid(4, "living_subsidy"), None);
    for year in 4..=8 {
        assert_eq!(paid(year, "purchase_subsidy").as_deref(), Some("80000.00"), "year {year}: 400000 ÷ 5");
    }
    // The same person starting on the revision's first day: its amounts throughout.
    let t = timeline(&assess(phd("2027-06-01", Some("2027-01-01"))));
    assert_eq!(
        t.years[2].items.iter().find(|i| i.id.as_str() == "living_subsidy").unwrap().amount.max.to_string(),
        "72000.00"
    );
    assert_eq!(
        t.years[7].items.iter().find(|i| i.id.as_str() == "purchase_subsidy").unwrap().amount.max.to_string(),
        "90000.00"
    );
}

#[test]
fn a_date_before_the_first_version_is_refused() {
    let vs = revised();
    let input = parse(&phd("2024-12-31", None).to_string()).unwrap();
    let e = assess_in(&vs, &input).unwrap_err();
    assert_eq!((e.path.as_str(), e.kind), ("assessment_date", talent_rules::ErrorKind::BeforePolicy));
}
