// factcheck serve: post the form with fetch so the page stays, say what is happening and for
// how long, then swap in the outcome and move focus to it. Without this script the form is a
// plain POST and the server answers with the same page, outcome included.
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }
  var status = document.getElementById("status");
  var button = document.getElementById("submit");

  function say(text, busy) {
    status.textContent = "";
    if (busy) {
      var bar = document.createElement("progress");
      bar.setAttribute("aria-hidden", "true");
      status.appendChild(bar);
    }
    status.appendChild(document.createTextNode(text));
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("outcome");
    var outcome = document.getElementById("outcome");
    if (!fresh) { throw new Error("no outcome in the answer"); }
    outcome.replaceWith(document.importNode(fresh, true));
    document.getElementById("outcome").focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (button.disabled) { return; }
    var checking = form.elements.draft.value.trim() !== "";
    var doing = checking ? "Checking the draft against the article" : "Summarizing the article and checking its figures";
    var started = Date.now();
    function tick() {
      say(doing + "… " + Math.round((Date.now() - started) / 1000) + " s", true);
    }
    tick();
    var timer = window.setInterval(tick, 1000);
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { "Accept": "text/html" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.text().then(function (html) {
        swap(html);
        var seconds = ((Date.now() - started) / 1000).toFixed(1);
        say(response.ok ? "Done in " + seconds + " s." : "Stopped after " + seconds + " s: see below.", false);
      });
    }).catch(function () {
      say("The server could not be reached; nothing was checked. Try again.", false);
    }).then(function () {
      window.clearInterval(timer);
      button.disabled = false;
      form.removeAttribute("aria-busy");
    });
  });
})();
