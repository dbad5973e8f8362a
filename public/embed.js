// For a portal that embeds the self-check: one script tag and one element.
//   <div id="talent-check"></div>
//   <script src="https://APP/embed.js" data-src="https://APP/" data-lang="zh-CN"
//           data-accent="#005a9c" data-title="人才政策自测"></script>
// It puts the app in an iframe in that element (data-target names another
// id), tells the app the portal's origin, and sets the frame's height from
// the app's messages, taken only from that frame and the app's origin.
// TalentCheck.setLang('en') switches the app's language. Printed, the frame
// takes one page (below). Share links made in the frame lead to the app's own
// page, or with data-share="page" (or the address of another of the portal's
// pages) to the portal's page, which hands their answers to the frame (below).
(function () {
  var script = document.currentScript;
  var data = script.dataset;
  var app = new URL(data.src || './', script.src);
  app.searchParams.set('embed', '1');
  app.searchParams.set('parent', location.origin);
  if (data.lang) app.searchParams.set('lang', data.lang === 'en' ? 'en' : 'zh-CN');
  if (data.accent) app.searchParams.set('accent', readable(data.accent));
  // Where the frame's share links lead: this page, or another of the portal's
  // own origin, without its fragment and `lang`, which the app writes into
  // each link (the language shown, the answers). The app takes it only on
  // the portal's origin (frame/src/embed.rs).
  var share = null;
  if (data.share) {
    try {
      share = new URL(data.share === 'page' ? location.href : data.share, location.href);
    } catch (e) { /* warned below */ }
    if (!share || share.origin !== location.origin) {
      console.warn('embed.js: data-share ' + data.share + ' 不是本门户的页面，分享链接仍指向自测本身'
        + ' · is no page of this portal\'s origin; share links lead to the self-check itself.');
      share = null;
    }
  }
  if (share) {
    share.hash = '';
    if (share.searchParams.has('lang')) share.searchParams.delete('lang');
    app.searchParams.set('share', share.href);
    // A link's language, written by the app beside its answers, wins over data-lang.
    var lang = new URLSearchParams(location.search).get('lang');
    if (lang === 'en' || lang === 'zh-CN') app.searchParams.set('lang', lang);
  }
  // The app's pages by the stamp of the links they make (docs/share-links.md):
  // a link opens on the page that made it, in the app's folder.
  var PAGES = { t: './', e: 'enterprise.html', c: 'compare.html' };
  // A share link's fragment on this page: a stamp, then only the characters
  // the app's links are written in. The app checks the rest (the checksum,
  // the answers) and says so in the frame when a link is damaged; anything
  // else (the portal's own anchors) stays where it is.
  function linked() {
    var found = /^#([tec])\d+\.[\w%=&~.-]*$/.exec(location.hash);
    if (!share || !found) return app.href;
    var to = new URL(PAGES[found[1]], app);
    to.search = app.search;
    to.hash = location.hash;
    // Handed on: off this page's address, as the app takes it off its own,
    // so a reload keeps what was changed since.
    history.replaceState(history.state, '', location.pathname + location.search);
    return to.href;
  }
  // The accent colours links and text on white, and white text on buttons:
  // darkened until it meets WCAG's 4.5:1 against white, the portal told why.
  function readable(accent) {
    var hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(accent);
    if (!hex) return accent; // the app takes only a hex colour
    hex = hex[1].length < 5 ? hex[1].replace(/./g, '$&$&') : hex[1];
    var alpha = hex.length > 6 ? parseInt(hex.slice(6), 16) / 255 : 1;
    // As drawn over white: translucent is lighter.
    var rgb = [0, 2, 4].map(function (i) { return parseInt(hex.substr(i, 2), 16) * alpha + 255 * (1 - alpha); });
    function luminance(scale) {
      return rgb.reduce(function (sum, c, i) {
        c = (c * scale) / 255;
        return sum + [0.2126, 0.7152, 0.0722][i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
      }, 0);
    }
    function contrast(scale) { return 1.05 / (luminance(scale) + 0.05); }
    if (contrast(1) >= 4.5) return accent;
    var scale = 1;
    while (contrast(scale) < 4.5) scale -= 0.01;
    var used = '#' + rgb.map(function (c) { return ('0' + Math.floor(c * scale).toString(16)).slice(-2); }).join('');
    console.warn('embed.js: data-accent ' + accent + ' 用作白底上的文字太浅（对比度低于 4.5:1），改用 ' + used
      + ' · too light for text on white (under 4.5:1); using ' + used + '.');
    return used;
  }
  var frame = document.createElement('iframe');
  frame.src = linked();
  frame.title = data.title || '阿拉尔人才政策自测';
  // 复制链接 inside the frame: a frame from another origin may write the clipboard only when allowed.
  frame.allow = 'clipboard-write';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '40rem';
  // Printed, a frame is one piece that a page break cannot cut: at the
  // height of its content on screen it ran over pages left blank, its print
  // layout (a one-page summary) shown only on the first. One page tall, on a
  // page of its own when the portal's text before it leaves too little room.
  // A constructed sheet, which a portal's Content Security Policy allows as
  // it does the frame's own style.
  frame.className = 'talent-check-frame';
  var print = '@media print { iframe.talent-check-frame { display: block; height: 100vh !important; break-inside: avoid; } }';
  if (document.adoptedStyleSheets) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(print);
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
  }
  function place() {
    (document.getElementById(data.target || 'talent-check') || script.parentNode).appendChild(frame);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place); else place();
  addEventListener('message', function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var message = event.data || {};
    if (message.type === 'talent-check:height' && message.height > 0) frame.style.height = message.height + 'px';
  });
  // A link pasted into the address bar of this page changes only its fragment.
  addEventListener('hashchange', function () {
    var to = linked();
    if (to !== app.href) frame.src = to;
  });
  window.TalentCheck = {
    setLang: function (lang) {
      frame.contentWindow.postMessage({ type: 'talent-check:lang', lang: lang }, app.origin);
    },
  };
})();
