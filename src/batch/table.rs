//! The batch result table: one short line per row (the whole results stay
//! out of memory, so 100,000 rows fit), sorted, filtered and shown a page at
//! a time. A row that gets less than the policy could give says why, and an
//! age condition near its end is flagged with its date.

use super::guide::allowed;
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::amount_text::span_text;
use talent_rules::batch::{header, Fault, Headers, Row, RowError};
use talent_rules::dates::Date;
use talent_rules::ids::{BenefitId, Category, Criterion, Reason};
use talent_rules::output::{Assessment, Hint, Ineligible, Span};
use talent_rules::ErrorKind;

/// Rows shown at once: enough to scan, few enough to draw at once.
pub const PAGE_ROWS: usize = 100;

/// How many days before an age condition ends (or after it ended) the table
/// flags it: a notice for a recruiter, who can still act on a date a few
/// months off, not a rule of the policy, whose dates come from the engine.
pub const AGE_NOTICE_DAYS: i64 = 90;

/// What the table keeps of a row.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub number: usize,
    pub label: String,
    pub category: Option<Category>,
    pub talent: Span,
    pub employer: Span,
    pub benefits: Vec<BenefitId>,
    /// The benefits this row could have had and did not, each with the
    /// engine's reasons (`shortfall`).
    pub short: Vec<(BenefitId, Vec<Reason>)>,
    pub age: Option<AgeNotice>,
    /// The version of the policy the row's result follows (INT-14), whose
    /// figures its texts give; `None` for a row in error.
    pub policy_version: Option<String>,
    pub error: Option<RowError>,
}

/// Which way an age condition is near its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeTurn {
    /// The category rests on it, and it ends within `AGE_NOTICE_DAYS`.
    Soon,
    /// The category rests on it, decided on a start date, and it has ended since.
    Ended,
    /// It gave a better category, and ended within the last `AGE_NOTICE_DAYS`.
    Lost,
}

impl AgeTurn {
    pub const ALL: [AgeTurn; 3] = [AgeTurn::Soon, AgeTurn::Ended, AgeTurn::Lost];

    pub fn id(self) -> &'static str {
        match self {
            AgeTurn::Soon => "soon",
            AgeTurn::Ended => "ended",
            AgeTurn::Lost => "lost",
        }
    }
}

/// An age-bound criterion (§10) whose last day is near the assessment date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AgeNotice {
    pub turn: AgeTurn,
    pub criterion: Criterion,
    pub category: Category,
    /// The last day it holds.
    pub until: Date,
}

impl AgeNotice {
    /// The category's own age condition when it ends within the notice
    /// period or has ended, else a better category's that ended within it.
    fn of(a: &Assessment) -> Option<AgeNotice> {
        let t = a.assessment_date;
        let days = |d: Date| d.0.signed_duration_since(t.0).num_days();
        let own = a.category.zip(a.category_valid_until).and_then(|(category, until)| {
            let m = a.criteria_met.iter().find(|m| m.category == category && m.valid_until == Some(until))?;
            let turn = if until < t { AgeTurn::Ended } else { AgeTurn::Soon };
            (days(until) <= AGE_NOTICE_DAYS).then_some(AgeNotice { turn, criterion: m.id, category, until })
        });
        own.or_else(|| {
            a.criteria_expired
                .iter()
                .filter_map(|m| Some((m, m.valid_until?)))
                .filter(|(_, until)| *until < t && days(*until) >= -AGE_NOTICE_DAYS)
                .max_by_key(|(_, until)| *until)
                .map(|(m, until)| AgeNotice {
                    turn: AgeTurn::Lost,
                    criterion: m.id,
                    category: m.category,
                    until,
                })
        })
    }
}

/// The reasons of a benefit this person could have had, or `None` when the
/// policy never gives it to them: a benefit of the other employment mode
/// (`not_full_time`, `not_flexible`), or one their category never gets
/// (`no_category`; a category no employer type takes or the clause does not
/// list). Those the category column already explains; what is left is a
/// missing answer, a condition of this job, business or loan not met, a cap.
fn shortfall(i: &Ineligible) -> Option<Vec<Reason>> {
    let elsewhere = i.hints.iter().any(|h| matches!(h, Hint::EmployerTypesAccepting { .. }));
    let never = |r: &Reason| match r {
        Reason::NotFullTime | Reason::NotFlexible | Reason::NoCategory => true,
        Reason::CategoryNotAllowedForEmployer | Reason::CategoryNotListed => !elsewhere,
        _ => false,
    };
    (!i.reasons.iter().any(never)).then(|| i.reasons.clone())
}

impl Line {
    pub fn of(row: Row) -> Line {
        let label = row.label().to_string();
        match row.outcome {
            Ok(a) => Line {
                number: row.number,
                label,
                category: a.category,
                talent: a.totals.talent,
                employer: a.totals.employer,
                benefits: a.benefits.iter().map(|b| b.id).collect(),
                short: a.ineligible.iter().filter_map(|i| Some((i.id, shortfall(i)?))).collect(),
                age: AgeNotice::of(&a),
                policy_version: Some(a.policy_version),
                error: None,
            },
            Err(e) => Line {
                number: row.number,
                label,
                category: None,
                talent: Span::default(),
                employer: Span::default(),
                benefits: Vec::new(),
                short: Vec::new(),
                age: None,
                policy_version: None,
                error: Some(e),
            },
        }
    }

    /// Whether the row wants a look: it could not be read, or it gets less
    /// than the policy could give.
    pub fn has_problem(&self) -> bool {
        self.error.is_some() || !self.short.is_empty()
    }

    /// A before E, then rows without a category, then rows in error.
    fn rank(&self) -> usize {
        match (&self.error, self.category) {
            (Some(_), _) => Category::ALL.len() + 1,
            (None, None) => Category::ALL.len(),
            (None, Some(c)) => Category::ALL.iter().position(|x| *x == c).unwrap_or(0),
        }
    }
}

/// The column a table is sorted by. Its id is what the page's buttons carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Row,
    Label,
    Category,
    Talent,
    Employer,
}

impl Sort {
    pub const ALL: [Sort; 5] = [Sort::Row, Sort::Label, Sort::Category, Sort::Talent, Sort::Employer];

    pub fn id(self) -> &'static str {
        match self {
            Sort::Row => "row",
            Sort::Label => "label",
            Sort::Category => "category",
            Sort::Talent => "talent",
            Sort::Employer => "employer",
        }
    }

    pub fn from_id(id: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The first direction of a column: money from the most, the rest from the top.
    fn starts_descending(self) -> bool {
        matches!(self, Sort::Talent | Sort::Employer)
    }
}

/// Which rows are shown. The ids are the values of the page's filter list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    All,
    Category(Category),
    NoCategory,
    Problems,
}

impl Filter {
    pub fn from_id(id: &str) -> Filter {
        match id {
            "none" => Filter::NoCategory,
            "problems" => Filter::Problems,
            _ => {
                Category::ALL.iter().find(|c| c.as_str() == id).map_or(Filter::All, |c| Filter::Category(*c))
            }
        }
    }

    fn keeps(self, l: &Line) -> bool {
        match self {
            Filter::All => true,
            Filter::Category(c) => l.error.is_none() && l.category == Some(c),
            Filter::NoCategory => l.error.is_none() && l.category.is_none(),
            Filter::Problems => l.has_problem(),
        }
    }
}

/// How the table is looked at: sorted, filtered, searched, which page.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub sort: Sort,
    pub descending: bool,
    pub filter: Filter,
    /// Rows whose label contains this (ignoring case); empty keeps all.
    pub search: String,
    pub page: usize,
}

impl Default for View {
    fn default() -> View {
        View { sort: Sort::Row, descending: false, filter: Filter::All, search: String::new(), page: 0 }
    }
}

impl View {
    /// Sorted by `sort`: the same column again turns the order round.
    pub fn sorted_by(&self, sort: Sort) -> View {
        let descending = if sort == self.sort { !self.descending } else { sort.starts_descending() };
        View { sort, descending, page: 0, ..self.clone() }
    }
}

/// The indexes of the lines shown, in order, before paging.
pub fn shown(lines: &[Line], view: &View) -> Vec<usize> {
    let search = view.search.trim().to_lowercase();
    let mut idx: Vec<usize> = (0..lines.len())
        .filter(|&i| view.filter.keeps(&lines[i]))
        .filter(|&i| search.is_empty() || lines[i].label.to_lowercase().contains(&search))
        .collect();
    let order = |a: &Line, b: &Line| match view.sort {
        Sort::Row => a.number.cmp(&b.number),
        Sort::Label => a.label.cmp(&b.label),
        Sort::Category => a.rank().cmp(&b.rank()),
        Sort::Talent => (a.talent.max, a.talent.min).cmp(&(b.talent.max, b.talent.min)),
        Sort::Employer => (a.employer.max, a.employer.min).cmp(&(b.employer.max, b.employer.min)),
    };
    // Stable either way round: rows that tie keep their order in the file.
    // Rows in error have no amounts: last, whichever way money is sorted.
    let money = matches!(view.sort, Sort::Talent | Sort::Employer);
    idx.sort_by(|&a, &b| {
        let (a, b) = (&lines[a], &lines[b]);
        let errors_last =
            if money { a.error.is_some().cmp(&b.error.is_some()) } else { std::cmp::Ordering::Equal };
        let o = order(a, b);
        errors_last.then(if view.descending { o.reverse() } else { o })
    });
    idx
}

/// How many rows in each category, without one, and with a problem.
pub fn counts(lines: &[Line]) -> (Vec<(Category, usize)>, usize, usize) {
    let by = |f: Filter| lines.iter().filter(|l| f.keeps(l)).count();
    let categories = Category::ALL.iter().map(|c| (*c, by(Filter::Category(*c)))).collect();
    (categories, by(Filter::NoCategory), by(Filter::Problems))
}

/// What is wrong with a row, in the language: each fault, as `fault_text`
/// says it. The table and the CSV export say this.
pub fn error_text(lang: Lang, e: &RowError) -> String {
    let said: Vec<String> = e.faults.iter().map(|f| fault_text(lang, f)).collect();
    said.join(&lang.batch_t("batch.error.separator"))
}

/// One fault: the column as its header in the language, the fault with the
/// bound it crossed, the cell as written; for an unknown value, the values allowed.
fn fault_text(lang: Lang, e: &Fault) -> String {
    let headers = if lang == Lang::Zh { Headers::Chinese } else { Headers::English };
    // The bound the engine names (a date, an age, a maximum), where the words have room for it.
    let bounded = matches!(
        e.kind,
        ErrorKind::BeforePolicy
            | ErrorKind::AfterAssessmentDate
            | ErrorKind::OutOfRange
            | ErrorKind::TooYoung
    );
    let mut what = match e.limit.clone().filter(|_| bounded) {
        Some(limit) => {
            lang.batch_t_with(&format!("batch.error.{}.limit", e.kind.as_str()), &[("limit", limit)])
        }
        None => lang.batch_t(&format!("batch.error.{}", e.kind.as_str())),
    };
    if !e.value.is_empty() {
        what += &lang.batch_t_with("batch.error.value", &[("value", e.value.clone())]);
    }
    // What would have read: the values of the column, or the ways to write a date.
    let allowed = e.column.filter(|_| e.kind == ErrorKind::UnknownValue).map(|c| allowed(lang, c));
    if let Some(values) = allowed.filter(|v| !v.is_empty()) {
        what += &lang.batch_t_with("batch.error.allowed", &[("values", values)]);
    } else if e.kind == ErrorKind::NotADate {
        what += &lang.batch_t("batch.error.date_forms");
    }
    match e.column.and_then(|c| header(c, headers)) {
        Some(h) => lang.batch_t_with("batch.error.in_column", &[("column", h.to_string()), ("what", what)]),
        None => what,
    }
}

fn header_cell(h: &mut Html, lang: Lang, view: &View, sort: Sort) {
    let order = match (view.sort == sort, view.descending) {
        (false, _) => "none",
        (true, false) => "ascending",
        (true, true) => "descending",
    };
    h.open("th", &[("scope", Some("col")), ("aria-sort", Some(order))]).el(
        "button",
        &[("type", Some("button")), ("class", Some("sort")), ("data-sort", Some(sort.id()))],
        &lang.batch_t(&format!("batch.col.{}", sort.id())),
    );
    h.close("th");
}

/// The age condition near its end, in words: "年龄条件即将截止：按“…”认定B类至 2027-01-10".
pub fn age_text(lang: Lang, n: &AgeNotice) -> String {
    let until = lang.t_with(
        "result.category_until",
        &[
            ("criterion", lang.t(&format!("criterion.{}", n.criterion.as_str()))),
            ("category", n.category.as_str().to_string()),
            ("date", n.until.to_string()),
        ],
    );
    format!("{}{}{until}", lang.batch_t(&format!("batch.age.{}", n.turn.id())), lang.t("ui.colon"))
}

/// What the row did not get and why, as the talent page says it: one item
/// per set of reasons, the benefits that share them named together.
pub fn short_items(lang: Lang, short: &[(BenefitId, Vec<Reason>)]) -> Vec<String> {
    let mut groups: Vec<(Vec<BenefitId>, &[Reason])> = Vec::new();
    for (id, reasons) in short {
        match groups.iter_mut().find(|g| g.1 == reasons.as_slice()) {
            Some(g) => g.0.push(*id),
            None => groups.push((vec![*id], reasons)),
        }
    }
    let list = |items: Vec<String>| items.join(&lang.t("list.separator"));
    groups
        .into_iter()
        .map(|(ids, reasons)| {
            lang.t_with(
                "print.item_reasons",
                &[
                    ("name", list(ids.iter().map(|b| lang.t(&format!("benefit.{}", b.as_str()))).collect())),
                    (
                        "reasons",
                        list(reasons.iter().map(|r| lang.t(&format!("reason.{}", r.as_str()))).collect()),
                    ),
                ],
            )
        })
        .collect()
}

/// Where a date `YYYY-MM-DD` starts in `s`.
fn find_date(s: &str) -> Option<usize> {
    s.as_bytes().windows(10).position(|w| {
        w.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
    })
}

/// `text` with each date in a span that keeps it on one line: a narrow
/// column or a zoomed page would otherwise break it at its hyphens.
fn text_with_dates(h: &mut Html, text: &str) {
    let mut rest = text;
    while let Some(at) = find_date(rest) {
        h.text(&rest[..at]).el("span", &[("class", Some("date"))], &rest[at..at + 10]);
        rest = &rest[at + 10..];
    }
    h.text(rest);
}

/// The row's notes: its age condition near its end, what it did not get and why.
fn notes_cell(h: &mut Html, lang: Lang, l: &Line) {
    h.open("td", &[("class", Some("notes"))]);
    if let Some(n) = &l.age {
        h.open("p", &[("class", Some("age"))]);
        text_with_dates(h, &age_text(lang, n));
        h.close("p");
    }
    if !l.short.is_empty() {
        h.el(
            "p",
            &[("class", Some("short"))],
            &format!("{}{}", lang.t("result.not_applicable"), lang.t("ui.colon")),
        )
        .list("short", short_items(lang, &l.short));
    }
    h.close("td");
}

/// The page `view.page` of the lines at `idx`, as a table; the pager below it.
pub fn table_html(lang: Lang, lines: &[Line], idx: &[usize], view: &View) -> String {
    let mut h = Html::default();
    let pages = idx.len().div_ceil(PAGE_ROWS).max(1);
    let page = view.page.min(pages - 1);
    let from = page * PAGE_ROWS;
    let to = (from + PAGE_ROWS).min(idx.len());
    let caption = lang.batch_t_with(
        "batch.caption",
        &[("from", (from + 1).min(to).to_string()), ("to", to.to_string()), ("n", idx.len().to_string())],
    );
    h.scroll_hint(lang);
    h.open_table("batch", &caption).open("thead", &[]).open("tr", &[]);
    let [row, label, rest @ ..] = Sort::ALL;
    for sort in [row, label] {
        header_cell(&mut h, lang, view, sort);
    }
    h.el("th", &[("scope", Some("col"))], &lang.batch_t("batch.col.notes"));
    for sort in rest {
        header_cell(&mut h, lang, view, sort);
    }
    h.el("th", &[("scope", Some("col"))], &lang.batch_t("batch.col.benefits")).close("tr").close("thead");
    h.open("tbody", &[]);
    for &i in &idx[from..to] {
        let l = &lines[i];
        let id = format!("batch-row-{}", l.number);
        let class = if l.error.is_some() { Some("bad") } else { l.has_problem().then_some("short") };
        h.open("tr", &[("id", Some(&id)), ("class", class)])
            .el("td", &[("class", Some("num"))], &l.number.to_string())
            .el("th", &[("scope", Some("row"))], &l.label);
        match &l.error {
            Some(e) => {
                h.open("td", &[("colspan", Some("5")), ("class", Some("error"))])
                    .open("span", &[("class", Some("why"))]);
                text_with_dates(&mut h, &error_text(lang, e));
                h.close("span").close("td");
            }
            None => {
                let category = match l.category {
                    Some(c) => lang.t(&format!("category.{}", c.as_str())),
                    None => lang.t("result.no_category"),
                };
                let benefits: Vec<String> =
                    l.benefits.iter().map(|b| lang.t(&format!("benefit.{}", b.as_str()))).collect();
                // Its texts give the figures of the version its result follows, as its amounts do.
                crate::figures::about(l.policy_version.as_deref(), || notes_cell(&mut h, lang, l));
                h.el("td", &[("class", Some("batch-category"))], &category)
                    .el("td", &[("class", Some("money"))], &span_text(lang, l.talent))
                    .el("td", &[("class", Some("money"))], &span_text(lang, l.employer))
                    .el("td", &[], &benefits.join(&lang.t("list.separator")));
            }
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    if idx.is_empty() {
        h.el(
            "p",
            &[("class", Some("notice")), ("id", Some("batch-no-match"))],
            &lang.batch_t("batch.no_match"),
        );
    }
    if pages > 1 {
        let of = lang
            .batch_t_with("batch.page", &[("page", (page + 1).to_string()), ("pages", pages.to_string())]);
        let button = |h: &mut Html, target: usize, key: &str, disabled: bool| {
            let target = target.to_string();
            let mut attrs = vec![("type", Some("button")), ("data-page", Some(target.as_str()))];
            if disabled {
                attrs.push(("disabled", Some("")));
            }
            h.el("button", &attrs, &lang.batch_t(key));
        };
        h.open("nav", &[("class", Some("pager")), ("aria-label", Some(&lang.batch_t("batch.pages")))]);
        button(&mut h, page.saturating_sub(1), "batch.previous", page == 0);
        h.el("span", &[("aria-live", Some("polite"))], &of);
        button(&mut h, page + 1, "batch.next", page + 1 >= pages);
        h.close("nav");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use talent_rules::batch::{rows, Options};
    use talent_rules::dates::Date;

    const CSV: &str = "姓名或标签,出生日期,最高全日制学历,在师市的工作方式,用人单位类型,首次在师市参加社会保险,合同期限（年）\n\
        博士甲,1992-04-15,doctorate,full_time,enterprise,是,3\n\
        本科乙,1998-01-01,bachelor,full_time,enterprise,是,3\n\
        错行丙,1992-13-01,doctorate,full_time,enterprise,是,3\n\
        硕士丁,1994-01-01,master,full_time,enterprise,是,3\n\
        无类别戊,1960-01-01,none,full_time,enterprise,否,\n";

    fn lines() -> Vec<Line> {
        let options = Options { default_date: Date::parse("2026-11-24"), ..Options::default() };
        rows(CSV.as_bytes(), &options).unwrap().map(|r| Line::of(r.unwrap())).collect()
    }

    fn labels(lines: &[Line], view: &View) -> Vec<String> {
        shown(lines, view).into_iter().map(|i| lines[i].label.clone()).collect()
    }

    #[test]
    fn sorting_filtering_and_searching() {
        let l = lines();
        assert_eq!(l.len(), 5);
        assert_eq!(labels(&l, &View::default()), ["博士甲", "本科乙", "错行丙", "硕士丁", "无类别戊"]);
        let by_category = View::default().sorted_by(Sort::Category);
        assert!(!by_category.descending);
        assert_eq!(labels(&l, &by_category).first().unwrap(), "博士甲");
        assert_eq!(labels(&l, &by_category)[3..], ["无类别戊", "错行丙"], "no category, then errors, last");
        // Money starts from the most; the same column again turns round.
        let talent = View::default().sorted_by(Sort::Talent);
        assert!(talent.descending);
        assert_eq!(labels(&l, &talent)[0], "博士甲");
        assert_eq!(labels(&l, &talent).last().unwrap(), "错行丙", "a row in error has no amount to sort by");
        let least = shown(&l, &talent.sorted_by(Sort::Talent));
        assert!(l[least[0]].talent.max.is_zero());
        assert_eq!(labels(&l, &talent.sorted_by(Sort::Talent)).last().unwrap(), "错行丙");
        let amounts = &least[..least.len() - 1];
        assert!(
            amounts.windows(2).all(|w| l[w[0]].talent.max < l[w[1]].talent.max || w[0] < w[1]),
            "ties in file order"
        );

        let problems = View { filter: Filter::from_id("problems"), ..View::default() };
        assert_eq!(labels(&l, &problems), ["错行丙"]);
        let none = View { filter: Filter::from_id("none"), ..View::default() };
        assert_eq!(labels(&l, &none), ["无类别戊"]);
        assert_eq!(Filter::from_id("B"), Filter::Category(Category::B));
        assert_eq!(Filter::from_id("anything"), Filter::All);
        let search = View { search: " 博士 ".into(), ..View::default() };
        assert_eq!(labels(&l, &search), ["博士甲"]);

        let (by, none, errors) = counts(&l);
        assert_eq!((none, errors), (1, 1));
        assert_eq!(by.iter().map(|c| c.1).sum::<usize>(), 3);
        for s in Sort::ALL {
            assert_eq!(Sort::from_id(s.id()), Some(s));
        }
    }

    #[test]
    fn a_bad_row_shows_its_number_column_and_message() {
        let l = lines();
        let e = l[2].error.as_ref().unwrap();
        assert_eq!(e.row, 4);
        assert_eq!(e.faults.len(), 1);
        assert_eq!(
            error_text(Lang::Zh, e),
            "“出生日期”：日期无效（填写的是“1992-13-01”）。日期可写成 1992-04-15、1992/4/15 或 1992年4月15日"
        );
        assert_eq!(
            error_text(Lang::En, e),
            "birth_date: not a valid date (written: \"1992-13-01\"). Write a date as 1992-04-15, 1992/4/15 or 1992年4月15日"
        );
        let html = table_html(Lang::Zh, &l, &shown(&l, &View::default()), &View::default());
        assert!(html.contains("id=\"batch-row-4\" class=\"bad\""), "{html}");
        assert!(html.contains("aria-sort=\"ascending\""));
        assert!(!html.contains("batch."), "every text in the catalogs: {html}");
    }

    #[test]
    fn a_bad_row_says_the_bound_it_crossed_and_the_values_allowed() {
        let csv = "label,birth_date,start_date,mode\n小,2015-01-01,,\n早,1990-01-01,2015/1/1,\n错,1990-01-01,,兼职\n";
        let options = Options { default_date: Date::parse("2026-11-24"), ..Options::default() };
        let l: Vec<Line> = rows(csv.as_bytes(), &options).unwrap().map(|r| Line::of(r.unwrap())).collect();
        let said = |lang| l.iter().map(|l| error_text(lang, l.error.as_ref().unwrap())).collect::<Vec<_>>();
        assert_eq!(
            said(Lang::Zh),
            [
                "“出生日期”：评估日未满 16 周岁（填写的是“2015-01-01”）",
                "“入职日期”：早于本方案适用的日期（2025-01-01）（填写的是“2015/1/1”）",
                "“在师市的工作方式”：不是可选的值（填写的是“兼职”）。可填：全职（full_time）、柔性引进（flexible）、暂未在师市就职（none）",
            ]
        );
        assert_eq!(
            said(Lang::En)[1],
            "start_date: before the date this policy applies from (2025-01-01) (written: \"2015/1/1\")"
        );
    }

    fn assessed(csv: &str) -> Vec<Line> {
        let options = Options { default_date: Date::parse("2026-11-24"), ..Options::default() };
        rows(csv.as_bytes(), &options).unwrap().map(|r| Line::of(r.unwrap())).collect()
    }

    #[test]
    fn a_row_that_gets_less_than_it_could_says_why_and_has_a_problem() {
        let l = assessed(
            "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years,loan_principal,loan_annual_rate,loan_term_months,loan_repayment\n\
             空单位,1994-01-01,master,full_time,,yes,3,,,,\n\
             短合同,1994-01-01,master,full_time,enterprise,yes,2,,,,\n\
             满额,1994-01-01,master,full_time,enterprise,yes,3,,,,\n\
             本科,1999-09-09,bachelor,full_time,enterprise,yes,3,,,,\n\
             无类别,1960-01-01,none,full_time,enterprise,yes,3,,,,\n\
             大学城,1994-01-01,master,full_time,university_city_college,yes,3,,,,\n\
             贷款,1994-01-01,master,none,,,,400000,0.04,36,interest_only\n",
        );
        let short = |i: usize| l[i].short.iter().flat_map(|s| s.1.clone()).collect::<Vec<Reason>>();
        // A missing answer, a condition of the job, a cap: less than the policy could give.
        assert!(
            !l[0].short.is_empty() && short(0).iter().all(|r| *r == Reason::EmployerTypeNotGiven),
            "{:?}",
            l[0]
        );
        assert!(short(1).contains(&Reason::ContractTooShort), "{:?}", l[1]);
        assert!(
            short(5).contains(&Reason::CategoryNotAllowedForEmployer),
            "another employer type takes C: {:?}",
            l[5]
        );
        assert!(short(6).contains(&Reason::LoanOverCap), "{:?}", l[6]);
        // The other mode's benefit, or what a category never gets, is no shortfall: the category says it.
        for i in [2, 3, 4] {
            assert!(l[i].short.is_empty() && !l[i].has_problem(), "{:?}", l[i]);
        }
        for i in [0, 1, 5, 6] {
            assert!(l[i].has_problem(), "{:?}", l[i]);
        }
        let problems = View { filter: Filter::from_id("problems"), ..View::default() };
        assert_eq!(labels(&l, &problems), ["空单位", "短合同", "大学城", "贷款"]);
        assert_eq!(counts(&l).2, 4);

        // In the talent page's words, the benefits that share their reasons named together.
        let zh = table_html(Lang::Zh, &l, &[0], &View::default());
        assert!(zh.contains("暂不适用的政策及原因："), "{zh}");
        let said = short_items(Lang::Zh, &l[0].short);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains("生活补助") && said[0].ends_with("（请选择用人单位类型）"), "{said:?}");
        assert!(zh.contains("id=\"batch-row-2\" class=\"short\""), "{zh}");
        let en = short_items(Lang::En, &l[0].short);
        assert!(
            en[0].contains("Living allowance") && en[0].ends_with("(Choose the type of employer)"),
            "{en:?}"
        );
        assert!(!zh.contains("batch.") && !zh.contains("reason."), "every text in the catalogs: {zh}");
    }

    #[test]
    fn an_age_condition_near_its_end_is_flagged_with_its_date() {
        // Assessed on 2026-11-24; a doctorate counts as B to the day of the 46th birthday.
        let l = assessed(
            "label,birth_date,full_time_degree,mode,start_date\n\
             将满,1980-12-31,doctorate,,\n\
             尚早,1981-03-01,doctorate,,\n\
             刚过,1980-10-01,doctorate,,\n\
             早过,1980-06-01,doctorate,,\n\
             入职时,1980-01-01,doctorate,full_time,2025-06-01\n",
        );
        let age = |i: usize| l[i].age.map(|n| (n.turn, n.category, n.until.to_string()));
        assert_eq!(age(0), Some((AgeTurn::Soon, Category::B, "2026-12-31".into())));
        assert_eq!(age(1), None, "more than {AGE_NOTICE_DAYS} days off");
        assert_eq!(age(2), Some((AgeTurn::Lost, Category::B, "2026-10-01".into())));
        assert_eq!(age(3), None, "ended more than {AGE_NOTICE_DAYS} days ago");
        assert_eq!(
            age(4),
            Some((AgeTurn::Ended, Category::B, "2026-01-01".into())),
            "decided on the start date"
        );
        assert!(!l[0].has_problem(), "a notice, not a problem");
        assert_eq!(
            age_text(Lang::Zh, l[0].age.as_ref().unwrap()),
            "年龄条件即将截止：按“45岁（含）以下全日制博士研究生”认定B类至 2026-12-31"
        );
        let html = table_html(Lang::En, &l, &[0, 2], &View::default());
        assert!(html.contains("Age limit ends soon: "), "{html}");
        assert!(
            html.contains("until <span class=\"date\">2026-12-31</span>"),
            "a date kept on one line: {html}"
        );
        assert!(html.contains("<span class=\"date\">2026-10-01</span>"), "{html}");
    }

    /// A row's notes give the figures of the version its result follows,
    /// whatever version the texts around the table give: here a fictional
    /// one that lives only in this test, as a revision would.
    #[test]
    fn a_rows_texts_give_the_figures_of_its_version() {
        use talent_rules::policy::{latest, Policy};
        let l = assessed(
            "label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n\
             短合同,1994-01-01,master,full_time,enterprise,yes,2\n\
             将满,1980-12-31,doctorate,,,,\n",
        );
        assert_eq!(l[0].policy_version.as_deref(), Some(latest().id.as_ref()));
        let fictional: &'static Policy =
            Box::leak(Box::new(Policy { min_contract_years: 4, doctorate_max_age: 50, ..latest().clone() }));
        let (years, age) = (latest().min_contract_years, latest().doctorate_max_age);
        let html =
            crate::figures::under(Some(fictional), || table_html(Lang::Zh, &l, &[0, 1], &View::default()));
        assert!(html.contains(&format!("合同期限须在{years}年及以上")), "{html}");
        assert!(html.contains(&format!("按“{age}岁（含）以下全日制博士研究生”认定B类")), "{html}");
        // A row that names no version takes the texts' around it.
        let unnamed: Vec<Line> = l.iter().map(|l| Line { policy_version: None, ..l.clone() }).collect();
        let html = crate::figures::under(Some(fictional), || {
            table_html(Lang::Zh, &unnamed, &[0, 1], &View::default())
        });
        assert!(html.contains("合同期限须在4年及以上") && html.contains("按“50岁（含）以下"), "{html}");
    }

    #[test]
    fn dates_in_a_text_are_found_whole() {
        assert_eq!(find_date("至 2026-12-31。"), Some("至 ".len()));
        assert_eq!(find_date("2026-1-31, 20261231"), None);
        let mut h = Html::default();
        text_with_dates(&mut h, "a 2025-01-01 b 2026-02-03");
        assert_eq!(
            h.finish(),
            "a <span class=\"date\">2025-01-01</span> b <span class=\"date\">2026-02-03</span>"
        );
    }

    #[test]
    fn a_page_at_a_time() {
        let one = lines().remove(0);
        let many: Vec<Line> =
            (0..250).map(|i| Line { number: i + 2, label: format!("r{i}"), ..one.clone() }).collect();
        let idx = shown(&many, &View::default());
        let last = View { page: 9, ..View::default() };
        let html = table_html(Lang::En, &many, &idx, &last);
        assert!(html.contains("id=\"batch-row-251\""), "the last page, however far asked for");
        assert!(!html.contains("id=\"batch-row-201\""));
        assert_eq!(html.matches("<tr id=").count(), 50);
        assert!(html.contains("data-page=\"3\" disabled"), "no page after the last: {html}");
    }
}
