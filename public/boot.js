// Until the app runs: if its code cannot load (a missing file, a cut
// connection) or has not started after 10 s, say so and offer a retry.
// The app removes #boot once it runs, which ends all this. Once the page has
// loaded, sw-register.js makes it work offline.
(function () {
  var el = document.getElementById.bind(document);
  function fail() {
    var boot = el('boot');
    if (boot && el('crash').hidden) {
      boot.firstElementChild.hidden = true;
      el('load-failed').hidden = false;
    }
  }
  setTimeout(fail, 10000);
  addEventListener('error', fail, true);
  addEventListener('unhandledrejection', fail);
  el('retry').onclick = function () { location.reload(); };
  function load(src) {
    var s = document.createElement('script');
    s.src = src;
    document.head.appendChild(s);
  }
  // Inside a portal's page: at once, before the page shows its header.
  if (/[?&]embed\b/.test(location.search)) load('embed-frame.js');
  // A fair's shared tablet: no storage for the app, before it starts.
  if (/[?&]kiosk\b/.test(location.search)) {
    ['localStorage', 'sessionStorage'].forEach(function (name) {
      try { Object.defineProperty(window, name, { value: null }); } catch (e) { /* then it stays */ }
    });
    load('kiosk.js');
  }
  // Offline use and updates, once the page is up.
  addEventListener('load', function () { load('sw-register.js'); });
})();
