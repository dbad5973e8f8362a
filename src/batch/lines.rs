//! The table's lines as text, from the batch worker to the page: a line per
//! row, tab-separated fields. Only this module writes and reads it, and both
//! ends are built from the same source, so it is no stored format.
//!
//! Fields: row number, label, category (or empty), talent min, talent max,
//! employer min, employer max, benefit ids (comma-separated), what was not
//! got and why (`id:reason|reason;id:reason`), the age notice (`turn
//! criterion category date`, or empty), the version of the policy the
//! result follows (empty for a bad row), and for a bad row, for each of its
//! faults: column (or empty), error kind, the cell as written, message, and
//! the bound crossed (or empty).

use super::table::{AgeNotice, AgeTurn, Line};
use talent_rules::batch::{Fault, RowError, INPUT_COLUMNS};
use talent_rules::dates::Date;
use talent_rules::ids::{BenefitId, Category, Criterion, Reason};
use talent_rules::money::{parse_decimal, Money};
use talent_rules::output::Span;
use talent_rules::ErrorKind;

/// A field's text with the separators taken out.
fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl Line {
    pub fn encode(&self, out: &mut String) {
        let mut fields = vec![
            self.number.to_string(),
            clean(&self.label),
            self.category.map_or("", Category::as_str).to_string(),
            self.talent.min.to_string(),
            self.talent.max.to_string(),
            self.employer.min.to_string(),
            self.employer.max.to_string(),
            self.benefits.iter().map(|b| b.as_str()).collect::<Vec<_>>().join(","),
            self.short
                .iter()
                .map(|(id, reasons)| {
                    let reasons: Vec<&str> = reasons.iter().map(|r| r.as_str()).collect();
                    format!("{}:{}", id.as_str(), reasons.join("|"))
                })
                .collect::<Vec<_>>()
                .join(";"),
            self.age
                .map(|n| {
                    format!("{} {} {} {}", n.turn.id(), n.criterion.as_str(), n.category.as_str(), n.until)
                })
                .unwrap_or_default(),
            self.policy_version.as_deref().map(clean).unwrap_or_default(),
        ];
        for e in self.error.iter().flat_map(|e| &e.faults) {
            fields.extend([
                e.column.unwrap_or("").to_string(),
                e.kind.as_str().to_string(),
                clean(&e.value),
                clean(&e.message),
                e.limit.as_deref().map(clean).unwrap_or_default(),
            ]);
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }

    /// The lines of `text`; a line that does not read is left out (it
    /// cannot happen between the two ends of one build).
    pub fn decode_all(text: &str) -> Vec<Line> {
        text.lines().filter_map(Line::decode).collect()
    }

    fn decode(line: &str) -> Option<Line> {
        let f: Vec<&str> = line.split('\t').collect();
        let money = |s: &str| parse_decimal(s).map(Money);
        let span = |min, max| Some(Span { min: money(min)?, max: money(max)? });
        let number: usize = f.first()?.parse().ok()?;
        let short = |s: &str| -> Option<Vec<(BenefitId, Vec<Reason>)>> {
            s.split(';')
                .filter(|item| !item.is_empty())
                .map(|item| {
                    let (id, reasons) = item.split_once(':')?;
                    let reasons = reasons.split('|').map(Reason::parse).collect::<Option<Vec<_>>>()?;
                    Some((BenefitId::parse(id)?, reasons))
                })
                .collect()
        };
        let age = |s: &str| -> Option<AgeNotice> {
            let [turn, criterion, category, until] = s.split(' ').collect::<Vec<_>>()[..] else {
                return None;
            };
            Some(AgeNotice {
                turn: *AgeTurn::ALL.iter().find(|t| t.id() == turn)?,
                criterion: Criterion::parse(criterion)?,
                category: Category::parse(category)?,
                until: Date::parse(until)?,
            })
        };
        let fault = |f: &[&str]| -> Option<Fault> {
            let &[column, kind, value, message, limit] = f else { return None };
            Some(Fault {
                column: INPUT_COLUMNS.iter().map(|c| c.0).find(|c| *c == column),
                kind: *ErrorKind::ALL.iter().find(|k| k.as_str() == kind)?,
                value: value.to_string(),
                message: message.to_string(),
                limit: (!limit.is_empty()).then(|| limit.to_string()),
            })
        };
        let faults = f.get(11..).unwrap_or_default().chunks(5).map(fault).collect::<Option<Vec<_>>>()?;
        let error = (!faults.is_empty()).then_some(RowError { row: number, faults });
        Some(Line {
            number,
            label: f.get(1)?.to_string(),
            category: Category::parse(f.get(2)?),
            talent: span(f.get(3)?, f.get(4)?)?,
            employer: span(f.get(5)?, f.get(6)?)?,
            benefits: f.get(7)?.split(',').filter_map(BenefitId::parse).collect(),
            short: short(f.get(8)?)?,
            age: age(f.get(9)?),
            policy_version: Some(f.get(10)?.to_string()).filter(|v| !v.is_empty()),
            error,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::batch::{rows, Options};
    use talent_rules::dates::Date;

    #[test]
    fn lines_read_back_as_they_were_written() {
        let csv = "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
                   \"tab\there, and a\nline break\",1992-04-15,doctorate,full_time,enterprise,yes,3\n\
                   bad,1992-13-01,doctorate,full_time,enterprise,yes,3\n\
                   none,1960-01-01,none,,,,\n";
        let options = Options { default_date: Date::parse("2026-11-24"), ..Options::default() };
        let lines: Vec<Line> =
            rows(csv.as_bytes(), &options).unwrap().map(|r| Line::of(r.unwrap())).collect();
        let mut text = String::new();
        lines.iter().for_each(|l| l.encode(&mut text));
        let back = Line::decode_all(&text);
        assert_eq!(back.len(), 3);
        assert_eq!(back[0].label, "tab here, and a line break", "separators never split a line");
        assert_eq!(Line { label: lines[0].label.clone(), ..back[0].clone() }, lines[0]);
        assert_eq!(back[1..], lines[1..]);
        assert!(back[1].error.as_ref().is_some_and(|e| e.faults[0].column == Some("birth_date")));
        assert!(!back[0].benefits.is_empty());
        let version = talent_rules::policy::latest().id.to_string();
        assert_eq!(back[0].policy_version, Some(version), "the version its texts follow");
        assert_eq!(back[1].policy_version, None, "a bad row has none");
    }
}
