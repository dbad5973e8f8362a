// Loaded by boot.js when the page is opened inside a portal's page
// (`?embed`, usually by embed.js): no header or footer of its own (the
// language switch stays), the portal's accent colour (`?accent=%23005a9c`),
// and, when the portal names its origin (`?parent=https://portal.example`),
// the page's height sent to it so the frame fits, and its language messages
// heard. Messages from any other origin or window are ignored. See
// docs/embedding.md for the protocol.
(function () {
  var query = new URLSearchParams(location.search);
  var root = document.documentElement;
  root.classList.add('embedded');
  var accent = query.get('accent');
  if (accent && /^#[0-9a-f]{3,8}$/i.test(accent)) root.style.setProperty('--accent', accent);

  var parentOrigin = null;
  try {
    var asked = query.get('parent');
    if (asked && new URL(asked).origin === asked) parentOrigin = asked;
  } catch (e) { /* not an origin: nothing is sent or heard */ }
  if (!parentOrigin || window.parent === window) return;

  var last = 0;
  function height() {
    var body = document.body;
    var style = getComputedStyle(body);
    var h = Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (h !== last) {
      last = h;
      window.parent.postMessage({ type: 'talent-check:height', height: h }, parentOrigin);
    }
  }
  new ResizeObserver(height).observe(document.body);
  height();

  addEventListener('message', function (event) {
    if (event.origin !== parentOrigin || event.source !== window.parent) return;
    var data = event.data || {};
    if (data.type === 'talent-check:lang' && (data.lang === 'en' || data.lang === 'zh-CN')) {
      var switcher = document.getElementById('lang-switch');
      if (switcher && root.lang !== data.lang) switcher.click();
    }
  });
})();
