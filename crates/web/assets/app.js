// Small enhancements; every page works without them.
// Buttons with data-confirm ask before they submit.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// Buttons with data-print print the page.
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
// Live updates: one event stream per page. Every change the server lets this reader see
// refreshes the parts of the page that list items (hx-trigger "liaison:change"), and the item
// shown on the page when it is the one that changed ("liaison:item").
(function () {
  var marks = document.querySelectorAll("[data-live]");
  if (!marks.length || !window.EventSource) {
    return;
  }
  var state = ["", false];
  var say = function (text, on) {
    state = [text, on];
    document.querySelectorAll("[data-live]").forEach(function (el) {
      el.textContent = text;
      el.classList.toggle("live-on", on);
    });
  };
  var pending = null;
  var changed = function (item) {
    if (pending) {
      clearTimeout(pending);
    }
    pending = setTimeout(function () {
      pending = null;
      document.body.dispatchEvent(new CustomEvent("liaison:change"));
    }, 250);
    document.querySelectorAll("[data-live-item]").forEach(function (el) {
      if (el.dataset.liveItem === item && window.htmx) {
        window.htmx.trigger(el, "liaison:item");
      }
    });
  };
  var source = new EventSource("/api/v1/events");
  source.onopen = function () { say("● Live", true); };
  source.onerror = function () { say("Reconnecting…", false); };
  source.onmessage = function (event) {
    try {
      var message = JSON.parse(event.data);
      document.body.dataset.lastEvent = String(message.seq);
      changed(message.item);
    } catch (e) {
      // Not ours: ignore.
    }
  };
  source.addEventListener("resync", function () { changed(""); });
  document.body.addEventListener("htmx:afterSwap", function () { say(state[0], state[1]); });
})();
// The navigation on a phone: the "Menu" link (which opens it by its #menu target without
// JavaScript) becomes a button that opens and closes it in place; Escape closes it.
(function () {
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("menu");
  if (!toggle || !menu) {
    return;
  }
  toggle.setAttribute("role", "button");
  toggle.setAttribute("aria-expanded", "false");
  var set = function (open) {
    menu.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", function (event) {
    event.preventDefault();
    set(!menu.classList.contains("open"));
  });
  toggle.addEventListener("keydown", function (event) {
    if (event.key === " ") {
      event.preventDefault();
      set(!menu.classList.contains("open"));
    }
  });
  var close = menu.querySelector(".menu-close");
  if (close) {
    close.addEventListener("click", function (event) {
      event.preventDefault();
      set(false);
      toggle.focus();
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.classList.contains("open")) {
      set(false);
      toggle.focus();
    }
  });
})();
