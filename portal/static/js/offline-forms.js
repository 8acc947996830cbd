/* Forms marked data-offline-queue: sent at once with a connection, as without
 * JavaScript; without one, kept on the device and sent when it returns. Their
 * .sync-state element says which, in the words of its data-* attributes. */
/* global PortalSync */
(function () {
    "use strict";

    var forms = Array.prototype.slice.call(
        document.querySelectorAll("form[data-offline-queue]")
    );
    if (!forms.length || !window.indexedDB || !window.PortalSync) {
        return;
    }

    function newToken() {
        return window.crypto.randomUUID();
    }

    function show(form, item) {
        var state = form.querySelector(".sync-state");
        var words = state.dataset[item.state];
        if (!words) {
            return;
        }
        state.textContent = words;
        if (item.state === "synced" && state.dataset.resultLabel && item.resultUrl) {
            var link = document.createElement("a");
            link.href = item.resultUrl;
            link.textContent = state.dataset.resultLabel;
            state.append(" ", link);
        }
        state.dataset.state = item.state;
    }

    /* The worker sends the queue even if this page is closed by then. */
    function requestBackgroundSync() {
        if (navigator.serviceWorker && navigator.serviceWorker.controller) {
            navigator.serviceWorker.ready.then(function (registration) {
                if (registration.sync) {
                    registration.sync.register("portal-sync").catch(function () {});
                }
            });
        }
    }

    function queue(form) {
        var data = new FormData(form);
        var token = form.querySelector("input[name=client_token]");
        var item = {
            // The attempt's own token, so that the same answers are one attempt.
            id: token ? token.value : newToken(),
            action: form.action,
            page: window.location.href,
            body: new URLSearchParams(data).toString(),
        };
        if (token) {
            // Answers sent again from this page are a new attempt.
            token.value = newToken();
        }
        return PortalSync.enqueue(item).then(requestBackgroundSync);
    }

    forms.forEach(function (form) {
        form.addEventListener("submit", function (event) {
            if (navigator.onLine) {
                return;
            }
            event.preventDefault();
            queue(form);
        });
    });

    function formFor(item) {
        return forms.find(function (form) { return form.action === item.action; });
    }

    function update(item) {
        var form = formFor(item);
        if (form) {
            show(form, item);
        }
    }

    PortalSync.items().then(function (items) {
        items.forEach(function (item) {
            var form = formFor(item);
            if (!form) {
                return;
            }
            var token = form.querySelector("input[name=client_token]");
            if (token && token.value === item.id) {
                // A page kept offline: its token was used already.
                token.value = newToken();
            }
            if (item.state === "waiting") {
                show(form, item);
            }
        });
    });
    if ("BroadcastChannel" in window) {
        new BroadcastChannel(PortalSync.CHANNEL).onmessage = function (event) {
            update(event.data);
        };
    }
    window.addEventListener("online", function () { PortalSync.flush(); });
    if (navigator.onLine) {
        PortalSync.flush();
    }
})();
