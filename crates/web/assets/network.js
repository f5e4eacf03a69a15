// Draws the agency network with cytoscape.js from the page's /network.json (filtered as the
// page is): nodes are placed in columns by the server; colours come from the stylesheet, as
// the legend's do; the zoom buttons appear once the drawing is there.
(function () {
  function colour(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }
  function draw() {
    var container = document.getElementById("network");
    if (!container || typeof cytoscape !== "function") { return; }
    fetch(container.dataset.source, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (graph) {
        var label = {
          "label": "data(label)", "font-size": 15, "font-family": "DejaVu Sans, sans-serif",
          "color": "#1b1f24", "text-valign": "center", "text-halign": "right", "text-margin-x": 6,
          "text-wrap": "wrap", "text-max-width": 330,
          "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1
        };
        var cy = cytoscape({
          container: container,
          elements: graph.elements,
          layout: { name: "preset", padding: 20 },
          minZoom: 0.2,
          maxZoom: 3,
          wheelSensitivity: 0.3,
          style: [
            { selector: "node", style: Object.assign({ "width": 16, "height": 16, "background-color": colour("--net-org") }, label) },
            { selector: "node[type = 'forum']", style: { "shape": "round-rectangle", "background-color": colour("--net-forum"), "width": 20, "height": 18 } },
            { selector: "node[type = 'agreement']", style: { "shape": "diamond", "background-color": colour("--net-agreement"), "width": 20, "height": 20 } },
            { selector: "node[type = 'threat']", style: { "shape": "triangle", "background-color": colour("--net-threat"), "width": 24, "height": 22, "font-weight": "bold" } },
            { selector: "node.findings", style: { "border-width": 3, "border-color": colour("--net-findings"), "border-style": "dashed" } },
            { selector: "node.cut-off", style: { "border-width": 4, "border-color": colour("--net-cut-off"), "color": colour("--net-cut-off"), "font-weight": "bold", "width": 20, "height": 20 } },
            { selector: "edge", style: { "width": 1.5, "line-color": colour("--net-parent"), "curve-style": "bezier", "opacity": 0.75 } },
            { selector: "edge[type = 'member']", style: { "line-color": colour("--net-member") } },
            { selector: "edge[type = 'party']", style: { "line-color": colour("--net-party"), "line-style": "dashed" } },
            { selector: "edge[type = 'accountable']", style: { "line-color": colour("--net-threat"), "width": 3 } },
            { selector: "edge[type = 'responsible']", style: { "line-color": colour("--net-threat"), "line-style": "dashed" } },
            { selector: ".faded", style: { "opacity": 0.15 } }
          ]
        });
        cy.fit(undefined, 20);
        // Legible first: never drawn smaller than three quarters of its size; the rest scrolls.
        if (cy.zoom() < 0.75) {
          cy.zoom(0.75);
          cy.pan({ x: 20, y: 20 });
        }
        // Pointing at a node shows its links and fades the rest.
        cy.on("mouseover", "node", function (event) {
          var near = event.target.closedNeighborhood();
          cy.elements().not(near).addClass("faded");
        });
        cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
        cy.on("tap", "node", function (event) {
          var href = event.target.data("href");
          if (href) { window.location.href = href; }
        });
        var zoom = document.getElementById("network-zoom");
        if (zoom) {
          zoom.hidden = false;
          zoom.addEventListener("click", function (event) {
            var button = event.target.closest("button[data-zoom]");
            if (!button) { return; }
            var centre = { x: container.clientWidth / 2, y: container.clientHeight / 2 };
            if (button.dataset.zoom === "in") { cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre }); }
            if (button.dataset.zoom === "out") { cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre }); }
            if (button.dataset.zoom === "fit") { cy.fit(undefined, 20); }
          });
        }
        container.dataset.ready = "true";
      });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
