/* Forms sent without a connection, kept in IndexedDB and sent once it returns.
 *
 * Loaded by pages and by the service worker: whichever sees the connection first
 * sends the queue, one at a time (a Web Lock), and tells every open page through
 * a BroadcastChannel. The server counts a repeated request once (a lesson is
 * done once per person, an attempt once per client token), so a request sent
 * again after a lost answer does no harm.
 */
(function (scope) {
    "use strict";

    var DATABASE = "portal-offline";
    var STORE = "requests";
    var CHANNEL = "portal-sync";
    var KEEP_SENT = 20;

    function openDatabase() {
        return new Promise(function (resolve, reject) {
            var request = scope.indexedDB.open(DATABASE, 1);
            request.onupgradeneeded = function () {
                request.result.createObjectStore(STORE, { keyPath: "id" });
            };
            request.onsuccess = function () { resolve(request.result); };
            request.onerror = function () { reject(request.error); };
        });
    }

    function withStore(mode, work) {
        return openDatabase().then(function (database) {
            return new Promise(function (resolve, reject) {
                var transaction = database.transaction(STORE, mode);
                var request = work(transaction.objectStore(STORE));
                transaction.oncomplete = function () {
                    database.close();
                    resolve(request && request.result);
                };
                transaction.onerror = function () { reject(transaction.error); };
            });
        });
    }

    function items() {
        return withStore("readonly", function (store) { return store.getAll(); })
            .then(function (all) {
                return all.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
            });
    }

    function save(item) {
        return withStore("readwrite", function (store) { return store.put(item); });
    }

    function announce(item) {
        if (scope.BroadcastChannel) {
            var channel = new scope.BroadcastChannel(CHANNEL);
            channel.postMessage(item);
            channel.close();
        }
    }

    function prune() {
        return items().then(function (all) {
            var sent = all.filter(function (item) { return item.state !== "waiting"; });
            var old = sent.slice(0, Math.max(0, sent.length - KEEP_SENT));
            return withStore("readwrite", function (store) {
                old.forEach(function (item) { store.delete(item.id); });
            });
        });
    }

    /* Keep a form's fields to send later: {id, action, page, body}. */
    function enqueue(entry) {
        var item = Object.assign({ state: "waiting", queuedAt: Date.now() }, entry);
        return save(item).then(function () {
            announce(item);
            return item;
        });
    }

    function post(item, body) {
        return scope.fetch(item.action, {
            method: "POST",
            body: body,
            credentials: "same-origin",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
        });
    }

    /* A page kept offline may hold a CSRF token from before a new sign-in:
     * take the current one from the same page, fetched again. */
    function freshToken(item) {
        return scope.fetch(item.page, { credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var found = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(html);
                return found && found[1];
            });
    }

    function send(item) {
        return post(item, item.body).then(function (response) {
            if (response.status !== 403) {
                return response;
            }
            return freshToken(item).then(function (token) {
                if (!token) {
                    return response;
                }
                var body = new URLSearchParams(item.body);
                body.set("csrfmiddlewaretoken", token);
                item.body = body.toString();
                return post(item, item.body);
            });
        }).then(function (response) {
            item.state = response.ok ? "synced" : "refused";
            item.resultUrl = response.url;
            item.sentAt = Date.now();
            return save(item).then(function () { announce(item); });
        });
    }

    function flushWaiting() {
        return items().then(function (all) {
            var waiting = all.filter(function (item) { return item.state === "waiting"; });
            // One after the other, in the order they were made; a network error
            // (still offline) stops the round and leaves the rest waiting.
            return waiting.reduce(function (chain, item) {
                return chain.then(function () { return send(item); });
            }, Promise.resolve());
        }).then(prune);
    }

    function flush() {
        if (scope.navigator.locks) {
            return scope.navigator.locks.request("portal-sync", flushWaiting);
        }
        return flushWaiting();
    }

    scope.PortalSync = {
        CHANNEL: CHANNEL,
        enqueue: enqueue,
        flush: flush,
        items: items,
    };
})(self);
