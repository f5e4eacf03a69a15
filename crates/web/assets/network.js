// Draws the agency network with cytoscape.js from /network.json.
(function () {
  function draw() {
    var container = document.getElementById("network");
    if (!container || typeof cytoscape !== "function") { return; }
    fetch(container.dataset.source, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (graph) {
        var cy = cytoscape({
          container: container,
          elements: graph.elements,
          layout: { name: "cose", animate: false, nodeRepulsion: 600000, idealEdgeLength: 90, componentSpacing: 80, nodeOverlap: 40 },
          style: [
            { selector: "node", style: { "label": "data(label)", "font-size": 10, "text-wrap": "wrap", "text-max-width": 80, "background-color": "#0550ae", "color": "#1b1f24" } },
            { selector: "node[type = 'forum']", style: { "shape": "round-rectangle", "background-color": "#1a7f37" } },
            { selector: "node[type = 'agreement']", style: { "shape": "diamond", "background-color": "#9a6700" } },
            { selector: "node[type = 'threat']", style: { "shape": "triangle", "background-color": "#a40e26" } },
            { selector: "edge", style: { "width": 1, "line-color": "#8c959f" } },
            { selector: "edge[type = 'accountable']", style: { "line-color": "#a40e26", "line-style": "dashed" } }
          ]
        });
        cy.on("tap", "node", function (event) {
          var href = event.target.data("href");
          if (href) { window.location.href = href; }
        });
        container.dataset.ready = "true";
      });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
