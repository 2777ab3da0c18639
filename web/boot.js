// Runs before the app (go-app defers app.js) and counts the times a new
// service worker took over a page that already had one: those are new
// versions. On a first visit the page has no worker; the first one then
// takes it over, which go-app reports as an update, but there is nothing
// newer to reload into.
(function () {
  var sw = navigator.serviceWorker;
  window.factquizWorkerUpdates = 0;
  if (!sw) {
    return;
  }
  var had = !!sw.controller;
  sw.addEventListener("controllerchange", function () {
    if (had) {
      window.factquizWorkerUpdates++;
    }
    had = true;
  });
})();
