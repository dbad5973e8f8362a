//! Writes the talent page with its first screen painted in (`src/prepaint.rs`):
//!   prepaint IN.html OUT.html
//! The loading line of IN, between the "first screen" comments, ends up
//! where the result will be.
use std::process::ExitCode;

const START: &str = "<!-- first screen:";
const END: &str = "<!-- /first screen -->";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: prepaint IN.html OUT.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(input) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prepaint: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some((before, rest)) = page.split_once(START) else {
        eprintln!("prepaint: {input} has no \"{START}\" comment");
        return ExitCode::FAILURE;
    };
    let Some((marked, after)) = rest.split_once(END) else {
        eprintln!("prepaint: {input} has no \"{END}\" comment");
        return ExitCode::FAILURE;
    };
    // The comment's own text ends at its first "-->"; the loading line follows.
    let boot = marked.split_once("-->").map_or(marked, |(_, boot)| boot).trim();
    let painted = format!("{before}{}{after}", talent_app::prepaint::html(boot));
    if let Err(e) = std::fs::write(output, painted) {
        eprintln!("prepaint: {output}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
