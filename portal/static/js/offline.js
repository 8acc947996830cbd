/* Installs the service worker and tells it which pages to keep for offline
 * reading: those a page lists in data-offline-pages (a module and its lessons). */
(function () {
    "use strict";

    var script = document.currentScript;
    if (!("serviceWorker" in navigator) || !script) {
        return;
    }
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
