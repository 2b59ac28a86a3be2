// The dossier's buttons without leaving the page, and the copy buttons of citations and addresses. Without script
// the buttons post their form and come back to the page; the copy buttons stay hidden.
(function () {
  'use strict';

  document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute('data-copied');
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });

  if (!window.fetch) { return; }
  var count = document.getElementById('dossier-count');
  document.querySelectorAll('form.keep').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var button = form.querySelector('button[name="op"]');
      var body = new URLSearchParams(new FormData(form));
      body.set('op', button.value);
      event.preventDefault();
      fetch(form.action, { method: 'POST', body: body, headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function (state) {
          if (state.full) { window.location.href = '/dossier?full'; return; } // its page says why
          button.value = state.kept ? 'remove' : 'add';
          button.setAttribute('aria-pressed', String(state.kept));
          button.textContent = button.getAttribute(state.kept ? 'data-remove' : 'data-add');
          if (count) { count.textContent = state.count; }
        })
        .catch(function () { // post it the plain way, with the button's choice, which submit() would leave out
          var op = document.createElement('input');
          op.type = 'hidden';
          op.name = 'op';
          op.value = button.value;
          form.appendChild(op);
          form.submit();
        });
    });
  });
}());
