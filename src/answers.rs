//! What the user has answered so far, and what the engine makes of it.

use talent_rules::dates::Date;
use talent_rules::ids::{Degree, Title};
use talent_rules::input::Person;
use talent_rules::{classify, Classification};

#[derive(Clone, Debug, PartialEq)]
pub struct Answers {
    /// As typed: kept even when it is not a date, so nothing is lost.
    pub birth_date: String,
    pub degree: Degree,
    pub title: Title,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// Not enough answers yet.
    Incomplete,
    /// The birth date cannot be used; the message says why.
    BadBirthDate(&'static str),
    Classified(Classification),
}

impl Answers {
    pub fn check(&self, today: Date) -> Check {
        if self.birth_date.trim().is_empty() {
            return Check::Incomplete;
        }
        let Some(birth_date) = Date::parse(self.birth_date.trim()) else {
            return Check::BadBirthDate("请按 年-月-日 填写出生日期，例如 1990-05-01");
        };
        if birth_date > today {
            return Check::BadBirthDate("出生日期不能晚于今天");
        }
        let person = Person {
            birth_date,
            full_time_degree: self.degree,
            title_level: self.title,
            honors: Vec::new(),
            part_time_degree: Degree::None,
            claimed_equivalent: None,
            graduation_date: None,
        };
        Check::Classified(classify(&person, today))
    }
}
