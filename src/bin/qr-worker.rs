//! The worker that draws QR codes for the pages with a share box.
fn main() {
    talent_app::qr::worker::start();
}
