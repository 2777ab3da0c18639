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

// When the browser refuses storage (cookies and site data blocked:
// reading window.localStorage or window.sessionStorage throws a
// SecurityError), go-app's start-up and its ctx.SessionStorage would throw
// where Go cannot catch it and the app would stop. An in-memory stand-in
// keeps the app working for this visit, and factquizStorageBlocked tells
// the pages why nothing is kept.
(function () {
  function standIn(name) {
    try {
      if (window[name]) {
        return;
      }
    } catch (e) {
      var items = new Map();
      var mem = {
        get length() { return items.size; },
        key: function (i) { var k = Array.from(items.keys())[i]; return k === undefined ? null : k; },
        getItem: function (k) { k = String(k); return items.has(k) ? items.get(k) : null; },
        setItem: function (k, v) { items.set(String(k), String(v)); },
        removeItem: function (k) { items.delete(String(k)); },
        clear: function () { items.clear(); },
      };
      try {
        Object.defineProperty(window, name, { value: mem, configurable: true });
        if (name === "localStorage") {
          window.factquizStorageBlocked = String(e && e.name ? e.name : e);
        }
      } catch (e2) { }
    }
  }
  standIn("localStorage");
  standIn("sessionStorage");
})();

// go-app's loader (#app-wasm-loader) in the app's look (web/app.css): a
// warm visit (a service worker already serves the app) shows it later, so
// a wasm that starts at once never flashes it; the label's percentage also
// fills the bar's top edge (--fq-progress); the icon is decoration, as the
// label names the app.
(function () {
  try {
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      document.documentElement.classList.add("fq-warm");
    }
  } catch (e) { }
  function watch() {
    var loader = document.getElementById("app-wasm-loader");
    var label = document.getElementById("app-wasm-loader-label");
    var icon = document.getElementById("app-wasm-loader-icon");
    if (!loader || !label) {
      return;
    }
    if (icon) {
      icon.alt = "";
    }
    var show = function () {
      var m = /(\d+)\s*%/.exec(label.textContent || "");
      if (m) {
        loader.style.setProperty("--fq-progress", Math.min(100, +m[1]) + "%");
      }
    };
    show();
    new MutationObserver(show).observe(label, { childList: true, characterData: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
