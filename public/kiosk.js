// A fair's shared tablet (`?kiosk`, or `?kiosk=SECONDS` for the idle time):
// boot.js has already taken storage away, so nothing a visitor types stays
// on the device. Large touch targets (kiosk.css), a large "next person"
// button, the QR hand-off offered as soon as there is a result, and an idle
// timer that warns, then clears the page for the next visitor.
(function () {
  var root = document.documentElement;
  root.classList.add('kiosk');
  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = 'kiosk.css';
  document.head.appendChild(style);

  var asked = Number(new URLSearchParams(location.search).get('kiosk'));
  var idle = asked >= 3 ? asked : 120; // seconds without a touch or key before the warning
  var grace = Math.min(20, idle); // seconds the warning gives
  var zh = function () { return root.lang !== 'en'; };

  function reset() {
    // The same address without the fragment (a share link's answers): a fresh form.
    location.replace(location.pathname + location.search);
  }

  function button(id, className, zhText, enText, onclick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.className = className;
    b.onclick = onclick;
    b.dataset.zh = zhText;
    b.dataset.en = enText;
    return b;
  }
  var next = button('kiosk-next', 'kiosk-next no-print', '下一位', 'Next person', reset);
  var take = button('kiosk-take', 'kiosk-take no-print', '用手机扫码带走结果', 'Take the result to your phone: scan the code', function () {
    var make = document.getElementById('make-link');
    if (make) make.click();
    setTimeout(function () {
      var qr = document.querySelector('.qr-code');
      if (qr) qr.scrollIntoView({ block: 'center' });
    }, 100);
  });
  var warning = document.createElement('div');
  warning.id = 'kiosk-warning';
  warning.className = 'notice warn kiosk-warning';
  warning.setAttribute('role', 'alert');
  warning.hidden = true;
  var warningText = document.createElement('p');
  var stay = button('kiosk-stay', '', '继续使用', 'Keep going', function () { active(); });
  warning.append(warningText, stay);
  document.body.append(next, take, warning);

  function texts() {
    // Written only when changed: writing is itself a change the observer sees.
    [next, take, stay].forEach(function (b) {
      var text = zh() ? b.dataset.zh : b.dataset.en;
      if (b.textContent !== text) b.textContent = text;
    });
    var hide = !document.getElementById('total-talent') || !!document.querySelector('.qr-code');
    if (take.hidden !== hide) take.hidden = hide;
  }
  new MutationObserver(texts).observe(document.body, { childList: true, subtree: true });
  new MutationObserver(texts).observe(root, { attributes: true, attributeFilter: ['lang'] });
  texts();

  var timer = null;
  var left = 0;
  function countdown() {
    left -= 1;
    if (left <= 0) return reset();
    warningText.textContent = zh()
      ? '无人操作。' + left + ' 秒后将清空本页，留给下一位。'
      : 'Nobody is using this. The page clears for the next person in ' + left + ' s.';
    timer = setTimeout(countdown, 1000);
  }
  function warn() {
    left = grace + 1;
    warning.hidden = false;
    countdown();
  }
  function active() {
    clearTimeout(timer);
    warning.hidden = true;
    timer = setTimeout(warn, idle * 1000);
  }
  ['pointerdown', 'keydown', 'input', 'wheel'].forEach(function (kind) {
    addEventListener(kind, function (e) { if (e.target !== stay) active(); }, true);
  });
  active();
})();
