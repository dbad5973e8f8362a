fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(talent_app::App);
    // Marks the moment the page can be used, for the load-time report.
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark("talent-check:interactive");
    }
}
