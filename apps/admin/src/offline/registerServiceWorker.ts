/**
 * Registers the service worker that keeps the app shell for offline use (built into `sw.js`, scope
 * `/admin/`), once a user whose role works offline has signed in — nobody else pays for downloading
 * the whole app up front. Only in a production build: the dev server has no `sw.js`. Registering
 * again is a no-op (or the update check the browser would make anyway), and the worker is asked to
 * keep the shell, which it already does unless a sign-out emptied its cache.
 */
export const registerServiceWorker = (): void => {
  if (!import.meta.env.PROD || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return
  const base = import.meta.env.BASE_URL
  // A browser that refuses (a private window, an insecure origin) simply works online only.
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    // A worker that outlived a sign-out's wipe (in a tab left open) fills its cache again.
    .then((registration) => registration.active?.postMessage("keep-shell"))
    .catch(() => undefined)
}
