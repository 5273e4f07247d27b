// The card page's own script: it hands the one card its objective. The card's file may not have
// arrived yet; the property is kept and used when it has (Lit upgrades keep what was set before).
const fixtures = await (await fetch('/fixtures.json')).json();
window.__gk = { events: [], violations: window.__gk?.violations ?? [] };
document.querySelector('#card').objective = fixtures.objective;
document.body.dataset.ready = 'true';
