//! Any bytes as the JSON input: the engine answers with a result or an error,
//! never a panic, and every result serialises and parses back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(result) = talent_rules::assess_json(text) {
            let json = serde_json::to_string(&result).expect("results serialise");
            let back: talent_rules::Assessment = serde_json::from_str(&json).expect("results parse back");
            assert_eq!(back, result);
        }
    }
});
