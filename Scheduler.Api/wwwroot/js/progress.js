// Refreshes the generation progress panel every 2 seconds until the run finishes; without script the page still shows
// the figures of its last load and a refresh link.
(function () {
    "use strict";
    var panel = document.getElementById("progress");
    if (!panel || panel.dataset.finished === "true") {
        return;
    }
    var url = panel.dataset.statusUrl;
    function set(id, value) {
        var el = document.getElementById(id);
        if (el) { el.textContent = value; }
    }
    function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (s) {
                if (!s) { return; }
                set("p-state", s.state);
                set("p-objective", s.objective);
                set("p-gap", s.gap);
                set("p-elapsed", s.elapsed);
                if (s.rotaUrl) {
                    document.getElementById("p-rota").href = s.rotaUrl;
                    document.getElementById("p-result").classList.remove("hidden");
                }
                if (s.finished && (s.replan || s.rotaUrl)) {
                    // A finished run's page sums up its draft, and a re-plan's lists what changed: the server renders them.
                    window.location.reload();
                    return;
                }
                if (s.finished) {
                    var cancel = document.getElementById("p-cancel");
                    if (cancel) { cancel.remove(); }
                    return;
                }
                window.setTimeout(poll, 2000);
            })
            .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 2000);
})();
