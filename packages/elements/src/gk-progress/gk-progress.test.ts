import { afterEach, describe, expect, it } from 'vitest';
import '../define/gk-progress.js';
import { axeViolations } from '../../test/axe.js';
import { GkProgress } from './gk-progress.js';

const mount = async (markup: string) => {
  const host = document.createElement('div');
  host.append(document.createRange().createContextualFragment(markup));
  document.body.append(host);
  const element = host.querySelector('gk-progress') as GkProgress;
  await element.updateComplete;
  return element;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('<gk-progress>', () => {
  it('renders a meter from its attributes, readable by a screen reader', async () => {
    const element = await mount(
      '<gk-progress progress="0.47" expected="0.51" status="at-risk" label="Activation"></gk-progress>',
    );
    const meter = element.shadowRoot?.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-label')).toBe('Activation');
    expect(meter?.getAttribute('aria-valuetext')).toBe('47%, at risk, 51% expected by today');
    expect(meter?.getAttribute('part')).toBe('root');
    expect(element.shadowRoot?.querySelector('[part="value"]')?.textContent).toBe('47%');
  });

  it('fills the bar to the progress and colours it by status', async () => {
    const element = await mount(
      '<gk-progress progress="0.5" status="off-track" style="inline-size: 200px"></gk-progress>',
    );
    const range = element.shadowRoot?.querySelector<HTMLElement>('[part="range"]');
    const track = element.shadowRoot?.querySelector<HTMLElement>('[part="track"]');
    expect(range && track).toBeTruthy();
    const ratio = (range?.getBoundingClientRect().width ?? 0) / (track?.getBoundingClientRect().width ?? 1);
    expect(ratio).toBeCloseTo(0.5, 2);
    expect(getComputedStyle(range as HTMLElement).backgroundColor).toBe('rgb(207, 34, 46)');
  });

  it('follows property changes and drops the marker when the pace goes away', async () => {
    const element = await mount('<gk-progress progress="0.2" expected="0.4"></gk-progress>');
    expect(element.shadowRoot?.querySelector('[part="marker"]')).not.toBeNull();
    element.expected = undefined;
    element.progress = 0.9;
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="marker"]')).toBeNull();
    expect(element.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('90');
  });

  it('has no accessibility violations in either variant', async () => {
    await mount(
      '<gk-progress progress="0.8" status="on-track"></gk-progress><gk-progress variant="ring" progress="0.3"></gk-progress>',
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('tolerates a second registration of its tag', async () => {
    const { define } = await import('../define/define.js');
    expect(() => define('gk-progress', class extends GkProgress {})).not.toThrow();
    expect(customElements.get('gk-progress')).toBe(GkProgress);
  });
});
