import axe from 'axe-core';

/**
 * Run axe on a widget the way a page embedding it would be audited. The `region` rule is off:
 * it asks the whole page to put content in landmarks, which is the host page's job, not a widget's.
 */
export async function axeViolations(context: Element = document.body) {
  const results = await axe.run(context, { rules: { region: { enabled: false } } });
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
