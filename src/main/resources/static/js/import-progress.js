// Follows a running import: polls its progress as JSON, moves the progress bar, and reloads the page for the result
// once the import has ended. Without JavaScript the page offers a link to refresh it.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var box = document.querySelector('.import-progress[data-progress]');
        if (!box) {
            return;
        }
        var bar = box.querySelector('progress');
        var status = box.querySelector('.import-status');
        function poll() {
            fetch(box.getAttribute('data-progress'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (progress) {
                    if (progress.finished) {
                        window.location.reload();
                        return;
                    }
                    bar.max = progress.total;
                    bar.value = progress.done;
                    if (status) {
                        status.textContent = status.textContent.replace(/\d+(\D+)\d+/, progress.done + '$1' + progress.total);
                    }
                    window.setTimeout(poll, 1000);
                })
                .catch(function () {
                    window.setTimeout(poll, 3000);
                });
        }
        window.setTimeout(poll, 500);
    });
})();
