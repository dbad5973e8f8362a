// Loaded by boot.js once the page is up (not part of its first load): makes
// the pages work offline with sw.js, offers a new version when one has
// arrived, and links the web app manifest. The new version takes over only
// when the person asks, then the page reloads whole: never half of each.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = 'manifest.webmanifest';
  document.head.appendChild(manifest);

  var asked = false;
  function offer(worker) {
    if (document.getElementById('update-notice')) return;
    fetch('version.json', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .catch(function () { return {}; })
      .then(function (v) {
        var zh = document.documentElement.lang !== 'en';
        var text = zh
          ? '有新版本可用（依据' + (v.policy || '') + '，版本 ' + (v.version || '') + '）。已填的答案会保留。'
          : 'A new version is ready (under ' + (v.policy || '') + ', version ' + (v.version || '') + '). Your answers are kept.';
        var notice = document.createElement('div');
        notice.id = 'update-notice';
        notice.className = 'notice banner no-print';
        notice.setAttribute('role', 'status');
        var span = document.createElement('span');
        span.textContent = text + ' ';
        var button = document.createElement('button');
        button.type = 'button';
        button.id = 'update-now';
        button.textContent = zh ? '更新' : 'Update';
        button.onclick = function () {
          asked = true;
          worker.postMessage('activate');
        };
        notice.append(span, button);
        document.body.prepend(notice);
      });
  }
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (asked) location.reload();
  });
  navigator.serviceWorker.register('sw.js').then(function (reg) {
    function watch(worker) {
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    }
    if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
    if (reg.installing) watch(reg.installing);
    reg.addEventListener('updatefound', function () { watch(reg.installing); });
  }).catch(function () { /* without a service worker the pages still work online */ });
})();
