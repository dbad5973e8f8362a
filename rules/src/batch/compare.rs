//! What a draft policy changes for each row of a batch, and in total: an
//! official runs last year's hires under a draft revision
//! (`talent-check batch --policy FILE --compare`) and reads what it would
//! cost. The row's own result columns are the draft's; these columns set the
//! built-in policy's result beside them. Part of the CSV format
//! (docs/command-line.md).

use super::{written, Headers, RowError};
use crate::ids::BenefitId;
use crate::output::{Amount, Assessment, Span};
use std::fmt;

/// (English header, Chinese header) of the columns a comparison adds after
/// `error`, in the order they are written.
pub const COMPARE_HEADERS: &[(&str, &str)] = &[
    ("built_in_category", "现行政策人才类别"),
    ("talent_min_change", "本人合计最低变化（元）"),
    ("talent_max_change", "本人合计最高变化（元）"),
    ("employer_min_change", "用人单位合计最低变化（元）"),
    ("employer_max_change", "用人单位合计最高变化（元）"),
    ("benefits_changed", "变化的政策"),
];

/// What the draft changes over the rows compared: the rows assessed under
/// both policies, those whose result differs, and the sums of the changes
/// in the totals (the draft's less the built-in policy's).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub compared: usize,
    pub changed: usize,
    /// Rows the draft assesses and the built-in policy refuses, or the other
    /// way round: in no sum.
    pub refused_by_one: usize,
    pub talent: Span,
    pub employer: Span,
}

impl Changes {
    /// Counts one row: its result under the draft and under the built-in policy.
    pub fn add(&mut self, draft: &Result<Assessment, RowError>, built_in: &Result<Assessment, RowError>) {
        match (draft, built_in) {
            (Ok(draft), Ok(built_in)) => {
                self.compared += 1;
                let change = Change::of(draft, built_in);
                if change.any() {
                    self.changed += 1;
                }
                self.talent.add((change.talent.min, change.talent.max));
                self.employer.add((change.employer.min, change.employer.max));
            }
            (Err(_), Err(_)) => {}
            _ => self.refused_by_one += 1,
        }
    }
}

/// The summary line the command line writes on stderr.
impl fmt::Display for Changes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "against the built-in policy: {} of {} rows compared change; talent_min_change {}, talent_max_change {}, employer_min_change {}, employer_max_change {}",
            self.changed,
            self.compared,
            self.talent.min,
            self.talent.max,
            self.employer.min,
            self.employer.max
        )?;
        if self.refused_by_one > 0 {
            write!(f, "; {} rows refused under one policy only", self.refused_by_one)?;
        }
        Ok(())
    }
}

/// One row's change: the totals' (draft less built-in), and each benefit
/// whose amount differs, with its amount under each (`None` where it has none).
struct Change {
    talent: Span,
    employer: Span,
    benefits: Vec<(BenefitId, Option<Amount>, Option<Amount>)>,
    category_changed: bool,
}

impl Change {
    fn of(draft: &Assessment, built_in: &Assessment) -> Change {
        let less = |a: Span, b: Span| Span { min: a.min - b.min, max: a.max - b.max };
        let amount = |a: &Assessment, id| a.benefits.iter().find(|b| b.id == id).map(|b| b.amount.clone());
        // The draft's benefits, then those only the built-in policy gives.
        let mut ids: Vec<BenefitId> = draft.benefits.iter().map(|b| b.id).collect();
        for b in &built_in.benefits {
            if !ids.contains(&b.id) {
                ids.push(b.id);
            }
        }
        let benefits = ids
            .into_iter()
            .map(|id| (id, amount(built_in, id), amount(draft, id)))
            .filter(|(_, before, after)| before != after)
            .collect();
        Change {
            talent: less(draft.totals.talent, built_in.totals.talent),
            employer: less(draft.totals.employer, built_in.totals.employer),
            benefits,
            category_changed: draft.category != built_in.category,
        }
    }

    fn any(&self) -> bool {
        let zero = |s: Span| s.min.is_zero() && s.max.is_zero();
        self.category_changed || !zero(self.talent) || !zero(self.employer) || !self.benefits.is_empty()
    }
}

/// The cells of `COMPARE_HEADERS` for a row: empty when the draft refuses
/// it (its `error` says why); when only the built-in policy refuses it, the
/// last cell says so.
pub(super) fn cells(
    draft: &Result<Assessment, RowError>,
    built_in: &Result<Assessment, RowError>,
    language: Headers,
) -> Vec<String> {
    let mut cells = vec![String::new(); COMPARE_HEADERS.len()];
    match (draft, built_in) {
        (Err(_), _) => {}
        (Ok(_), Err(e)) => {
            let why = e.faults.iter().map(|f| f.message.as_str()).collect::<Vec<_>>().join("; ");
            cells[COMPARE_HEADERS.len() - 1] = match language {
                Headers::Chinese => format!("现行政策下不能测算：{why}"),
                Headers::English => format!("not assessed under the built-in policy: {why}"),
            };
        }
        (Ok(draft), Ok(built_in)) => {
            let change = Change::of(draft, built_in);
            let (none, items) = match language {
                Headers::Chinese => ("无", "；"),
                Headers::English => ("none", "; "),
            };
            let said =
                |a: &Option<Amount>| a.as_ref().map_or(none.to_string(), |a| written::amount(a, language));
            let benefits: Vec<String> = change
                .benefits
                .iter()
                .map(|(id, before, after)| {
                    format!("{} {} → {}", written::benefit(*id, language), said(before), said(after))
                })
                .collect();
            cells = vec![
                built_in.category.map(|c| c.as_str().to_string()).unwrap_or_default(),
                change.talent.min.to_string(),
                change.talent.max.to_string(),
                change.employer.min.to_string(),
                change.employer.max.to_string(),
                benefits.join(items),
            ];
        }
    }
    cells
}

#[cfg(all(test, feature = "policy-json"))]
mod tests {
    use crate::batch::{run_in, Options};
    use crate::policy::{policy_json, Versions};
    use serde_json::{json, Value};

    /// A draft from 2027 that assesses people from 15, not 16 (INT-12).
    fn younger() -> Versions {
        let mut v: Value = serde_json::from_str(policy_json()).unwrap();
        v["versions"].as_array_mut().unwrap().push(json!({
            "id": "draft", "document": "draft", "in_force_from": "2027-01-01", "changes": "from 15",
        }));
        v["min_age"]["values"].as_array_mut().unwrap().push(json!({"from": "2027-01-01", "value": 15}));
        Versions::from_json(&v.to_string()).unwrap()
    }

    #[test]
    fn a_row_only_one_policy_assesses_is_said_and_in_no_sum() {
        let csv = "label,assessment_date,birth_date,full_time_degree\n\
                   fifteen,2027-06-01,2012-03-01,junior_college\n\
                   adult,2027-06-01,1990-03-01,bachelor\n";
        let mut out = Vec::new();
        let options = Options { compare: true, ..Options::default() };
        let summary = run_in(&younger(), csv.as_bytes(), &mut out, &options).unwrap();
        let changes = summary.changes.unwrap();
        assert_eq!((changes.compared, changes.changed, changes.refused_by_one), (1, 0, 1));
        assert!(changes.to_string().ends_with("; 1 rows refused under one policy only"), "{changes}");
        let text = String::from_utf8(out).unwrap();
        let fifteen = text.lines().nth(1).unwrap();
        assert!(fifteen.starts_with("fifteen,2027-06-01,2012-03-01,junior_college,"), "{fifteen}");
        assert!(
            fifteen.ends_with(
                ",E,,0.00,0.00,0.00,0.00,,,,,,,,,,,not assessed under the built-in policy: the person is younger than 16 on the assessment date"
            ),
            "{fifteen}"
        );
        assert!(text.lines().nth(2).unwrap().ends_with(",D,0.00,0.00,0.00,0.00,"), "{text}");
    }
}
