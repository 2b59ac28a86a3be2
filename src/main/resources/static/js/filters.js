// The list filters fold behind a "Filters (n)" button on phones. On wider screens the stylesheet already shows them;
// opening the panel as well keeps them usable for tools that go by the details element's state.
(function () {
    var wide = window.matchMedia('(min-width: 48rem)');
    function follow() {
        document.querySelectorAll('details.filters-panel').forEach(function (panel) {
            panel.open = wide.matches;
        });
    }
    document.addEventListener('DOMContentLoaded', follow);
    wide.addEventListener('change', follow);
})();
