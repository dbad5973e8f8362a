// Runs first, from the head, before the page is drawn. Until the app runs:
// if its code cannot load (a missing file, a cut connection) or has not
// started after 10 s, say so and offer a retry. The app removes #boot once
// it runs, which ends all this. Once the page has loaded, sw-register.js
// makes it work offline.
(function () {
  var el = document.getElementById.bind(document);
  var failed = false;
  // The message is in the body: shown once it is all parsed.
  function show() {
    if (document.readyState === 'loading') return;
    var boot = el('boot');
    if (failed && boot && el('crash').hidden) {
      boot.firstElementChild.hidden = true;
      el('load-failed').hidden = false;
    }
  }
  function fail() {
    failed = true;
    show();
  }
  setTimeout(fail, 10000);
  addEventListener('error', fail, true);
  addEventListener('unhandledrejection', fail);
  document.addEventListener('DOMContentLoaded', show);
  addEventListener('click', function (e) {
    if (e.target.id === 'retry') location.reload();
  });
  function load(src) {
    var s = document.createElement('script');
    s.src = src;
    document.head.appendChild(s);
  }
  var embed = /[?&]embed\b/.test(location.search);
  var kiosk = /[?&]kiosk\b/.test(location.search);
  // Inside a portal's page: no header of its own, from the first paint.
  if (embed) document.documentElement.classList.add('embedded');
  // A fair's shared tablet: no storage for the app, before it starts.
  if (kiosk) {
    ['localStorage', 'sessionStorage'].forEach(function (name) {
      try { Object.defineProperty(window, name, { value: null }); } catch (e) { /* then it stays */ }
    });
  }
  // The rest of either mode: frame.js and its wasm (frame/, built by
  // scripts/build.sh), fetched now and started once the body is there.
  if (embed || kiosk) {
    var parsed = new Promise(function (done) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
      else done();
    });
    Promise.all([import('./frame.js'), parsed]).then(function (got) { return got[0].default(); }).catch(fail);
  }
  // Offline use and updates, once the page is up.
  addEventListener('load', function () { load('sw-register.js'); });
})();
