/* Forms marked data-offline-queue: sent at once with a connection, as without
 * JavaScript; without one, kept on the device and sent when it returns. Their
 * .sync-state element says which, in the words of its data-* attributes (the
 * page's language): waiting, retrying, signin, synced or refused. */
/* global PortalSync */
(function () {
    "use strict";

    var forms = Array.prototype.slice.call(
        document.querySelectorAll("form[data-offline-queue]")
    );
    if (!forms.length || !window.indexedDB || !window.PortalSync) {
        return;
    }
    // Shown again when the page is opened: what has not reached the portal yet.
    var UNSENT = ["waiting", "retrying", "signin"];
    var retryTimer = null;

    function newToken() {
        return window.crypto.randomUUID();
    }

    function appendLink(state, href, label) {
        var link = document.createElement("a");
        link.href = href;
        link.textContent = label;
        state.append(" ", link);
    }

    function show(form, item) {
        var state = form.querySelector(".sync-state");
        var words = state.dataset[item.state];
        if (!words) {
            return;
        }
        state.textContent = words;
        if (item.state === "synced" && state.dataset.resultLabel && item.resultUrl) {
            appendLink(state, item.resultUrl, state.dataset.resultLabel);
        } else if (item.state === "signin") {
            appendLink(state, state.dataset.signInUrl, state.dataset.signinLabel);
        } else if (item.state === "refused") {
            state.append(" ", item.reason || state.dataset.noReason);
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

    function flush(urgent) {
        return PortalSync.flush(urgent).then(function (nextTry) {
            clearTimeout(retryTimer);
            if (nextTry) {
                retryTimer = setTimeout(flush, Math.max(0, nextTry - Date.now()));
            }
        });
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
        // Someone else's item (a shared phone) says nothing on this page.
        if (form && PortalSync.user && item.user === PortalSync.user) {
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
            if (UNSENT.indexOf(item.state) >= 0) {
                show(form, item);
            }
        });
    });
    if ("BroadcastChannel" in window) {
        new BroadcastChannel(PortalSync.CHANNEL).onmessage = function (event) {
            update(event.data);
        };
    }
    window.addEventListener("online", function () { flush(true); });
    if (navigator.onLine) {
        flush(false);
    }
})();
