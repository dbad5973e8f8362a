//! The batch page's worker: reads and assesses the CSV off the page's thread.
fn main() {
    talent_app::batch::worker::start();
}
