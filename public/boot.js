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
  // Offline use and updates, once the page is up.
  addEventListener('load', function () {
    var s = document.createElement('script');
    s.src = 'sw-register.js';
    document.head.appendChild(s);
  });
})();
