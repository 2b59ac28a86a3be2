// The search index rebuild's progress bar: reads /admin/reindex/progress every second while the rebuild runs, moves
// the bar, and reloads the page when it ends, to show the result. Without JavaScript the page has a reload link.
(function () {
  'use strict';
  var run = document.querySelector('[data-progress-url]');
  if (!run || run.getAttribute('data-state') !== 'running' || !window.fetch) { return; }
  var bar = document.getElementById('reindex-progress');
  var processed = document.getElementById('reindex-processed');
  var total = document.getElementById('reindex-total');
  var url = run.getAttribute('data-progress-url');

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) { return; }
        if (progress.total > 0) { bar.max = progress.total; }
        bar.value = progress.processed;
        processed.textContent = progress.processed;
        total.textContent = progress.total;
        if (progress.state === 'running') {
          setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }

  setTimeout(poll, 1000);
}());
