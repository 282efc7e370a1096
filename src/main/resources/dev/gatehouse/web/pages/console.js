// The admin console's user search as you type. Progressive enhancement: without this script the search
// form is a plain GET form. With it, typing asks for the same page (same origin, the console's session
// cookie) a moment after the last key, and swaps in its result table: the page the form would have loaded.
// DOMParser documents run no script, and the table comes from our own page, escaped by the templates.
(function () {
  'use strict';
  var form = document.querySelector('form[data-live-search]');
  var results = document.getElementById('results');
  if (!form || !results || !window.fetch || !window.DOMParser || !window.history) return;
  var input = form.querySelector('input[name=query]');
  if (!input) return;
  var timer = null;
  var latest = 0;

  function search() {
    var mine = ++latest;
    var url = form.getAttribute('action') + '?query=' + encodeURIComponent(input.value);
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}, redirect: 'error'})
      .then(function (r) { return r.text(); })
      .then(function (html) {
        if (mine !== latest) return; // an older answer arriving after a newer one
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('results');
        if (!fresh) return;
        results.replaceWith(fresh);
        results = fresh;
        history.replaceState(null, '', url);
      })
      .catch(function () { /* signed out or offline: the form still submits as usual */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
})();
