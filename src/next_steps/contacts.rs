//! The departments' addresses, telephone numbers and hours, which the policy
//! text does not give: a deployer supplies them in `contacts.json` beside the
//! pages (docs/deploying.md, "Department contacts"), and the way to each
//! office shows them. Without them (the build then writes a file that names
//! no department, so that no page asks for a file that is not there), or
//! with a file this code cannot read, the page names none and says where to ask.

use crate::i18n::Lang;
use talent_rules::dates::Date;
use talent_rules::ids::Department;

/// The file's format, in its `format` field: a change of fields gets a new one.
pub const FORMAT: &str = "talent-contacts/1";

/// Where the file is, beside the pages (the build copies `deploy/contacts.json`).
pub const FILE: &str = "contacts.json";

/// A JSON value as either reader gives it (the browser's `JSON.parse` in
/// the worker, serde_json in tests): only the kinds the file may hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Text(String),
    Object(Vec<(String, Json)>),
    Other,
}

/// A text in Chinese, and in English where the file gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    pub zh: String,
    pub en: Option<String>,
}

impl Texts {
    /// The text in `lang`, or the Chinese one where there is no English.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) => en,
            _ => &self.zh,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Office {
    pub address: Option<Texts>,
    pub phone: Option<String>,
    pub hours: Option<Texts>,
    /// `https://` or `http://` only: the page links to it.
    pub website: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Contacts {
    /// The day the deployer last checked the details.
    pub updated: Date,
    pub offices: Vec<(Department, Office)>,
}

impl Contacts {
    pub fn office(&self, d: Department) -> Option<&Office> {
        self.offices.iter().find(|(x, _)| *x == d).map(|(_, o)| o)
    }
}

/// Reads the file: `None` when it names no department. The error names the
/// place of the first problem (`departments.师市人社局.phone: …`), for the deployer.
pub fn read(json: &Json) -> Result<Option<Contacts>, String> {
    let fields = object(json, "the file")?;
    let mut format = None;
    let mut updated = None;
    let mut offices = Vec::new();
    for (key, value) in fields {
        match key.as_str() {
            "format" => format = Some(text(value, "format")?),
            "updated" => {
                let day = text(value, "updated")?;
                updated = Some(Date::parse(&day).ok_or("updated: not a date YYYY-MM-DD")?);
            }
            "departments" => {
                for (name, office) in object(value, "departments")? {
                    let place = format!("departments.{name}");
                    let d = Department::ALL
                        .iter()
                        .find(|d| d.as_str() == name)
                        .ok_or(format!("{place}: not a department of the policy"))?;
                    offices.push((*d, read_office(office, &place)?));
                }
            }
            other => return Err(format!("{other}: not a field of {FORMAT}")),
        }
    }
    match format {
        Some(f) if f == FORMAT => {}
        Some(f) => return Err(format!("format: {f:?}, this page reads {FORMAT:?}")),
        None => return Err(format!("format: missing, it is {FORMAT:?}")),
    }
    if offices.is_empty() {
        return Ok(None);
    }
    let updated = updated.ok_or("updated: missing")?;
    Ok(Some(Contacts { updated, offices }))
}

fn read_office(json: &Json, place: &str) -> Result<Office, String> {
    let mut office = Office::default();
    for (key, value) in object(json, place)? {
        let at = format!("{place}.{key}");
        match key.as_str() {
            "address" => office.address = Some(texts(value, &at)?),
            "hours" => office.hours = Some(texts(value, &at)?),
            "phone" => office.phone = Some(text(value, &at)?),
            "website" => {
                let url = text(value, &at)?;
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    return Err(format!("{at}: an address starting https:// or http://"));
                }
                office.website = Some(url);
            }
            _ => return Err(format!("{at}: not a field of an office (address, phone, hours, website)")),
        }
    }
    Ok(office)
}

fn object<'a>(json: &'a Json, place: &str) -> Result<&'a [(String, Json)], String> {
    match json {
        Json::Object(fields) => Ok(fields),
        _ => Err(format!("{place}: not an object")),
    }
}

/// A text: not empty, no control characters.
fn text(json: &Json, place: &str) -> Result<String, String> {
    match json {
        Json::Text(t) if !t.trim().is_empty() && !t.chars().any(char::is_control) => Ok(t.trim().to_string()),
        _ => Err(format!("{place}: not a text on one line")),
    }
}

/// A text, or `{"zh-CN": …, "en": …}`.
fn texts(json: &Json, place: &str) -> Result<Texts, String> {
    let Json::Object(fields) = json else { return Ok(Texts { zh: text(json, place)?, en: None }) };
    let (mut zh, mut en) = (None, None);
    for (key, value) in fields {
        let at = format!("{place}.{key}");
        match key.as_str() {
            "zh-CN" => zh = Some(text(value, &at)?),
            "en" => en = Some(text(value, &at)?),
            _ => return Err(format!("{at}: a text is given in zh-CN and en")),
        }
    }
    Ok(Texts { zh: zh.ok_or(format!("{place}.zh-CN: missing"))?, en })
}

/// The file as serde_json reads it, for the tests.
#[cfg(test)]
pub(crate) fn from_serde(v: &serde_json::Value) -> Json {
    match v {
        serde_json::Value::String(s) => Json::Text(s.clone()),
        serde_json::Value::Object(m) => {
            Json::Object(m.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect())
        }
        _ => Json::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Contacts, String> {
        read(&from_serde(&serde_json::from_str(text).unwrap())).map(|c| c.expect("departments given"))
    }

    #[test]
    fn a_file_that_names_no_department_gives_none() {
        // As scripts/build.sh writes it when the deployer gives none.
        let none = |text: &str| read(&from_serde(&serde_json::from_str(text).unwrap()));
        assert_eq!(none(r#"{"format": "talent-contacts/1"}"#), Ok(None));
        assert_eq!(none(r#"{"format": "talent-contacts/1", "departments": {}}"#), Ok(None));
    }

    #[test]
    fn the_example_file_reads() {
        let c = parse(include_str!("../../deploy/contacts.example.json")).unwrap();
        let hr = c.office(Department::HumanResources).expect("the example names the HR bureau");
        assert!(hr.phone.is_some() && hr.address.is_some());
        assert_eq!(c.updated, Date::parse("2026-12-01").unwrap());
    }

    #[test]
    fn a_text_may_come_in_both_languages() {
        let c = parse(
            r#"{"format":"talent-contacts/1","updated":"2026-12-01","departments":{"师市教育局":
                {"address":{"zh-CN":"某路1号","en":"1 Some Road"},"hours":"周一至周五"}}}"#,
        )
        .unwrap();
        let o = c.office(Department::Education).unwrap();
        assert_eq!(o.address.as_ref().unwrap().get(Lang::En), "1 Some Road");
        assert_eq!(o.address.as_ref().unwrap().get(Lang::Zh), "某路1号");
        assert_eq!(
            o.hours.as_ref().unwrap().get(Lang::En),
            "周一至周五",
            "Chinese where no English is given"
        );
        assert!(c.office(Department::Health).is_none());
    }

    #[test]
    fn every_problem_is_named_with_its_place() {
        let head = r#""format":"talent-contacts/1","updated":"2026-12-01""#;
        for (body, error) in [
            (r#"{"updated":"2026-12-01","departments":{}}"#.to_string(), "format: missing"),
            (
                r#"{"format":"talent-contacts/2","updated":"2026-12-01"}"#.into(),
                "format: \"talent-contacts/2\"",
            ),
            (r#"{"format":"talent-contacts/1","departments":{"师市人社局":{}}}"#.into(), "updated: missing"),
            (r#"{"format":"talent-contacts/1","updated":"1 Dec"}"#.into(), "updated: not a date"),
            (
                format!(r#"{{{head},"departments":{{"师市财政局":{{}}}}}}"#),
                "departments.师市财政局: not a department",
            ),
            (
                format!(r#"{{{head},"departments":{{"师市人社局":{{"fax":"1"}}}}}}"#),
                "departments.师市人社局.fax: not a field",
            ),
            (
                format!(r#"{{{head},"departments":{{"师市人社局":{{"website":"javascript:alert(1)"}}}}}}"#),
                "departments.师市人社局.website: an address starting https://",
            ),
            (
                format!(r#"{{{head},"departments":{{"师市人社局":{{"phone":12345}}}}}}"#),
                "departments.师市人社局.phone: not a text",
            ),
            (
                format!(r#"{{{head},"departments":{{"师市人社局":{{"phone":"1\n2"}}}}}}"#),
                "departments.师市人社局.phone: not a text",
            ),
            (
                format!(r#"{{{head},"departments":{{"师市人社局":{{"address":{{"en":"x"}}}}}}}}"#),
                "departments.师市人社局.address.zh-CN: missing",
            ),
            (format!(r#"{{{head},"notes":"x"}}"#), "notes: not a field of talent-contacts/1"),
            ("[]".into(), "the file: not an object"),
        ] {
            let got = parse(&body).unwrap_err();
            assert!(got.starts_with(error), "{body}: {got}");
        }
    }
}
