// chancery: small conveniences; every page works without this file.
(function () {
  "use strict";
  // "/" focuses the search box, as in many analyst tools.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    var q = document.getElementById("q");
    if (q) { e.preventDefault(); q.focus(); q.select(); }
  });
  // On an event page, "e" toggles every quote list open or closed.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "e" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    var ds = document.querySelectorAll("details.quotes");
    if (!ds.length) return;
    var open = !ds[0].open;
    for (var i = 0; i < ds.length; i++) ds[i].open = open;
  });
  // Empty filter fields are dropped from the query so URLs stay short.
  var forms = document.querySelectorAll("form.filters");
  for (var i = 0; i < forms.length; i++) {
    forms[i].addEventListener("submit", function () {
      var els = this.elements;
      for (var j = 0; j < els.length; j++) {
        if (els[j].name && els[j].value === "") els[j].disabled = true;
      }
    });
  }
})();
