// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, defaultClientConditions, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const WIDGETS = [
  'ProgressMeter',
  'KeyResult',
  'ObjectiveCard',
  'CheckInForm',
  'CheckInInbox',
  'CheckInTimeline',
  'AlignmentTree',
  'GoalEditor',
  'CycleDashboard',
  'Digest',
  'FeedbackThread',
  'ApprovalList',
  'ProgramHealth',
  'CalibrationChart',
  'OneOnOne',
  'ReviewForm',
  'CalibrationGrid',
  'CompetencyMatrix',
  'SkillRadar',
  'GrowthPlan',
] as const;

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Bundle `import { name } from '@goalkit/react'` as an app would, with react and TanStack Query external. */
async function bundle(name: string): Promise<{ code: string; moduleIds: string[]; onDemand: string[] }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@goalkit/source', ...defaultClientConditions] },
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: 'entry',
        preserveEntrySignatures: 'strict',
        external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//],
        output: { format: 'es' },
      },
    },
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? '\0entry' : undefined),
        load: (id) => (id === '\0entry' ? `export { ${name} } from ${JSON.stringify(entry)};` : undefined),
      },
    ],
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  // What the page loads with the widget; languages other than English are chunks of their own, loaded on demand.
  const upFront = chunks.filter((c) => !c.isDynamicEntry);
  return {
    code: upFront.map((c) => c.code).join('\n'),
    moduleIds: upFront.flatMap((c) => c.moduleIds),
    onDemand: chunks.filter((c) => c.isDynamicEntry).flatMap((c) => c.moduleIds),
  };
}

const widgetOf = (id: string) => WIDGETS.find((w) => id.includes(`/src/${w}/`));

describe('tree-shaking @goalkit/react', () => {
  it.each(WIDGETS)(
    'importing %s leaves the other widgets out',
    async (name) => {
      const { moduleIds } = await bundle(name);
      const included = new Set(moduleIds.map(widgetOf).filter(Boolean));
      // Widgets compose: an objective card shows key results, and most widgets show a meter.
      const allowed: Record<string, string[]> = {
        ObjectiveCard: ['KeyResult', 'ProgressMeter'],
        KeyResult: ['ProgressMeter'],
        AlignmentTree: ['ProgressMeter'],
        CycleDashboard: ['ProgressMeter'],
        // A review's goal evidence shows each key result's progress.
        ReviewForm: ['ProgressMeter'],
        // Each row of the inbox opens a check-in form.
        CheckInInbox: ['CheckInForm'],
      };
      expect([...included].sort()).toEqual([name, ...(allowed[name] ?? [])].sort());
    },
    60_000,
  );

  it('keeps ProgressMeter free of the client, the linter and zod', async () => {
    const { code, moduleIds, onDemand } = await bundle('ProgressMeter');
    expect(moduleIds.some((id) => id.includes('/client/src/') || id.includes('/lint/') || id.includes('zod'))).toBe(
      false,
    );
    // German is not in it: it arrives the first time a widget speaks German.
    expect(moduleIds.some((id) => id.includes('/i18n/de/'))).toBe(false);
    expect(onDemand.some((id) => id.includes('/i18n/de/'))).toBe(true);
    expect(gzipSync(code).length).toBeLessThan(6 * 1024);
  }, 60_000);
});
