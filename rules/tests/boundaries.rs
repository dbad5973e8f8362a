//! Clause-by-clause boundary tests: the day before, on and after every cut-off,
//! 以上/超过, caps, rounding of odd fen, and every impossible input.

use serde_json::{json, Value};
use talent_rules::assess_json;

fn run(v: Value) -> Value {
    serde_json::to_value(assess_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))).unwrap()
}

fn err(v: Value) -> (String, String) {
    let e = assess_json(&v.to_string()).expect_err("should be rejected");
    (e.path.clone(), e.message())
}

fn person(t: &str, p: Value) -> Value {
    json!({"assessment_date": t, "person": p})
}

fn full_time(t: &str, p: Value, extra: Value) -> Value {
    let mut e = json!({"mode": "full_time", "employer_type": "enterprise",
                       "first_social_insurance_in_city": true, "contract_years": "3"});
    for (k, v) in extra.as_object().unwrap() {
        e[k] = v.clone();
    }
    json!({"assessment_date": t, "person": p, "employment": e})
}

fn benefit<'a>(r: &'a Value, id: &str) -> Option<&'a Value> {
    r["benefits"].as_array().unwrap().iter().find(|b| b["id"] == id)
}

fn reasons(r: &Value, id: &str) -> Vec<String> {
    r["ineligible"].as_array().unwrap().iter().find(|b| b["id"] == id).map_or(vec![], |b| {
        b["reasons"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect()
    })
}

fn criteria(r: &Value) -> Vec<String> {
    r["criteria_met"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap().to_string()).collect()
}

// ---- §10 and INT-01 ages ---------------------------------------------------

#[test]
fn doctorate_45_holds_through_the_46th_birthday() {
    let p = json!({"birth_date": "1981-03-10", "full_time_degree": "doctorate"});
    for (t, cat) in [("2027-03-09", "B"), ("2027-03-10", "B"), ("2027-03-11", "D")] {
        let r = run(person(t, p.clone()));
        assert_eq!(r["category"], cat, "on {t}");
    }
    let r = run(person("2027-03-10", p));
    assert_eq!(r["category_valid_until"], "2027-03-10");
}

#[test]
fn postgraduate_40_on_and_after_the_41st_birthday() {
    let p = json!({"birth_date": "1990-06-01", "full_time_degree": "master"});
    assert_eq!(run(person("2031-06-01", p.clone()))["category"], "C");
    assert_eq!(run(person("2031-06-02", p))["category"], "D");
}

#[test]
fn born_on_29_february_ages_out_on_28_february() {
    let p = json!({"birth_date": "2000-02-29", "full_time_degree": "master"});
    let r = run(person("2041-02-28", p.clone()));
    assert_eq!(r["category"], "C");
    assert_eq!(r["criteria_met"][0]["valid_until"], "2041-02-28");
    assert_eq!(run(person("2041-03-01", p))["category"], "D");
}

#[test]
fn degrees_and_titles_count_as_at_least() {
    let r = run(person("2026-11-23", json!({"birth_date": "1979-01-01", "full_time_degree": "doctorate"})));
    assert_eq!(r["category"], "D", "a 47-year-old doctor with no title is D (INT-02)");
    assert_eq!(criteria(&r), ["bachelor", "junior_college"]);
    let expired: Vec<_> = r["criteria_expired"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c["valid_until"].as_str().unwrap()))
        .collect();
    assert_eq!(
        expired,
        [("doctorate_45", "2025-01-01"), ("postgraduate_40", "2020-01-01")],
        "the UI can say when each age limit ended"
    );
    assert!(r["interpretations"].as_array().unwrap().contains(&json!("INT-02")));
    let r = run(person("2026-11-23", json!({"birth_date": "1970-01-01", "title_level": "senior"})));
    assert_eq!(criteria(&r), ["senior_title", "associate_senior_title", "intermediate_title"]);
}

#[test]
fn part_time_degrees_and_junior_titles_count_for_nothing() {
    let p = json!({"birth_date": "1995-01-01", "part_time_degree": "doctorate", "title_level": "junior"});
    let r = run(person("2026-11-23", p));
    assert_eq!(r["category"], Value::Null);
    assert_eq!(r["criteria_met"], json!([]));
}

#[test]
fn honours_decide_a_and_b() {
    for (h, cat) in [
        ("cas_academician", "A"),
        ("state_supreme_award", "A"),
        ("national_key_platform_expert", "A"),
        ("state_council_allowance", "B"),
        ("national_technical_expert", "B"),
        ("tianshan_talent_first", "null"),
    ] {
        let r = run(person("2026-11-23", json!({"birth_date": "1970-01-01", "honors": [h]})));
        assert_eq!(r["category"].to_string().trim_matches('"'), cat, "{h}");
    }
}

#[test]
fn an_equivalence_claim_is_referred_only_when_higher() {
    let p = |claim: &str| json!({"birth_date": "1990-01-01", "full_time_degree": "master", "claimed_equivalent": claim});
    let r = run(person("2026-11-23", p("B")));
    assert_eq!(r["category"], "C");
    assert_eq!(r["referrals"], json!([{"id": "equivalence_review", "clause": "§10", "category": "B"}]));
    assert_eq!(run(person("2026-11-23", p("C")))["referrals"], json!([]));
    assert_eq!(run(person("2026-11-23", p("D")))["referrals"], json!([]));
    let none = run(person("2026-11-23", json!({"birth_date": "1990-01-01", "claimed_equivalent": "D"})));
    assert_eq!(
        none["referrals"],
        json!([
            {"id": "special_talent_review", "clause": "§11(4)", "apply_to": ["用人单位报行业主管部门"]},
            {"id": "equivalence_review", "clause": "§10", "category": "D"}
        ])
    );
}

#[test]
fn the_what_if_of_a_claim_uses_the_claimed_category() {
    let input = |claim: &str| {
        talent_rules::parse(
            &full_time(
                "2026-11-23",
                json!({"birth_date": "1975-05-05", "full_time_degree": "bachelor", "claimed_equivalent": claim}),
                json!({}),
            )
            .to_string(),
        )
        .unwrap()
    };
    let what_if = talent_rules::assess_claimed(&input("B")).unwrap().expect("a higher claim has a what-if");
    assert_eq!(what_if.category.map(|c| c.as_str()), Some("B"));
    assert_eq!(what_if.totals.talent.max.to_string(), "608800.00");
    assert!(what_if.referrals.is_empty());
    // What a business would bring follows the claimed category too: B's 50,000, not D's.
    assert_eq!(serde_json::to_value(&what_if.prospects[0].amount).unwrap(), json!({"exact": "50000.00"}));
    assert!(
        talent_rules::assess_claimed(&input("D")).unwrap().is_none(),
        "no what-if for a claim at or below the category"
    );
}

// ---- §11(1) ---------------------------------------------------------------

#[test]
fn contract_of_exactly_three_years_qualifies() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    assert!(benefit(
        &run(full_time("2026-11-23", phd.clone(), json!({"contract_years": "3"}))),
        "living_subsidy"
    )
    .is_some());
    let short = run(full_time("2026-11-23", phd.clone(), json!({"contract_years": "2.99"})));
    assert_eq!(reasons(&short, "living_subsidy"), ["contract_too_short"]);
    assert_eq!(short["ineligible"][0]["hints"], json!([{"kind": "contract_years_at_least", "years": 3}]));
    let none = run(full_time(
        "2026-11-23",
        phd.clone(),
        json!({"contract_years": null, "open_ended_contract": true}),
    ));
    assert!(benefit(&none, "living_subsidy").is_some(), "open-ended contracts qualify");
    let unanswered = run(full_time("2026-11-23", phd, json!({"contract_years": null})));
    assert_eq!(reasons(&unanswered, "living_subsidy"), ["contract_length_not_given"], "asked, not told off");
}

#[test]
fn every_failed_condition_is_listed() {
    let r = run(full_time(
        "2026-11-23",
        json!({"birth_date": "1999-09-09", "full_time_degree": "bachelor"}),
        json!({"employer_type": "university_city_college", "first_social_insurance_in_city": false, "contract_years": "1"}),
    ));
    assert_eq!(
        reasons(&r, "housing_subsidy"),
        ["category_not_allowed_for_employer", "not_first_social_insurance", "contract_too_short"]
    );
    let hints = &r["ineligible"][0]["hints"];
    assert_eq!(hints[0], json!({"kind": "categories_accepted", "categories": ["A", "B"]}));
}

#[test]
fn a_c_talent_at_university_city_is_told_where_c_qualifies() {
    let r = run(full_time(
        "2026-11-23",
        json!({"birth_date": "1990-06-01", "full_time_degree": "master"}),
        json!({"employer_type": "university_city_vocational_college"}),
    ));
    let hint = r["ineligible"][0]["hints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["kind"] == "employer_types_accepting")
        .unwrap();
    assert_eq!(hint["category"], "C");
    assert!(hint["employer_types"].as_array().unwrap().contains(&json!("enterprise")));
    assert!(!hint["employer_types"].as_array().unwrap().contains(&json!("university_city_college")));
}

#[test]
fn other_employers_and_the_high_tech_zone_are_not_covered() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let r = run(full_time("2026-11-23", phd.clone(), json!({"employer_type": "other"})));
    assert_eq!(reasons(&r, "living_subsidy"), ["employer_not_covered"]);
    assert!(r["apply_to"].as_array().unwrap().contains(&json!("用人单位报行业主管部门")));
    let r = run(full_time("2026-11-23", phd, json!({"employer_type": "high_tech_zone"})));
    assert_eq!(r["referrals"][0]["clause"], "§11(3)");
}

#[test]
fn turnover_housing_replaces_the_housing_allowance() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let r = run(full_time("2026-11-23", phd.clone(), json!({"housing_choice": "turnover_housing"})));
    assert!(benefit(&r, "housing_subsidy").is_none());
    let t = benefit(&r, "turnover_housing").unwrap();
    assert_eq!(
        t["alternative"]["amount"],
        json!({"exact": "28800.00"}),
        "the cash option is shown beside it"
    );
    assert_eq!(r["totals"]["talent"]["max"], "580000.00");
    let cash = run(full_time("2026-11-23", phd, json!({})));
    assert_eq!(benefit(&cash, "housing_subsidy").unwrap()["alternative"]["id"], "turnover_housing");
}

#[test]
fn purchase_instalments_take_the_odd_fen_in_the_last_year() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let r = run(full_time("2026-11-23", phd.clone(), json!({"purchase_price": "333333.33"})));
    let p = benefit(&r, "purchase_subsidy").unwrap();
    assert_eq!(p["amount"]["exact"], "333333.33");
    let years: Vec<_> =
        p["schedule"].as_array().unwrap().iter().map(|s| s["amount"].as_str().unwrap()).collect();
    assert_eq!(years, ["66666.67", "66666.67", "66666.67", "66666.67", "66666.65"]);
    // A price above the standard leaves the standard.
    let r = run(full_time("2026-11-23", phd, json!({"purchase_price": "400000.01"})));
    assert_eq!(benefit(&r, "purchase_subsidy").unwrap()["amount"]["exact"], "400000.00");
}

#[test]
fn money_after_a_later_event_is_kept_apart() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let r = run(full_time("2026-11-23", phd.clone(), json!({"purchase_price": "350000"})));
    assert_eq!(r["totals"]["talent"]["max"], "558800.00");
    assert_eq!(
        r["totals"]["talent_later"],
        json!({"min": "350000.00", "max": "350000.00"}),
        "the purchase subsidy"
    );
    let flexible = run(full_time("2026-11-23", phd, json!({"mode": "flexible"})));
    assert_eq!(flexible["totals"]["talent_later"], json!({"min": "0.00", "max": "0.00"}));
}

#[test]
fn bingtuan_support_below_the_city_amount_is_topped_up() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let r = run(full_time("2026-11-23", phd.clone(), json!({"bingtuan_support": "100000"})));
    assert_eq!(r["funding"], json!({"bingtuan": "100000.00", "city": "508800.00"}));
    assert_eq!(r["totals"]["talent"]["max"], "608800.00");
    let equal = run(full_time("2026-11-23", phd.clone(), json!({"bingtuan_support": "608800"})));
    assert_eq!(equal["funding"], json!({"bingtuan": "608800.00", "city": "0.00"}));
    let none = run(full_time("2026-11-23", phd, json!({})));
    assert!(none.get("funding").is_none());
}

// ---- §11(2) ---------------------------------------------------------------

fn flexible(cat_person: Value, extra: Value) -> Value {
    let mut e = json!({"mode": "flexible", "employer_type": "enterprise", "division_affiliated": true, "flexible_days": 10});
    for (k, v) in extra.as_object().unwrap() {
        e[k] = v.clone();
    }
    json!({"assessment_date": "2026-11-23", "person": cat_person, "employment": e})
}

#[test]
fn flexible_subsidy_goes_to_the_employer_per_day() {
    let a = json!({"birth_date": "1960-01-01", "honors": ["cas_academician"]});
    let r = run(flexible(a.clone(), json!({})));
    let b = benefit(&r, "flexible_daily_subsidy").unwrap();
    assert_eq!((b["recipient"].as_str(), b["amount"]["exact"].as_str()), (Some("employer"), Some("4000.00")));
    assert_eq!(r["totals"]["employer"]["max"], "4000.00");
    assert_eq!(r["totals"]["talent"]["max"], "0.00");
    let r = run(flexible(a, json!({"division_affiliated": false})));
    assert_eq!(reasons(&r, "flexible_daily_subsidy"), ["employer_not_division_affiliated"]);
    let d = json!({"birth_date": "1990-01-01", "full_time_degree": "bachelor"});
    assert_eq!(reasons(&run(flexible(d, json!({}))), "flexible_daily_subsidy"), ["category_not_listed"]);
}

// ---- §13 ------------------------------------------------------------------

fn startup(grad: &str, reg: &str, t: &str, employees: i64, tax: &str) -> Value {
    json!({"assessment_date": t,
           "person": {"birth_date": "2000-01-01", "full_time_degree": "bachelor", "graduation_date": grad},
           "startup": {"registered_in_city": true, "legal_representative": true, "registration_date": reg,
                       "insured_employees": employees, "tax_paid": tax}})
}

#[test]
fn registration_window_is_two_years_after_graduation_inclusive() {
    let ok = run(startup("2023-06-30", "2025-06-30", "2026-11-23", 3, "0"));
    assert_eq!(benefit(&ok, "startup_grant").unwrap()["amount"]["exact"], "20000.00");
    let late = run(startup("2023-06-30", "2025-07-01", "2026-11-23", 3, "0"));
    assert_eq!(reasons(&late, "startup_grant"), ["registered_too_late_after_graduation"]);
    let early = run(startup("2023-06-30", "2023-06-29", "2026-11-23", 3, "0"));
    assert_eq!(reasons(&early, "startup_grant"), ["registered_before_graduation"]);
    assert!(early["interpretations"].as_array().unwrap().contains(&json!("INT-07")));
    let same_day = run(startup("2023-06-30", "2023-06-30", "2026-11-23", 3, "0"));
    assert!(benefit(&same_day, "startup_grant").is_some());
}

#[test]
fn twelve_months_of_operation_means_more_than_the_anniversary() {
    let on = run(startup("2024-06-30", "2025-01-10", "2026-01-10", 3, "0"));
    assert_eq!(reasons(&on, "startup_grant"), ["operating_under_12_months"]);
    assert_eq!(on["ineligible"][0]["hints"][0], json!({"kind": "eligible_from", "date": "2026-01-11"}));
    let after = run(startup("2024-06-30", "2025-01-10", "2026-01-11", 3, "0"));
    assert!(benefit(&after, "startup_grant").is_some());
}

#[test]
fn a_registration_after_the_assessment_date_is_planned_and_the_result_is_as_of_it() {
    // A student assessed in March plans to register in September.
    let planned = run(startup("2026-06-30", "2026-09-01", "2026-03-01", 3, "0"));
    assert_eq!(planned["assessment_date"], "2026-03-01", "T as given");
    assert_eq!(planned["planned_registration_date"], "2026-09-01");
    assert_eq!(reasons(&planned, "startup_grant"), ["operating_under_12_months"]);
    assert_eq!(planned["ineligible"][0]["hints"][0], json!({"kind": "eligible_from", "date": "2027-09-02"}));
    let on_the_day = run(startup("2026-06-30", "2026-09-01", "2026-09-01", 3, "0"));
    assert_eq!(on_the_day.get("planned_registration_date"), None, "registered on T: not planned");
    let strip = |mut r: Value| {
        let o = r.as_object_mut().unwrap();
        o.remove("assessment_date");
        o.remove("planned_registration_date");
        r
    };
    assert_eq!(strip(planned), strip(on_the_day), "the same result as on the registration day");

    // The category too: a doctorate's age limit of 45 passes before the registration.
    let doctor = |reg: &str| {
        let mut v = startup("2026-06-30", reg, "2026-11-23", 3, "0");
        v["person"] = json!({"birth_date": "1981-03-10", "full_time_degree": "doctorate", "graduation_date": "2026-06-30"});
        run(v)
    };
    assert!(criteria(&doctor("2026-11-23")).contains(&"doctorate_45".to_string()));
    let later = doctor("2027-03-11");
    assert!(!criteria(&later).contains(&"doctorate_45".to_string()), "{later}");
    assert_eq!(later["criteria_expired"][0]["valid_until"], "2027-03-10");
}

#[test]
fn only_someone_with_a_job_applies_through_the_employer() {
    let founder = run(startup("2023-06-30", "2024-09-01", "2026-11-23", 3, "0"));
    assert!(benefit(&founder, "startup_grant").is_some());
    assert_eq!(founder.get("employer_submits"), None, "a founder applies in person");
    let mut employed = startup("2023-06-30", "2024-09-01", "2026-11-23", 3, "0");
    employed["employment"] = json!({"mode": "flexible", "employer_type": "enterprise"});
    assert_eq!(run(employed.clone())["employer_submits"], true);
    employed["employment"]["mode"] = json!("none");
    assert_eq!(run(employed).get("employer_submits"), None);
}

#[test]
fn three_employees_or_tax_over_twenty_thousand() {
    let t = "2026-11-23";
    assert!(benefit(&run(startup("2023-06-30", "2024-09-01", t, 3, "0")), "startup_grant").is_some());
    assert!(benefit(&run(startup("2023-06-30", "2024-09-01", t, 0, "20000.01")), "startup_grant").is_some());
    let exactly = run(startup("2023-06-30", "2024-09-01", t, 2, "20000"));
    assert_eq!(reasons(&exactly, "startup_grant"), ["employment_or_tax_threshold_not_met"]);
}

#[test]
fn category_a_gets_the_grant_of_the_best_listed_criterion_it_meets() {
    // INT-10: a bachelor who is also an academician gets D's 20,000, not nothing.
    let mut v = startup("2023-06-30", "2024-09-01", "2026-11-23", 3, "0");
    v["person"]["honors"] = json!(["cas_academician"]);
    let r = run(v.clone());
    assert_eq!(r["category"], "A");
    let grant = benefit(&r, "startup_grant").unwrap();
    assert_eq!(grant["amount"]["exact"], "20000.00");
    assert_eq!(grant["interpretations"], json!(["INT-10"]));
    assert_eq!(
        grant["steps"][0],
        json!({"kind": "standard", "category": "D", "amount": "20000.00"}),
        "D's amount"
    );
    v["person"]["honors"] = json!(["cas_academician", "state_council_allowance"]);
    assert_eq!(
        benefit(&run(v.clone()), "startup_grant").unwrap()["amount"]["exact"],
        "50000.00",
        "B's amount"
    );
    // With no B–E criterion: not listed, and the §11(4) route.
    v["person"]["honors"] = json!(["cas_academician"]);
    v["person"]["full_time_degree"] = json!("none");
    let r = run(v);
    assert_eq!(reasons(&r, "startup_grant"), ["category_not_listed"]);
    assert_eq!(r["referrals"][0]["id"], "special_talent_review");
    assert_eq!(r["referrals"][0]["clause"], "§11(4)");
}

// ---- §13 loans ------------------------------------------------------------

fn loan(principal: &str, rate: &str, months: i64, method: &str) -> Value {
    json!({"assessment_date": "2026-11-23", "person": {"birth_date": "2000-01-01"},
           "loan": {"principal": principal, "annual_rate": rate, "term_months": months, "repayment": method}})
}

#[test]
fn interest_only_loan_rounds_half_up() {
    // 100000.05 × 0.0345 × 12 / 12 = 3450.001725 → 3450.00; × 0.5 = 1725.00
    let r = run(loan("100000.05", "0.0345", 12, "interest_only"));
    assert_eq!(benefit(&r, "startup_loan_interest").unwrap()["amount"]["exact"], "1725.00");
    // 1001 × 0.01 × 1 / 12 = 0.834166… → 0.83; × 0.5 = 0.415 → 0.42 (half-up)
    let r = run(loan("1001", "0.01", 1, "interest_only"));
    assert_eq!(benefit(&r, "startup_loan_interest").unwrap()["amount"]["exact"], "0.42");
}

#[test]
fn equal_installment_loan_follows_the_monthly_schedule() {
    // An independent float re-computation of the §13 formula (docs/contract.md): fixed payment, monthly
    // interest rounded to the fen, the last month clears the balance.
    let r = run(loan("300000", "0.036", 36, "equal_installments"));
    let got: f64 =
        benefit(&r, "startup_loan_interest").unwrap()["amount"]["exact"].as_str().unwrap().parse().unwrap();
    let fen = |x: f64| (x * 100.0).round() / 100.0;
    let (mut balance, i, n) = (300000.0_f64, 0.036_f64 / 12.0, 36);
    let pay = fen(balance * i / (1.0 - (1.0 + i).powi(-n)));
    let mut total = 0.0;
    for m in 1..=n {
        let interest = fen(balance * i);
        total += interest;
        balance -= if m == n { balance } else { pay - interest };
    }
    let expected = fen(total / 2.0);
    assert!((got - expected).abs() <= 0.05, "got {got}, schedule gives {expected}");
    let zero = run(loan("300000", "0", 36, "equal_installments"));
    assert_eq!(benefit(&zero, "startup_loan_interest").unwrap()["amount"]["exact"], "0.00");
}

#[test]
fn a_refused_loan_sends_nobody_anywhere() {
    assert_eq!(run(loan("300000.01", "0.036", 36, "interest_only"))["apply_to"], json!([]));
    assert_eq!(run(loan("300000", "0.036", 36, "interest_only"))["apply_to"], json!(["师市人社局"]));
}

#[test]
fn loan_caps_are_inclusive_and_the_capped_subsidy_is_shown() {
    assert!(benefit(&run(loan("300000", "0.036", 36, "interest_only")), "startup_loan_interest").is_some());
    let r = run(loan("300000.01", "0.036", 37, "interest_only"));
    assert_eq!(reasons(&r, "startup_loan_interest"), ["loan_over_cap", "loan_term_over_cap"]);
    assert_eq!(
        r["ineligible"][0]["hints"][0],
        json!({"kind": "capped_loan", "principal": "300000.00", "term_months": 36, "subsidy": "16200.00"})
    );
}

// ---- §6, §14, §15, §16 ----------------------------------------------------

#[test]
fn medical_staffing_needs_a_senior_title_or_a_postgraduate_degree() {
    let at_hospital = |p: Value| run(full_time("2026-11-23", p, json!({"employer_type": "public_hospital"})));
    let r = at_hospital(
        json!({"birth_date": "1970-01-01", "full_time_degree": "bachelor", "title_level": "associate_senior"}),
    );
    let b = benefit(&r, "medical_staffing").unwrap();
    assert_eq!(
        (b["clause"].as_str(), b["confirm"][0].as_str()),
        (Some("§6"), Some("hospital_shortage_post"))
    );
    let r = at_hospital(
        json!({"birth_date": "1970-01-01", "full_time_degree": "bachelor", "title_level": "intermediate"}),
    );
    assert_eq!(reasons(&r, "medical_staffing"), ["no_qualifying_title_or_degree"]);
    // §6 says 研究生以上学历 without 全日制: a part-time master's qualifies.
    let r = at_hospital(
        json!({"birth_date": "1970-01-01", "full_time_degree": "bachelor", "part_time_degree": "master"}),
    );
    assert!(benefit(&r, "medical_staffing").is_some());
    // A new full-time hire only: not someone without a job there, nor a flexible expert.
    let senior = json!({"birth_date": "1960-01-01", "title_level": "senior"});
    for mode in ["flexible", "none"] {
        let r = run(full_time(
            "2026-11-23",
            senior.clone(),
            json!({"employer_type": "public_hospital", "mode": mode}),
        ));
        assert_eq!(reasons(&r, "medical_staffing"), ["not_full_time"], "{mode}");
    }
}

#[test]
fn honour_award_is_paid_once_even_for_both_listings() {
    let p = json!({"birth_date": "1985-01-01", "honors": ["tianshan_talent_first", "bingtuan_talent_first"]});
    let r = run(person("2026-11-23", p));
    let awards: Vec<_> =
        r["benefits"].as_array().unwrap().iter().filter(|b| b["id"] == "talent_honor_award").collect();
    assert_eq!(awards.len(), 1);
    assert_eq!(r["totals"]["talent"]["max"], "10000.00");
}

#[test]
fn departments_follow_the_employer_type() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    for (t, d) in [
        ("economic_development_zone", "师市商务局"),
        ("enterprise", "师市人社局"),
        ("secondary_vocational_school", "师市教育局"),
        ("public_hospital", "师市卫健委"),
        ("research_institute", "师市科技局"),
        ("agricultural_park", "师市科技局"),
    ] {
        let r = run(full_time("2026-11-23", phd.clone(), json!({"employer_type": t})));
        assert_eq!(r["apply_to"][0], d, "{t}");
    }
}

#[test]
fn related_programmes_carry_no_amount() {
    let r = run(person("2026-11-23", json!({"birth_date": "1990-01-01"})));
    let programmes = r["related_programmes"].as_array().unwrap();
    assert_eq!(programmes.len(), 7);
    assert!(programmes
        .iter()
        .all(|p| p.get("amount").is_none() && p["apply_to"].as_array().unwrap().len() == 1));
}

// ---- enterprises ----------------------------------------------------------

fn enterprise(e: Value) -> Value {
    let mut base = json!({"registered_in_city": true, "division_affiliated": true});
    for (k, v) in e.as_object().unwrap() {
        base[k] = v.clone();
    }
    json!({"assessment_date": "2026-11-23", "enterprise": base})
}

#[test]
fn institute_support_is_capped_at_five_years() {
    let r = run(enterprise(json!({"industrial_institute_years": 7})));
    assert_eq!(benefit(&r, "industrial_institute").unwrap()["amount"]["exact"], "10000000.00");
}

#[test]
fn specialized_awards_already_received_are_deducted() {
    let r =
        run(enterprise(json!({"specialized": "specialized_sme", "specialized_awards_received": "150000"})));
    assert_eq!(benefit(&r, "specialized_sme").unwrap()["amount"]["exact"], "0.00");
    assert!(r["interpretations"].as_array().unwrap().contains(&json!("INT-05")));
}

#[test]
fn caps_and_ranges_add_to_totals_as_io_says() {
    let r = run(enterprise(
        json!({"key_tech_breakthrough_projects": 2, "industry_education_investment": "120000",
                                  "joint_innovation_platforms": 1, "platform_regional": 2}),
    ));
    assert_eq!(benefit(&r, "key_tech_breakthrough").unwrap()["amount"], json!({"up_to": "6000000.00"}));
    assert_eq!(benefit(&r, "industry_education_base").unwrap()["amount"], json!({"up_to": "120000.00"}));
    // §16: 教育局 together with 发改委、工信局、人社局, 教育局 first.
    assert_eq!(
        benefit(&r, "joint_innovation_platform").unwrap()["apply_to"],
        json!(["师市教育局", "师市发改委", "师市工信局", "师市人社局"])
    );
    assert_eq!(r["totals"]["enterprise"], json!({"min": "600000.00", "max": "6920000.00"}));
}

#[test]
fn an_enterprise_outside_the_city_gets_nothing_and_is_told_why() {
    let r = run(json!({"assessment_date": "2026-11-23", "enterprise": {"tech_sme_first": true}}));
    assert_eq!(reasons(&r, "tech_sme_first"), ["not_registered_in_city"]);
}

#[test]
fn flexible_hires_may_give_a_person_whose_category_is_computed() {
    let r = run(enterprise(json!({"flexible_hires": [
        {"label": "dr", "person": {"birth_date": "1990-01-01", "full_time_degree": "doctorate"}, "days": 5},
        {"label": "d", "category": "D", "days": 5}]})));
    assert_eq!(r["flexible_hires"][0]["category"], "B");
    assert_eq!(r["flexible_hires"][0]["amount"], "1500.00");
    assert_eq!(r["flexible_hires"][1]["reasons"], json!(["category_not_listed"]));
    assert_eq!(r["totals"]["employer"]["max"], "1500.00");
}

#[test]
fn hires_are_paid_only_to_a_division_affiliated_enterprise_in_the_city() {
    let hire = json!([{"label": "x", "category": "B", "days": 5}]);
    let r = run(enterprise(json!({"division_affiliated": false, "flexible_hires": hire})));
    assert_eq!(r["flexible_hires"][0]["amount"], "0.00");
    assert_eq!(r["flexible_hires"][0]["reasons"], json!(["employer_not_division_affiliated"]));
    assert_eq!(r["totals"]["employer"]["max"], "0.00");
    assert_eq!(r["apply_to"], json!([]));
    // The reported input: an unregistered enterprise used to get 1,500.
    let r = run(json!({"assessment_date": "2026-11-23",
        "enterprise": {"registered_in_city": false, "flexible_hires": [{"label": "x", "category": "B", "days": 5}]}}));
    assert_eq!(
        r["flexible_hires"][0]["reasons"],
        json!(["not_registered_in_city", "employer_not_division_affiliated"])
    );
    assert_eq!(r["totals"]["employer"], json!({"min": "0.00", "max": "0.00"}));
    let r = run(enterprise(json!({"flexible_hires": hire})));
    assert_eq!(r["flexible_hires"][0]["amount"], "1500.00");
    assert_eq!(r["apply_to"], json!(["师市人社局"]));
}

// ---- INT-11, INT-12, INT-13 ------------------------------------------------

#[test]
fn the_start_date_decides_the_category_on_either_side_of_the_46th_birthday() {
    // Born 1980-06-01: 45岁（含）以下 holds to 2026-06-01 (INT-01).
    let phd = json!({"birth_date": "1980-06-01", "full_time_degree": "doctorate"});
    let on = |start: &str| run(full_time("2026-11-23", phd.clone(), json!({"start_date": start})));
    let last_day = on("2026-06-01");
    assert_eq!(last_day["category"], "B");
    assert_eq!(last_day["category_decided_on"], "2026-06-01");
    assert!(last_day["interpretations"].as_array().unwrap().contains(&json!("INT-11")));
    let day_after = on("2026-06-02");
    assert_eq!(day_after["category"], "D");
    assert_eq!(reasons(&day_after, "living_subsidy"), ["category_not_allowed_for_employer"]);
    // The age limit, not the employer, is why: said with its date.
    let hints =
        day_after["ineligible"].as_array().unwrap().iter().find(|i| i["id"] == "living_subsidy").unwrap()
            ["hints"]
            .clone();
    assert!(
        hints.as_array().unwrap().contains(
            &json!({"kind": "age_limit_passed", "criterion": "doctorate_45", "category": "B", "until": "2026-06-01"})
        ),
        "{hints}"
    );
    // Without a start date the assessment date decides, and the result says nothing of one.
    let today = run(full_time("2026-11-23", phd, json!({})));
    assert_eq!(today["category"], "D");
    assert!(today.get("category_decided_on").is_none());
}

#[test]
fn dates_outside_the_policy_and_children_are_refused_by_kind() {
    let kind = |v: Value| {
        let e = assess_json(&v.to_string()).expect_err("refused");
        (e.path, e.kind.as_str(), e.limit)
    };
    let adult = json!({"birth_date": "1990-01-01"});
    assert_eq!(
        kind(person("2024-12-31", adult.clone())),
        ("assessment_date".into(), "before_policy", Some("2025-01-01".into()))
    );
    assert!(assess_json(&person("2025-01-01", adult.clone()).to_string()).is_ok());
    assert!(assess_json(&person("2100-12-31", adult.clone()).to_string()).is_ok());
    assert_eq!(
        kind(person("2101-01-01", adult.clone())),
        ("assessment_date".into(), "out_of_range", Some("2100-12-31".into()))
    );
    let start =
        |d: &str| full_time("2026-11-23", json!({"birth_date": "1990-01-01"}), json!({"start_date": d}));
    assert_eq!(kind(start("2024-12-31")).1, "before_policy");
    assert_eq!(kind(start("2101-01-01")).1, "out_of_range");
    // 16 on the 16th birthday, not the day before.
    assert!(assess_json(&person("2026-11-23", json!({"birth_date": "2010-11-23"})).to_string()).is_ok());
    assert_eq!(
        kind(person("2026-11-23", json!({"birth_date": "2010-11-24"}))),
        ("person.birth_date".into(), "too_young", Some("16".into()))
    );
    // A doctorate born in 2022 is refused, not category B.
    let child = person("2026-11-23", json!({"birth_date": "2022-01-01", "full_time_degree": "doctorate"}));
    assert_eq!(kind(child).1, "too_young");
    assert_eq!(kind(person("2026-11-23", json!({"birth_date": "2026-11-24"}))).1, "after_assessment_date");
}

#[test]
fn the_place_of_the_employer_stands_apart_from_its_kind() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let zone = run(full_time("2026-11-23", phd.clone(), json!({"location": "high_tech_zone"})));
    assert_eq!(reasons(&zone, "living_subsidy"), ["high_tech_zone_separate_policy"]);
    assert_eq!(zone["referrals"][0]["id"], "high_tech_zone_policy");
    assert!(zone["interpretations"].as_array().unwrap().contains(&json!("INT-13")));
    let ezone = run(full_time(
        "2026-11-23",
        phd.clone(),
        json!({"location": "economic_development_zone", "employer_type": "other"}),
    ));
    assert_eq!(ezone["totals"]["talent"]["max"], "608800.00", "the zone takes A–C whatever the kind");
    assert_eq!(ezone["apply_to"], json!(["师市商务局"]));
    let flexible = json!({"mode": "flexible", "division_affiliated": true, "flexible_days": 5, "location": "high_tech_zone"});
    let r = run(full_time("2026-11-23", phd, flexible));
    assert!(reasons(&r, "flexible_daily_subsidy").contains(&"high_tech_zone_separate_policy".to_string()));
}

#[test]
fn a_founder_without_an_employer_is_not_sent_through_an_employer() {
    let founder = json!({"assessment_date": "2026-11-23",
        "person": {"birth_date": "2000-01-01", "graduation_date": "2024-06-30"},
        "startup": {"registered_in_city": true, "legal_representative": true, "registration_date": "2025-01-10"}});
    let r = run(founder);
    assert_eq!(r["referrals"][0]["id"], "special_talent_review");
    assert_eq!(r["referrals"][0]["apply_to"], json!(["师市人社局"]));
}

#[test]
fn a_graduate_is_told_what_a_business_would_bring() {
    let bachelor =
        run(person("2026-11-23", json!({"birth_date": "2003-05-01", "full_time_degree": "bachelor"})));
    assert_eq!(
        bachelor["prospects"],
        json!([{"id": "startup_grant", "clause": "§13", "amount": {"exact": "20000.00"}}])
    );
    let academician = run(person(
        "2026-11-23",
        json!({"birth_date": "1970-05-01", "full_time_degree": "doctorate",
        "honors": ["cas_academician"]}),
    ));
    assert_eq!(
        academician["prospects"][0]["amount"]["exact"], "20000.00",
        "INT-10: A via the bachelor criterion"
    );
    assert!(run(person("2026-11-23", json!({"birth_date": "2003-05-01"}))).get("prospects").is_none());
    let founder = run(startup("2023-06-30", "2024-09-01", "2026-11-23", 3, "0"));
    assert!(founder.get("prospects").is_none(), "asked about the business: the grant itself is assessed");
}

#[test]
fn no_category_is_referred_to_special_talent_review_through_the_employer() {
    let r = run(full_time(
        "2026-11-23",
        json!({"birth_date": "1990-01-01"}),
        json!({"employer_type": "public_hospital"}),
    ));
    assert_eq!(r["category"], Value::Null);
    assert_eq!(
        r["referrals"],
        json!([{"id": "special_talent_review", "clause": "§11(4)", "apply_to": ["师市卫健委"]}])
    );
    let with_category = run(full_time(
        "2026-11-23",
        json!({"birth_date": "1990-01-01", "full_time_degree": "bachelor"}),
        json!({}),
    ));
    assert!(with_category["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["id"] != "special_talent_review"));
}

// ---- impossible input -----------------------------------------------------

#[test]
fn impossible_inputs_name_their_field() {
    let t = "2026-11-23";
    let cases = [
        (person(t, json!({"birth_date": "2026-11-24"})), "person.birth_date"),
        (person(t, json!({"birth_date": "1990-02-30"})), "person.birth_date"),
        (json!({"person": {"birth_date": "1990-01-01"}}), "assessment_date"),
        (json!({"assessment_date": t}), "person"),
        (
            full_time(t, json!({"birth_date": "1990-01-01"}), json!({"purchase_price": "-1"})),
            "employment.purchase_price",
        ),
        (
            full_time(t, json!({"birth_date": "1990-01-01"}), json!({"purchase_price": "1.001"})),
            "employment.purchase_price",
        ),
        (
            full_time(t, json!({"birth_date": "1990-01-01"}), json!({"flexible_days": -1})),
            "employment.flexible_days",
        ),
        (full_time(t, json!({"birth_date": "1990-01-01"}), json!({"mode": "part_time"})), "employment.mode"),
        (
            full_time(t, json!({"birth_date": "1990-01-01"}), json!({"contract_yeras": "3"})),
            "employment.contract_yeras",
        ),
        (loan("1000", "1", 12, "interest_only"), "loan.annual_rate"),
        (loan("1000", "-0.01", 12, "interest_only"), "loan.annual_rate"),
        (loan("1000", "0.03", 0, "interest_only"), "loan.term_months"),
        (startup("2023-06-30", "2101-01-01", t, 3, "0"), "startup.registration_date"),
        (
            json!({"assessment_date": t, "person": {"birth_date": "2000-01-01"}, "startup": {"registration_date": "2025-01-01"}}),
            "person.graduation_date",
        ),
        (
            person(t, json!({"birth_date": "1990-01-01", "claimed_equivalent": "E"})),
            "person.claimed_equivalent",
        ),
        (
            json!({"assessment_date": t, "person": {"birth_date": "1990-01-01"}, "enterprise": {}}),
            "enterprise",
        ),
        (
            json!({"assessment_date": t, "enterprise": {"flexible_hires": [{"days": 3}]}}),
            "enterprise.flexible_hires[0].category",
        ),
    ];
    for (input, path) in cases {
        let (got, message) = err(input.clone());
        assert_eq!(got, path, "{input} → {message}");
        assert!(!message.is_empty());
    }
}

#[test]
fn money_may_be_a_json_number() {
    let phd = json!({"birth_date": "1992-04-15", "full_time_degree": "doctorate"});
    let r = run(full_time("2026-11-23", phd, json!({"purchase_price": 350000.5})));
    assert_eq!(benefit(&r, "purchase_subsidy").unwrap()["amount"]["exact"], "350000.50");
}

// ---- what the arithmetic and the hints say --------------------------------

fn criterion<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["criteria_met"].as_array().unwrap().iter().find(|c| c["id"] == id).unwrap()
}

#[test]
fn int_02_is_named_only_where_a_higher_degree_or_title_meets_a_lower_criterion() {
    let r = run(person(
        "2026-11-23",
        json!({"birth_date": "1992-04-15", "full_time_degree": "master",
        "title_level": "associate_senior"}),
    ));
    assert!(criterion(&r, "postgraduate_40").get("interpretations").is_none(), "the master's own criterion");
    assert_eq!(criterion(&r, "bachelor")["interpretations"], json!(["INT-02"]));
    assert!(
        criterion(&r, "associate_senior_title").get("interpretations").is_none(),
        "the title's own criterion"
    );
    assert_eq!(criterion(&r, "intermediate_title")["interpretations"], json!(["INT-02"]));
}

#[test]
fn the_service_card_needs_both_a_category_and_work_in_the_city() {
    let card = |p: Value, mode: &str| {
        benefit(&run(full_time("2026-11-23", p, json!({"mode": mode}))), "talent_service_card").is_some()
    };
    let bachelor = json!({"birth_date": "1990-01-01", "full_time_degree": "bachelor"});
    assert!(card(bachelor.clone(), "flexible"));
    assert!(!card(bachelor, "none"), "not working in the city");
    assert!(!card(json!({"birth_date": "1990-01-01"}), "full_time"), "no category");
}

#[test]
fn flexible_work_names_the_categories_it_pays() {
    let d = json!({"birth_date": "1990-01-01", "full_time_degree": "bachelor"});
    let r = run(full_time("2026-11-23", d, json!({"mode": "flexible", "division_affiliated": true})));
    let flexible =
        r["ineligible"].as_array().unwrap().iter().find(|i| i["id"] == "flexible_daily_subsidy").unwrap();
    assert_eq!(flexible["reasons"], json!(["category_not_listed"]));
    assert_eq!(flexible["hints"], json!([{"kind": "categories_accepted", "categories": ["A", "B", "C"]}]));
}

#[test]
fn each_industrial_award_goes_to_its_department() {
    // INT-06: §16 names 发改委、科技局、工信局 without saying which handles what.
    let r = run(enterprise(
        json!({"platform_national": 1, "platform_regional": 1, "industrial_institute_years": 1,
        "specialized": "specialized_sme", "high_tech": "renewal", "expert_workstations": 1}),
    ));
    let depts = |id: &str| benefit(&r, id).unwrap()["apply_to"].clone();
    assert_eq!(depts("platform_national"), json!(["师市发改委", "师市科技局"]));
    assert_eq!(depts("platform_regional"), json!(["师市工信局", "师市发改委", "师市科技局"]));
    assert_eq!(depts("industrial_institute"), json!(["师市工信局"]));
    assert_eq!(depts("specialized_sme"), json!(["师市工信局"]));
    assert_eq!(depts("high_tech_renewal"), json!(["师市科技局"]));
    assert_eq!(depts("expert_workstation"), json!(["师市科技局"]));
}

#[test]
fn a_registration_outside_the_window_names_the_window() {
    let window = json!({"kind": "registration_window", "from": "2023-06-30", "until": "2025-06-30"});
    let hints = |reg: &str| {
        let r = run(startup("2023-06-30", reg, "2026-11-23", 3, "0"));
        r["ineligible"][0]["hints"].as_array().cloned().unwrap_or_default()
    };
    assert!(hints("2023-06-29").contains(&window), "registered the day before graduation");
    assert!(hints("2025-07-01").contains(&window), "registered a day after the window");
    assert!(!hints("2023-06-30").contains(&window) && !hints("2025-06-30").contains(&window), "inside");
    // Refused for another reason on the window's first and last days: still no window hint.
    let refused = |grad: &str, reg: &str, t: &str| {
        let r = run(startup(grad, reg, t, 3, "0"));
        assert_eq!(reasons(&r, "startup_grant"), ["operating_under_12_months"], "{reg}");
        r["ineligible"][0]["hints"].as_array().cloned().unwrap_or_default()
    };
    let first_day = refused("2025-01-10", "2025-01-10", "2025-06-01");
    assert!(first_day.iter().all(|h| h["kind"] != "registration_window"), "{first_day:?}");
    let last_day = refused("2023-06-30", "2025-06-30", "2026-01-01");
    assert!(last_day.iter().all(|h| h["kind"] != "registration_window"), "{last_day:?}");
}

#[test]
fn a_loan_subsidy_shows_its_monthly_share_and_its_half() {
    // 200000 × 0.036 × 24 / 12 = 14400 interest; half is 7200, 300 a month.
    let r = run(loan("200000", "0.036", 24, "interest_only"));
    let b = benefit(&r, "startup_loan_interest").unwrap();
    assert_eq!(b["schedule"], json!([{"from_month": 1, "to_month": 24, "per_month": "300.00"}]));
    assert_eq!(
        b["steps"],
        json!([
            {"kind": "interest_only", "principal": "200000.00", "rate": "0.036", "months": 24, "interest": "14400.00"},
            {"kind": "interest_share", "interest": "14400.00", "percent": "50", "subsidy": "7200.00"}
        ])
    );
    assert_eq!(b["calculation"], "200000.00 × 0.036 × 24 / 12 = 14400.00; 14400.00 × 50% = 7200.00");
}
