// Keeps the "Taalcheck (B1)" panel current while an editor types: after a short pause the
// editor form is posted to the admin-only check endpoint and the panel body is replaced with
// the server-rendered report. Without JavaScript the panel shows the check of the saved text.
(function () {
  'use strict';

  var DELAY_MS = 800;

  function setUp(panel) {
    var form = panel.closest('form');
    if (!form) {
      return;
    }
    var status = panel.querySelector('[data-readability-status]');
    var target = panel.querySelector('[data-readability-report]');
    var timer = null;
    var inFlight = null;

    function check() {
      var data = new FormData(form);
      data.append('_readability_model', panel.dataset.model);
      data.append('_readability_object_id', panel.dataset.objectId || '');
      data.append('_readability_parent_id', panel.dataset.parentId || '');
      if (inFlight) {
        inFlight.abort();
      }
      inFlight = new AbortController();
      status.textContent = status.dataset.busy || 'Bezig met controleren…';
      fetch(panel.dataset.checkUrl, {
        method: 'POST',
        body: data,
        credentials: 'same-origin',
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        signal: inFlight.signal,
      })
        .then(function (response) {
          return response.json().then(function (body) {
            return { ok: response.ok, body: body };
          });
        })
        .then(function (result) {
          if (!result.ok) {
            status.textContent = result.body.error || 'De taalcheck is nu niet beschikbaar.';
            return;
          }
          target.innerHTML = result.body.html;
          status.textContent = 'Bijgewerkt om ' + new Date().toLocaleTimeString('nl-NL');
          panel.dispatchEvent(new CustomEvent('readability:updated', { bubbles: true, detail: result.body.report }));
        })
        .catch(function (error) {
          if (error.name !== 'AbortError') {
            status.textContent = 'De taalcheck is nu niet beschikbaar.';
          }
        });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DELAY_MS);
    }

    ['input', 'change', 'keyup'].forEach(function (name) {
      form.addEventListener(name, schedule);
    });
  }

  function start() {
    document.querySelectorAll('[data-readability-panel]').forEach(setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
