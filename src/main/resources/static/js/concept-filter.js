// The filter above a list of concept check boxes (admin/fragments.html, concepts-field): as one types, only the
// concepts whose name in some language holds every word typed stay in view, without regard to case or accents.
// Hidden boxes keep their state and are still sent. Without JavaScript the filter stays hidden and the list scrolls.
(function () {
  'use strict';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  document.querySelectorAll('.concept-checklist').forEach(function (field) {
    var filter = field.querySelector('.concept-filter');
    var input = filter.querySelector('input[type=search]');
    var status = filter.querySelector('[role=status]');
    var checks = Array.prototype.map.call(field.querySelectorAll('.check-list .check'), function (check) {
      return { element: check, terms: fold(check.getAttribute('data-terms')) };
    });
    var pending = null;

    function apply() {
      var words = fold(input.value).split(/\s+/).filter(Boolean);
      var shown = 0;
      checks.forEach(function (check) {
        var match = words.every(function (word) { return check.terms.indexOf(word) >= 0; });
        check.element.hidden = !match;
        if (match) { shown++; }
      });
      status.textContent = words.length ? input.getAttribute('data-shown').replace('{0}', shown) : '';
    }

    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(apply, 100);
    });
    // Enter in the filter would send the whole form.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); apply(); }
    });
    filter.hidden = false;
  });
}());
