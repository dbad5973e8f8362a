//! The talent page (`index.html`).
fn main() {
    talent_app::boot::run(talent_app::App);
}
