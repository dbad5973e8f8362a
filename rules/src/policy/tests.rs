//! The data file's checks, through its JSON form: each fault is an error
//! naming its entry, and every fault is reported, not only the first.

use super::schema::{PolicyError, PolicyErrorKind as K};
use super::*;
use crate::ids::Category;
use serde_json::{json, Value};

fn built_in() -> Value {
    serde_json::from_str(policy_json()).unwrap()
}

fn read(v: &Value) -> Result<Versions, Vec<PolicyError>> {
    Versions::from_json(&v.to_string())
}

fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// The one problem of `v`, as (entry, from, kind).
fn problem(v: &Value) -> (String, Option<Date>, K) {
    let errors = read(v).expect_err("the data has a problem");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = errors.into_iter().next().unwrap();
    (e.entry, e.from, e.kind)
}

/// The built-in data with a second version from `from` that changes nothing yet.
fn with_version(from: &str) -> Value {
    let mut v = built_in();
    let version = json!({"id": "next", "document": "next", "in_force_from": from, "changes": "a test"});
    v["versions"].as_array_mut().unwrap().push(version);
    v
}

const FIRST: &str = "2025-01-01";

#[test]
fn the_compiled_in_versions_are_the_data_files_read_back_from_its_json() {
    assert_eq!(read(&built_in()).unwrap(), *versions());
    assert_eq!(versions().all().len(), 1, "only the text as issued is built in");
    assert_eq!(versions().first_day(), day(FIRST));
    assert_eq!(latest(), &versions().all()[0]);
    assert_eq!(latest().document, "师市党办发〔2025〕17号");
    // Written back as written: counts as numbers, money as text.
    let v = built_in();
    assert_eq!(v["min_age"]["values"][0]["value"], json!(16));
    assert_eq!(v["honor_award"]["values"][0]["value"], json!("10000"));
}

#[test]
fn every_entry_of_the_format_is_in_the_data() {
    let v = built_in();
    for name in schema::ENTRIES {
        assert!(v[name]["values"].is_array(), "{name}");
    }
    assert_eq!(v.as_object().unwrap().len(), schema::ENTRIES.len() + 1, "the entries and `versions`");
}

#[test]
fn a_missing_entry_or_field_is_named() {
    let mut v = built_in();
    v.as_object_mut().unwrap().remove("living_monthly");
    assert_eq!(problem(&v), ("living_monthly".into(), None, K::Missing("the entry".into())));
    let mut v = built_in();
    v["honor_award"].as_object_mut().unwrap().remove("clause");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::Missing("clause".into())));
    let mut v = built_in();
    v["honor_award"].as_object_mut().unwrap().remove("text");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::Missing("text".into())));
    let mut v = built_in();
    v["honor_award"]["values"] = json!([]);
    assert_eq!(problem(&v), ("honor_award".into(), None, K::Missing("values".into())));
    let mut v = built_in();
    v["honor_award"]["values"][0].as_object_mut().unwrap().remove("value");
    assert_eq!(problem(&v), ("honor_award".into(), Some(day(FIRST)), K::Missing("value".into())));
    let mut v = built_in();
    v["honor_award"]["values"][0].as_object_mut().unwrap().remove("from");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::Missing("from".into())));
    let mut v = built_in();
    v["living_monthly"]["values"][0]["value"] = json!({});
    assert_eq!(problem(&v).2, K::Missing("A, B, C, D or E".into()));
    let mut v = built_in();
    v["workstation"]["values"][0]["value"].as_object_mut().unwrap().remove("max");
    assert_eq!(problem(&v).2, K::Missing("max".into()));
    let mut v = built_in();
    v["department_for_employer"]["values"][0]["value"].as_object_mut().unwrap().remove("other");
    assert_eq!(problem(&v), ("department_for_employer".into(), Some(day(FIRST)), K::Missing("other".into())));
    let mut v = built_in();
    v["departments_for_award"]["values"][0]["value"].as_object_mut().unwrap().remove("little_giant");
    assert_eq!(problem(&v).2, K::Missing("little_giant".into()));
    let mut v = built_in();
    v["departments_for_award"]["values"][0]["value"]["little_giant"] = json!([]);
    assert_eq!(problem(&v).2, K::Missing("little_giant's departments".into()));
    let mut v = built_in();
    v["versions"][0].as_object_mut().unwrap().remove("document");
    assert_eq!(problem(&v), ("versions[0]".into(), None, K::Missing("document".into())));
    let mut v = built_in();
    v["versions"][0]["changes"] = json!(" ");
    assert_eq!(problem(&v), ("versions[0]".into(), None, K::Empty("changes")));
    let mut v = built_in();
    v["honor_award"]["text"] = json!("");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::Empty("text")));
}

#[test]
fn an_amount_that_is_not_money_is_named_with_its_date() {
    for bad in ["7000.001", "-7000", "7,000", "7000元", "", " 7000", "1e4", "七千"] {
        let mut v = built_in();
        v["living_monthly"]["values"][0]["value"]["A"] = json!(bad);
        assert_eq!(
            problem(&v),
            ("living_monthly".into(), Some(day(FIRST)), K::NotMoney(bad.into())),
            "{bad}"
        );
    }
    let mut v = built_in();
    v["honor_award"]["values"][0]["value"] = json!(10000);
    assert_eq!(read(&v).unwrap(), *versions(), "a whole number is money too");
    v["honor_award"]["values"][0]["value"] = json!("10000.50");
    assert_eq!(read(&v).unwrap().all()[0].honor_award, Money(rust_decimal::Decimal::new(1_000_050, 2)));
    // A float is not exact, and is refused as the reader meets it, with its path.
    v["honor_award"]["values"][0]["value"] = json!(10000.5);
    let (entry, _, kind) = problem(&v);
    assert_eq!(entry, "honor_award.values[0].value");
    assert!(matches!(kind, K::Syntax(m) if m.contains("whole number")));
}

#[test]
fn counts_rates_dates_and_ids_are_checked() {
    let mut v = built_in();
    v["min_age"]["values"][0]["value"] = json!("16.5");
    assert_eq!(problem(&v).2, K::NotACount("16.5".into()));
    v["min_age"]["values"][0]["value"] = json!(-1);
    assert_eq!(problem(&v).2, K::NotACount("-1".into()));
    v["min_age"]["values"][0]["value"] = json!(4_294_967_296_u64);
    assert_eq!(problem(&v).2, K::NotACount("4294967296".into()));
    // Digits alone: Rust's own parser would take a sign or nothing at all.
    for bad in ["+16", "", " 16"] {
        v["min_age"]["values"][0]["value"] = json!(bad);
        assert_eq!(problem(&v).2, K::NotACount(bad.into()), "{bad:?}");
    }
    let mut v = built_in();
    for bad in ["1.5", "50%", "-0.5"] {
        v["loan_subsidy_share"]["values"][0]["value"] = json!(bad);
        assert_eq!(problem(&v).2, K::NotARate(bad.into()), "{bad}");
    }
    v["loan_subsidy_share"]["values"][0]["value"] = json!("1");
    assert!(read(&v).is_ok(), "all of it is a rate");
    let mut v = built_in();
    v["honor_award"]["values"][0]["from"] = json!("2025-02-30");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::NotADate("2025-02-30".into())));
    let mut v = built_in();
    v["versions"][0]["in_force_from"] = json!("2025/01/01");
    // The version has no date, and no value can be checked against it.
    let errors = read(&v).unwrap_err();
    assert_eq!(
        errors[0],
        PolicyError { entry: "versions[0]".into(), from: None, kind: K::NotADate("2025/01/01".into()) }
    );
    let mut v = built_in();
    v["categories_for_employer"]["values"][0]["value"]["enterprise"] = json!(["A", "F"]);
    let expected = K::UnknownId { expected: "a category A–E", found: "F".into() };
    assert_eq!(problem(&v), ("categories_for_employer".into(), Some(day(FIRST)), expected));
    v["categories_for_employer"]["values"][0]["value"]["enterprise"] = json!(["A", "A"]);
    assert_eq!(problem(&v).2, K::Duplicate("A".into()));
    let mut v = built_in();
    v["startup_department"]["values"][0]["value"] = json!("人社局");
    assert!(matches!(problem(&v).2, K::UnknownId { found, .. } if found == "人社局"));
    let mut v = built_in();
    v["department_for_employer"]["values"][0]["value"]["enterprise"] = json!("none");
    let read_back = read(&v).unwrap();
    assert_eq!(read_back.all()[0].department_for_employer.get(crate::ids::EmployerType::Enterprise), None);
    let mut v = built_in();
    v["departments_for_award"]["values"][0]["value"]["living_subsidy"] = json!(["师市人社局"]);
    assert!(matches!(problem(&v).2, K::UnknownId { found, .. } if found == "living_subsidy"));
    let mut v = built_in();
    v["departments_for_award"]["values"][0]["value"]["no_such_award"] = json!(["师市人社局"]);
    assert!(matches!(problem(&v).2, K::UnknownId { found, .. } if found == "no_such_award"));
    let mut v = built_in();
    v["medical_staffing_min_title"]["values"][0]["value"] = json!("professor");
    assert!(matches!(problem(&v).2, K::UnknownId { found, .. } if found == "professor"));
    let mut v = built_in();
    v["workstation"]["values"][0]["value"] = json!({"min": "350000", "max": "50000"});
    assert_eq!(problem(&v).2, K::RangeReversed);
}

#[test]
fn an_unknown_key_is_named_wherever_it_is() {
    let mut v = built_in();
    v["living_montly"] = v["living_monthly"].clone();
    assert_eq!(problem(&v), ("living_montly".into(), None, K::UnknownKey("living_montly".into())));
    let mut v = built_in();
    v["honor_award"]["clasue"] = json!("§15");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::UnknownKey("clasue".into())));
    let mut v = built_in();
    v["honor_award"]["values"][0]["until"] = json!("2026-01-01");
    assert_eq!(problem(&v), ("honor_award".into(), Some(day(FIRST)), K::UnknownKey("until".into())));
    let mut v = built_in();
    v["living_monthly"]["values"][0]["value"]["F"] = json!("1");
    assert_eq!(problem(&v).2, K::UnknownKey("F".into()));
    let mut v = built_in();
    v["workstation"]["values"][0]["value"]["mid"] = json!("1");
    assert_eq!(problem(&v).2, K::UnknownKey("mid".into()));
    let mut v = built_in();
    v["categories_for_employer"]["values"][0]["value"]["school"] = json!([]);
    assert_eq!(problem(&v).2, K::UnknownKey("school".into()));
    let mut v = built_in();
    v["versions"][0]["until"] = json!("2026-01-01");
    assert_eq!(problem(&v), ("versions[0]".into(), None, K::UnknownKey("until".into())));
}

#[test]
fn versions_and_dated_values_must_each_start_after_the_one_before() {
    let mut v = built_in();
    v["versions"] = json!([]);
    assert_eq!(problem(&v), ("versions".into(), None, K::NoVersion));
    v.as_object_mut().unwrap().remove("versions");
    assert_eq!(problem(&v).2, K::NoVersion);

    let mut v = with_version("2024-06-01");
    assert_eq!(
        problem(&v),
        ("versions[1]".into(), Some(day("2024-06-01")), K::VersionsOutOfOrder { previous: day(FIRST) })
    );
    v["versions"][1]["in_force_from"] = json!(FIRST);
    assert_eq!(problem(&v).2, K::VersionsOutOfOrder { previous: day(FIRST) }, "two versions from one day");
    v["versions"][1]["in_force_from"] = json!("2027-01-01");
    v["versions"][1]["id"] = json!("2025-trial");
    assert_eq!(problem(&v), ("versions[1]".into(), None, K::DuplicateVersion("2025-trial".into())));

    // Values oldest first, one a day, each on a version's first day.
    let mut v = with_version("2027-01-01");
    let values = v["honor_award"]["values"].as_array_mut().unwrap();
    values.insert(0, json!({"from": "2027-01-01", "value": "20000"}));
    assert_eq!(
        problem(&v),
        ("honor_award".into(), Some(day(FIRST)), K::DatesOutOfOrder { previous: day("2027-01-01") })
    );
    let mut v = with_version("2027-01-01");
    v["honor_award"]["values"].as_array_mut().unwrap().push(json!({"from": FIRST, "value": "20000"}));
    assert_eq!(problem(&v).2, K::DatesOutOfOrder { previous: day(FIRST) }, "two values from one day");
    let mut v = with_version("2027-01-01");
    v["honor_award"]["values"].as_array_mut().unwrap().push(json!({"from": "2026-07-01", "value": "20000"}));
    assert_eq!(problem(&v), ("honor_award".into(), Some(day("2026-07-01")), K::NotAVersionDate));
    // Nothing in force when the first version starts.
    let mut v = with_version("2027-01-01");
    v["honor_award"]["values"][0]["from"] = json!("2027-01-01");
    assert_eq!(problem(&v), ("honor_award".into(), None, K::NoValueInForce { version: "2025-trial".into() }));
}

#[test]
fn every_problem_is_reported_and_says_where() {
    let mut v = built_in();
    v["living_monthly"]["values"][0]["value"]["B"] = json!("5000.5.0");
    v["flexible_daily"]["extra"] = json!(1);
    v.as_object_mut().unwrap().remove("workstation");
    let errors = read(&v).unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        text,
        [
            "living_monthly (from 2025-01-01): `5000.5.0` is not an amount of money (yuan, at most two decimals, not negative)",
            "flexible_daily: unknown key `extra`",
            "workstation: `the entry` is missing",
        ]
    );
    let errors = Versions::from_json("{\"versions\": 1}").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].entry, "versions");
    assert!(matches!(&errors[0].kind, K::Syntax(m) if m.contains("expected a sequence")), "{errors:?}");
}

#[test]
fn the_version_in_force_is_the_last_to_start_on_or_before_the_day() {
    let mut v = with_version("2027-01-01");
    v["honor_award"]["values"].as_array_mut().unwrap().push(json!({"from": "2027-01-01", "value": "20000"}));
    let vs = read(&v).unwrap();
    assert_eq!(vs.in_force(day("2024-01-01")).id, "2025-trial", "before any: the first");
    assert_eq!(vs.in_force(day(FIRST)).id, "2025-trial");
    assert_eq!(vs.in_force(day("2026-12-31")).id, "2025-trial");
    assert_eq!(vs.in_force(day("2027-01-01")).id, "next");
    assert_eq!(vs.in_force(day("2099-01-01")).id, "next");
    assert_eq!(vs.in_force(day("2027-01-01")).honor_award, Money::yuan(20_000));
    assert_eq!(vs.in_force(day("2026-12-31")).honor_award, Money::yuan(10_000));
    assert_eq!(vs.first_day(), day(FIRST));
    // Each part of a person's result by its own day.
    let g = vs.governing(day("2027-03-01"), day("2026-05-01"), Some(day("2026-12-31")));
    assert_eq!(
        (g.assessment.id.as_ref(), g.introduction.id.as_ref(), g.startup.id.as_ref()),
        ("next", "2025-trial", "2025-trial")
    );
    for (clause, id) in [
        (Clause::S10, "2025-trial"),
        (Clause::S11_1, "2025-trial"),
        (Clause::S11_2, "2025-trial"),
        (Clause::S11_3, "2025-trial"),
        (Clause::S11_4, "2025-trial"),
        (Clause::S13, "2025-trial"),
        (Clause::S6, "next"),
        (Clause::S14, "next"),
        (Clause::S15, "next"),
        (Clause::S1, "next"),
    ] {
        assert_eq!(g.of(clause).id, id, "{clause:?}");
    }
    let g = vs.governing(day("2027-03-01"), day("2027-03-01"), None);
    assert_eq!(g.startup.id, "next", "no registration: the assessment date");
}

#[test]
fn the_policy_values_read_as_the_text_gives_them() {
    let p = latest();
    assert_eq!(p.full_time_most(), Money::yuan(788_000), "(7000 + 1000) × 36 + 500000 for A");
    assert!(p
        .categories_for_employer
        .get(crate::ids::EmployerType::UniversityCityCollege)
        .contains(Category::B));
    assert!(!p
        .categories_for_employer
        .get(crate::ids::EmployerType::UniversityCityCollege)
        .contains(Category::C));
    assert!(p.categories_for_employer.get(crate::ids::EmployerType::Other).is_empty());
    assert_eq!(p.startup_grant.categories().to_vec(), [Category::B, Category::C, Category::D, Category::E]);
    assert_eq!(
        p.departments_for_award.get(BenefitId::PlatformNational),
        [Department::DevelopmentReform, Department::Science]
    );
    assert_eq!(p.department_for_review(None), Department::SectorAuthority);
    assert_eq!(
        p.department_for_review(Some(crate::ids::EmployerType::HighTechZone)),
        Department::SectorAuthority
    );
    assert_eq!(p.department_for_review(Some(crate::ids::EmployerType::PublicHospital)), Department::Health);
    assert_eq!(LAST_PAYMENT_YEAR, p.purchase_first_year + p.purchase_instalments - 1);
}

#[test]
fn policy_changes_md_is_what_the_data_gives() {
    let generated = include_str!(concat!(env!("OUT_DIR"), "/policy-changes.md"));
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/policy-changes.md");
    if std::env::var_os("TALENT_WRITE_DOCS").is_some() {
        std::fs::write(file, generated).expect("docs/policy-changes.md is writable");
    }
    let committed = std::fs::read_to_string(file).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/policy-changes.md is not what rules/policy/policy.toml gives: \
         TALENT_WRITE_DOCS=1 cargo test -p talent-rules policy_changes"
    );
}

#[test]
fn every_kind_has_its_own_name_which_the_command_line_documents_and_writes() {
    let d = day("2027-01-01");
    let kinds = [
        K::Syntax("x".into()),
        K::UnknownKey("x".into()),
        K::Missing("x".into()),
        K::NoVersion,
        K::DuplicateVersion("x".into()),
        K::VersionsOutOfOrder { previous: d },
        K::DatesOutOfOrder { previous: d },
        K::NotAVersionDate,
        K::NoValueInForce { version: "x".into() },
        K::NotADate("x".into()),
        K::NotMoney("x".into()),
        K::NotARate("x".into()),
        K::NotACount("x".into()),
        K::UnknownId { expected: "a category", found: "x".into() },
        K::Duplicate("x".into()),
        K::RangeReversed,
        K::Empty("x"),
    ];
    let names: Vec<&str> = kinds.iter().map(K::name).collect();
    let documented = include_str!("../../../docs/command-line.md");
    let listed = documented.split("`kind` is one\nof ").nth(1).unwrap().split(". A file").next().unwrap();
    let listed: Vec<&str> =
        listed.split([',', ' ', '\n', '`']).filter(|w| !w.is_empty() && *w != "and").collect();
    assert_eq!(names, listed);
    let e = PolicyError { entry: "honor_award".into(), from: Some(d), kind: K::NotMoney("1.001".into()) };
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"entry": "honor_award", "from": "2027-01-01", "kind": "not_money",
               "message": "`1.001` is not an amount of money (yuan, at most two decimals, not negative)"})
    );
    assert_eq!(e.to_string(), format!("honor_award (from 2027-01-01): {}", e.kind));
    let undated = PolicyError { from: None, ..e };
    assert_eq!(serde_json::to_value(&undated).unwrap().get("from"), None);
}

#[test]
fn a_set_of_categories_holds_each_once() {
    use crate::ids::Category::*;
    let set = Categories::of([B, B, D]);
    assert_eq!(set, Categories::of([D, B]));
    assert_eq!(set.to_vec(), [B, D]);
}
