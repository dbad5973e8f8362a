// Runs first, from the head, before the page is drawn. Until the app runs:
// if its code cannot load (a missing file, a cut connection), say so; if it
// has not started after 10 s, say the connection is slow; both offer a
// retry, which keeps what was typed into the painted form meanwhile. The app
// removes #boot once it runs, which ends all this. Once the page has loaded,
// sw-register.js makes it work offline.
(function () {
  var el = document.getElementById.bind(document);
  var state = ''; // 'slow' or 'failed' once there is something to say
  // The message is in the body: shown once it is all parsed.
  function show() {
    var boot = el('boot');
    if (!state || document.readyState === 'loading' || !boot || !el('crash').hidden) return;
    boot.firstElementChild.hidden = true;
    el('load-error').hidden = state !== 'failed';
    el('load-slow').hidden = state !== 'slow';
    el('load-failed').hidden = false;
  }
  function fail() {
    state = 'failed';
    show();
  }
  setTimeout(function () {
    state = state || 'slow';
    show();
  }, 10000);
  addEventListener('error', fail, true);
  addEventListener('unhandledrejection', fail);
  // The painted form's controls as [id, value, checked], kept for the
  // reload a retry makes (this tab only, removed once read), put back
  // before the app takes the form over. No storage (a kiosk): a fresh form.
  var TYPED = 'talent-check.typed-before-retry.v1';
  addEventListener('click', function (e) {
    if (e.target.id !== 'retry') return;
    try {
      var controls = document.querySelectorAll('#prepaint form input[id], #prepaint form select[id]');
      sessionStorage.setItem(TYPED, JSON.stringify([].map.call(controls, function (c) {
        return [c.id, c.value, c.checked];
      })));
    } catch (err) { /* a fresh form */ }
    location.reload();
  });
  function restore() {
    var typed;
    try {
      typed = JSON.parse(sessionStorage.getItem(TYPED));
      sessionStorage.removeItem(TYPED);
    } catch (err) { return; }
    // Only into the painted form, before the app has taken it over.
    if (!Array.isArray(typed) || !el('prepaint')) return;
    typed.forEach(function (t) {
      var c = el(t[0]);
      if (!c) return;
      if (c.type === 'radio' || c.type === 'checkbox') c.checked = t[2] === true;
      else c.value = t[1];
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    restore();
    show();
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
  // Where nothing can be stored (a kiosk, a portal's frame), the pages say nothing is.
  try {
    if (!localStorage) throw 0;
  } catch (e) {
    document.documentElement.classList.add('no-storage');
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
