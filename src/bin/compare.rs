//! The comparison page (`compare.html`).
fn main() {
    talent_app::boot::run(talent_app::compare::CompareApp);
}
