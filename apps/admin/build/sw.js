/*
 * The admin app's service worker (scope /admin/): it keeps the app shell — the built code, styles,
 * icons and index.html, listed at build time in SHELL and versioned by VERSION — so a team leader's
 * phone opens the app with no network. It never caches the API: the worklist, the learners and the
 * records waiting to be sent live in IndexedDB, under the app's control. Signing out deletes every
 * cache (the shell too) and unregisters this worker; a sign-in asks it to keep the shell again
 * ("keep-shell"), for the case where the worker outlived the wipe in an open tab, and takes control
 * of the page that asks.
 */
const CACHE = `bdhv-shell-${VERSION}`
const scope = new URL(self.registration.scope)

const keepShell = () =>
  caches
    .open(CACHE)
    .then((cache) =>
      cache
        .keys()
        .then((kept) =>
          kept.length >= SHELL.length
            ? undefined
            : cache.addAll(SHELL.map((file) => new URL(file, scope).href)),
        ),
    )

self.addEventListener("install", (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()))
})

// A page that opened while this worker was installing (a navigation right after sign-in) is not
// claimed by \`activate\`, which ran before the page existed; its "keep-shell" lets it be claimed now.
self.addEventListener("message", (event) => {
  if (event.data === "keep-shell") event.waitUntil(keepShell().then(() => self.clients.claim()))
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("bdhv-shell-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.method !== "GET") return
  const url = new URL(request.url)
  // Only the app itself: the API and the public site go to the network untouched.
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return
  if (request.mode === "navigate") {
    // The newest page when the network answers; the kept one (every route is the same page) when not.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(scope.href, { cacheName: CACHE }).then((kept) => kept ?? Response.error()),
      ),
    )
    return
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((kept) => kept ?? fetch(request)))
})
