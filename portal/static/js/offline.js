/* Installs the service worker and tells it which pages to keep for offline
 * reading: those a page lists in data-offline-pages (a module and its lessons).
 * Signing out (a form sent to data-sign-out) first sends the forms kept on the
 * device, then forgets them: the next person on a shared phone finds nothing. */
/* global PortalSync */
(function () {
    "use strict";

    var script = document.currentScript;
    if (!("serviceWorker" in navigator) || !script) {
        return;
    }
    // How long signing out waits for the queue to be sent.
    var SIGN_OUT_PATIENCE_MS = 3000;

    function signsOut(form) {
        return form.method === "post" && script.dataset.signOut &&
            new URL(form.action).pathname === script.dataset.signOut;
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        // Offline, the sign-out cannot reach the portal: the reader stays signed
        // in, and what they sent stays theirs, to be sent later.
        if (!signsOut(form) || !window.PortalSync || !navigator.onLine) {
            return;
        }
        event.preventDefault();
        var submit = function () { form.submit(); };
        PortalSync.signOut(SIGN_OUT_PATIENCE_MS).then(submit, submit);
    });
    // After the page has loaded: on a slow line, the worker's downloads must not
    // hold up the page the reader came for.
    window.addEventListener("load", function () {
        navigator.serviceWorker.register(script.dataset.worker, { scope: "/" });
        navigator.serviceWorker.ready.then(function (registration) {
            // The offline page is kept without cookies: it says nothing of who reads.
            var fallback = document.querySelector("[data-offline-fallback]");
            if (script.dataset.signedIn !== "true" && !fallback) {
                registration.active.postMessage({ type: "signed-out" });
            }
            var holder = document.querySelector("[data-offline-pages]");
            if (holder) {
                registration.active.postMessage({
                    type: "keep-pages",
                    urls: holder.dataset.offlinePages.split(" ").filter(Boolean),
                });
            }
        });
    });
})();
