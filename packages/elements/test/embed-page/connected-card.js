// As the README's recipe: the token is set by script, after goalkit.js (and, as may happen, before
// <gk-provider> is defined: the provider takes it when its file arrives).
window.__gk = { events: [], violations: window.__gk?.violations ?? [] };
document.querySelector('gk-provider').token = 'page-token';
document.body.dataset.ready = 'true';
