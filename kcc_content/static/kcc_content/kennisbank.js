// Copy buttons in the Kennisbank: copy one channel's text and log one anonymous use.
(function () {
  'use strict';

  function csrfToken() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-kb-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.dataset.kbCopy);
    var status = button.parentElement.querySelector('.kb-copied');
    var text = source ? source.innerText.trim() : '';
    var done = function () {
      status.textContent = 'Gekopieerd';
      var body = new FormData();
      body.append('channel', button.dataset.kbChannel);
      fetch(button.dataset.kbUseUrl, {
        method: 'POST',
        body: body,
        credentials: 'same-origin',
        headers: { 'X-CSRFToken': csrfToken() },
      });
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        status.textContent = 'Kopiëren lukte niet. Selecteer de tekst zelf.';
      });
    } else {
      done();
    }
  });
})();
