//! The TypeScript types of the JSON contract, `js/contract.d.ts`, written from
//! the Rust types that read the input and write the result (derived in test
//! builds only), so the JS module's types cannot drift from its JSON: this test
//! fails when the committed file is not what the types give.
//! `TALENT_WRITE_TYPES=1 cargo test -p talent-rules typescript` rewrites it.

use crate::error::ErrorKindJson;
use crate::{Assessment, Input};
use std::any::TypeId;
use std::collections::BTreeMap;
use ts_rs::{Config, TypeVisitor, TS};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../js/contract.d.ts");

/// Every named type reachable from `Input`, `Assessment` and the error kinds, by name.
struct Declarations<'a> {
    cfg: &'a Config,
    seen: Vec<TypeId>,
    by_name: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if T::output_path().is_none() || self.seen.contains(&TypeId::of::<T>()) {
            return;
        }
        self.seen.push(TypeId::of::<T>());
        let docs = T::docs().unwrap_or_default();
        self.by_name.insert(T::ident(self.cfg), format!("{docs}export {}", T::decl(self.cfg)));
        T::visit_dependencies(self);
    }
}

fn declarations() -> String {
    // Counts (days, employees) are JSON numbers, never near 2^53.
    let cfg = Config::new().with_large_int("number");
    let mut d = Declarations { cfg: &cfg, seen: Vec::new(), by_name: BTreeMap::new() };
    d.visit::<Input>();
    d.visit::<Assessment>();
    d.visit::<ErrorKindJson>();
    let mut text = String::from(
        "// Generated from the Rust types of rules/src (input.rs, output.rs, ids.rs, error.rs) by\n\
         // rules/src/typescript.rs; do not edit. The contract: docs/contract.md.\n\n",
    );
    for decl in d.by_name.values() {
        // ts-rs ends a field's line with a space before a comment on the next.
        for line in decl.lines() {
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text.push('\n');
    }
    text.truncate(text.trim_end().len());
    text.push('\n');
    text
}

#[test]
fn the_committed_typescript_types_are_those_of_the_rust_types() {
    let generated = declarations();
    if std::env::var_os("TALENT_WRITE_TYPES").is_some() {
        std::fs::write(FILE, &generated).expect("js/contract.d.ts is writable");
    }
    let committed = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        committed == generated,
        "js/contract.d.ts is not what the Rust types give: \
         TALENT_WRITE_TYPES=1 cargo test -p talent-rules typescript"
    );
}
