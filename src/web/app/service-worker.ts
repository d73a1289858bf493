// The offline shell for the technician's phone app (public/sw.js). Only in the built app: the
// Vite dev server serves fresh modules that a worker would only get in the way of.
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without a worker the app still works online; offline reading is what is lost.
    });
  });
}

// Signing out leaves none of that user's cached visits on the phone.
export function forgetCachedData() {
  navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
}
