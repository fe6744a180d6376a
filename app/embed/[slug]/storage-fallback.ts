/**
 * Runs in the widget's iframe before the chat starts (an inline script in
 * the page). Browsers that block third-party storage (Chrome with third-party
 * cookies blocked, incognito) throw on `localStorage` in an iframe on another
 * site, so the chat could not keep its session across the host's pages. Then
 * this puts an in-memory `localStorage` in its place, seeded from what embed.js
 * kept for it in the host page's own storage (the `#tandem-storage=` fragment
 * of the iframe's address) and posting every change back to embed.js.
 *
 * Posting to "*" gives the session only to the page that framed this one: it
 * gets back what it passed in, or a session its own visitor just started.
 * Self-contained on purpose: it is serialised with `toString()`.
 */
export function storageFallback() {
  try {
    window.localStorage.getItem("tandem");
    return; // the iframe's own (partitioned) storage works: nothing to do
  } catch {
    // blocked: fall back to the host page's storage through embed.js
  }
  const match = /[#&]tandem-storage=([^&]*)/.exec(location.hash);
  // Null prototype: the keys are whatever the host page's storage held ("__proto__" included).
  let data: Record<string, string> = Object.create(null);
  try {
    if (match) data = Object.assign(Object.create(null), JSON.parse(decodeURIComponent(match[1]!)) as Record<string, string>);
  } catch {
    data = Object.create(null);
  }
  if (match) history.replaceState(history.state, "", location.pathname + location.search);
  const post = (key: string, value: string | null) => {
    if (window.parent !== window) window.parent.postMessage({ source: "tandem", type: "storage", key, value }, "*");
  };
  const storage = {
    getItem: (key: string) => (Object.prototype.hasOwnProperty.call(data, key) ? data[key]! : null),
    setItem: (key: string, value: string) => {
      data[key] = String(value);
      post(key, data[key]);
    },
    removeItem: (key: string) => {
      delete data[key];
      post(key, null);
    },
    clear: () => Object.keys(data).forEach(storage.removeItem),
    key: (index: number) => Object.keys(data)[index] ?? null,
    get length() {
      return Object.keys(data).length;
    },
  };
  Object.defineProperty(window, "localStorage", { value: storage, configurable: true });
}
