/* Forms sent without a connection, kept in IndexedDB and sent once it returns.
 *
 * Loaded by every page and by the service worker: whichever sees the connection
 * first sends the queue, one at a time (a Web Lock), and tells every open page
 * through a BroadcastChannel. The server counts a repeated request once (a lesson
 * is done once per person, an attempt once per client token), so a request sent
 * again after a lost answer does no harm.
 *
 * A phone may be shared: each item belongs to the person whose page it was sent
 * from (the user named by the form's signed owner_token), and is only ever sent
 * while that person is signed in. A page says who is signed in (data-user on its
 * script tag) and leaves it in the database for the worker.
 */
(function (scope) {
    "use strict";

    var DATABASE = "portal-offline";
    var STORE = "requests";
    var DEVICE = "device";
    var CHANNEL = "portal-sync";
    var KEEP_SENT = 20;
    // Sent again after 2 s, 4 s, 8 s ... when the portal does not answer.
    var RETRY_FIRST_MS = 2000;
    var RETRY_MOST_MS = 5 * 60 * 1000;
    var UNSENT = ["waiting", "retrying", "signin"];

    var script = scope.document && scope.document.currentScript;
    // The offline page is kept without cookies: it does not know who reads it.
    var fallback = script && scope.document.querySelector("[data-offline-fallback]");
    // A page knows who is signed in ("" for nobody); the worker asks the database.
    var pageUser = script && !fallback ? script.dataset.user || "" : undefined;

    function openDatabase() {
        return new Promise(function (resolve, reject) {
            var request = scope.indexedDB.open(DATABASE, 2);
            request.onupgradeneeded = function () {
                var database = request.result;
                if (!database.objectStoreNames.contains(STORE)) {
                    database.createObjectStore(STORE, { keyPath: "id" });
                }
                if (!database.objectStoreNames.contains(DEVICE)) {
                    database.createObjectStore(DEVICE);
                }
            };
            request.onsuccess = function () { resolve(request.result); };
            request.onerror = function () { reject(request.error); };
        });
    }

    function withStore(name, mode, work) {
        return openDatabase().then(function (database) {
            return new Promise(function (resolve, reject) {
                var transaction = database.transaction(name, mode);
                var request = work(transaction.objectStore(name));
                transaction.oncomplete = function () {
                    database.close();
                    resolve(request && request.result);
                };
                transaction.onerror = function () { reject(transaction.error); };
            });
        });
    }

    function allItems() {
        return withStore(STORE, "readonly", function (store) { return store.getAll(); })
            .then(function (all) {
                return all.sort(function (a, b) { return a.queuedAt - b.queuedAt; });
            });
    }

    /* The items of the person signed in now: nobody else's are shown or sent. */
    function items() {
        return currentUser().then(function (user) {
            return allItems().then(function (all) {
                return all.filter(function (item) { return user && item.user === user; });
            });
        });
    }

    function save(item) {
        return withStore(STORE, "readwrite", function (store) { return store.put(item); });
    }

    function remember(user) {
        return withStore(DEVICE, "readwrite", function (store) {
            return store.put(user, "user");
        });
    }

    function currentUser() {
        if (pageUser !== undefined) {
            return Promise.resolve(pageUser);
        }
        return withStore(DEVICE, "readonly", function (store) { return store.get("user"); })
            .then(function (user) { return user || ""; });
    }

    function announce(item) {
        if (scope.BroadcastChannel) {
            var channel = new scope.BroadcastChannel(CHANNEL);
            channel.postMessage(item);
            channel.close();
        }
    }

    function prune() {
        return allItems().then(function (all) {
            var sent = all.filter(function (item) { return UNSENT.indexOf(item.state) < 0; });
            var old = sent.slice(0, Math.max(0, sent.length - KEEP_SENT));
            return withStore(STORE, "readwrite", function (store) {
                old.forEach(function (item) { store.delete(item.id); });
            });
        });
    }

    /* The person a form was opened for: its owner_token is "<user>:<page>:…". */
    function ownerOf(body) {
        var token = new URLSearchParams(body).get("owner_token");
        return token ? token.split(":")[0] : "";
    }

    /* Keep a form's fields to send later: {id, action, page, body}. */
    function enqueue(entry) {
        var item = Object.assign(
            { state: "waiting", queuedAt: Date.now(), tries: 0, user: ownerOf(entry.body) },
            entry
        );
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
            // Answered 401 when signed out, instead of a redirect to sign-in.
            headers: {
                "Content-Type": "application/x-www-form-urlencoded",
                "X-Portal-Queued": "1",
            },
        });
    }

    /* A page kept offline may hold a CSRF token from before a new sign-in:
     * take the current one from the same page, fetched again, and who that
     * page is for. */
    function freshPage(item) {
        return scope.fetch(item.page, { credentials: "same-origin" })
            .then(function (response) { return response.text(); })
            .then(function (html) {
                var token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(html);
                var user = /data-user="([^"]*)"/.exec(html);
                return { token: token && token[1], user: user ? user[1] : "" };
            });
    }

    var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: " " };

    function decode(text) {
        return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, name) {
            if (name[0] === "#") {
                var hex = name[1] === "x" || name[1] === "X";
                return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
            }
            return ENTITIES[name.toLowerCase()] || all;
        });
    }

    /* Why the portal refused it, in the words of its page (no DOM in a worker). */
    function reasonOf(response) {
        return response.text().then(function (html) {
            var found = /data-sync-reason[^>]*>([\s\S]*?)<\/div>/.exec(html);
            if (!found) {
                return "";
            }
            return decode(found[1].replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
        }, function () { return ""; });
    }

    /* Answered on its own page (a lesson, or the check's result), not elsewhere
     * (the sign-in page) . */
    function answeredHere(item, response) {
        var page = item.action.replace(/(done|check)\/$/, "");
        return !response.redirected || response.url.indexOf(page) === 0;
    }

    /* Sent again later: "retrying" when the portal did not take it (busy),
     * "waiting" when it did not reach the portal (no connection). */
    function later(item, state) {
        item.state = state;
        item.tries = (item.tries || 0) + 1;
        item.retryAt = Date.now() + Math.min(
            RETRY_FIRST_MS * Math.pow(2, item.tries - 1), RETRY_MOST_MS
        );
        return item;
    }

    function outcome(item, response) {
        if (response.status === 401 || !answeredHere(item, response)) {
            item.state = "signin";
            return Promise.resolve(item);
        }
        if (response.ok) {
            item.state = "synced";
            item.resultUrl = response.url;
            return Promise.resolve(item);
        }
        if (response.status >= 500 || response.status === 429) {
            return Promise.resolve(later(item, "retrying"));
        }
        return reasonOf(response).then(function (reason) {
            item.state = "refused";
            item.reason = reason;
            return item;
        });
    }

    function send(item) {
        delete item.retryAt;
        return post(item, item.body).then(function (response) {
            if (response.status !== 403) {
                return outcome(item, response);
            }
            return freshPage(item).then(function (fresh) {
                if (fresh.user !== item.user) {
                    // Signed out meanwhile: kept until its owner signs in again.
                    item.state = "signin";
                    return item;
                }
                if (!fresh.token) {
                    return outcome(item, response);
                }
                var body = new URLSearchParams(item.body);
                body.set("csrfmiddlewaretoken", fresh.token);
                item.body = body.toString();
                return post(item, item.body).then(function (again) {
                    return outcome(item, again);
                });
            });
        }).catch(function () {
            return later(item, "waiting");  // no connection, or it broke off
        }).then(function (sent) {
            sent.sentAt = Date.now();
            return save(sent).then(function () {
                announce(sent);
                return sent;
            });
        });
    }

    /* `urgent`: the connection has just returned, so what waited for it goes
     * now; what the portal could not take still waits its turn. */
    function due(item, now, urgent) {
        if (UNSENT.indexOf(item.state) < 0) {
            return false;
        }
        var mayHurry = urgent && item.state === "waiting";
        return mayHurry || !item.retryAt || item.retryAt <= now;
    }

    /* Resolves to when the next try is due (ms since the epoch), or null. */
    function flushMine(urgent) {
        return items().then(function (mine) {
            var now = Date.now();
            // One after the other, in the order they were made; one that has to
            // wait stops the round (the portal is busy, or the line is down).
            return mine.filter(function (item) { return due(item, now, urgent); })
                .reduce(function (chain, item) {
                    return chain.then(function (stopped) {
                        return stopped || send(item).then(function (sent) {
                            return Boolean(sent.retryAt);
                        });
                    });
                }, Promise.resolve(false));
        }).then(prune).then(items).then(function (mine) {
            var next = mine.filter(function (item) {
                return UNSENT.indexOf(item.state) >= 0 && item.retryAt;
            }).map(function (item) { return item.retryAt; });
            return next.length ? Math.min.apply(null, next) : null;
        });
    }

    function flush(urgent) {
        if (scope.navigator.locks) {
            return scope.navigator.locks.request("portal-sync", function () {
                return flushMine(urgent);
            });
        }
        return flushMine(urgent);
    }

    /* Signing out on a shared phone: send what can be sent, then forget it all. */
    function signOut(patienceMs) {
        var patience = new Promise(function (resolve) { setTimeout(resolve, patienceMs); });
        return Promise.race([flush(true).catch(function () {}), patience]).then(function () {
            return withStore(STORE, "readwrite", function (store) { return store.clear(); });
        }).then(function () { return remember(""); });
    }

    if (pageUser !== undefined) {
        remember(pageUser).catch(function () {});
    }

    scope.PortalSync = {
        CHANNEL: CHANNEL,
        enqueue: enqueue,
        flush: flush,
        items: items,
        signOut: signOut,
        user: pageUser,
    };
})(self);
