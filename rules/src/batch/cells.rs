//! A row's cells straight to an `Input`, the same one the JSON of its columns
//! would parse to (a test holds the two paths equal), without a JSON parser:
//! the browser's batch page then downloads no deserializer. Every cell is
//! read, so that a row's faults are named all at once; numbers as people
//! type them (`crate::numbers`), in the unit of their column (`super::unit`).

use super::{words, Column, Kind};
use crate::dates::Date;
use crate::error::{ErrorKind, InputError};
use crate::ids::*;
use crate::input::{Employment, Input, Loan, Person, Startup};
use crate::money::{Dec, Money};
use crate::numbers;
use std::cell::RefCell;

/// The row's non-empty cells by column name, and the faults of those read so far.
struct Cells<'a>(&'a [(&'a Column, &'a str)], RefCell<Vec<CellError>>);

/// What went wrong in a cell: its JSON path and kind, as the JSON parser says it.
type Fault = InputError;
/// A fault as the row names it (`super::column_error`).
type CellError = super::CellError;

impl<'a> Cells<'a> {
    fn get(&self, name: &str) -> Option<&'a str> {
        self.0.iter().find(|(c, v)| c.0 == name && !v.is_empty()).map(|(_, v)| *v)
    }

    fn path(name: &str) -> &'static str {
        super::INPUT_COLUMNS.iter().find(|c| c.0 == name).map_or("", |c| c.1)
    }

    /// Whether any column of the JSON object `section` has a value.
    fn any(&self, section: &str) -> bool {
        self.0.iter().any(|(c, v)| !v.is_empty() && c.1.split_once('.').is_some_and(|(s, _)| s == section))
    }

    fn fault(name: &str, kind: ErrorKind) -> Fault {
        InputError::new(Self::path(name), kind)
    }

    /// The value of a cell, or `None` with its fault kept: the row goes on
    /// being read without it.
    fn kept<T>(&self, read: Result<Option<T>, Fault>) -> Option<T> {
        read.unwrap_or_else(|fault| {
            self.1.borrow_mut().push(super::column_error(fault));
            None
        })
    }

    /// Whether the cell of `name` was read and refused.
    fn refused(&self, name: &str) -> bool {
        self.1.borrow().iter().any(|f| f.0 == Some(name))
    }

    fn date(&self, name: &str) -> Option<Date> {
        self.kept(
            self.get(name)
                .map(|v| {
                    // Date::parse first, though `words::date` reads ISO too: calling it from
                    // here as before keeps the talent page's wasm as it was (docs/testing.md).
                    Date::parse(v)
                        .or_else(|| words::date(v))
                        .ok_or_else(|| Self::fault(name, ErrorKind::NotADate))
                })
                .transpose(),
        )
    }

    /// A value the input cannot do without: missing, it is a fault, unless its
    /// cell was refused already.
    fn required<T>(&self, value: Option<T>, name: &str) -> Option<T> {
        if value.is_none() && !self.refused(name) {
            self.1.borrow_mut().push(super::column_error(Self::fault(name, ErrorKind::Required)));
        }
        value
    }

    fn decimal(&self, name: &str) -> Option<rust_decimal::Decimal> {
        let unit = super::unit(name)?;
        self.kept(
            self.get(name)
                .map(|v| numbers::read(unit, v).ok_or_else(|| Self::fault(name, ErrorKind::NotANumber)))
                .transpose(),
        )
    }

    fn money(&self, name: &str) -> Option<Money> {
        self.decimal(name).map(Money)
    }

    fn id<T: Copy>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
        all: &[T],
        text: fn(T) -> &'static str,
    ) -> Option<T> {
        self.kept(
            self.get(name)
                .map(|v| {
                    words::read(name, v, parse).ok_or_else(|| {
                        Self::fault(name, ErrorKind::UnknownValue)
                            .expecting(&all.iter().map(|t| text(*t)).collect::<Vec<_>>())
                    })
                })
                .transpose(),
        )
    }

    fn flag(&self, name: &str) -> bool {
        // Read by `super::typed`, which names a cell that is neither yes nor no.
        self.get(name).is_some_and(|v| super::yes(v) == Some(true))
    }

    /// A count, days or months: a number in the column's unit, and whole.
    fn whole(&self, name: &str) -> Option<i64> {
        let n = self.decimal(name)?;
        let whole = numbers::whole(n);
        if let (None, Some((column, raw))) = (whole, self.0.iter().find(|(c, _)| c.0 == name)) {
            let message = format!("expected a whole number, got {raw:?}");
            self.1.borrow_mut().push((Some(column.0), ErrorKind::NotANumber, message, None));
        }
        whole
    }
}

macro_rules! id {
    ($cells:expr, $name:literal, $t:ty) => {
        $cells.id($name, <$t>::parse, <$t>::ALL, <$t>::as_str)
    };
}

/// The input of a row, made of the cells that read, and the faults of the
/// others: `None` when a value it cannot do without is missing or refused.
/// The cells are read in the order the JSON parser reads them, so that a
/// row with one bad cell names it as the parser would.
pub(super) fn input(cells: &[(&Column, &str)]) -> (Option<Input>, Vec<CellError>) {
    let c = Cells(cells, RefCell::new(Vec::new()));
    let input = read(&c);
    (input, c.1.into_inner())
}

fn read(c: &Cells) -> Option<Input> {
    // Without its birth date, a person cannot be assessed: that fault is
    // named, and so are the other cells' own.
    let person = match c.any("person") {
        true => {
            let honors = c.kept(c.get("honors").map(honors).transpose()).unwrap_or_default();
            let birth_date = c.date("birth_date");
            let full_time_degree = id!(c, "full_time_degree", Degree).unwrap_or_default();
            let title_level = id!(c, "title_level", Title).unwrap_or_default();
            let part_time_degree = id!(c, "part_time_degree", Degree).unwrap_or_default();
            let claimed_equivalent = id!(c, "claimed_equivalent", Category);
            let graduation_date = c.date("graduation_date");
            c.required(birth_date, "birth_date").map(|birth_date| {
                Some(Person {
                    birth_date,
                    full_time_degree,
                    title_level,
                    honors,
                    part_time_degree,
                    claimed_equivalent,
                    graduation_date,
                })
            })
        }
        // No person at all: the engine names it.
        false => Some(None),
    };
    let employment = c.any("employment").then(|| Employment {
        mode: id!(c, "mode", Mode).unwrap_or_default(),
        start_date: c.date("start_date"),
        location: id!(c, "location", Location).unwrap_or_default(),
        employer_type: id!(c, "employer_type", EmployerType),
        division_affiliated: c.flag("division_affiliated"),
        first_social_insurance_in_city: c.flag("first_social_insurance_in_city"),
        contract_years: c.decimal("contract_years").map(Dec),
        open_ended_contract: c.flag("open_ended_contract"),
        flexible_days: c.whole("flexible_days").unwrap_or(0),
        housing_choice: id!(c, "housing_choice", HousingChoice).unwrap_or_default(),
        purchase_price: c.money("purchase_price"),
        bingtuan_support: c.money("bingtuan_support"),
    });
    let startup = c.any("startup").then(|| Startup {
        registered_in_city: c.flag("startup_registered_in_city"),
        legal_representative: c.flag("startup_legal_representative"),
        registration_date: c.date("startup_registration_date"),
        insured_employees: c.whole("startup_insured_employees").unwrap_or(0),
        tax_paid: c.money("startup_tax_paid").unwrap_or_default(),
    });
    let loan = if c.any("loan") {
        // Every value read before any is missed, as the JSON parser reads them.
        let principal = c.money("loan_principal");
        let rate = c.decimal("loan_annual_rate");
        let months = c.whole("loan_term_months");
        let repayment = id!(c, "loan_repayment", Repayment);
        let principal = c.required(principal, "loan_principal");
        let rate = c.required(rate, "loan_annual_rate");
        let months = c.required(months, "loan_term_months");
        let repayment = c.required(repayment, "loan_repayment");
        // A loan missing a part is left out: the rest is still checked.
        match (principal, rate, months, repayment) {
            (Some(principal), Some(rate), Some(term_months), Some(repayment)) => {
                Some(Loan { principal, annual_rate: Dec(rate), term_months, repayment })
            }
            _ => None,
        }
    } else {
        None
    };
    let assessment_date = c.date("assessment_date");
    Some(Input { assessment_date, person: person?, employment, startup, loan, enterprise: None })
}

/// The honours of a list separated by `;`, `；` or `|`, or joined by `、` as
/// a list is written in Chinese. One honour's own name has `、` in it: at
/// each item the longest run of items that names an honour is taken.
fn honors(list: &str) -> Result<Vec<Honor>, Fault> {
    read_honors(list).map_err(|_| {
        Cells::fault("honors", ErrorKind::UnknownValue)
            .expecting(&Honor::ALL.iter().map(|h| h.as_str()).collect::<Vec<_>>())
    })
}

/// The most items joined by `、` in one honour's name (a test holds this).
pub(super) const HONOR_ITEMS: usize = 3;

/// The honours of a list, or the first item that is none.
fn read_honors(list: &str) -> Result<Vec<Honor>, &str> {
    let mut all = Vec::new();
    for part in list.split([';', '；', '|']) {
        let items: Vec<&str> = part.split('、').map(str::trim).filter(|s| !s.is_empty()).collect();
        let mut at = 0;
        while at < items.len() {
            // Bounded, so that a long cell costs no more than its length.
            let (end, honor) = (at + 1..=items.len().min(at + HONOR_ITEMS))
                .rev()
                .find_map(|end| Some((end, words::read("honors", &items[at..end].join("、"), Honor::parse)?)))
                .ok_or(items[at])?;
            all.push(honor);
            at = end;
        }
    }
    Ok(all)
}

/// The first item of a list of honours that is no honour, as an error quotes it.
pub(super) fn unknown_honor(list: &str) -> Option<&str> {
    read_honors(list).err()
}

/// The yes/no cells of a row that do not read, which JSON types and a
/// spreadsheet does not: the words a spreadsheet uses for yes and no.
pub(super) fn typed(cells: &[(&Column, &str)]) -> Vec<(&'static str, ErrorKind, String)> {
    cells
        .iter()
        .filter(|((_, _, kind), raw)| *kind == Kind::Bool && !raw.is_empty() && super::yes(raw).is_none())
        .map(|((column, _, _), raw)| {
            (*column, ErrorKind::WrongType, format!("expected yes or no, got {raw:?}"))
        })
        .collect()
}
