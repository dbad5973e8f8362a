//! Properties that hold for every valid input, checked on generated ones.

mod support;

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use talent_rules::ids::{Category, Degree, Honor, Title};
use talent_rules::output::{Amount, Assessment, Payment};

fn date(year: std::ops::Range<i32>) -> impl Strategy<Value = String> {
    (year, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| {
        let last = [
            31,
            if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        format!("{y:04}-{m:02}-{:02}", d.min(last[m as usize - 1]))
    })
}

fn money(max: u64) -> impl Strategy<Value = String> {
    (0..=max, 0u32..100).prop_map(|(y, f)| format!("{y}.{f:02}"))
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn person() -> impl Strategy<Value = Value> {
    (
        date(1940..2008),
        pick(Degree::ALL),
        pick(Title::ALL),
        proptest::sample::subsequence(Honor::ALL.to_vec(), 0..3),
        prop::option::of(pick(&[Category::A, Category::B, Category::C, Category::D])),
        date(1960..2026),
    )
        .prop_map(|(birth, degree, title, honors, claim, grad)| {
            json!({"birth_date": birth, "full_time_degree": degree, "title_level": title,
                   "honors": honors, "claimed_equivalent": claim, "graduation_date": grad.max(birth)})
        })
}

fn employment() -> impl Strategy<Value = Value> {
    (
        pick(&["full_time", "flexible", "none"]),
        pick(talent_rules::ids::EmployerType::ALL),
        any::<bool>(),
        any::<bool>(),
        (0u32..8, any::<bool>()),
        0i64..400,
        pick(&["cash", "turnover_housing"]),
        (prop::option::of(money(900_000)), prop::option::of(money(900_000))),
        (prop::option::of(date(2025..2031)), pick(talent_rules::ids::Location::ALL)),
    )
        .prop_map(|(mode, employer, affiliated, insured, (years, open), days, housing, (price, bingtuan), (start, location))| {
            json!({"mode": mode, "employer_type": employer, "division_affiliated": affiliated,
                   "first_social_insurance_in_city": insured, "contract_years": years.to_string(),
                   "open_ended_contract": open, "flexible_days": days, "housing_choice": housing,
                   "purchase_price": price, "bingtuan_support": bingtuan, "start_date": start, "location": location})
        })
}

fn startup() -> impl Strategy<Value = Value> {
    (any::<bool>(), any::<bool>(), date(2015..2026), 0i64..10, money(60_000)).prop_map(
        |(city, rep, reg, n, tax)| {
            json!({"registered_in_city": city, "legal_representative": rep, "registration_date": reg,
               "insured_employees": n, "tax_paid": tax})
        },
    )
}

fn loan() -> impl Strategy<Value = Value> {
    (money(400_000), 0u32..120, 1i64..60, pick(&["interest_only", "equal_installments"]))
        .prop_map(|(p, r, n, m)| json!({"principal": p, "annual_rate": format!("0.{r:03}"), "term_months": n, "repayment": m}))
}

fn person_input() -> impl Strategy<Value = Value> {
    (person(), prop::option::of(employment()), prop::option::of(startup()), prop::option::of(loan()))
        .prop_map(|(p, e, s, l)| {
            let mut v = json!({"assessment_date": "2026-11-23", "person": p});
            if let Some(e) = e {
                v["employment"] = e;
            }
            if let Some(mut s) = s {
                // keep the registration no later than the assessment date
                s["registration_date"] = json!(s["registration_date"].as_str().unwrap().min("2026-11-23"));
                v["startup"] = s;
            }
            if let Some(l) = l {
                v["loan"] = l;
            }
            strip_nulls(v)
        })
}

fn enterprise_input() -> impl Strategy<Value = Value> {
    (
        (any::<bool>(), any::<bool>()),
        (0i64..3, 0i64..3, 0i64..8),
        prop::option::of(pick(&["first", "renewal"])),
        prop::option::of(pick(&["little_giant", "specialized_sme"])),
        money(300_000),
        (0i64..3, prop::option::of(money(600_000)), 0i64..3, 0i64..3),
        prop::collection::vec((prop::option::of(pick(Category::ALL)), 0i64..100), 0..4),
    )
        .prop_map(|((city, affiliated), (n, r, y), ht, sp, received, (k, inv, j, w), hires)| {
            let hires: Vec<_> = hires
                .into_iter()
                .enumerate()
                .map(|(i, (c, d))| match c {
                    Some(c) => json!({"label": format!("h{i}"), "category": c, "days": d}),
                    None => json!({"label": format!("h{i}"), "person": {"birth_date": "1990-01-01", "full_time_degree": "doctorate"}, "days": d}),
                })
                .collect();
            strip_nulls(json!({"assessment_date": "2026-11-23", "enterprise": {
                "registered_in_city": city, "division_affiliated": affiliated, "platform_national": n, "platform_regional": r,
                "industrial_institute_years": y, "high_tech": ht, "tech_sme_first": city, "specialized": sp,
                "specialized_awards_received": received, "key_tech_breakthrough_projects": k,
                "industry_education_investment": inv, "joint_innovation_platforms": j, "expert_workstations": w,
                "flexible_hires": hires}}))
        })
}

fn strip_nulls(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, strip_nulls(v))).collect(),
        ),
        other => other,
    }
}

fn assess(v: &Value) -> Assessment {
    talent_rules::assess_json(&v.to_string()).unwrap_or_else(|e| panic!("valid input rejected: {e}\n{v}"))
}

fn rank(c: Option<Category>) -> i32 {
    // Higher is better; no category is lowest.
    c.map_or(0, |c| 5 - Category::ALL.iter().position(|x| *x == c).unwrap() as i32)
}

fn amounts(a: &Amount) -> Vec<Decimal> {
    match a {
        Amount::Exact(m) | Amount::UpTo(m) => vec![m.0],
        Amount::Range { min, max } => vec![min.0, max.0],
        Amount::InKind(_) => vec![],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_valid_person_gets_a_result_that_round_trips(v in person_input()) {
        let a = assess(&v);
        let json = serde_json::to_string(&a).unwrap();
        // The command line's writer (compact_json) writes serde_json's bytes.
        prop_assert_eq!(talent_rules::assess_json_line(&v.to_string()), json.clone());
        let back: Assessment = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back, a);
    }

    #[test]
    fn every_valid_enterprise_gets_a_result_that_round_trips(v in enterprise_input()) {
        let a = assess(&v);
        let back: Assessment = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(back, a);
    }

    #[test]
    fn more_qualifications_never_lower_the_category(
        v in person_input(), degree in pick(Degree::ALL), title in pick(Title::ALL), honor in pick(Honor::ALL)
    ) {
        let before = rank(assess(&v).category);
        let mut better = v.clone();
        let p = &mut better["person"];
        if degree > Degree::parse(p["full_time_degree"].as_str().unwrap()).unwrap() { p["full_time_degree"] = json!(degree); }
        if title > Title::parse(p["title_level"].as_str().unwrap()).unwrap() { p["title_level"] = json!(title); }
        p["honors"].as_array_mut().unwrap().push(json!(honor));
        prop_assert!(rank(assess(&better).category) >= before);
    }

    #[test]
    fn totals_are_the_sum_of_their_benefits(v in prop_oneof![person_input(), enterprise_input()]) {
        let a = assess(&v);
        for (recipient, span) in [("talent", a.totals.talent), ("employer", a.totals.employer), ("enterprise", a.totals.enterprise)] {
            let (mut min, mut max) = (Decimal::ZERO, Decimal::ZERO);
            for b in a.benefits.iter().filter(|b| b.recipient.as_str() == recipient) {
                let (lo, hi) = match b.amount {
                    Amount::Exact(m) => (m.0, m.0),
                    Amount::Range { min, max } => (min.0, max.0),
                    Amount::UpTo(m) => (Decimal::ZERO, m.0),
                    Amount::InKind(_) => (Decimal::ZERO, Decimal::ZERO),
                };
                min += lo;
                max += hi;
            }
            if recipient == "employer" {
                let hires: Decimal = a.flexible_hires.iter().map(|h| h.amount.0).sum();
                min += hires;
                max += hires;
            }
            // With Bingtuan support the talent's total follows INT-04, checked
            // on worked examples in tests/boundaries.rs, not by its own formula.
            if a.funding.is_some() && recipient == "talent" {
                prop_assert!(span.min.0 >= min && span.max.0 >= max);
                continue;
            }
            prop_assert_eq!((span.min.0, span.max.0), (min, max), "{}", recipient);
        }
    }

    #[test]
    fn purchase_instalments_sum_exactly(v in person_input()) {
        let a = assess(&v);
        if let Some(b) = a.benefits.iter().find(|b| b.id.as_str() == "purchase_subsidy") {
            let Amount::Exact(total) = b.amount else { panic!("purchase subsidy is exact") };
            let parts: Vec<Decimal> = b.schedule.iter().map(|p| match p {
                Payment::Yearly { amount, .. } => amount.0,
                Payment::Monthly { .. } => panic!("purchase subsidy is yearly"),
            }).collect();
            prop_assert_eq!(parts.len(), 5);
            prop_assert_eq!(parts.iter().sum::<Decimal>(), total.0);
            prop_assert!(parts.iter().all(|p| p.scale() <= 2));
        }
    }

    #[test]
    fn each_benefit_s_timeline_adds_up_to_its_amount(v in prop_oneof![person_input(), enterprise_input()]) {
        let a = assess(&v);
        if let Err(e) = support::check_timeline(&a) {
            prop_assert!(false, "{}\n{}", e, v);
        }
    }

    #[test]
    fn no_amount_is_negative(v in prop_oneof![person_input(), enterprise_input()]) {
        let a = assess(&v);
        let all = a.benefits.iter().flat_map(|b| amounts(&b.amount))
            .chain(a.flexible_hires.iter().map(|h| h.amount.0))
            .chain([a.totals.talent.min.0, a.totals.employer.min.0, a.totals.enterprise.min.0]);
        for m in all {
            prop_assert!(m >= Decimal::ZERO, "{}", m);
        }
        if let Some(f) = a.funding {
            prop_assert!(f.city.0 >= Decimal::ZERO && f.bingtuan.0 >= Decimal::ZERO);
        }
    }

    #[test]
    fn any_text_is_answered_without_panicking(s in ".{0,200}") {
        let line = talent_rules::assess_json_line(&s);
        let written = match talent_rules::assess_json(&s) {
            Ok(a) => serde_json::to_string(&a),
            Err(e) => serde_json::to_string(&json!({ "error": e })),
        };
        prop_assert_eq!(line, written.unwrap());
    }

    #[test]
    fn any_mutated_valid_input_is_answered_without_panicking(v in person_input(), cut in 0usize..400, junk in "[\\[\\]{}\":,0-9a-z.-]{0,8}") {
        let text = v.to_string();
        let cut = cut.min(text.len());
        let cut = (0..=cut).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let mutated = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        let _ = talent_rules::assess_json_line(&mutated);
    }

    #[test]
    fn a_start_date_decides_the_category_as_an_assessment_on_that_date_would(v in person_input(), start in date(2025..2031)) {
        let mut with_start = v.clone();
        with_start["employment"]["start_date"] = json!(start);
        if with_start["employment"]["mode"].is_null() {
            with_start["employment"]["mode"] = json!("none");
        }
        let on_that_day = json!({"assessment_date": start, "person": v["person"]});
        let a = assess(&with_start);
        prop_assert_eq!(a.category, assess(&on_that_day).category);
        prop_assert_eq!(a.category_decided_on.map(|d| d.to_string()), Some(start));
    }

    #[test]
    fn hires_of_an_enterprise_that_is_not_a_division_affiliate_in_the_city_get_nothing(v in enterprise_input()) {
        let a = assess(&v);
        let e = &v["enterprise"];
        if e["registered_in_city"] != json!(true) || e["division_affiliated"] != json!(true) {
            prop_assert!(a.flexible_hires.iter().all(|h| h.amount.is_zero()));
            prop_assert!(a.totals.employer.max.is_zero());
        }
    }

    #[test]
    fn nobody_younger_than_sixteen_gets_a_result(days_short in 1i64..3000) {
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let sixteenth = chrono::NaiveDate::from_ymd_opt(2010, 11, 23).unwrap();
        let birth = sixteenth + chrono::Days::new(days_short as u64);
        let e = talent_rules::assess_json(&json!({"assessment_date": t.to_string(), "person": {"birth_date": birth.to_string()}}).to_string());
        prop_assert!(e.is_err_and(|e| e.path == "person.birth_date"));
    }
}
