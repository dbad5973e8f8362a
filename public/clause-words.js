// A result card's clause in its own words (src/rules_link.rs): loaded when
// the first card's words are opened, it fills each <details data-words> once
// opened from clauses.json (written beside the pages with rules.html), which
// the browser keeps (the service worker, else its cache revalidated). Words
// that did not come keep the placeholder, which points to the clause's link,
// and the next opening tries again.
(function () {
  var words = null; // the file's words, once asked for

  function fill(details) {
    var key = details.getAttribute('data-words');
    if (!details.open || !key) return;
    details.removeAttribute('data-words');
    words = words || fetch('clauses.json').then(function (r) {
      if (!r.ok) throw r.status;
      return r.json();
    });
    words.then(function (all) {
      if (typeof all[key] !== 'string') throw key;
      details.lastElementChild.innerHTML = all[key];
    }).catch(function () {
      words = null;
      details.setAttribute('data-words', key);
    });
  }

  // toggle does not bubble: heard on its way down.
  document.addEventListener('toggle', function (e) {
    if (e.target.matches && e.target.matches('details[data-words]')) fill(e.target);
  }, true);
  // Opened while this loaded.
  [].forEach.call(document.querySelectorAll('details[open][data-words]'), fill);
})();
