/* The service worker: keeps the lessons of the modules a reader opens, and the
 * style sheet, so that they can be read without a connection.
 *
 * Pages: from the network first (they show the reader's progress), from the
 * device when the network fails or is too slow; only the pages a page asked to
 * keep (a module, its lessons and its knowledge check) are stored. Static files
 * have a hashed name that changes with their contents: from the device first.
 * Loaded by /sw.js after PORTAL_OFFLINE (the settings) and sync-queue.js.
 */
/* global PORTAL_OFFLINE, PortalSync */
(function () {
    "use strict";

    var config = PORTAL_OFFLINE;
    var ASSETS = "portal-assets-" + config.version;
    var PAGES = "portal-pages";
    // On a very slow line, a page kept on the device is better than a long wait.
    var NETWORK_PATIENCE_MS = 6000;
    var MATCH = { ignoreVary: true };
    // The forms of offline-forms.js: a lesson's "done", a module's check.
    var QUEUED_FORMS = /\/(done|check)\/$/;

    function languageOf(url) {
        var code = new URL(url).pathname.split("/")[1];
        return config.offlinePages[code] ? code : "en";
    }

    self.addEventListener("install", function (event) {
        event.waitUntil(caches.open(ASSETS).then(function (cache) {
            var offlinePages = Object.keys(config.offlinePages).map(function (code) {
                // Without cookies: the page must not show one person's name to another.
                return new Request(config.offlinePages[code], { credentials: "omit" });
            });
            return cache.addAll(config.assets.concat(offlinePages));
        }).then(function () { return self.skipWaiting(); }));
    });

    self.addEventListener("activate", function (event) {
        event.waitUntil(caches.keys().then(function (names) {
            return Promise.all(names.filter(function (name) {
                return name.indexOf("portal-assets-") === 0 && name !== ASSETS;
            }).map(function (name) { return caches.delete(name); }));
        }).then(function () { return self.clients.claim(); }));
    });

    /* Pages not kept yet; those kept are refreshed when the reader opens them. */
    function keep(urls) {
        return caches.open(PAGES).then(function (cache) {
            return Promise.all(urls.map(function (url) {
                return cache.match(url, MATCH).then(function (kept) {
                    return kept ? null : fetch(url, { credentials: "same-origin" });
                }).then(function (response) {
                    // A redirected answer (to the sign-in page) is not the page.
                    if (response && response.ok && !response.redirected) {
                        return cache.put(url, response);
                    }
                }).catch(function () { /* offline: keep what is there */ });
            }));
        });
    }

    self.addEventListener("message", function (event) {
        var message = event.data || {};
        if (message.type === "keep-pages") {
            event.waitUntil(keep(message.urls || []));
        } else if (message.type === "signed-out") {
            // A shared phone: the next reader must not find the last one's pages.
            event.waitUntil(caches.delete(PAGES));
        } else if (message.type === "flush") {
            event.waitUntil(PortalSync.flush());
        }
    });

    self.addEventListener("sync", function (event) {
        if (event.tag === "portal-sync") {
            // Failing makes the browser try again later, with its own back-off.
            event.waitUntil(PortalSync.flush().then(function (nextTry) {
                if (nextTry) {
                    throw new Error("The portal did not take everything yet.");
                }
            }));
        }
    });

    function offlinePage(request) {
        return caches.match(config.offlinePages[languageOf(request.url)], MATCH);
    }

    function fromNetworkFirst(event) {
        var request = event.request;
        var stored = caches.open(PAGES).then(function (cache) {
            return cache.match(request, MATCH).then(function (response) {
                return { cache: cache, response: response };
            });
        });
        var network = fetch(request).then(function (response) {
            return stored.then(function (kept) {
                // Refresh a page kept on the device; never start keeping others.
                if (kept.response && response.ok && !response.redirected) {
                    return kept.cache.put(request, response.clone()).then(function () {
                        return response;
                    });
                }
                return response;
            });
        });
        event.waitUntil(network.catch(function () {}));
        var slow = new Promise(function (resolve) {
            setTimeout(resolve, NETWORK_PATIENCE_MS);
        }).then(function () {
            return stored.then(function (kept) { return kept.response || network; });
        });
        return Promise.race([network, slow]).catch(function () {
            return stored.then(function (kept) {
                return kept.response || offlinePage(request);
            });
        });
    }

    function fromDeviceFirst(request) {
        return caches.match(request, MATCH).then(function (kept) {
            return kept || fetch(request).then(function (response) {
                if (response.ok) {
                    var copy = response.clone();
                    caches.open(ASSETS).then(function (cache) { cache.put(request, copy); });
                }
                return response;
            });
        });
    }

    /* A form sent while the browser believes it is online, on a line that has
     * just failed: kept like one sent offline, and the reader taken back to the
     * page it came from, which says that it waits. */
    function postOrQueue(request) {
        var copy = request.clone();
        return fetch(request).catch(function () {
            return copy.text().then(function (body) {
                var token = new URLSearchParams(body).get("client_token");
                return PortalSync.enqueue({
                    id: token || self.crypto.randomUUID(),
                    action: request.url,
                    page: request.referrer,
                    body: body,
                });
            }).then(function () {
                if (self.registration.sync) {
                    self.registration.sync.register("portal-sync").catch(function () {});
                }
                var back = request.referrer || request.url.replace(/done\/$/, "");
                return Response.redirect(back, 303);
            });
        });
    }

    self.addEventListener("fetch", function (event) {
        var request = event.request;
        var url = new URL(request.url);
        if (url.origin !== self.location.origin) {
            return;
        }
        if (request.method === "POST") {
            if (request.mode === "navigate" && QUEUED_FORMS.test(url.pathname)) {
                event.respondWith(postOrQueue(request));
            }
            return;
        }
        if (request.method !== "GET") {
            return;
        }
        if (request.mode === "navigate") {
            event.respondWith(fromNetworkFirst(event));
        } else if (url.pathname.indexOf(config.staticUrl) === 0) {
            event.respondWith(fromDeviceFirst(request));
        }
    });
})();
