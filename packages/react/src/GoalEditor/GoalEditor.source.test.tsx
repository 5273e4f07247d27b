import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/a11y.js';
import {
  json,
  keyResultFixture,
  objectiveFixture,
  problem,
  renderConnected,
  routedFetch,
} from '../../test/connected.js';
import { GoalEditor } from './GoalEditor.js';

const cycles = [{ id: '2026-Q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }];
const owners = [{ id: 'growth', name: 'Growth', kind: 'team' }];

// Typing with user-event is slow on a loaded 2-core machine.
describe('<GoalEditor>: where a key result’s value comes from', { timeout: 15_000 }, () => {
  it('sets up a pull with the keyboard: connector, its settings, schedule and transform, every field labelled', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    const { container } = render(
      <GoalEditor
        cycles={cycles}
        owners={owners}
        defaults={{ ownerId: 'growth', cycleId: '2026-Q1' }}
        onSave={onSave}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Objective' }), 'Make onboarding effortless for new customers');
    await user.type(screen.getByRole('textbox', { name: 'Key result 1' }), 'Reach 500 weekly signups');
    const mode = screen.getByRole('combobox', { name: 'Value comes from (key result 1)' });
    expect(mode).toHaveValue('manual');
    expect(screen.queryByRole('combobox', { name: 'Connector' })).toBeNull();
    await user.selectOptions(mode, 'Pulled from a connector');
    const connector = screen.getByRole('combobox', { name: 'Connector' });
    expect(
      within(connector)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['JSON over HTTP', 'CSV file or URL']);
    const url = screen.getByRole('textbox', { name: 'URL' });
    expect(url).toHaveAccessibleDescription(/An http\(s\) address the server may reach/);
    await user.type(url, 'https://metrics.test/signups');
    await user.type(screen.getByRole('textbox', { name: 'Path' }), 'data.items');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Schedule' }), 'Every day');
    await user.type(screen.getByRole('textbox', { name: 'Multiply by' }), '100');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Several values on one day' }), 'Add them up');
    await user.click(screen.getByRole('checkbox', { name: 'Accept values for days outside the cycle' }));
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      objective: expect.objectContaining({
        keyResults: [
          {
            title: 'Reach 500 weekly signups',
            type: 'increase',
            source: {
              mode: 'pull',
              connector: 'http-json',
              config: { url: 'https://metrics.test/signups', path: 'data.items' },
              schedule: 'daily',
              transform: { scale: 100, aggregate: 'sum' },
            },
            allowValuesOutsideCycle: true,
          },
        ],
      }),
    });
  });

  it('refuses a CSV pull without its columns, saying so at each field', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(
      <GoalEditor
        cycles={cycles}
        owners={owners}
        defaults={{ ownerId: 'growth', cycleId: '2026-Q1' }}
        onSave={onSave}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Objective' }), 'Grow signups');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value comes from (key result 1)' }), 'pull');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Connector' }), 'CSV file or URL');
    await user.type(screen.getByRole('textbox', { name: 'File' }), 'signups.csv');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    const column = screen.getByRole('textbox', { name: 'Value column' });
    expect(column).toHaveAttribute('aria-invalid', 'true');
    expect(column).toHaveAccessibleDescription(expect.stringContaining('Value column is needed to pull values.'));
    expect(column).toHaveFocus();
  });

  it('shows a push key result’s address once saved, and a note before', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(() => Promise.resolve());
    const { container } = render(
      <GoalEditor objective={objectiveFixture()} cycles={cycles} owners={owners} onSave={onSave} />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value comes from (key result 1)' }), 'push');
    expect(container.querySelector('code')).toHaveTextContent('PUT /key-results/kr1/values/{YYYY-MM-DD}');
    expect(screen.getByRole('combobox', { name: 'Value comes from (key result 1)' })).toHaveAccessibleDescription(
      /Send one value a day as JSON/,
    );
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value comes from (key result 2)' }), 'push');
    expect(screen.getByText(/appears once the key result is saved/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Key result 2' }), 'Ship the API');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        objective: expect.objectContaining({
          keyResults: [
            expect.objectContaining({ id: 'kr1', source: { mode: 'push' } }),
            expect.objectContaining({ title: 'Ship the API', source: { mode: 'push' } }),
          ],
        }),
      }),
    );
  });

  it('connected: writes only the source fields, and shows a 422 at that key result’s URL', async () => {
    const user = userEvent.setup();
    const saved = objectiveFixture({
      keyResults: [
        keyResultFixture({
          source: {
            mode: 'pull',
            connector: 'http-json',
            config: { url: 'https://metrics.test/a' },
            lastSync: { at: '2026-02-14T08:00:00Z', ok: true, recorded: 2 },
            configuredById: 'ana',
          },
        }),
      ],
    });
    const { fetch, calls } = routedFetch({
      'GET /objectives/o1': () => json(saved),
      'GET /cycles': () => json({ items: [{ ...cycles[0], closed: false }] }),
      'GET /owners': () => json({ items: [{ id: 'growth', kind: 'team', name: 'Growth', parentId: null }] }),
      'PATCH /key-results/kr1': () =>
        problem(422, {
          errors: [{ path: 'source.config.url', message: 'the host evil.test is not allowed by this server' }],
        }),
    });
    const { container } = renderConnected(<GoalEditor objectiveId="o1" />, fetch);
    const url = await screen.findByRole('textbox', { name: 'URL' });
    expect(url).toHaveValue('https://metrics.test/a');
    await user.clear(url);
    await user.type(url, 'https://evil.test/a');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('the host evil.test is not allowed by this server'),
    );
    expect(url).toHaveFocus();
    const writes = calls.filter((c) => c.method !== 'GET');
    expect(writes.map((c) => [c.method, c.path, c.body])).toEqual([
      [
        'PATCH',
        '/key-results/kr1',
        {
          source: {
            mode: 'pull',
            connector: 'http-json',
            config: { url: 'https://evil.test/a' },
            schedule: null,
            transform: null,
          },
        },
      ],
    ]);
    await expectNoAxeViolations(container);
  });
});
