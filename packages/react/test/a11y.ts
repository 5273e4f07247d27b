import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Run axe on a rendered widget. jsdom cannot compute colours or layout, so `color-contrast` is off
 * here (the Storybook run checks it in Chromium), and `region` is off because a widget is not a page.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
