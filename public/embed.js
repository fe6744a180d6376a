/*! Tandem chat widget loader (docs/widget.md). Plain ES2017 with no build step or dependencies, so it runs as-is on any site. */
(function () {
  "use strict";

  var script = document.currentScript;
  // Without its own <script> tag the loader can tell neither its options nor where the app lives.
  if (!script || !script.src) return;
  if (window.Tandem) {
    console.warn("Tandem: embed.js is on this page twice; only the first one is used.");
    return;
  }
  var noop = function () {};
  var api = { open: noop, close: noop, toggle: noop, identify: noop };
  // The only global: a site can open the chat from its own "Contact us" button.
  window.Tandem = api;

  var ORIGIN = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var slug = (data.flow || "").trim();
  if (!slug) {
    console.warn("Tandem: add data-flow=\"<your flow's slug>\" to the embed.js <script> tag (the builder's Publish panel shows the whole snippet).");
    return;
  }
  var FALLBACK_COLOR = "#2952d9";
  var left = data.position === "left";
  var label = (data.label || "").trim();
  var greeting = (data.greeting || "").trim();
  var color = readColor(data.color);
  // Who the visitor is, as the host site says (docs/widget.md, "Identify your customers"); the server checks it.
  var customer = readCustomer();
  var GREETING_KEY = "tandem:greeting-dismissed:" + slug;
  // The chat's session when the browser denies the iframe its own storage (app/embed/[slug]/storage-fallback.ts).
  var FRAME_STORAGE_KEY = "tandem:frame-storage:" + slug;

  var ICON_CHAT =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 3C6.5 3 2 6.8 2 11.5c0 2.4 1.2 4.6 3.1 6.1L4.3 21a.6.6 0 0 0 .8.7l4.1-1.8c.9.2 1.8.3 2.8.3 5.5 0 10-3.8 10-8.5S17.5 3 12 3Z"/></svg>';
  var ICON_CLOSE =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M6 6l12 12M18 6 6 18"/></svg>';
  var ICON_DOWN =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" d="m6 9 6 6 6-6"/></svg>';

  // Everything lives in a shadow root: the host page's CSS cannot reach in (`all: initial` even stops
  // inherited fonts and colours at the door), and nothing here can leak out.
  var CSS =
    ":host{all:initial!important}" +
    "*{box-sizing:border-box}[hidden]{display:none!important}" +
    ".w{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#111827;-webkit-font-smoothing:antialiased}" +
    "button{all:initial;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;cursor:pointer;font:inherit;color:inherit}" +
    "button:focus-visible{outline:3px solid var(--tc);outline-offset:3px;box-shadow:0 0 0 3px #fff}" +
    "svg{display:block;width:24px;height:24px;flex:none}" +
    ".l{position:fixed;z-index:2147483000;bottom:20px;right:20px;height:56px;min-width:56px;padding:0 16px;gap:8px;border-radius:28px;background:var(--tc);color:var(--ink);font-size:15px;font-weight:600;box-shadow:0 4px 14px rgba(0,0,0,.25);transition:transform .15s}" +
    ".l:hover{transform:scale(1.06)}.l svg{width:28px;height:28px}.icon{padding:0}.open .t{display:none}.open .l{padding:0}" +
    ".b{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#dc2626;color:#fff;font:700 12px/22px system-ui,sans-serif;text-align:center;box-shadow:0 0 0 2px #fff}" +
    ".g{position:fixed;z-index:2147483000;bottom:88px;right:20px;display:flex;align-items:flex-start;max-width:min(300px,calc(100vw - 40px));border-radius:14px;background:#fff;color:#111827;box-shadow:0 6px 24px rgba(0,0,0,.18)}" +
    ".gt{display:block;padding:12px 4px 12px 14px;text-align:left;white-space:pre-wrap;overflow-wrap:anywhere}" +
    ".gx{width:32px;height:32px;margin:4px;border-radius:8px;color:#6b7280}.gx:hover{background:#f3f4f6}.gx svg{width:16px;height:16px}" +
    ".p{position:fixed;z-index:2147483001;bottom:88px;right:20px;display:flex;flex-direction:column;width:380px;height:600px;max-width:calc(100vw - 40px);max-height:calc(100vh - 108px);border-radius:16px;overflow:hidden;background:#fff;box-shadow:0 12px 48px rgba(0,0,0,.28)}" +
    ".left .l,.left .g,.left .p{right:auto;left:20px}.left .b{right:auto;left:-4px}" +
    "iframe{all:initial;display:block;flex:1;width:100%;min-height:0;border:0;background:#fff}" +
    ".bar{display:none}" +
    // Phones: the chat takes the whole screen, and a bar on top replaces the launcher as the way out.
    "@media (max-width:479px){.p{inset:0;width:100%;height:100%;max-width:none;max-height:none;border-radius:0}.open .l,.open .g{display:none}" +
    ".bar{display:flex;justify-content:flex-end;padding:4px;background:var(--tc);color:var(--ink)}.bar button{width:44px;height:44px;border-radius:10px}}" +
    "@media (prefers-reduced-motion:no-preference){.p{animation:tin .18s ease-out}.g{animation:tin .3s ease-out}}" +
    "@keyframes tin{from{opacity:0;transform:translateY(10px)}}";

  var host = document.createElement("tandem-chat");
  var root = host.attachShadow({ mode: "open" });
  var style = document.createElement("style");
  style.textContent = CSS;
  root.appendChild(style);

  var wrap = el("div", "w" + (left ? " left" : ""));
  var panel = el("div", "p");
  panel.id = "tandem-chat-panel";
  panel.hidden = true;
  var bar = el("div", "bar");
  var barClose = iconButton("", "Close chat", ICON_DOWN);
  bar.appendChild(barClose);
  panel.appendChild(bar);

  var bubble = el("div", "g");
  bubble.hidden = true;
  var bubbleText = el("button", "gt");
  bubbleText.textContent = greeting;
  var bubbleClose = iconButton("gx", "Dismiss the greeting", ICON_CLOSE);
  bubble.appendChild(bubbleText);
  bubble.appendChild(bubbleClose);

  var launcher = el("button", "l" + (label ? "" : " icon"));
  launcher.type = "button";
  launcher.hidden = true;
  launcher.setAttribute("aria-controls", panel.id);
  var launcherIcon = el("span", "");
  launcherIcon.style.display = "contents";
  var launcherText = el("span", "t");
  launcherText.textContent = label;
  var badge = el("span", "b");
  badge.hidden = true;
  badge.setAttribute("aria-hidden", "true");
  launcher.appendChild(launcherIcon);
  if (label) launcher.appendChild(launcherText);
  launcher.appendChild(badge);

  wrap.appendChild(panel);
  wrap.appendChild(bubble);
  wrap.appendChild(launcher);
  root.appendChild(wrap);

  var isOpen = false;
  var unread = 0;
  var frame = null;
  var frameReady = false;
  var focusOnReady = false;
  var shown = false;

  function el(tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  function iconButton(className, name, icon) {
    var button = el("button", className);
    button.type = "button";
    button.setAttribute("aria-label", name);
    button.innerHTML = icon;
    return button;
  }

  function readCustomer() {
    var found = {};
    var any = false;
    var fields = { customerId: "id", customerEmail: "email", customerName: "name", customerHash: "userHash" };
    for (var key in fields) {
      var value = (data[key] || "").trim();
      if (value) {
        found[fields[key]] = value;
        any = true;
      }
    }
    if (data.customerAttributes) {
      try {
        found.attributes = JSON.parse(data.customerAttributes);
        any = true;
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no catch without a binding
      } catch (error) {
        console.warn('Tandem: data-customer-attributes is not JSON, e.g. \'{"plan":"pro"}\'; it was left out.');
      }
    }
    return any ? found : null;
  }

  /** A later Tandem.identify: the chat under way joins that customer. */
  function tellIdentity() {
    if (frameReady && customer) frame.contentWindow.postMessage({ source: "tandem", type: "identify", customer: customer }, ORIGIN);
  }

  /** The answer to the chat's "ready": who the customer is (or null). A new chat waits for it, so its greeting can name them. */
  function tellHost() {
    frame.contentWindow.postMessage({ source: "tandem", type: "host", customer: customer }, ORIGIN);
  }

  function readColor(value) {
    value = (value || "").trim();
    return value && window.CSS && window.CSS.supports("color", value) ? value : null;
  }

  /** The host page's localStorage; `value` undefined reads. Blocked storage (privacy settings) only means forgetting. */
  function hostStorage(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no catch without a binding
    } catch (error) {
      // nothing to keep it in
    }
    return null;
  }

  function frameStorage() {
    try {
      var saved = JSON.parse(hostStorage(FRAME_STORAGE_KEY) || "{}");
      return saved && typeof saved === "object" ? saved : {};
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no catch without a binding
    } catch (error) {
      return {};
    }
  }

  function keepForFrame(key, value) {
    if (typeof key !== "string" || key.indexOf("tandem:") !== 0 || (value !== null && typeof value !== "string") || (value && value.length > 2000)) return;
    var saved = frameStorage();
    if (value === null) delete saved[key];
    else saved[key] = value;
    hostStorage(FRAME_STORAGE_KEY, Object.keys(saved).length ? JSON.stringify(saved) : null);
  }

  // White or near-black text on the launcher, whichever reads better on the chosen colour.
  function inkFor() {
    var rgb = (getComputedStyle(launcher).backgroundColor.match(/[\d.]+/g) || [0, 0, 0]).map(Number);
    var channel = function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    return luminance > 0.4 ? "#111827" : "#ffffff";
  }

  function render() {
    wrap.classList.toggle("open", isOpen);
    launcher.setAttribute("aria-expanded", String(isOpen));
    launcherIcon.innerHTML = isOpen ? ICON_CLOSE : ICON_CHAT;
    var name = isOpen ? "Close chat" : label || "Open chat";
    if (!isOpen && unread) name += " (" + unread + " unread)";
    launcher.setAttribute("aria-label", name);
    badge.hidden = isOpen || !unread;
    badge.textContent = !unread ? "" : unread > 99 ? "99+" : String(unread);
  }

  function tellFrame() {
    // Only once the chat said it is ready: before that the frame holds about:blank, and posting to it would fail loudly.
    if (!frameReady) return;
    frame.contentWindow.postMessage({ source: "tandem", type: "visibility", open: isOpen, focus: isOpen && focusOnReady }, ORIGIN);
    focusOnReady = false;
  }

  function ensureFrame() {
    if (frame) return;
    frame = document.createElement("iframe");
    frame.title = "Chat";
    frame.allow = "clipboard-write";
    var saved = hostStorage(FRAME_STORAGE_KEY);
    frame.src = ORIGIN + "/embed/" + encodeURIComponent(slug) + (saved ? "#tandem-storage=" + encodeURIComponent(saved) : "");
    panel.appendChild(frame);
  }

  function dismissGreeting() {
    if (!bubble.hidden) hostStorage(GREETING_KEY, greeting);
    bubble.hidden = true;
  }

  /** Opens or closes the chat; `focus` moves the keyboard into the chat (a visitor's action, never a page load). */
  function setOpen(open, focus) {
    if (open === isOpen) return;
    var hadFocus = root.activeElement === frame || root.activeElement === barClose;
    isOpen = open;
    if (open) {
      ensureFrame();
      dismissGreeting();
      unread = 0;
    }
    panel.hidden = !open;
    render();
    focusOnReady = open && focus;
    tellFrame();
    if (open && focus) frame.focus();
    // Closing hides the focused frame: give the focus back to the launcher rather than lose it to the page.
    if (!open && (focus || hadFocus)) launcher.focus();
  }

  function show(launcherColor) {
    if (shown) return;
    shown = true;
    wrap.style.setProperty("--tc", launcherColor);
    render();
    launcher.hidden = false;
    wrap.style.setProperty("--ink", inkFor());
    if (greeting && hostStorage(GREETING_KEY) !== greeting && !isOpen) bubble.hidden = false;
  }

  launcher.addEventListener("click", function () {
    setOpen(!isOpen, true);
  });
  barClose.addEventListener("click", function () {
    setOpen(false, true);
  });
  bubbleText.addEventListener("click", function () {
    setOpen(true, true);
  });
  bubbleClose.addEventListener("click", function () {
    dismissGreeting();
    launcher.focus();
  });
  wrap.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    if (isOpen) setOpen(false, true);
    else if (!bubble.hidden) {
      dismissGreeting();
      launcher.focus();
    }
  });

  window.addEventListener("message", function (event) {
    // Only our own frame, served from the app's origin, may steer the widget.
    if (!frame || event.source !== frame.contentWindow || event.origin !== ORIGIN) return;
    var message = event.data;
    if (!message || message.source !== "tandem") return;
    if (message.type === "ready") {
      frameReady = true;
      tellHost();
      tellFrame();
    } else if (message.type === "identity" && !message.accepted) {
      console.warn("Tandem: the customer's identity was refused (" + message.code + "): " + message.message + " The chat goes on anonymously.");
    } else if (message.type === "close") {
      setOpen(false, true);
    } else if (message.type === "unread" && !isOpen) {
      unread = Math.min(Math.max(Math.floor(Number(message.count)) || 0, 0), 1000);
      render();
    } else if (message.type === "storage") {
      keepForFrame(message.key, message.value);
    }
  });

  api.open = function () {
    setOpen(true, true);
  };
  api.close = function () {
    setOpen(false, false);
  };
  api.toggle = function () {
    setOpen(!isOpen, true);
  };
  /** Tells the chat who the visitor is: { id, email, name, attributes, userHash }; a chat already under way joins that customer. */
  api.identify = function (identity) {
    if (!identity || typeof identity !== "object") {
      console.warn("Tandem.identify needs an object: { id, email, name, attributes, userHash }.");
      return;
    }
    customer = {};
    ["id", "email", "name", "userHash"].forEach(function (key) {
      if (identity[key] !== undefined && identity[key] !== null) customer[key] = String(identity[key]);
    });
    if (identity.attributes && typeof identity.attributes === "object") customer.attributes = identity.attributes;
    tellIdentity();
  };

  function mount() {
    document.body.appendChild(host);
    if (color) show(color);
    else {
      // The flow's own colour; a slow or failed answer must not keep the launcher away for long.
      setTimeout(function () {
        show(FALLBACK_COLOR);
      }, 3000);
      fetch(ORIGIN + "/embed/" + encodeURIComponent(slug) + "/config", { credentials: "omit" })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (config) {
          if (config && !config.available)
            console.warn('Tandem: no chat is published at data-flow="' + slug + "\". Check the slug in the builder's Publish panel.");
          show(readColor(config && config.color) || FALLBACK_COLOR);
        })
        .catch(function () {
          show(FALLBACK_COLOR);
        });
    }
    if (data.open === "true") setOpen(true, false);
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
