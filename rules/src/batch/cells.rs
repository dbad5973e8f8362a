//! A row's cells straight to an `Input`, the same one the JSON of its columns
//! would parse to (a test holds the two paths equal), without a JSON parser:
//! the browser's batch page then downloads no deserializer.

use super::{words, Column, Kind};
use crate::dates::Date;
use crate::error::{ErrorKind, InputError};
use crate::ids::*;
use crate::input::{Employment, Input, Loan, Person, Startup};
use crate::money::{parse_decimal, Dec, Money};

/// The row's non-empty cells by column name.
struct Cells<'a>(&'a [(&'a Column, &'a str)]);

/// What went wrong in a cell: its JSON path and kind, as the JSON parser says it.
type Fault = InputError;

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

    fn date(&self, name: &str) -> Result<Option<Date>, Fault> {
        self.get(name)
            .map(|v| {
                // Date::parse first, though `words::date` reads ISO too: calling it
                // from here as before keeps the talent page's wasm as it was (README).
                Date::parse(v)
                    .or_else(|| words::date(v))
                    .ok_or_else(|| Self::fault(name, ErrorKind::NotADate))
            })
            .transpose()
    }

    fn required<T>(value: Option<T>, name: &str) -> Result<T, Fault> {
        value.ok_or_else(|| Self::fault(name, ErrorKind::Required))
    }

    fn decimal(&self, name: &str) -> Result<Option<rust_decimal::Decimal>, Fault> {
        self.get(name)
            .map(|v| parse_decimal(v).ok_or_else(|| Self::fault(name, ErrorKind::NotANumber)))
            .transpose()
    }

    fn money(&self, name: &str) -> Result<Option<Money>, Fault> {
        Ok(self.decimal(name)?.map(Money))
    }

    fn id<T: Copy>(
        &self,
        name: &str,
        parse: fn(&str) -> Option<T>,
        all: &[T],
        text: fn(T) -> &'static str,
    ) -> Result<Option<T>, Fault> {
        self.get(name)
            .map(|v| {
                words::read(name, v, parse).ok_or_else(|| {
                    Self::fault(name, ErrorKind::UnknownValue)
                        .expecting(&all.iter().map(|t| text(*t)).collect::<Vec<_>>())
                })
            })
            .transpose()
    }

    fn flag(&self, name: &str) -> bool {
        // Read by `super::typed` before: only valid words get here.
        self.get(name).is_some_and(|v| super::yes(v) == Some(true))
    }

    fn int(&self, name: &str) -> i64 {
        self.get(name).and_then(|v| v.parse().ok()).unwrap_or(0)
    }
}

macro_rules! id {
    ($cells:expr, $name:literal, $t:ty) => {
        $cells.id($name, <$t>::parse, <$t>::ALL, <$t>::as_str)
    };
}

/// The input of a row whose booleans and whole numbers are known to read
/// (`super::typed` checked them first).
pub(super) fn input(cells: &[(&Column, &str)]) -> Result<Input, Fault> {
    let c = Cells(cells);
    let person = if c.any("person") {
        let honors = match c.get("honors") {
            None => Vec::new(),
            Some(list) => honors(list)?,
        };
        let birth_date = c.date("birth_date")?;
        let full_time_degree = id!(c, "full_time_degree", Degree)?.unwrap_or_default();
        let title_level = id!(c, "title_level", Title)?.unwrap_or_default();
        let part_time_degree = id!(c, "part_time_degree", Degree)?.unwrap_or_default();
        let claimed_equivalent = id!(c, "claimed_equivalent", Category)?;
        let graduation_date = c.date("graduation_date")?;
        Some(Person {
            birth_date: Cells::required(birth_date, "birth_date")?,
            full_time_degree,
            title_level,
            honors,
            part_time_degree,
            claimed_equivalent,
            graduation_date,
        })
    } else {
        None
    };
    let employment = if c.any("employment") {
        Some(Employment {
            mode: id!(c, "mode", Mode)?.unwrap_or_default(),
            start_date: c.date("start_date")?,
            location: id!(c, "location", Location)?.unwrap_or_default(),
            employer_type: id!(c, "employer_type", EmployerType)?,
            division_affiliated: c.flag("division_affiliated"),
            first_social_insurance_in_city: c.flag("first_social_insurance_in_city"),
            contract_years: c.decimal("contract_years")?.map(Dec),
            open_ended_contract: c.flag("open_ended_contract"),
            flexible_days: c.int("flexible_days"),
            housing_choice: id!(c, "housing_choice", HousingChoice)?.unwrap_or_default(),
            purchase_price: c.money("purchase_price")?,
            bingtuan_support: c.money("bingtuan_support")?,
        })
    } else {
        None
    };
    let startup = if c.any("startup") {
        Some(Startup {
            registered_in_city: c.flag("startup_registered_in_city"),
            legal_representative: c.flag("startup_legal_representative"),
            registration_date: c.date("startup_registration_date")?,
            insured_employees: c.int("startup_insured_employees"),
            tax_paid: c.money("startup_tax_paid")?.unwrap_or_default(),
        })
    } else {
        None
    };
    let loan = if c.any("loan") {
        // Every value read before any is missed, as the JSON parser reads them.
        let principal = c.money("loan_principal")?;
        let rate = c.decimal("loan_annual_rate")?;
        let months = c.get("loan_term_months").map(|_| c.int("loan_term_months"));
        let repayment = id!(c, "loan_repayment", Repayment)?;
        Some(Loan {
            principal: Cells::required(principal, "loan_principal")?,
            annual_rate: Dec(Cells::required(rate, "loan_annual_rate")?),
            term_months: Cells::required(months, "loan_term_months")?,
            repayment: Cells::required(repayment, "loan_repayment")?,
        })
    } else {
        None
    };
    Ok(Input {
        assessment_date: c.date("assessment_date")?,
        person,
        employment,
        startup,
        loan,
        enterprise: None,
    })
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

/// Checks the booleans and whole numbers of a row, which JSON types and a
/// spreadsheet does not: the words a spreadsheet uses for yes and no.
pub(super) fn typed(cells: &[(&Column, &str)]) -> Result<(), (&'static str, ErrorKind, String)> {
    for ((column, _, kind), raw) in cells {
        if raw.is_empty() {
            continue;
        }
        match kind {
            Kind::Bool if super::yes(raw).is_none() => {
                return Err((column, ErrorKind::WrongType, format!("expected yes or no, got {raw:?}")))
            }
            Kind::Int if raw.parse::<i64>().is_err() => {
                return Err((column, ErrorKind::NotANumber, format!("expected a whole number, got {raw:?}")))
            }
            _ => {}
        }
    }
    Ok(())
}
