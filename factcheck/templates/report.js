// factcheck report: selecting a claim scrolls to its evidence in the article and marks it;
// selecting a highlighted figure marks the claims it is evidence for. Works without this
// script too: every claim is a plain #anchor link to its first mark.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var motion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches
    ? "auto" : "smooth";

  function clear() {
    document.querySelectorAll(".selected").forEach(function (node) {
      node.classList.remove("selected");
    });
  }

  function ids(node, attribute) {
    return (node.getAttribute(attribute) || "").split(" ").filter(Boolean);
  }

  function selectClaim(claim, scroll) {
    clear();
    claim.classList.add("selected");
    var marks = ids(claim, "data-marks").map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean);
    marks.forEach(function (mark) { mark.classList.add("selected"); });
    if (scroll && marks.length) {
      marks[0].scrollIntoView({ block: "center", behavior: motion });
    }
  }

  document.querySelectorAll(".claim[data-marks]").forEach(function (claim) {
    var link = claim.querySelector("a.claim-link");
    if (!link) { return; }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      selectClaim(claim, true);
      try {
        history.replaceState(null, "", "#" + claim.id);
      } catch (error) {
        // Some viewers (sandboxed previews) forbid history changes; selection still works.
      }
    });
  });

  document.querySelectorAll("mark[data-claims]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var claims = ids(mark, "data-claims").map(function (id) {
        return document.getElementById(id);
      }).filter(Boolean);
      if (!claims.length) { return; }
      selectClaim(claims[0], false);
      claims.slice(1).forEach(function (claim) { claim.classList.add("selected"); });
      claims[0].scrollIntoView({ block: "nearest", behavior: motion });
    });
  });

  var start = location.hash && document.getElementById(location.hash.slice(1));
  if (start && start.classList.contains("claim")) { selectClaim(start, true); }
})();
