//! The dates that matter to one person, as an iCalendar file (RFC 5545): one
//! all-day event per date, each with a reminder ahead of it. The dates come
//! from the assessment and its input alone; the words come from the caller
//! (`Words`), since the engine has none; the file's stamp is the assessment
//! date, since the engine never reads the clock. The format is in
//! docs/command-line.md ("talent-check calendar").
//!
//! A small writer rather than the `icalendar` crate: that one reads the clock
//! for DTSTAMP, makes random UIDs and brings `uuid` and browser bindings into
//! the engine; the tests parse this writer's output with it instead.

use crate::dates::Date;
use crate::ids::{BenefitId, Category, Clause, Criterion, Mode, Recipient};
use crate::input::Input;
use crate::output::{Assessment, Hint};
use crate::policy::in_force;
use crate::timeline::timeline;
use chrono::Datelike;
use crc::{Crc, CRC_64_XZ};

/// How long before each date the reminder rings. Not a rule of the policy
/// (which sets no notice period): two weeks leave time to gather papers and
/// ask the employer or the department before the day.
pub const REMINDER_DAYS: u32 = 14;

/// RFC 5545 §3.1: content lines are folded at 75 octets.
const LINE_OCTETS: usize = 75;

const PRODID: &str = "-//Alar City talent policy self-check//talent-rules//EN";

/// The caller's words: `text` returns the message `key` names (a locale key
/// of locales/*.json) in the person's language, with each `{name}` of `args`
/// filled in. Names of benefits and categories are asked for by their own
/// keys (`benefit.living_subsidy`, `category.B`).
pub trait Words {
    fn text(&self, key: &str, args: &[(&str, String)]) -> String;
}

/// One date that matters, and why.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    pub date: Date,
    pub what: What,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum What {
    /// The last day the category holds when all its criteria are age-bound
    /// (`category_valid_until`), with the criterion that ends then.
    AgeLimit { criterion: Criterion, category: Category },
    /// §13: the last day of the `years` after graduation to register a
    /// planned business in.
    StartupWindowEnds { years: u32 },
    /// §13: the day the business has operated `months` (a hint's `EligibleFrom`).
    StartupOperating { months: u32 },
    /// The first day of a payment year (rules/src/timeline.rs) with the
    /// benefits paid in it, counted from `from`.
    PaymentYear { year: u8, benefits: Vec<BenefitId>, from: Date },
    /// The first day of the year of a purchase-subsidy instalment.
    PurchaseInstalment { number: usize, count: usize, from: Date },
    /// The contract's anniversary that §11(1) asks for (`years` of work).
    ContractYears { from: Date, years: u32 },
}

/// The person's dates after the assessment date, earliest first. Payment
/// years and the contract's anniversary count from the start date, or from
/// the assessment date when none was given (the event says which day).
pub fn events(input: &Input, a: &Assessment) -> Vec<Event> {
    let t = a.assessment_date;
    let mut out = Vec::new();
    // The category's own end, not a lower category's criteria listed beside it.
    if let Some(until) = a.category_valid_until {
        for c in
            a.criteria_met.iter().filter(|c| Some(c.category) == a.category && c.valid_until == Some(until))
        {
            out.push(Event { date: until, what: What::AgeLimit { criterion: c.id, category: c.category } });
        }
    }
    let registration = input.startup.as_ref().and_then(|s| s.registration_date);
    let graduation = input.person.as_ref().and_then(|p| p.graduation_date);
    // INT-14: §13's figures are those of the version in force on the registration date.
    let startup = in_force(registration.unwrap_or(t));
    // Only a planned registration (after T) can still be made before the window ends.
    if let (Some(planned), Some(grad)) = (registration, graduation) {
        if planned > t {
            let years = startup.startup_graduation_window_years;
            out.push(Event { date: grad.plus_years(years), what: What::StartupWindowEnds { years } });
        }
    }
    for hint in a.ineligible.iter().flat_map(|i| &i.hints) {
        if let Hint::EligibleFrom { date } = *hint {
            out.push(Event {
                date,
                what: What::StartupOperating { months: startup.startup_operating_months },
            });
        }
    }
    let from = input.employment.as_ref().and_then(|e| e.start_date).unwrap_or(t);
    payments(a, from, &mut out);
    let full_time = input.employment.as_ref().is_some_and(|e| e.mode == Mode::FullTime);
    if full_time && a.benefits.iter().any(|b| b.clause == Clause::S11_1) {
        // §11(1)'s, of the version in force on the start date (INT-14).
        let years = in_force(from).min_contract_years;
        out.push(Event { date: from.plus_years(years), what: What::ContractYears { from, years } });
    }
    out.retain(|e| e.date > t);
    out.sort();
    out.dedup();
    out
}

/// The talent's payment years and purchase instalments. The loan subsidy is
/// left out: its months run from the loan's own start, which no answer gives.
fn payments(a: &Assessment, from: Date, out: &mut Vec<Event>) {
    let years = timeline(a).years;
    let purchase_years: Vec<u8> = years
        .iter()
        .filter(|r| r.items.iter().any(|i| i.id == BenefitId::PurchaseSubsidy))
        .map(|r| r.year)
        .collect();
    for row in &years {
        let date = from.plus_years(u32::from(row.year) - 1);
        let benefits: Vec<BenefitId> = row
            .items
            .iter()
            .filter(|i| i.recipient == Recipient::Talent)
            .map(|i| i.id)
            .filter(|&id| id != BenefitId::PurchaseSubsidy && id != BenefitId::StartupLoanInterest)
            .collect();
        if !benefits.is_empty() {
            out.push(Event { date, what: What::PaymentYear { year: row.year, benefits, from } });
        }
        if let Some(i) = purchase_years.iter().position(|&y| y == row.year) {
            let what = What::PurchaseInstalment { number: i + 1, count: purchase_years.len(), from };
            out.push(Event { date, what });
        }
    }
}

impl Event {
    /// The locale key of the event's title; its description is `<key>.detail`.
    pub fn key(&self) -> &'static str {
        match self.what {
            What::AgeLimit { .. } => "calendar.age_limit",
            What::StartupWindowEnds { .. } => "calendar.startup_window",
            What::StartupOperating { .. } => "calendar.startup_operating",
            What::PaymentYear { .. } => "calendar.payment_year",
            What::PurchaseInstalment { .. } => "calendar.purchase_instalment",
            What::ContractYears { .. } => "calendar.contract_years",
        }
    }

    /// The words' arguments: the date, names asked of `words`, and the
    /// policy's figures, which no text repeats.
    pub fn args(&self, words: &dyn Words) -> Vec<(&'static str, String)> {
        let mut args = vec![("date", self.date.to_string())];
        match &self.what {
            What::AgeLimit { category, .. } => {
                args.push(("category", words.text(&format!("category.{}", category.as_str()), &[])));
            }
            What::StartupWindowEnds { years } => args.push(("years", years.to_string())),
            What::StartupOperating { months } => args.push(("months", months.to_string())),
            What::PaymentYear { year, benefits, from } => {
                let names: Vec<String> =
                    benefits.iter().map(|b| words.text(&format!("benefit.{}", b.as_str()), &[])).collect();
                args.extend([
                    ("year", year.to_string()),
                    ("benefits", names.join(words.text("calendar.list_separator", &[]).as_str())),
                    ("from", from.to_string()),
                ]);
            }
            What::PurchaseInstalment { number, count, from } => {
                args.extend([
                    ("number", number.to_string()),
                    ("count", count.to_string()),
                    ("from", from.to_string()),
                ]);
            }
            What::ContractYears { from, years } => {
                args.extend([("years", years.to_string()), ("from", from.to_string())]);
            }
        }
        args
    }

    /// A UID that stays the same for the same answers and event, so that
    /// importing the file again updates the events instead of adding copies.
    fn uid(&self, answers: u64) -> String {
        let what = match &self.what {
            What::AgeLimit { criterion, .. } => format!("age-{}", criterion.as_str()),
            What::StartupWindowEnds { .. } => "startup-window".to_string(),
            What::StartupOperating { .. } => "startup-operating".to_string(),
            What::PaymentYear { year, .. } => format!("payment-year-{year}"),
            What::PurchaseInstalment { number, .. } => format!("purchase-instalment-{number}"),
            What::ContractYears { .. } => "contract-years".to_string(),
        };
        format!("{answers:016x}-{what}@talent-rules")
    }
}

/// The answers' fingerprint for UIDs: the input without its assessment date,
/// so that assessing the same answers again later updates the same events
/// (with a later DTSTAMP) rather than adding a second set.
fn fingerprint(input: &Input) -> u64 {
    const CRC64: Crc<u64> = Crc::<u64>::new(&CRC_64_XZ);
    let answers = Input { assessment_date: None, ..input.clone() };
    CRC64.checksum(serde_json::to_string(&answers).unwrap_or_default().as_bytes())
}

/// The person's dates as a VCALENDAR, lines ending in CRLF.
pub fn ics(input: &Input, a: &Assessment, words: &dyn Words) -> String {
    let mut out = String::new();
    let mut line = |l: &str| {
        out.push_str(&fold(l));
        out.push_str("\r\n");
    };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(&words.text("calendar.name", &[]))));
    let answers = fingerprint(input);
    let stamp = format!("{}T000000Z", basic(a.assessment_date));
    for e in events(input, a) {
        let args = e.args(words);
        let summary = escape(&words.text(e.key(), &args));
        let detail =
            [words.text(&format!("{}.detail", e.key()), &args), words.text("calendar.estimate", &[])];
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", e.uid(answers)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", basic(e.date)));
        line(&format!("DTEND;VALUE=DATE:{}", basic(e.date.next_day())));
        line(&format!("SUMMARY:{summary}"));
        line(&format!("DESCRIPTION:{}", escape(&detail.join("\n"))));
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line(&format!("TRIGGER:-P{REMINDER_DAYS}D"));
        line(&format!("DESCRIPTION:{summary}"));
        line("END:VALARM");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `YYYYMMDD`, the DATE form of RFC 5545 §3.3.4.
fn basic(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.0.year(), d.0.month(), d.0.day())
}

/// TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped,
/// a line break written `\n`; other control characters, which TEXT cannot
/// hold, are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line folded (RFC 5545 §3.1): no line longer than 75 octets,
/// each continuation starting with a space, and never inside a UTF-8
/// character (a Chinese character is 3 octets).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that show the key and its arguments, so tests see what was asked.
    struct Keys;

    impl Words for Keys {
        fn text(&self, key: &str, args: &[(&str, String)]) -> String {
            let args: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
            if args.is_empty() {
                key.to_string()
            } else {
                format!("{key}({})", args.join(" "))
            }
        }
    }

    fn run(json: &str) -> (Input, Assessment) {
        let input = crate::parse(json).unwrap();
        let a = crate::assess(&input).unwrap();
        (input, a)
    }

    const PHD: &str = r#"{"assessment_date": "2026-11-23",
        "person": {"birth_date": "1992-04-15", "full_time_degree": "doctorate"},
        "employment": {"mode": "full_time", "employer_type": "enterprise", "housing_choice": "cash",
                       "first_social_insurance_in_city": true, "contract_years": "3", "start_date": "2027-03-01"}}"#;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn escaping_covers_backslash_semicolon_comma_and_line_breaks() {
        assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
        assert_eq!(escape("tab\there\u{7}bell"), "tab\therebell");
        assert_eq!(escape("人才：生活补贴"), "人才：生活补贴");
    }

    #[test]
    fn folding_keeps_75_octets_and_whole_characters() {
        let short = "S".repeat(75);
        assert_eq!(fold(&short), short);
        let long = "S".repeat(76);
        assert_eq!(fold(&long), format!("{}\r\n S", "S".repeat(75)));
        // 1 + 24 × 3 = 73 octets, then a 3-octet character that would make 76.
        let chinese = format!("X{}", "生".repeat(30));
        let folded = fold(&chinese);
        let lines: Vec<&str> = folded.split("\r\n").collect();
        assert_eq!(lines[0], format!("X{}", "生".repeat(24)));
        assert_eq!(lines[1], format!(" {}", "生".repeat(6)));
        for l in folded.split("\r\n") {
            assert!(l.len() <= LINE_OCTETS, "{l:?} is {} octets", l.len());
        }
        // A continuation holds 74 octets after its space.
        let twice = fold(&"a".repeat(75 + 74 + 1));
        assert_eq!(twice.split("\r\n").map(str::len).collect::<Vec<_>>(), vec![75, 75, 2]);
    }

    #[test]
    fn a_phd_gets_the_last_day_of_the_age_condition() {
        let (input, a) = run(PHD);
        let until = a.criteria_met.iter().find(|c| c.id == Criterion::Doctorate45).unwrap().valid_until;
        assert_eq!(until, Some(d("2038-04-15")));
        let e = events(&input, &a);
        assert!(e.contains(&Event {
            date: d("2038-04-15"),
            what: What::AgeLimit { criterion: Criterion::Doctorate45, category: Category::B },
        }));
        let ics = ics(&input, &a, &Keys);
        assert!(ics.contains(
            "DTSTART;VALUE=DATE:20380415\r\nDTEND;VALUE=DATE:20380416\r\n\
             SUMMARY:calendar.age_limit(date=2038-04-15 category=category.B)\r\n"
        ));
    }

    #[test]
    fn a_phd_gets_payment_years_instalments_and_the_third_anniversary_from_the_start() {
        let (input, a) = run(PHD);
        let from = d("2027-03-01");
        let e = events(&input, &a);
        let allowances = vec![BenefitId::LivingSubsidy, BenefitId::HousingSubsidy];
        let mut expected = vec![
            Event { date: from, what: What::PaymentYear { year: 1, benefits: allowances.clone(), from } },
            Event {
                date: d("2028-03-01"),
                what: What::PaymentYear { year: 2, benefits: allowances.clone(), from },
            },
            Event { date: d("2029-03-01"), what: What::PaymentYear { year: 3, benefits: allowances, from } },
            Event { date: d("2030-03-01"), what: What::ContractYears { from, years: 3 } },
        ];
        for (i, year) in (2030..=2034).enumerate() {
            let what = What::PurchaseInstalment { number: i + 1, count: 5, from };
            expected.push(Event { date: d(&format!("{year}-03-01")), what });
        }
        expected.push(Event {
            date: d("2038-04-15"),
            what: What::AgeLimit { criterion: Criterion::Doctorate45, category: Category::B },
        });
        expected.sort();
        assert_eq!(e, expected);
    }

    #[test]
    fn without_a_start_date_years_count_from_the_assessment_date_and_past_ones_are_left_out() {
        let (input, a) = run(&PHD.replace(r#", "start_date": "2027-03-01""#, ""));
        let e = events(&input, &a);
        let t = d("2026-11-23");
        // Year 1 starts on the assessment date itself: not ahead of it.
        assert_eq!(e[0].date, d("2027-11-23"));
        assert!(matches!(e[0].what, What::PaymentYear { year: 2, from, .. } if from == t));
        assert!(e.iter().all(|e| e.date > t));
        assert!(e.contains(&Event { date: d("2029-11-23"), what: What::ContractYears { from: t, years: 3 } }));
    }

    #[test]
    fn no_contract_anniversary_without_a_full_time_benefit() {
        // A bachelor at an enterprise: §11(1) pays nothing.
        let (input, a) = run(r#"{"assessment_date": "2026-11-23",
                "person": {"birth_date": "2000-01-01", "full_time_degree": "bachelor"},
                "employment": {"mode": "full_time", "employer_type": "enterprise",
                               "first_social_insurance_in_city": true, "contract_years": "3"}}"#);
        assert!(events(&input, &a).iter().all(|e| !matches!(e.what, What::ContractYears { .. })));
        // A flexible hire's days are paid to the employer, not the person.
        let (input, a) = run(r#"{"assessment_date": "2026-11-23",
                "person": {"birth_date": "1960-01-01", "title_level": "senior"},
                "employment": {"mode": "flexible", "employer_type": "enterprise",
                               "division_affiliated": true, "flexible_days": 40}}"#);
        assert!(a.benefits.iter().any(|b| b.recipient == Recipient::Employer));
        assert_eq!(events(&input, &a), vec![]);
    }

    const STARTUP: &str = r#"{"assessment_date": "2026-11-23",
        "person": {"birth_date": "1998-05-01", "full_time_degree": "bachelor", "graduation_date": "2026-06-30"},
        "startup": {"registered_in_city": true, "legal_representative": true,
                    "registration_date": "2026-09-01", "insured_employees": 4}}"#;

    #[test]
    fn a_young_business_gets_its_twelve_months() {
        let (input, a) = run(STARTUP);
        assert_eq!(
            events(&input, &a),
            vec![Event { date: d("2027-09-02"), what: What::StartupOperating { months: 12 } }]
        );
    }

    #[test]
    fn a_planned_business_gets_the_window_end_and_its_twelve_months() {
        let (input, a) = run(&STARTUP.replace("2026-09-01", "2027-01-10"));
        assert_eq!(
            events(&input, &a),
            vec![
                Event { date: d("2028-01-11"), what: What::StartupOperating { months: 12 } },
                Event { date: d("2028-06-30"), what: What::StartupWindowEnds { years: 2 } },
            ]
        );
        // Registered on the assessment date itself: no longer planned.
        let (input, a) = run(&STARTUP.replace("2026-09-01", "2026-11-23"));
        assert!(events(&input, &a).iter().all(|e| !matches!(e.what, What::StartupWindowEnds { .. })));
        // Registered already: the window has done its work.
        let (input, a) = run(STARTUP);
        assert!(events(&input, &a).iter().all(|e| !matches!(e.what, What::StartupWindowEnds { .. })));
    }

    #[test]
    fn only_the_category_s_own_age_limit_counts() {
        // A master aged 28: C until the 41st birthday.
        let (input, a) = run(
            r#"{"assessment_date": "2026-11-23", "person": {"birth_date": "1998-05-01", "full_time_degree": "master"}}"#,
        );
        assert_eq!(a.category_valid_until, Some(d("2039-05-01")));
        let master = What::AgeLimit { criterion: Criterion::Postgraduate40, category: Category::C };
        assert_eq!(events(&input, &a), vec![Event { date: d("2039-05-01"), what: master }]);
        // A doctor aged 34: B until the 46th birthday, not C's end at 41.
        let (input, a) = run(PHD);
        assert!(a.criteria_met.iter().any(|c| c.id == Criterion::Postgraduate40 && c.valid_until.is_some()));
        let ages: Vec<Date> = events(&input, &a)
            .iter()
            .filter(|e| matches!(e.what, What::AgeLimit { .. }))
            .map(|e| e.date)
            .collect();
        assert_eq!(ages, vec![d("2038-04-15")]);
        // Neither a criterion of the category without an age limit, nor another
        // category's ending the same day, is the category's age limit, however the result lists it.
        let (input, mut a) = run(PHD);
        let listed = |id, category, valid_until| crate::output::CriterionMet {
            id,
            category,
            clause: Clause::S10,
            valid_until,
            interpretations: vec![],
        };
        a.criteria_met.push(listed(Criterion::SeniorTitle, Category::B, None));
        a.criteria_met.push(listed(Criterion::Bachelor, Category::D, Some(d("2038-04-15"))));
        let ages: Vec<What> = events(&input, &a)
            .into_iter()
            .filter(|e| matches!(e.what, What::AgeLimit { .. }))
            .map(|e| e.what)
            .collect();
        assert_eq!(ages, vec![What::AgeLimit { criterion: Criterion::Doctorate45, category: Category::B }]);
        // A doctor with a senior title stays B after 45: no age limit to show.
        let (input, a) = run(&PHD.replace(r#""doctorate""#, r#""doctorate", "title_level": "senior""#));
        assert_eq!(a.category_valid_until, None);
        assert!(events(&input, &a).iter().all(|e| !matches!(e.what, What::AgeLimit { .. })));
    }

    #[test]
    fn every_event_has_its_words_and_figures() {
        let (input, a) = run(STARTUP);
        let file = ics(&input, &a, &Keys);
        assert!(file.contains("SUMMARY:calendar.startup_operating(date=2027-09-02 months=12)\r\n"));
        let (input, a) = run(&STARTUP.replace("2026-09-01", "2027-01-10"));
        let file = ics(&input, &a, &Keys);
        assert!(file.contains("SUMMARY:calendar.startup_window(date=2028-06-30 years=2)\r\n"));
        let (input, a) = run(PHD);
        let unfolded = ics(&input, &a, &Keys).replace("\r\n ", "");
        for line in [
            "SUMMARY:calendar.payment_year(date=2028-03-01 year=2 benefits=benefit.living_subsidycalendar.list_separatorbenefit.housing_subsidy from=2027-03-01)",
            "SUMMARY:calendar.purchase_instalment(date=2031-03-01 number=2 count=5 from=2027-03-01)",
            "SUMMARY:calendar.contract_years(date=2030-03-01 years=3 from=2027-03-01)",
            "DESCRIPTION:calendar.contract_years.detail(date=2030-03-01 years=3 from=2027-03-01)\\ncalendar.estimate",
            "X-WR-CALNAME:calendar.name",
        ] {
            assert!(unfolded.contains(&format!("{line}\r\n")), "{line} not in\n{unfolded}");
        }
    }

    #[test]
    fn the_file_keeps_to_rfc_5545() {
        let (input, a) = run(PHD);
        let ics = ics(&input, &a, &Keys);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Alar City talent policy"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        assert!(ics.split("\r\n").all(|l| l.len() <= LINE_OCTETS));
        let events = ics.matches("BEGIN:VEVENT").count();
        assert_eq!(events, 10);
        assert_eq!(ics.matches("DTSTAMP:20261123T000000Z\r\n").count(), events);
        assert_eq!(ics.matches("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P14D\r\n").count(), events);
        // Parsed by a real parser, with every event's dates and alarm.
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        assert_eq!(parsed.components.len(), events);
        use icalendar::{Component, DatePerhapsTime};
        let first = parsed.components[0].as_event().unwrap();
        assert_eq!(first.get_start(), Some(DatePerhapsTime::Date(d("2027-03-01").0)));
        assert_eq!(first.get_end(), Some(DatePerhapsTime::Date(d("2027-03-02").0)));
        assert_eq!(first.get_timestamp().map(|t| t.date_naive()), Some(d("2026-11-23").0));
        assert_eq!(
            first.get_summary(),
            Some("calendar.payment_year(date=2027-03-01 year=1 benefits=benefit.living_subsidycalendar.list_separatorbenefit.housing_subsidy from=2027-03-01)")
        );
        let unfolded = icalendar::parser::unfold(&ics);
        let raw = icalendar::parser::read_calendar(&unfolded).unwrap();
        assert_eq!(raw.components.len(), events);
        for event in &raw.components {
            assert_eq!(event.name, "VEVENT");
            let alarms: Vec<_> = event.components.iter().map(|c| c.name.as_str()).collect();
            assert_eq!(alarms, vec!["VALARM"]);
            assert_eq!(event.components[0].find_prop("TRIGGER").map(|p| p.val.as_str()), Some("-P14D"));
            let start = event.find_prop("DTSTART").unwrap();
            assert_eq!(start.params.len(), 1);
        }
    }

    #[test]
    fn uids_follow_the_answers_not_the_day_they_are_assessed() {
        let (input, a) = run(PHD);
        let uids =
            |ics: &str| ics.lines().filter(|l| l.starts_with("UID:")).map(String::from).collect::<Vec<_>>();
        let first = uids(&ics(&input, &a, &Keys));
        assert_eq!(first.len(), 10);
        let mut unique = first.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), first.len());
        assert!(first[0].ends_with("-payment-year-1@talent-rules"), "{}", first[0]);
        let (later, b) = run(&PHD.replace("2026-11-23", "2026-12-01"));
        assert_eq!(uids(&ics(&later, &b, &Keys)), first);
        let (other, c) = run(&PHD.replace("1992-04-15", "1992-04-16"));
        assert_ne!(uids(&ics(&other, &c, &Keys))[0], first[0]);
    }

    #[test]
    fn words_with_every_special_character_are_escaped_and_folded() {
        struct Long;
        impl Words for Long {
            fn text(&self, key: &str, _: &[(&str, String)]) -> String {
                format!("{key}: 生活补贴, 住房补贴; 路径 a\\b\n第二行 {}", "很长".repeat(30))
            }
        }
        let (input, a) = run(PHD);
        let ics = ics(&input, &a, &Long);
        assert!(ics.split("\r\n").all(|l| l.len() <= LINE_OCTETS));
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        use icalendar::Component;
        let summary = parsed.components[0].as_event().unwrap().get_summary().unwrap().to_string();
        assert_eq!(
            summary,
            format!("calendar.payment_year: 生活补贴, 住房补贴; 路径 a\\b\n第二行 {}", "很长".repeat(30))
        );
    }
}
