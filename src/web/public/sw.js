// The technician's phone app offline (issue 15). Hand-written on purpose: it only has to keep the
// app shell and the signed-in technician's own visits readable without a network. Writes are not
// handled here: the page queues them in IndexedDB and resends them with their Idempotency-Key.
const SHELL = "aftercare-shell-v1";
const API = "aftercare-visits-v1";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((c) => c.addAll(["/", "/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon.svg"]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== API).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page tells us when the session ends: nothing of that user stays on the phone.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "signed-out") event.waitUntil(caches.delete(API));
});

// Only what the technician's screens read: their own round (technicianId=me), one visit, and the
// session the shell needs to start. Nothing else from the API is ever stored.
function cachedApi(url) {
  if (url.pathname === "/api/v1/me" || url.pathname === "/api/v1/tenant") return true;
  if (url.pathname === "/api/v1/visits") return url.searchParams.get("technicianId") === "me";
  return /^\/api\/v1\/visits\/[^/]+$/.test(url.pathname);
}

// An answer is stored under its URL plus a digest of the caller's token, so one user's cached
// visits can never answer another user's request on a shared phone.
async function userKey(request) {
  const auth = request.headers.get("authorization");
  if (!auth) return null;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(auth));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  const url = new URL(request.url);
  url.searchParams.set("__sw_user", hex.slice(0, 32));
  return url.toString();
}

async function networkFirstApi(request) {
  const key = await userKey(request);
  try {
    const response = await fetch(request);
    if (key && response.ok) {
      const cache = await caches.open(API);
      await cache.put(key, response.clone());
    }
    return response;
  } catch (err) {
    const hit = key ? await caches.match(key, { cacheName: API }) : undefined;
    if (hit) return hit;
    throw err;
  }
}

// Built assets have content hashes: once fetched they never change.
async function cacheFirstAsset(request) {
  const hit = await caches.match(request, { cacheName: SHELL });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone());
  }
  return response;
}

// Pages: always the newest shell when online, the stored one when not.
async function networkFirstPage(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SHELL);
      await cache.put("/", response.clone());
    }
    return response;
  } catch (err) {
    const hit = await caches.match("/", { cacheName: SHELL });
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) {
    if (cachedApi(url)) event.respondWith(networkFirstApi(request));
    return;
  }
  // The server renders these pages itself (confirmations, the public form, surveys): not the shell.
  if (/^\/(confirm|request|survey)\//.test(url.pathname)) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirstPage(request));
    return;
  }
  if (url.pathname.startsWith("/assets/") || url.pathname.startsWith("/icons/"))
    event.respondWith(cacheFirstAsset(request));
});
