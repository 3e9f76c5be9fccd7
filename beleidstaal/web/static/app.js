/* beleidstaal web: small progressive enhancements. The page works without this file. */
(function () {
  "use strict";

  var form = document.getElementById("invoer");
  var status = document.getElementById("status");
  if (form && status) {
    form.addEventListener("submit", function () {
      status.textContent = "Bezig met controleren…";
    });
  }

  // Filter: show and hide findings at once when a box is ticked (without JavaScript the button does it).
  var filter = document.getElementById("filter");
  if (filter) {
    var button = document.getElementById("filter-knop");
    if (button) { button.hidden = true; }
    var live = document.createElement("p");
    live.className = "status";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    filter.appendChild(live);

    var applyFilter = function () {
      var cats = {}, sevs = {};
      filter.querySelectorAll("input[name=cat]").forEach(function (box) { cats[box.value] = box.checked; });
      filter.querySelectorAll("input[name=sev]").forEach(function (box) { sevs[box.value] = box.checked; });
      var shown = 0, total = 0;
      document.querySelectorAll("[data-cat][data-sev]").forEach(function (el) {
        var on = cats[el.getAttribute("data-cat")] !== false && sevs[el.getAttribute("data-sev")] !== false;
        if (el.classList.contains("finding")) {
          el.hidden = !on;
          total += 1;
          if (on) { shown += 1; }
        } else {
          el.classList.toggle("off", !on);
        }
      });
      // the copy view belongs to the category of copied text: hidden with it
      document.querySelectorAll("section.copyview").forEach(function (el) { el.hidden = cats.kopie === false; });
      live.textContent = "U ziet " + shown + " van de " + total + " meldingen.";
    };
    filter.addEventListener("change", applyFilter);
  }

  // After a check, put the keyboard focus on the error or on the result, so a screen reader starts there.
  // After an applied suggestion: on the next card, so that one can go on where one was.
  var target = document.getElementById("fout");
  var result = document.getElementById("resultaat");
  if (!target && result && result.getAttribute("data-focus")) {
    target = document.getElementById(result.getAttribute("data-focus"));
  }
  if (!target && window.location.hash === "#resultaat") { target = result; }
  if (target) {
    target.focus();
    target.scrollIntoView({ block: "start" });
  }
})();
