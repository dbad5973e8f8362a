//! Compiles the policy data (`policy/policy.toml`, docs/policy-data.md) into
//! the engine: reads and checks it with the crate's own reader
//! (src/policy/schema.rs, included here, so the format has one definition),
//! and writes to OUT_DIR
//!
//! * `versions.rs`: a static table of every version's values, so no page
//!   carries a reader or a parser of the data;
//! * `policy.json`: the data file as JSON, which `talent-check policy`
//!   prints and `--policy FILE` reads back;
//! * `policy-changes.md`: what each version changed, which a test compares
//!   with docs/policy-changes.md.
//!
//! A problem in the data stops the build, naming each entry at fault.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/dates.rs"]
mod dates;
#[allow(dead_code)]
#[path = "src/ids.rs"]
mod ids;
#[allow(dead_code)]
#[path = "src/money.rs"]
mod money;
/// The messages money.rs and dates.rs give serde; the build reads neither through serde.
#[allow(dead_code)]
mod parse {
    pub const NOT_A_NUMBER: &str = "not a number";
    pub const NOT_A_DATE: &str = "not a date";
}
#[allow(dead_code)]
#[macro_use]
mod policy {
    #[macro_use]
    #[path = "../src/policy/version.rs"]
    pub mod version;
    #[path = "../src/policy/schema.rs"]
    pub mod schema;
}

use chrono::Datelike;
use dates::Date;
use ids::*;
use money::Money;
use policy::schema::{self, RawPolicy, VersionHead};
use policy::version::*;
use rust_decimal::Decimal;

const DATA: &str = "policy/policy.toml";

fn main() {
    for f in
        [DATA, "src/policy/version.rs", "src/policy/schema.rs", "src/ids.rs", "src/money.rs", "src/dates.rs"]
    {
        println!("cargo:rerun-if-changed={f}");
    }
    let text = std::fs::read_to_string(DATA).unwrap_or_else(|e| panic!("{DATA}: {e}"));
    let raw: RawPolicy = match toml::from_str(&text) {
        Ok(raw) => raw,
        Err(e) => fail(&[e.to_string()]),
    };
    let versions = match schema::check(&raw) {
        Ok(v) => v,
        Err(errors) => fail(&errors.iter().map(|e| e.to_string()).collect::<Vec<_>>()),
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    write(&out.join("versions.rs"), &rust(&versions));
    let json = serde_json::to_string_pretty(&raw).expect("the data serialises");
    write(&out.join("policy.json"), &json);
    write(&out.join("policy-changes.md"), &changes(&raw, &versions));
}

fn fail(problems: &[String]) -> ! {
    for p in problems {
        println!("cargo:warning={DATA}: {p}");
    }
    panic!("{DATA} has {} problem(s):\n{}", problems.len(), problems.join("\n"));
}

fn write(path: &Path, text: &str) {
    // Unchanged output keeps its timestamp, so nothing downstream rebuilds.
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// A value as Rust source, a constant expression.
trait Lit {
    fn lit(&self) -> String;
}

impl Lit for u32 {
    fn lit(&self) -> String {
        self.to_string()
    }
}

impl Lit for Decimal {
    fn lit(&self) -> String {
        let m = self.mantissa().unsigned_abs();
        let (lo, mid, hi) = (m as u32, (m >> 32) as u32, (m >> 64) as u32);
        let negative = self.is_sign_negative();
        format!("::rust_decimal::Decimal::from_parts({lo}, {mid}, {hi}, {negative}, {})", self.scale())
    }
}

impl Lit for Money {
    fn lit(&self) -> String {
        format!("crate::money::Money({})", self.0.lit())
    }
}

impl Lit for Date {
    fn lit(&self) -> String {
        format!("crate::dates::Date::known({}, {}, {})", self.0.year(), self.0.month(), self.0.day())
    }
}

macro_rules! id_lit {
    ($($t:ident),*) => {$(
        impl Lit for $t {
            fn lit(&self) -> String {
                format!("crate::ids::{}::{:?}", stringify!($t), self)
            }
        }
    )*};
}

id_lit!(Category, Title, Degree, Honor, Department, BenefitId);

impl<T: Lit> Lit for Option<T> {
    fn lit(&self) -> String {
        match self {
            Some(v) => format!("Some({})", v.lit()),
            None => "None".into(),
        }
    }
}

impl<A: Lit, B: Lit> Lit for (A, B) {
    fn lit(&self) -> String {
        format!("({}, {})", self.0.lit(), self.1.lit())
    }
}

fn list<T: Lit>(items: &[T]) -> String {
    items.iter().map(Lit::lit).collect::<Vec<_>>().join(", ")
}

impl<T: Lit + Clone> Lit for Cow<'static, [T]> {
    fn lit(&self) -> String {
        format!("::std::borrow::Cow::Borrowed(&[{}])", list(self))
    }
}

impl Lit for Cow<'static, str> {
    fn lit(&self) -> String {
        format!("::std::borrow::Cow::Borrowed({:?})", self)
    }
}

impl Lit for PerCategory {
    fn lit(&self) -> String {
        let PerCategory { a, b, c, d, e } = self;
        format!(
            "version::PerCategory {{ a: {}, b: {}, c: {}, d: {}, e: {} }}",
            a.lit(),
            b.lit(),
            c.lit(),
            d.lit(),
            e.lit()
        )
    }
}

impl Lit for Categories {
    fn lit(&self) -> String {
        format!("version::Categories({:#07b})", self.0)
    }
}

impl<T: Lit> Lit for PerEmployer<T> {
    fn lit(&self) -> String {
        format!("version::PerEmployer([{}])", list(&self.0))
    }
}

impl Lit for AwardDepartments {
    fn lit(&self) -> String {
        format!("version::AwardDepartments({})", self.0.lit())
    }
}

macro_rules! policy_lit {
    ($($(#[$doc:meta])* $name:ident: $ty:ty,)*) => {
        fn policy_lit(p: &Policy) -> String {
            let mut s = String::from("version::Policy {\n");
            for (name, value) in [
                ("id", p.id.lit()),
                ("document", p.document.lit()),
                ("in_force_from", p.in_force_from.lit()),
                $((stringify!($name), p.$name.lit()),)*
            ] {
                let _ = writeln!(s, "        {name}: {value},");
            }
            s.push_str("    }");
            s
        }
    };
}

policy_entries!(policy_lit);

fn rust(versions: &[(VersionHead, Policy)]) -> String {
    let mut s = format!(
        "// Written by rules/build.rs from rules/policy/policy.toml; do not edit.\n\n\
         /// Every version, oldest first.\n\
         static BUILT_IN: [version::Policy; {}] = [\n",
        versions.len()
    );
    for (_, p) in versions {
        let _ = writeln!(s, "    {},", policy_lit(p));
    }
    s.push_str("];\n\n");
    let last = versions.iter().map(|(_, p)| p.purchase_first_year + p.purchase_instalments - 1).max();
    let _ = writeln!(
        s,
        "/// The latest year of any version's payment schedules (the purchase subsidy's last instalment).\n\
         pub const LAST_PAYMENT_YEAR: u32 = {};",
        last.unwrap_or(1)
    );
    s
}

/// docs/policy-changes.md: each version, its words, and the entries whose
/// value it set or changed, with the clause, the text and the value as written.
fn changes(raw: &RawPolicy, versions: &[(VersionHead, Policy)]) -> String {
    let words = raw.words();
    let values = serde_json::to_value(raw).expect("the data serialises");
    let mut s = String::from(
        "# What each version of the policy changed\n\n\
         Written from `rules/policy/policy.toml` by `rules/build.rs`; a test\n\
         (`cargo test -p talent-rules policy_changes`) fails when this file is not\n\
         what the data gives, and `TALENT_WRITE_DOCS=1` with that command rewrites\n\
         it. The format of the data: [policy-data.md](policy-data.md). Which\n\
         version governs which part of a result: INT-14\n\
         ([interpretations.md](interpretations.md)).\n",
    );
    for ((head, _), changed) in versions.iter().zip(schema::changed(versions)) {
        let _ = write!(
            s,
            "\n## `{}`: {}, in force from {}\n\n{}\n\n| entry | clause | the text's words | value |\n|---|---|---|---|\n",
            head.id, head.document, head.in_force_from, head.changes
        );
        for name in changed {
            let (_, clause, text) = words.iter().find(|(n, _, _)| *n == name).copied().unwrap_or_default();
            let value = values[name]["values"]
                .as_array()
                .and_then(|vs| vs.iter().find(|v| v["from"] == head.in_force_from.to_string()))
                .map(|v| v["value"].to_string())
                .unwrap_or_default();
            let cell = |t: &str| t.replace('|', "\\|");
            let _ = writeln!(s, "| `{name}` | {clause} | {} | `{}` |", cell(text), cell(&value));
        }
    }
    s
}
