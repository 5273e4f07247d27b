import { getMessages, registerMessages } from '@goalkit/core';
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProgressMeter } from './ProgressMeter.js';

describe('<ProgressMeter>', () => {
  it('is a meter whose value text says progress, status and pace', () => {
    render(<ProgressMeter progress={0.47} expected={0.51} status="at-risk" label="Activation" />);
    const meter = screen.getByRole('meter', { name: 'Activation' });
    expect(meter).toHaveAttribute('aria-valuenow', '47');
    expect(meter).toHaveAttribute('aria-valuetext', '47%, at risk, 51% expected by today');
    expect(meter).toHaveAttribute('data-status', 'at-risk');
    expect(meter).toHaveTextContent('47%');
  });

  it('shows overachievement as the unclamped figure', () => {
    render(<ProgressMeter progress={1} raw={1.25} status="achieved" />);
    expect(screen.getByRole('meter')).toHaveTextContent('125%');
  });

  it('renders the ring variant as an SVG the reader skips', () => {
    const { container } = render(<ProgressMeter progress={0.3} variant="ring" />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('meter')).toHaveAttribute('data-variant', 'ring');
  });

  it('re-renders in a language when its words register (as they do when German loads on demand)', () => {
    const german = getMessages('de');
    render(<ProgressMeter progress={0.47} status="at-risk" label="Aktivierung" locale="de" />);
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', expect.stringContaining('gefährdet'));
    act(() => registerMessages('de', { common: { ...german, status: { ...german.status, 'at-risk': 'wackelt' } } }));
    expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', expect.stringContaining('wackelt'));
    act(() => registerMessages('de', { common: german }));
  });

  it('renders on the server without a DOM', () => {
    const html = renderToString(<ProgressMeter progress={0.5} label="<img src=x onerror=alert(1)>" />);
    expect(html).toContain('role="meter"');
    expect(html).not.toContain('<img');
  });
});
