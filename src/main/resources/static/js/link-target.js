// The link form's other entry as a combobox (WAI-ARIA 1.2 pattern, list autocomplete): as one types, /api/suggest
// offers the published entries of the types the chosen relation joins, then the form's own list adds the drafts it
// holds. Choosing one sends its "type:slug"; typed text is sent as it is, and the server resolves a whole title.
// Without JavaScript the field is a text box with the browser's own list of the entries. Texts come from data-*.
(function () {
  'use strict';
  var input = document.getElementById('target');
  var relation = document.getElementById('relation');
  if (!input || !relation || !window.fetch) { return; }
  var known = document.getElementById('link-targets');

  // What the form sends: the chosen entry's "type:slug", or the text typed.
  var sent = document.createElement('input');
  sent.type = 'hidden';
  sent.name = input.name;
  sent.value = input.value;
  input.removeAttribute('name');
  input.removeAttribute('list');
  input.form.appendChild(sent);

  var listbox = document.createElement('ul');
  listbox.id = 'target-listbox';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-labelledby', 'target-label');
  listbox.className = 'combobox-options';
  listbox.hidden = true;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.insertAdjacentElement('afterend', listbox);
  listbox.insertAdjacentElement('afterend', status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  var items = [];
  var active = -1;
  var pending = null;
  var asked = 0;

  function types() {
    var option = relation.options[relation.selectedIndex];
    return option ? option.getAttribute('data-types').split(' ') : [];
  }

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  // The form's list holds every entry that is not archived, drafts included, which the public API never offers.
  function drafts(typed, allowed) {
    if (!known) { return []; }
    var words = fold(typed);
    return Array.prototype.filter.call(known.options, function (option) {
      var ref = option.getAttribute('data-ref');
      return allowed.indexOf(ref.split(':')[0]) >= 0 && fold(option.value).indexOf(words) >= 0;
    }).map(function (option) {
      var ref = option.getAttribute('data-ref');
      return { label: option.value, type: ref.split(':')[0], slug: ref.split(':')[1] };
    });
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function show(found) {
    var itself = input.getAttribute('data-itself');
    var seen = {};
    items = found.filter(function (item) {
      var ref = item.type + ':' + item.slug;
      if (ref === itself || seen[ref]) { return false; }
      seen[ref] = true;
      return true;
    }).slice(0, 8);
    listbox.textContent = '';
    items.forEach(function (item, index) {
      var option = document.createElement('li');
      option.id = 'target-option-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var kind = document.createElement('span');
      kind.className = 'combobox-type';
      kind.textContent = input.getAttribute('data-type-' + item.type) + ' · ';
      option.appendChild(kind);
      option.appendChild(document.createTextNode(item.label));
      option.addEventListener('mousedown', function (event) { event.preventDefault(); });
      option.addEventListener('click', function () { choose(index); });
      listbox.appendChild(option);
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    listbox.hidden = items.length === 0;
    input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    status.textContent = items.length
      ? input.getAttribute('data-found').replace('{0}', items.length)
      : input.getAttribute('data-none');
  }

  function suggest() {
    var typed = input.value.trim();
    clearTimeout(pending);
    if (typed.length < 2) { close(); status.textContent = ''; return; }
    pending = setTimeout(function () {
      var allowed = types();
      var query = '?q=' + encodeURIComponent(typed) + allowed.map(function (type) {
        return '&type=' + encodeURIComponent(type);
      }).join('');
      var ask = ++asked;
      fetch(input.getAttribute('data-suggest') + query, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .catch(function () { return []; })
        .then(function (found) {
          if (ask === asked) { show(found.concat(drafts(typed, allowed))); }
        });
    }, 150);
  }

  function highlight(index) {
    var options = listbox.children;
    if (active >= 0) { options[active].setAttribute('aria-selected', 'false'); }
    active = index;
    options[active].setAttribute('aria-selected', 'true');
    options[active].scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  function choose(index) {
    var item = items[index];
    input.value = item.label;
    sent.value = item.type + ':' + item.slug;
    close();
    status.textContent = '';
  }

  input.addEventListener('input', function () {
    sent.value = input.value;
    suggest();
  });
  input.addEventListener('keydown', function (event) {
    var open = !listbox.hidden && items.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) { suggest(); return; }
      var down = event.key === 'ArrowDown';
      if (active < 0) {
        highlight(down ? 0 : items.length - 1);
      } else {
        highlight((active + (down ? 1 : -1) + items.length) % items.length);
      }
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  relation.addEventListener('change', function () {
    if (document.activeElement === input) { suggest(); }
  });
}());
