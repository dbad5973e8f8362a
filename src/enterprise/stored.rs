//! The enterprise page's answers in share links and drafts, as
//! `#e1.<key=value&…>.<crc32>`: the talent page's code with its own stamp.
//! The keys are declared here, apart from element ids, and must never
//! change, or every link and draft holding one breaks.

use super::answers::{EnterpriseAnswers, HireAnswers, MAX_HIRE_ROWS};
use crate::share::{pairs_of, pairs_text, seal, unseal, LinkError};
use talent_rules::ids::{Category, Degree, HighTech, Honor, Specialized, Title};

/// Format 1 of the enterprise answers: how to read them, not which version
/// of the policy (their `date` selects that, else the day they are opened).
pub const STAMP: &str = "e1";

/// (stored key, element id) of the text fields.
const TEXT_KEYS: [(&str, &str); 9] = [
    ("platforms-national", "platform-national"),
    ("platforms-regional", "platform-regional"),
    ("institute-years", "industrial-institute-years"),
    ("specialized-received", "specialized-awards-received"),
    ("key-tech-projects", "key-tech-projects"),
    ("education-investment", "industry-education-investment"),
    ("joint-platforms", "joint-platforms"),
    ("workstations", "expert-workstations"),
    ("date", "e-assessment-date"),
];

/// The stored key of a hire row's part: `h<row>-<part>` (a dot would end the payload).
fn hire_key(row: usize, part: &str) -> String {
    format!("h{row}-{part}")
}

/// Every answer that differs from an empty form, by stored key, in one order.
pub fn pairs(a: &EnterpriseAnswers) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |key: String, value: String| {
        if !value.is_empty() {
            out.push((key, value));
        }
    };
    let flag = |on: bool| if on { "1".to_string() } else { String::new() };
    put("registered".into(), flag(a.registered_in_city));
    put("affiliated".into(), flag(a.division_affiliated));
    put("high-tech".into(), a.high_tech.map(|h| h.as_str().to_string()).unwrap_or_default());
    put("tech-sme".into(), flag(a.tech_sme_first));
    put("specialized".into(), a.specialized.map(|s| s.as_str().to_string()).unwrap_or_default());
    for (key, id) in TEXT_KEYS {
        put(key.into(), a.text(id).to_string());
    }
    for (row, h) in a.hires.iter().enumerate() {
        // A row is kept even when empty: its place in the list is an answer.
        out_row(&mut put, row, h);
    }
    out
}

fn out_row(put: &mut impl FnMut(String, String), row: usize, h: &HireAnswers) {
    put(hire_key(row, "row"), "1".into());
    put(hire_key(row, "label"), h.label.clone());
    put(hire_key(row, "days"), h.days.clone());
    put(hire_key(row, "category"), h.category.map(|c| c.as_str().to_string()).unwrap_or_default());
    put(hire_key(row, "birth"), h.birth_date.clone());
    let degree = |d: Degree| if d == Degree::default() { String::new() } else { d.as_str().to_string() };
    put(hire_key(row, "degree"), degree(h.degree));
    put(hire_key(row, "part-time-degree"), degree(h.part_time_degree));
    let title = if h.title == Title::default() { String::new() } else { h.title.as_str().to_string() };
    put(hire_key(row, "title"), title);
    let honours: Vec<&str> = h.honors.iter().map(|h| h.as_str()).collect();
    put(hire_key(row, "honours"), honours.join(","));
}

/// Sets one stored answer; unknown keys and impossible values are ignored
/// (and then caught by the round trip in `decode`).
fn apply(a: &mut EnterpriseAnswers, key: &str, value: &str) {
    match key {
        "registered" => a.registered_in_city = value == "1",
        "affiliated" => a.division_affiliated = value == "1",
        "tech-sme" => a.tech_sme_first = value == "1",
        "high-tech" => a.high_tech = HighTech::parse(value),
        "specialized" => a.specialized = Specialized::parse(value),
        _ => {}
    }
    if let Some((_, id)) = TEXT_KEYS.iter().find(|(k, _)| *k == key) {
        if let Some(text) = a.text_mut(id) {
            *text = value.to_string();
        }
        return;
    }
    let Some((row, part)) = key.strip_prefix('h').and_then(|k| k.split_once('-')) else { return };
    let Some(row) = row.parse::<usize>().ok().filter(|&r| r < MAX_HIRE_ROWS) else { return };
    if part == "row" && row == a.hires.len() {
        a.hires.push(HireAnswers::default());
    }
    let Some(h) = a.hires.get_mut(row) else { return };
    match part {
        "label" => h.label = value.into(),
        "days" => h.days = value.into(),
        "category" => h.category = Category::parse(value),
        "birth" => h.birth_date = value.into(),
        "degree" => h.degree = Degree::parse(value).unwrap_or_default(),
        "part-time-degree" => h.part_time_degree = Degree::parse(value).unwrap_or_default(),
        "title" => h.title = Title::parse(value).unwrap_or_default(),
        "honours" => h.honors = value.split(',').filter_map(Honor::parse).collect(),
        _ => {}
    }
}

pub fn encode(a: &EnterpriseAnswers) -> String {
    seal(STAMP, &pairs_text(&pairs(a)))
}

/// `None`: not an enterprise link at all.
pub fn decode(fragment: &str) -> Option<Result<EnterpriseAnswers, LinkError>> {
    let payload = match unseal(STAMP, fragment)? {
        Ok(p) => p,
        Err(e) => return Some(Err(e)),
    };
    let mut a = EnterpriseAnswers::default();
    for (key, value) in pairs_of(payload).unwrap_or_default() {
        apply(&mut a, &key, &value);
    }
    // Only what this code wrote comes back the same.
    Some(if pairs_text(&pairs(&a)) == payload { Ok(a) } else { Err(LinkError::Damaged) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> EnterpriseAnswers {
        EnterpriseAnswers {
            registered_in_city: true,
            division_affiliated: true,
            platform_national: "1".into(),
            platform_regional: "2".into(),
            industrial_institute_years: "3".into(),
            high_tech: Some(HighTech::Renewal),
            tech_sme_first: true,
            specialized: Some(Specialized::SpecializedSme),
            specialized_awards_received: "30万".into(),
            key_tech_projects: "1".into(),
            industry_education_investment: "600万".into(),
            joint_platforms: "1".into(),
            expert_workstations: "1".into(),
            hires: vec![
                HireAnswers {
                    label: "张 & 李".into(),
                    days: "10".into(),
                    birth_date: "1990-01-01".into(),
                    degree: Degree::Doctorate,
                    part_time_degree: Degree::Master,
                    title: Title::Senior,
                    honors: vec![Honor::CasAcademician, Honor::TianshanTalentFirst],
                    ..HireAnswers::default()
                },
                HireAnswers::default(),
                HireAnswers { category: Some(Category::C), days: "3".into(), ..HireAnswers::default() },
            ],
            assessment_date: "2026-11-24".into(),
        }
    }

    /// The stored keys are a format: this pins every one of them.
    #[test]
    fn every_stored_key_is_pinned() {
        let keys: Vec<String> = pairs(&example()).into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            [
                "registered",
                "affiliated",
                "high-tech",
                "tech-sme",
                "specialized",
                "platforms-national",
                "platforms-regional",
                "institute-years",
                "specialized-received",
                "key-tech-projects",
                "education-investment",
                "joint-platforms",
                "workstations",
                "date",
                "h0-row",
                "h0-label",
                "h0-days",
                "h0-birth",
                "h0-degree",
                "h0-part-time-degree",
                "h0-title",
                "h0-honours",
                "h1-row",
                "h2-row",
                "h2-days",
                "h2-category",
            ]
        );
    }

    #[test]
    fn a_link_reads_back_exactly() {
        let a = example();
        let link = encode(&a);
        assert!(link.starts_with("e1.registered=1&affiliated=1&high-tech=renewal"), "{link}");
        assert_eq!(decode(&format!("#{link}")), Some(Ok(a)));
        assert_eq!(decode(&encode(&EnterpriseAnswers::default())), Some(Ok(EnterpriseAnswers::default())));
    }

    #[test]
    fn damaged_other_and_foreign_links_are_told_apart() {
        let link = encode(&example());
        assert_eq!(decode(&link.replace("renewal", "first")), Some(Err(LinkError::Damaged)));
        assert_eq!(decode("e2.registered=1.00000000"), Some(Err(LinkError::OtherVersion)));
        assert_eq!(decode("t2.birth-date=1992-04-15.00000000"), None, "a talent link");
        assert_eq!(decode("#result"), None);
        let unknown = seal(STAMP, "colour=red");
        assert_eq!(decode(&unknown), Some(Err(LinkError::Damaged)));
    }
}
