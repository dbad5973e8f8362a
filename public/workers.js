// The next steps on the page, loaded with the first result or review code
// (src/next_steps/client.rs, which keeps the worker's messages in the root
// element's data-next-steps and data-desk). It starts the next-steps worker
// (src/next_steps/worker.rs) with its stylesheet, asks it for the next steps
// once the answers have stayed unchanged a moment (typing a date changes the
// result at every key) and for the help desk's review at once, puts the next
// steps after the result (#next-steps) and the review above the form, the
// focus on its heading, gives the calendar link its file, copies the review
// code. Messages, as src/next_steps/mod.rs says: `ready`, then {asked, html,
// ics} for each one asked, `asked` being the message it answers.
(function () {
  var root = document.documentElement;
  var el = document.getElementById.bind(document);
  var SETTLE_MS = 400;
  var worker = null;
  var ready = false;
  var waiting = []; // asked before the worker listened
  var newest = null; // the newest next steps asked for: an older answer is stale
  var timer = 0;
  var ics = null; // the calendar file's address, given up when replaced

  // Starts the worker unless it runs; false if it cannot. Its stylesheet comes with it, once.
  function start() {
    if (worker) return true;
    try {
      worker = new Worker('next-steps-worker_loader.js');
    } catch (e) {
      return false;
    }
    worker.onmessage = function (e) { heard(e.data); };
    // Its script did not load (offline before it was ever fetched): the next answer tries again.
    worker.onerror = function () {
      worker = null;
      ready = false;
    };
    if (!document.querySelector('link[href="next-steps.css"]')) {
      var style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = 'next-steps.css';
      document.head.appendChild(style);
    }
    return true;
  }

  function ask(message) {
    if (!ready) waiting.push(message);
    if (start() && ready) worker.postMessage(message);
  }

  function heard(data) {
    if (data === 'ready') {
      ready = true;
      waiting.splice(0).forEach(function (m) { worker.postMessage(m); });
      return;
    }
    if (!data || typeof data.html !== 'string') return;
    if (data.asked.indexOf('desk') === 0) return showDesk(data.html);
    var place = el('next-steps');
    if (data.asked !== newest || !place) return;
    place.innerHTML = data.html;
    var url = data.ics ? URL.createObjectURL(new Blob([data.ics], { type: 'text/calendar;charset=utf-8' })) : null;
    var link = el('next-ics');
    if (url && link) link.setAttribute('href', url);
    if (ics) URL.revokeObjectURL(ics);
    ics = url;
  }

  // The help desk's review, above the form, the focus on its heading.
  function showDesk(html) {
    var old = el('help-desk');
    if (old) old.remove();
    var main = document.querySelector('main');
    if (!main) return;
    main.insertAdjacentHTML('beforebegin', html);
    var heading = el('desk-heading');
    if (heading) heading.focus();
  }

  function nextSteps() {
    clearTimeout(timer);
    var message = root.getAttribute('data-next-steps');
    if (message === null) {
      newest = null;
      var place = el('next-steps');
      if (place) place.innerHTML = '';
      return;
    }
    timer = setTimeout(function () {
      newest = message;
      ask(message);
    }, SETTLE_MS);
  }

  function desk() {
    var message = root.getAttribute('data-desk');
    if (message !== null) ask(message);
  }

  // Copies the review code; where that is not allowed, selects it to copy by
  // hand. The status's words come with it (data-copied, data-fallback).
  function copy() {
    var code = el('next-code');
    if (!code) return;
    function say(key) {
      var status = el('next-copy-status');
      if (status) status.textContent = status.getAttribute(key);
    }
    function select() {
      code.focus();
      code.select();
      say('data-fallback');
    }
    try {
      navigator.clipboard.writeText(code.value).then(function () { say('data-copied'); }, select);
    } catch (e) {
      select();
    }
  }

  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.attributeName === 'data-next-steps') nextSteps();
      else desk();
    });
  }).observe(root, { attributes: true, attributeFilter: ['data-next-steps', 'data-desk'] });
  addEventListener('click', function (e) {
    var id = e.target.id;
    if (id === 'next-copy') copy();
    // On a shared tablet: the kiosk's hand-off (frame/src/kiosk.rs).
    else if (id === 'next-take' && el('kiosk-take')) el('kiosk-take').click();
    else if (id === 'desk-close') {
      var section = el('help-desk');
      if (section) section.remove();
      if (/^#r\d/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
    }
  });
  if (root.hasAttribute('data-next-steps')) nextSteps();
  desk();
})();
