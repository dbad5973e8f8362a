// The integrator's page (integrate.html): the options a portal gives embed.js,
// the snippet they make, and a live preview made by embed.js itself from the
// same attributes, so the preview darkens a light accent exactly as a portal's
// page will (the colour used is read back from the frame's address).
(function () {
  var app = new URL('./', location.href);
  var form = document.getElementById('options');
  var accent = document.getElementById('accent');
  var picker = document.getElementById('accent-picker');
  var accentError = document.getElementById('accent-error');
  var accentUsed = document.getElementById('accent-used');
  var snippet = document.getElementById('snippet');
  var status = document.getElementById('copy-status');
  var preview = document.getElementById('talent-check');
  // The colours embed.js takes: anything else it would pass on untouched.
  var HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
  var lastAccent = '';
  var shown = null;

  // embed.js's attributes for the options chosen, in the snippet's order.
  function attributes() {
    var typed = accent.value.trim();
    var valid = typed === '' || HEX.test(typed);
    accentError.hidden = valid;
    if (valid) accent.removeAttribute('aria-invalid'); else accent.setAttribute('aria-invalid', 'true');
    // A colour being typed keeps the last whole one, and loses none of what is typed.
    if (valid) lastAccent = typed;
    var lang = form.elements.lang.value;
    var list = [['src', new URL('embed.js', app).href], ['data-src', new URL(form.elements.page.value, app).href],
      ['data-lang', lang]];
    if (lastAccent) list.push(['data-accent', lastAccent]);
    if (lang === 'en') list.push(['data-title', 'Alar talent-policy self-check']);
    if (form.elements.share.value) list.push(['data-share', form.elements.share.value]);
    return list;
  }

  function show(list, withPreview) {
    snippet.textContent = '<div id="talent-check"></div>\n<script '
      + list.map(function (a) { return a[0] + '="' + a[1] + '"'; }).join(' ') + '></script>';
    status.textContent = '';
    var key = JSON.stringify(list);
    if (withPreview && key !== shown) {
      shown = key;
      embed(list);
    }
  }

  // A new frame as a portal's page gets it: embed.js run afresh with these attributes.
  function embed(list) {
    var old = document.getElementById('preview-script');
    if (old) old.remove();
    preview.replaceChildren();
    accentUsed.textContent = '';
    var script = document.createElement('script');
    script.id = 'preview-script';
    list.forEach(function (a) { script.setAttribute(a[0], a[1]); });
    script.addEventListener('load', function () {
      var frame = preview.querySelector('iframe');
      var given = script.getAttribute('data-accent');
      var used = frame && new URL(frame.src).searchParams.get('accent');
      if (given && used && used !== given) {
        accentUsed.textContent = '白底上太浅，改用 ' + used + '。 · Too light on white; ' + used + ' is used.';
      }
    });
    document.body.appendChild(script);
  }

  // The picker holds only #rrggbb; the text field holds what embed.js takes.
  picker.addEventListener('input', function () {
    accent.value = picker.value;
    show(attributes(), false);
  });
  accent.addEventListener('input', function () {
    var list = attributes();
    var hex = HEX.exec(accent.value.trim());
    if (hex && hex[1].length !== 4 && hex[1].length !== 8) {
      picker.value = '#' + (hex[1].length === 3 ? hex[1].replace(/./g, '$&$&') : hex[1]).toLowerCase();
    }
    show(list, false);
  });
  // Radios change at once, the picker when closed, the colour's text when left or on Enter.
  form.addEventListener('change', function () { show(attributes(), true); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(attributes(), true);
  });

  document.getElementById('copy').addEventListener('click', function () {
    var text = snippet.textContent;
    navigator.clipboard.writeText(text).then(function () {
      status.className = 'ok';
      status.textContent = '已复制到剪贴板。 · Copied to the clipboard.';
    }, function () {
      status.className = 'error';
      status.textContent = '未能复制：请选中上面的代码手动复制。 · Could not copy: select the code above and copy it by hand.';
    });
  });

  document.getElementById('csp-portal').textContent = 'script-src ' + app.origin + ';\nframe-src ' + app.origin + ';';
  show(attributes(), true);
})();
