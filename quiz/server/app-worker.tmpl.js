// Factquiz's service worker: the template of go-app's app-worker.js
// (handler.go embeds it as Handler.ServiceWorkerTemplate; it is served only
// as /app-worker.js with {{.Version}} and {{.ResourcesToCache}} filled in).
//
// It keeps go-app's protocol: a new Version is a new worker script, which
// installs, skips waiting and claims the pages; app.js sees the new worker
// activated while a controller exists and calls goappOnUpdate, so
// OnAppUpdate and ctx.AppUpdateAvailable() work. Unlike go-app's default:
// - install waits (event.waitUntil) until every resource is cached: the
//   shell "/", app.js, wasm_exec.js, app.wasm, the manifest, the icons,
//   the styles, /questions/index.json, then every question file, two at a
//   time. If one fails the install fails and the previous worker stays in
//   charge.
//   It revalidates what the browser's HTTP cache holds (cache: "no-cache")
//   instead of downloading it again, so that a first visit, whose page has
//   just downloaded app.wasm, transfers it once.
// - a navigation to any page (/quiz/x, /new, /?q=1) goes to the network
//   and, when that fails (offline) or the host has no such page (404), is
//   answered with the cached "/" shell; the wasm then routes by the URL.
// - every path is taken relative to the worker's scope, so that the app
//   also works offline when a static host serves it under a sub-path
//   (/quiz/web/app.wasm, /quiz/questions/x.yaml: see `factquiz static`).
// - /questions/* is network first: a fresh copy refreshes the cache, a 404
//   removes it, the cached copy answers when the network or server fails.
// - everything else of this origin is cache first.
// - activate deletes the caches of older versions.

// -----------------------------------------------------------------------------
// PWA
// -----------------------------------------------------------------------------
const resourcesToCache = {{.ResourcesToCache}};
// The app's root: "/", or "/quiz/" for a static site under a sub-path.
const rootPath = new URL(self.registration.scope).pathname;
const shellURL = rootPath;
// Caches belong to the origin, not to a scope: a sub-path names its own,
// so that two copies of the app on one host (GitHub Pages' /a/ and /b/)
// do not delete each other's.
const cacheName =
  "app-" + "{{.Version}}" + (rootPath === "/" ? "" : " " + rootPath);

// questionFileLanes is how many question files install fetches at once,
// leaving most of a browser's 6 connections to a host to the page.
const questionFileLanes = 2;

function cacheScope(key) {
  const space = key.indexOf(" ");
  return space < 0 ? "/" : key.slice(space + 1);
}

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker());
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  // cache: "no-cache" asks the server whether the HTTP cache's copy is
  // still current (a 304 when it is): a new version never stores an older
  // copy, and a file the page has just downloaded is not sent again.
  // ("reload" skipped the HTTP cache: a first visit downloaded app.wasm
  // twice.)
  const request = (url) => new Request(url, { cache: "no-cache" });
  const isQuestionFile = (url) =>
    url.startsWith(rootPath + "questions/") && url !== rootPath + "questions/index.json";
  await cache.addAll(resourcesToCache.filter((url) => !isQuestionFile(url)).map(request));
  // The question files come after the app's own files and two at a time:
  // the install runs beside the page's start, and 1,000 files asked for at
  // once competed with the page's own requests (with 1,000 files at
  // 10 Mbit/s the first question came 14% sooner this way; the same on
  // loopback; docs/wasm-size.md).
  const questionFiles = resourcesToCache.filter(isQuestionFile);
  let next = 0;
  const lane = async () => {
    while (next < questionFiles.length) {
      await cache.add(request(questionFiles[next++]));
    }
  };
  await Promise.all(Array.from({ length: questionFileLanes }, lane));
  await self.skipWaiting();
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await deletePreviousCaches();
      await self.clients.claim();
      console.log("app worker {{.Version}} is activated");
    })()
  );
});

async function deletePreviousCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys.map(async (key) => {
      if (key !== cacheName && cacheScope(key) === rootPath) {
        try {
          console.log("deleting", key, "cache");
          await caches.delete(key);
        } catch (err) {
          console.error("deleting", key, "cache failed:", err);
        }
      }
    })
  );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }

  if (url.pathname.startsWith(rootPath + "questions/")) {
    event.respondWith(networkFirst(request));
    return;
  }
  if (request.mode === "navigate" && !url.pathname.startsWith(rootPath + "web/")) {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// navigate answers a page from the network, or from the cache when the
// network fails or the host has no such page (a static host knows only the
// pages written for it; the app knows them all).
async function navigate(request) {
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    const page = await cachedPage(request);
    if (page) {
      return page;
    }
    throw err;
  }
  if (response.status === 404) {
    return (await cachedPage(request)) || response;
  }
  return response;
}

async function cachedPage(request) {
  const cache = await caches.open(cacheName);
  return (
    (await cache.match(request, { ignoreSearch: true })) ||
    (await cache.match(shellURL))
  );
}

// networkFirst answers a question file from the network and refreshes the
// cached copy, or answers the cached copy when the network fails.
async function networkFirst(request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request, { cache: "no-cache" });
    if (response.ok) {
      await cache.put(request, response.clone());
    } else if (response.status === 404) {
      await cache.delete(request);
    } else {
      // A failing server (5xx) is no better than no server.
      return (await cache.match(request)) || response;
    }
    return response;
  } catch (err) {
    const cached = await cache.match(request);
    if (cached) {
      return cached;
    }
    throw err;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  return await fetch(request);
}

// -----------------------------------------------------------------------------
// Push Notifications (as in go-app's default worker)
// -----------------------------------------------------------------------------
self.addEventListener("push", (event) => {
  event.waitUntil((async () => {
    let notification;

    try {
      notification = event.data ? event.data.json() : null;
    } catch {
      notification = null;
    }

    if (!notification) {
      return;
    }

    await showNotification(self.registration, notification);
  })());
});

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "goapp:notify") {
    return;
  }

  event.waitUntil(
    showNotification(self.registration, msg.options)
  );
});

async function showNotification(registration, notification) {
  const title = notification.title || "Notification";

  let actions = [];
  for (let i in notification.actions) {
    const action = notification.actions[i];
    actions.push({
      action: action.action,
      path: action.path,
    });
    delete action.path;
  }

  await registration.showNotification(title, {
    body: notification.body,
    icon: notification.icon,
    badge: notification.badge,
    actions: notification.actions,
    data: {
      goapp: {
        path: notification.path,
        actions: actions
      }
    }
  });
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();

  const notification = event.notification;
  let path = notification.data.goapp.path;

  for (let i in notification.data.goapp.actions) {
    const action = notification.data.goapp.actions[i];
    if (action.action === event.action) {
      path = action.path;
      break;
    }
  }

  event.waitUntil(
    clients
      .matchAll({
        type: "window",
      })
      .then((clientList) => {
        for (var i = 0; i < clientList.length; i++) {
          let client = clientList[i];
          if ("focus" in client) {
            client.focus();
            client.postMessage({
              goapp: {
                type: "notification",
                path: path,
              },
            });
            return;
          }
        }

        if (clients.openWindow) {
          return clients.openWindow(path);
        }
      })
  );
});
