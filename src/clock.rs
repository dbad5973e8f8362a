//! The only place that reads the clock: the browser's local date, used as the
//! default assessment date (the engine never reads it).

use talent_rules::dates::Date;

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the browser's calendar gives a valid date")
}
