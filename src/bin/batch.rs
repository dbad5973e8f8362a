//! The batch page (`batch.html`).
fn main() {
    talent_app::boot::run(talent_app::batch::BatchApp);
}
