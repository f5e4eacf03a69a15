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
// shown on the page when it is the one that changed ("liaison:item"). A page with a
// data-live-stream element (the dashboard) follows that stream instead: the server renders its
// live part once for everyone who sees the same, and pushes it as "fragment" events of HTML
// that replace the element with the same id.
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
  var pushed = document.querySelector("[data-live-stream]");
  var source = new EventSource(pushed ? pushed.dataset.liveStream : "/api/v1/events");
  source.addEventListener("fragment", function (event) {
    var holder = document.createElement("template");
    holder.innerHTML = event.data;
    var fresh = holder.content.firstElementChild;
    var shown = fresh && fresh.id ? document.getElementById(fresh.id) : null;
    if (shown) {
      // The first event repeats what the page already shows: leave it (and the reader's focus
      // and place) alone unless something changed, and keep the focus on the same link when it did.
      if (!shown.isEqualNode(fresh)) {
        var focused = shown.contains(document.activeElement) ? document.activeElement : null;
        var href = focused && focused.getAttribute("href");
        shown.replaceWith(fresh);
        var again = focused && (focused.id ? document.getElementById(focused.id)
          : href ? fresh.querySelector('a[href="' + CSS.escape(href) + '"]') : null);
        if (again) {
          again.focus();
        }
      }
      document.body.dataset.lastFragment = event.lastEventId;
    }
  });
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
// Pickers (fieldsets with data-picker): the list of checkboxes, which works without JavaScript,
// gets a search box that filters the names as one types, the chosen names as chips that a tap
// removes, and one-tap buttons for the organisations the matrix suggests. The checkboxes stay
// the form's fields. Keyboard: arrows move in the list, Enter ticks or unticks, Escape closes
// it, Backspace in an empty search box removes the last chip. When the page refreshes the
// list (htmx, as the suggestions follow the kind and phase), the picker is drawn again.
(function () {
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var make = function (tag, className, text) {
    var el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    if (text) {
      el.textContent = text;
    }
    return el;
  };
  var enhance = function (picker) {
    if (picker.dataset.enhanced) {
      return;
    }
    picker.dataset.enhanced = "true";
    picker.classList.add("picker-js");
    var id = picker.id;
    var legend = picker.querySelector("legend");
    var ui = make("div", "picker-ui");
    var chips = make("ul", "picker-chips");
    chips.setAttribute("aria-label", legend ? legend.textContent + ": chosen" : "Chosen");
    var none = make("p", "muted picker-none", picker.dataset.none);
    var suggest = make("p", "picker-suggest");
    var search = make("input", "picker-search");
    search.type = "text";
    search.id = id + "-search";
    search.autocomplete = "off";
    search.placeholder = picker.dataset.search || "";
    search.setAttribute("role", "combobox");
    search.setAttribute("aria-autocomplete", "list");
    search.setAttribute("aria-expanded", "false");
    search.setAttribute("aria-controls", id + "-listbox");
    if (legend) {
      search.setAttribute("aria-labelledby", legend.id);
    }
    var list = make("ul", "picker-listbox");
    list.id = id + "-listbox";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-multiselectable", "true");
    if (legend) {
      list.setAttribute("aria-labelledby", legend.id);
    }
    list.hidden = true;
    ui.append(chips, none, suggest, search, list);
    if (legend) {
      legend.after(ui);
    } else {
      picker.prepend(ui);
    }
    var active = -1;
    var shown = [];
    var boxes = function () {
      return Array.prototype.slice.call(picker.querySelectorAll(".picker-options input[type=checkbox]"));
    };
    var labelOf = function (box) {
      var label = box.closest("li").querySelector(".picker-label");
      return label ? label.textContent.trim() : box.value;
    };
    var roleOf = function (box) {
      return box.closest("li").dataset.suggested || "";
    };
    var toggle = function (box, on) {
      box.checked = on;
      box.dispatchEvent(new Event("change", { bubbles: true }));
      draw();
    };
    var open = function (on) {
      list.hidden = !on;
      search.setAttribute("aria-expanded", String(on));
      if (!on) {
        active = -1;
        search.removeAttribute("aria-activedescendant");
      }
    };
    var draw = function () {
      var all = boxes();
      chips.textContent = "";
      all.filter(function (box) { return box.checked; }).forEach(function (box) {
        var chip = make("li", "picker-chip");
        chip.append(make("span", "", labelOf(box)));
        var remove = make("button", "picker-remove", "×");
        remove.type = "button";
        remove.setAttribute("aria-label", (picker.dataset.remove || "Remove") + " " + labelOf(box));
        remove.addEventListener("click", function () {
          toggle(box, false);
          search.focus();
        });
        chip.append(remove);
        chips.append(chip);
      });
      none.hidden = chips.children.length > 0;
      suggest.textContent = "";
      var offered = all.filter(function (box) { return roleOf(box) && !box.checked; });
      if (offered.length) {
        suggest.append(make("span", "muted", picker.dataset.suggestedLabel || ""));
        offered.forEach(function (box) {
          var add = make("button", "secondary picker-add", "+ " + labelOf(box));
          add.type = "button";
          add.addEventListener("click", function () {
            toggle(box, true);
          });
          suggest.append(" ", add);
        });
      }
      var query = fold(search.value.trim());
      shown = all.filter(function (box) {
        return !query || fold(labelOf(box)).indexOf(query) >= 0 || fold(box.value).indexOf(query) >= 0;
      });
      if (active >= shown.length) {
        active = shown.length - 1;
      }
      list.textContent = "";
      shown.forEach(function (box, i) {
        var option = make("li", "picker-option");
        option.id = id + "-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", String(box.checked));
        option.append(make("span", "", labelOf(box)));
        if (roleOf(box)) {
          option.append(" ", make("span", "tag", roleOf(box)));
        }
        if (i === active) {
          option.classList.add("active");
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          active = i;
          choose(box);
        });
        list.append(option);
      });
      if (!shown.length) {
        var empty = make("li", "muted picker-empty", picker.dataset.noMatch);
        empty.setAttribute("aria-disabled", "true");
        empty.setAttribute("role", "option");
        empty.setAttribute("aria-selected", "false");
        list.append(empty);
      }
      if (active >= 0 && shown[active]) {
        search.setAttribute("aria-activedescendant", id + "-option-" + active);
        var current = list.children[active];
        if (current && current.scrollIntoView) {
          current.scrollIntoView({ block: "nearest" });
        }
      } else {
        search.removeAttribute("aria-activedescendant");
      }
    };
    var choose = function (box) {
      var typed = search.value.trim() !== "";
      toggle(box, !box.checked);
      if (typed && box.checked) {
        search.value = "";
        active = -1;
        draw();
      }
      search.focus();
    };
    search.addEventListener("input", function () {
      active = search.value.trim() ? 0 : -1;
      open(true);
      draw();
    });
    search.addEventListener("focus", function () {
      open(true);
      draw();
    });
    search.addEventListener("blur", function () {
      open(false);
    });
    search.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        open(true);
        var step = event.key === "ArrowDown" ? 1 : -1;
        active = Math.max(0, Math.min(shown.length - 1, active + step));
        draw();
      } else if (event.key === "Enter") {
        // Enter picks; it never submits the form from the search box.
        event.preventDefault();
        var box = shown[active >= 0 ? active : 0];
        if (box && !list.hidden && (active >= 0 || shown.length === 1)) {
          choose(box);
        }
      } else if (event.key === "Escape") {
        if (!list.hidden) {
          event.preventDefault();
          open(false);
        }
      } else if (event.key === "Backspace" && search.value === "") {
        var chosen = boxes().filter(function (b) { return b.checked; });
        if (chosen.length) {
          toggle(chosen[chosen.length - 1], false);
        }
      }
    });
    picker.addEventListener("change", function (event) {
      if (event.target.matches && event.target.matches(".picker-options input")) {
        draw();
      }
    });
    picker.redraw = draw;
    draw();
  };
  document.querySelectorAll("[data-picker]").forEach(enhance);
  // What is ticked when the new list arrives stays ticked: the list was asked for with the
  // boxes ticked then, and the person may have ticked or unticked some since.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var picker = event.detail.target && event.detail.target.closest && event.detail.target.closest("[data-picker]");
    if (picker) {
      picker.keep = Array.prototype.map.call(
        picker.querySelectorAll(".picker-options input[type=checkbox]:checked"),
        function (box) { return box.value; });
    }
  });
  var redraw = function (event) {
    var picker = event.target.closest && event.target.closest("[data-picker]");
    if (picker && picker.keep) {
      var keep = picker.keep;
      picker.keep = null;
      picker.querySelectorAll(".picker-options input[type=checkbox]").forEach(function (box) {
        box.checked = keep.indexOf(box.value) >= 0;
      });
    }
    if (picker && picker.redraw) {
      picker.redraw();
    }
  };
  document.addEventListener("htmx:load", redraw);
  document.addEventListener("htmx:afterSettle", redraw);
})();
// A table wider than the screen scrolls sideways in its box: the box takes the keyboard focus
// then, so that it can be scrolled without a mouse or a touch.
(function () {
  var mark = function () {
    document.querySelectorAll(".scroll").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.setAttribute("tabindex", "0");
      } else {
        box.removeAttribute("tabindex");
      }
    });
  };
  mark();
  window.addEventListener("resize", mark);
  document.addEventListener("htmx:afterSettle", mark);
})();
