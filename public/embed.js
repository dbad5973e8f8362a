// For a portal that embeds the self-check: one script tag and one element.
//   <div id="talent-check"></div>
//   <script src="https://APP/embed.js" data-src="https://APP/" data-lang="zh-CN"
//           data-accent="#005a9c" data-title="人才政策自测"></script>
// It puts the app in an iframe in that element (data-target names another
// id), tells the app the portal's origin, and sets the frame's height from
// the app's messages, taken only from that frame and the app's origin.
// TalentCheck.setLang('en') switches the app's language.
(function () {
  var script = document.currentScript;
  var data = script.dataset;
  var app = new URL(data.src || './', script.src);
  app.searchParams.set('embed', '1');
  app.searchParams.set('parent', location.origin);
  if (data.lang) app.searchParams.set('lang', data.lang === 'en' ? 'en' : 'zh-CN');
  if (data.accent) app.searchParams.set('accent', data.accent);
  var frame = document.createElement('iframe');
  frame.src = app.href;
  frame.title = data.title || '阿拉尔人才政策自测';
  // 复制链接 inside the frame: a frame from another origin may write the clipboard only when allowed.
  frame.allow = 'clipboard-write';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '40rem';
  function place() {
    (document.getElementById(data.target || 'talent-check') || script.parentNode).appendChild(frame);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place); else place();
  addEventListener('message', function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var message = event.data || {};
    if (message.type === 'talent-check:height' && message.height > 0) frame.style.height = message.height + 'px';
  });
  window.TalentCheck = {
    setLang: function (lang) {
      frame.contentWindow.postMessage({ type: 'talent-check:lang', lang: lang }, app.origin);
    },
  };
})();
