//! The enterprise page (`enterprise.html`).
fn main() {
    talent_app::boot::run(talent_app::enterprise::EnterpriseApp);
}
