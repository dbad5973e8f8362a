// The page's side of its workers, loaded once the first of them is wanted
// (src/on_demand.rs): the QR worker (src/qr/worker.rs) when a share link or
// a printout wants a code, the next-steps worker (src/next_steps/worker.rs)
// with the first result or review code. The app tells this script what it
// wants in the DOM: an element's data-qr (the text whose code goes in it),
// and the root element's data-print (print once the printout is ready),
// data-next-steps and data-desk (the next-steps worker's messages,
// src/next_steps/client.rs).
(function () {
  var root = document.documentElement;
  var el = document.getElementById.bind(document);

  // A worker started when first asked: it says `ready` once it listens, and
  // what is posted before waits for that (only the newest message where
  // `newestOnly`, an older one being stale). A worker whose script did not
  // load (offline before it was ever fetched) is tried again by the next message.
  function client(src, heard, newestOnly) {
    var worker = null;
    var ready = false;
    var waiting = [];
    function start() {
      if (worker) return true;
      try {
        worker = new Worker(src);
      } catch (e) {
        return false;
      }
      worker.onmessage = function (e) {
        if (e.data !== 'ready') return heard(e.data);
        ready = true;
        waiting.splice(0).forEach(function (m) { worker.postMessage(m); });
      };
      worker.onerror = function () {
        worker = null;
        ready = false;
      };
      return true;
    }
    return function (message) {
      if (!ready) waiting = newestOnly ? [message] : waiting.concat([message]);
      if (start() && ready) worker.postMessage(message);
    };
  }

  // QR codes. Messages (src/qr/worker.rs): the text; `{text}\n{svg}` back,
  // the SVG empty when no code can hold the text. The last code drawn is
  // kept: a share box drawn again (the language changed) shows it at once.
  var drawn = null; // [text, svg]
  var asked = null; // the text asked for last: only the newest is waited for
  var drawQr = client('qr-worker_loader.js', function (reply) {
    var cut = reply.indexOf('\n');
    if (cut < 0) return;
    drawn = [reply.slice(0, cut), reply.slice(cut + 1)];
    if (drawn[0] === asked) asked = null;
    fillCodes();
    printWhenReady();
  }, true);
  function code(text) {
    if (drawn && drawn[0] === text) return drawn[1];
    if (asked !== text) drawQr(asked = text);
    return null;
  }
  // Each element waiting for a code gets it once drawn (a printout's figure
  // shows only then, style/main.css); one for a text too long for any code
  // goes with its figure.
  function fillCodes() {
    [].forEach.call(document.querySelectorAll('[data-qr]'), function (box) {
      var svg = code(box.getAttribute('data-qr'));
      if (svg === null) return;
      box.removeAttribute('data-qr');
      if (svg) box.insertAdjacentHTML('afterbegin', svg);
      else (box.closest('figure') || box).remove();
    });
  }
  // The printout's answers, code and benefits table
  // (src/next_steps/printout.rs), written with the next steps of the message
  // printed[0]: once the answers have changed, it is stale and never printed.
  // Each goes in its place, a place drawn again (the result's) gets it again.
  var PRINTOUT = ['print-summary', 'print-qr-box', 'print-result'];
  var printed = null;
  function placePrintout(fresh) {
    var current = printed !== null && printed[0] === root.getAttribute('data-next-steps');
    if (!current) printed = null;
    PRINTOUT.forEach(function (id, i) {
      var box = el(id);
      if (box && (fresh || !current || !box.hasChildNodes())) box.innerHTML = current ? printed[i + 1] : '';
    });
    fillCodes();
  }
  // The print button: prints once the printout of the current answers is
  // written and its code drawn (or left out, too long for any code), or
  // (src/view/print.rs) without them after a while. Without a result there
  // is no printout to wait for.
  function printWhenReady() {
    if (!root.hasAttribute('data-print')) return;
    var message = root.getAttribute('data-next-steps');
    if (message !== null && (!printed || printed[0] !== message || document.querySelector('#print-qr-box [data-qr]'))) return;
    root.removeAttribute('data-print');
    print();
  }

  // The next steps: asked for once the answers have stayed unchanged a
  // moment (typing a date changes the result at every key), put after the
  // result (#next-steps) with the calendar link's file; the help desk's
  // review asked at once, put above the form with the focus on its heading.
  // Messages, as src/next_steps/mod.rs says: {asked, html, ics, note, …} for
  // each one asked, `asked` being the message it answers; `note` goes above
  // the result (#policy-version), where a result under a version of the
  // policy not in force today says so.
  var SETTLE_MS = 400;
  var newest = null; // the newest next steps asked for: an older answer is stale
  var timer = 0;
  var ics = null; // the calendar file's address, given up when replaced
  var askNext = client('next-steps-worker_loader.js', function (data) {
    if (!data || typeof data.html !== 'string') return;
    if (data.asked.indexOf('desk') === 0) return showDesk(data.html);
    var place = el('next-steps');
    if (data.asked !== newest || !place) return;
    place.innerHTML = data.html;
    var note = el('policy-version');
    if (note) note.innerHTML = data.note || '';
    printed = [data.asked, data.summary || '', data.qr || '', data.table || ''];
    placePrintout(true);
    printWhenReady();
    var url = data.ics ? URL.createObjectURL(new Blob([data.ics], { type: 'text/calendar;charset=utf-8' })) : null;
    var link = el('next-ics');
    if (url && link) link.setAttribute('href', url);
    if (ics) URL.revokeObjectURL(ics);
    ics = url;
  });
  // Its stylesheet, which has the result's print rules too, comes with the
  // first result or message.
  function askNextSteps(message) {
    style();
    askNext(message);
  }
  function style() {
    if (document.querySelector('link[href="next-steps.css"]')) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'next-steps.css';
    document.head.appendChild(link);
  }
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
      var note = el('policy-version');
      if (note) note.innerHTML = '';
      placePrintout(false);
      return;
    }
    style();
    timer = setTimeout(function () {
      newest = message;
      askNextSteps(message);
    }, SETTLE_MS);
  }
  function desk() {
    var message = root.getAttribute('data-desk');
    if (message !== null) askNextSteps(message);
  }
  // Copies the review code; where that is not allowed, selects it to copy by
  // hand. The status's words come with it (data-copied, data-fallback).
  function copy() {
    var input = el('next-code');
    if (!input) return;
    function say(key) {
      var status = el('next-copy-status');
      if (status) status.textContent = status.getAttribute(key);
    }
    function select() {
      input.focus();
      input.select();
      say('data-fallback');
    }
    try {
      navigator.clipboard.writeText(input.value).then(function () { say('data-copied'); }, select);
    } catch (e) {
      select();
    }
  }

  new MutationObserver(function (records) {
    records.forEach(function (r) {
      if (r.attributeName === 'data-next-steps') nextSteps();
      else if (r.attributeName === 'data-desk') desk();
      else if (r.attributeName === 'data-print') printWhenReady();
    });
  }).observe(root, { attributes: true, attributeFilter: ['data-next-steps', 'data-desk', 'data-print'] });
  // Share boxes drawn, and drawn again.
  new MutationObserver(fillCodes).observe(document.body, { childList: true, subtree: true });
  // A print() called from a script runs no observer before printing: the
  // printout is checked as printing starts.
  addEventListener('beforeprint', function () { placePrintout(false); });
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
  fillCodes();
  printWhenReady();
  if (root.hasAttribute('data-next-steps')) nextSteps();
  desk();
})();
