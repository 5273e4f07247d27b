import { ContextRoot } from '@lit/context';

const key = Symbol.for('@goalkit/elements/context-root');
const registry = globalThis as { [key]?: true };

// Widgets may be defined before <gk-provider> (separate imports, any order): the root keeps their
// unanswered requests for the provider and replays them when it appears. One root per page.
if (!registry[key] && typeof document !== 'undefined') {
  registry[key] = true;
  new ContextRoot().attach(document.documentElement);
}
