// The first module index.html runs, ahead of the app's own code and its libraries. With the
// embedded mock API, it registers MSW's service worker at once: the browser fetches, installs
// and activates it on its own thread (about 400 ms here) while the app's code is still being
// evaluated, and MSW's start in main.tsx then finds it ready (issue #7). A build for a real API
// server (VITE_API_BASE_URL) leaves this file empty.
if (!import.meta.env.VITE_API_BASE_URL && 'serviceWorker' in navigator) {
  // MSW registers the same script again when it starts, and reports a failure there.
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`).catch(() => undefined);
}
