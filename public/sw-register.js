// Loaded by boot.js once the page is up (not part of its first load): makes
// the pages work offline with sw.js, says how far that is, offers a new
// version when one has arrived, and links the web app manifest. The new
// version takes over only when the person asks, then the page reloads whole:
// never half of each.
//
// Caching the build is the service worker's install (every file of every
// page): it starts only after the page's first result, or once the page has
// run and been quiet (nothing loading, nobody typing) for QUIET_MS, so that
// on a slow link it never competes with a first visit's own download. A
// kiosk shows no result until someone answers, and becomes ready that way.
// A returning visitor's page already comes from that cache, so nothing
// competes with it: the check for a new build starts at once, and its
// notice shows on the first load after a redeploy.
//
// The mark (#offline-mark): in kiosk mode large and in both languages, as
// the one who sets up a tablet looks for it (public/kiosk.css); elsewhere a
// quiet line in the page's footer, in the page's language.
(function () {
  var QUIET_MS = 3000;
  var RESULT = '#total-talent, #e-total';
  var TEXTS = {
    waiting: ['尚未离线存储', 'Not stored offline yet'],
    storing: ['离线存储中', 'Storing offline'],
    ready: ['✓ 可离线使用', 'Ready offline'],
    failed: ['离线存储未完成，请刷新重试', 'Offline storage incomplete: reload to retry'],
    none: ['此浏览器不能离线使用', 'No offline use in this browser'],
  };
  var root = document.documentElement;
  var kiosk = /[?&]kiosk\b/.test(location.search);
  var state = 'waiting';
  var percent = 0;
  var up = false; // the app runs (below)
  var mark = document.createElement('p');
  mark.id = 'offline-mark';
  mark.className = 'no-print';

  function draw() {
    var t = TEXTS[state];
    var more = state === 'storing' ? ' ' + percent + '%' : '';
    mark.textContent = kiosk ? t[0] + more + ' · ' + t[1] + more : t[root.lang === 'en' ? 1 : 0] + more;
    mark.setAttribute('data-state', state);
    var box = document.getElementById('update-notice');
    if (box) {
      var en = root.lang === 'en' ? 1 : 0;
      box.firstChild.textContent = notice[en];
      box.querySelector('button').textContent = ['更新', 'Update'][en];
    }
  }
  function show(next) {
    if (state === 'ready') return; // a later build's progress: this one stays ready
    state = next;
    draw();
  }
  // In kiosk mode fixed in the bar; elsewhere in the footer, once the app
  // has drawn it, or at the end of a page without one (the batch page).
  function place() {
    if (mark.isConnected) return;
    var footer = kiosk ? document.body : document.querySelector('.page-footer') || (up && document.querySelector('main'));
    if (footer) footer.appendChild(mark);
  }
  draw();
  new MutationObserver(draw).observe(root, { attributes: true, attributeFilter: ['lang'] });

  if (!('serviceWorker' in navigator)) {
    // Plain HTTP from another machine, or a private window: the pages work
    // online only, which only the one setting up a tablet needs to know.
    if (kiosk) {
      show('none');
      place();
    }
    return;
  }
  var manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = kiosk ? 'kiosk.webmanifest' : 'manifest.webmanifest';
  document.head.appendChild(manifest);
  var sw = navigator.serviceWorker;

  // A later visit: ready at once.
  sw.getRegistration().then(function (reg) {
    if (reg && reg.active) show('ready');
  });
  sw.addEventListener('message', function (e) {
    var got = e.data && e.data.offline;
    if (!got) return;
    percent = Math.floor((100 * got[0]) / got[1]);
    show('storing');
  });
  sw.startMessages();

  var asked = false;
  var notice; // [zh, en] once a new build waits
  function offer(worker) {
    if (notice) return;
    notice = [];
    // The next build's policy, asked of the network (past the HTTP cache, which
    // may still hold the running build's), and this build's, which sw.js keeps
    // in its cache: the policy is named only when it changed.
    var next = fetch('version.json', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .catch(function () { return {}; });
    Promise.all([next, caches.keys()]).then(function (got) {
      var v = got[0];
      var old = got[1].filter(function (k) { return k.indexOf('talent-check-') === 0 && k !== 'talent-check-' + v.version; });
      return Promise.all(old.map(function (k) {
        return caches.open(k)
          .then(function (c) { return c.match('version.json', { ignoreSearch: true }); })
          .then(function (r) { return r ? r.json() : {}; });
      })).then(function (was) {
        var policy = v.policy && was.every(function (w) { return w.policy !== v.policy; }) ? v.policy : '';
        notice = policy
          ? ['本自测已更新，现依据' + policy + '。已填的答案会保留。', 'The self-check has been updated and now follows ' + policy + '. Your answers are kept.']
          : ['本自测已更新。已填的答案会保留。', 'The self-check has been updated. Your answers are kept.'];
        var box = document.createElement('div');
        box.id = 'update-notice';
        box.className = 'notice banner no-print';
        box.setAttribute('role', 'status');
        // In a `.buttons` row, as the app's own buttons are (style/main.css).
        var row = document.createElement('div');
        row.className = 'buttons';
        var button = document.createElement('button');
        button.type = 'button';
        button.id = 'update-now';
        button.onclick = function () {
          asked = true;
          worker.postMessage('activate');
        };
        row.append(button);
        box.append(document.createElement('span'), row);
        document.body.prepend(box);
        draw();
      });
    });
  }
  sw.addEventListener('controllerchange', function () {
    if (asked) location.reload();
  });
  function register() {
    sw.ready.then(function () { show('ready'); });
    sw.register('sw.js').then(function (reg) {
      // A new build waits once installed; it may be so already (the browser
      // checks on its own as the page loads), or become so later.
      function installed(worker) {
        if (worker && worker.state === 'installed' && sw.controller) offer(worker);
      }
      function watch(worker) {
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          installed(worker);
          // A file could not be fetched (the connection went): what was stored stays for the next try.
          if (worker.state === 'redundant') show('failed');
        });
        installed(worker);
      }
      function waits() { installed(reg.waiting); }
      reg.addEventListener('updatefound', function () { watch(reg.installing); });
      watch(reg.installing);
      waits();
      // register() does not look for a new build when this one is registered already.
      if (sw.controller) reg.update().then(waits, function () { /* offline: this build stays */ });
    }).catch(function () { show('failed'); });
  }

  // After the first result, or once the page is up and quiet, whichever comes first.
  var started = false;
  var timer;
  function start() {
    if (started) return;
    started = true;
    clearTimeout(timer);
    register();
  }
  // Anything loaded or typed: the quiet starts again.
  function busy() {
    if (!up || started) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (window.requestIdleCallback) requestIdleCallback(start, { timeout: QUIET_MS });
      else start();
    }, QUIET_MS);
  }
  // The page is up once its app runs (src/boot.rs marks it), in kiosk mode with its bar.
  function check() {
    var was = up;
    up = up || (performance.getEntriesByName('talent-check:interactive').length > 0
      && (!kiosk || !!document.getElementById('kiosk-next')));
    place();
    if (!started && document.querySelector(RESULT)) start();
    if (up && !was) busy();
  }
  // Kept for the page's life: the app may draw its footer again (taking over the painted page).
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
  new PerformanceObserver(function () {
    check();
    busy();
  }).observe({ entryTypes: ['mark', 'resource'] });
  ['input', 'keydown', 'pointerdown'].forEach(function (kind) { addEventListener(kind, busy, true); });
  // A returning visitor: at once.
  if (sw.controller) start();
  check();
})();
