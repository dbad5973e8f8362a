//! The hiring comparison page (`hire.html`).
fn main() {
    talent_app::boot::run(talent_app::hire::HireApp);
}
