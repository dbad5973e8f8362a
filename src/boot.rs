//! Starting a page's app in the browser, the same way for every page.

use leptos::prelude::*;

// Talc instead of the default dlmalloc: fewer bytes to download, and faster.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts `app` on the page's body, takes away the loading line once it
/// runs, and marks the moment the page can be used (for the load report).
pub fn run<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    // Developers get the panic message in the console; users of the release
    // get the page's own notice instead of a page that silently stops.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(not(debug_assertions))]
    std::panic::set_hook(Box::new(|_| {
        if let Some(notice) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("crash"))
        {
            let _ = notice.remove_attribute("hidden");
        }
    }));
    // The talent page's first screen, painted before the wasm arrived, is
    // taken over rather than drawn again (`prepaint`); nothing elsewhere.
    crate::prepaint::note_form();
    leptos::mount::mount_to_body(app);
    crate::prepaint::attach();
    // Queued behind the effects mounting started (the form showing restored
    // answers), so it runs once the page is really ready.
    leptos::task::spawn_local(async {
        if let Some(boot) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot"))
        {
            boot.remove();
        }
        if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
            let _ = perf.mark("talent-check:interactive");
        }
    });
}
