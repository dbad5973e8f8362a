//! The worker that writes the next steps after a result (src/next_steps/).
fn main() {
    talent_app::next_steps::worker::start();
}
