//! The batch result table: one short line per row (the whole results stay
//! out of memory, so 100,000 rows fit), sorted, filtered and shown a page at
//! a time.

use super::guide::allowed;
use crate::html::Html;
use crate::i18n::Lang;
use crate::view::result::span_text;
use talent_rules::batch::{header, Headers, Row, RowError};
use talent_rules::ids::{BenefitId, Category};
use talent_rules::output::Span;
use talent_rules::ErrorKind;

/// Rows shown at once: enough to scan, few enough to draw at once.
pub const PAGE_ROWS: usize = 100;

/// What the table keeps of a row.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub number: usize,
    pub label: String,
    pub category: Option<Category>,
    pub talent: Span,
    pub employer: Span,
    pub benefits: Vec<BenefitId>,
    pub error: Option<RowError>,
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
                error: None,
            },
            Err(e) => Line {
                number: row.number,
                label,
                category: None,
                talent: Span::default(),
                employer: Span::default(),
                benefits: Vec::new(),
                error: Some(e),
            },
        }
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
    Errors,
}

impl Filter {
    pub fn from_id(id: &str) -> Filter {
        match id {
            "none" => Filter::NoCategory,
            "errors" => Filter::Errors,
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
            Filter::Errors => l.error.is_some(),
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

/// How many rows in each category, without one, and in error.
pub fn counts(lines: &[Line]) -> (Vec<(Category, usize)>, usize, usize) {
    let by = |f: Filter| lines.iter().filter(|l| f.keeps(l)).count();
    let categories = Category::ALL.iter().map(|c| (*c, by(Filter::Category(*c)))).collect();
    (categories, by(Filter::NoCategory), by(Filter::Errors))
}

/// What is wrong with a row, in the language: the column as its header in
/// that language, the fault with the bound it crossed, the cell as written;
/// for an unknown value, the values allowed. The table and the CSV export say this.
pub fn error_text(lang: Lang, e: &RowError) -> String {
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
    for sort in Sort::ALL {
        header_cell(&mut h, lang, view, sort);
    }
    h.el("th", &[("scope", Some("col"))], &lang.batch_t("batch.col.benefits")).close("tr").close("thead");
    h.open("tbody", &[]);
    for &i in &idx[from..to] {
        let l = &lines[i];
        let id = format!("batch-row-{}", l.number);
        h.open("tr", &[("id", Some(&id)), ("class", l.error.as_ref().map(|_| "bad"))])
            .el("td", &[("class", Some("num"))], &l.number.to_string())
            .el("th", &[("scope", Some("row"))], &l.label);
        match &l.error {
            Some(e) => {
                h.open("td", &[("colspan", Some("4")), ("class", Some("error"))])
                    .el("span", &[("class", Some("why"))], &error_text(lang, e))
                    .close("td");
            }
            None => {
                let category = match l.category {
                    Some(c) => lang.t(&format!("category.{}", c.as_str())),
                    None => lang.t("result.no_category"),
                };
                let benefits: Vec<String> =
                    l.benefits.iter().map(|b| lang.t(&format!("benefit.{}", b.as_str()))).collect();
                h.el("td", &[], &category)
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

        let errors = View { filter: Filter::from_id("errors"), ..View::default() };
        assert_eq!(labels(&l, &errors), ["错行丙"]);
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
