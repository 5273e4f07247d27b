// The host page's own script (a file, since the strict CSP forbids inline scripts). It hands the
// presentational widgets their data, records every gk-* event, and reports CSP violations.
const fixtures = await (await fetch('/fixtures.json')).json();
window.__gk = { events: [], violations: window.__gk?.violations ?? [] };
for (const type of ['gk-check-in', 'gk-save', 'gk-select', 'gk-comment', 'gk-error', 'gk-load-children']) {
  document.addEventListener(type, (event) => window.__gk.events.push({ type, detail: event.detail }));
}
const set = (selector, values) => Object.assign(document.querySelector(selector), values);
set('#progress', {});
set('#key-result', { keyResult: fixtures.keyResult });
set('#card', { objective: fixtures.objective });
set('#form', { keyResult: fixtures.keyResult });
set('#timeline', { keyResult: fixtures.keyResult, checkIns: fixtures.checkIns, cycle: fixtures.cycle });
set('#tree', { nodes: fixtures.nodes });
set('#editor', { objective: fixtures.objective, cycles: [fixtures.cycle] });
set('#dashboard', { objectives: [fixtures.objective] });
set('#thread', { comments: fixtures.comments });
document.body.dataset.ready = 'true';
