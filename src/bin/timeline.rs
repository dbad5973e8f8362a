//! The payment timeline page (`timeline.html`).
fn main() {
    talent_app::boot::run(talent_app::timeline::TimelineApp);
}
