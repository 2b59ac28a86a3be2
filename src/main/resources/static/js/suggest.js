// Suggestions as one types in a search box: titles, codes and concepts from /api/suggest fill the box's datalist.
// Without JavaScript the boxes still search; with it, choosing a suggestion opens the entry it names.
(function () {
  'use strict';
  var list = document.getElementById('search-suggestions');
  if (!list || !window.fetch) { return; }
  var links = {};
  var pending = null;

  function fill(items) {
    list.textContent = '';
    links = {};
    items.forEach(function (item) {
      var option = document.createElement('option');
      option.value = item.label;
      list.appendChild(option);
      links[item.label] = item.url;
    });
  }

  document.querySelectorAll('input[list="search-suggestions"]').forEach(function (input) {
    input.addEventListener('input', function () {
      var typed = input.value.trim();
      if (links[typed]) { window.location.href = links[typed]; return; }
      clearTimeout(pending);
      if (typed.length < 2) { fill([]); return; }
      pending = setTimeout(function () {
        fetch('/api/suggest?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(fill)
          .catch(function () { fill([]); });
      }, 150);
    });
  });
})();
