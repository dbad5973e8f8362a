//! Any bytes as the JSON input: the engine answers with a result or an error,
//! never a panic, every result serialises and parses back unchanged, and the
//! what-if of an equivalence claim works on every valid input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(result) = talent_rules::assess_json(text) {
            let json = serde_json::to_string(&result).expect("results serialise");
            let back: talent_rules::Assessment = serde_json::from_str(&json).expect("results parse back");
            assert_eq!(back, result);
            // The what-if of an equivalence claim accepts whatever the assessment accepted.
            let input = talent_rules::parse(text).expect("it parsed a moment ago");
            talent_rules::assess_claimed(&input).expect("valid input stays valid");
        }
    }
});
