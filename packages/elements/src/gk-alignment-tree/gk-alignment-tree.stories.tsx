import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import '../define/gk-alignment-tree.js';
import { longTitle, multilingualTitle, treeNodes } from '../../../../.storybook/fixtures.js';
import { elementArgTypes, elementParameters, GkElement, shadowOf } from '../__tests__/elementStory.js';
import { GkAlignmentTree } from './gk-alignment-tree.js';

const tag = 'gk-alignment-tree';
const events = { 'gk-select': 'onGkSelect', 'gk-load-children': 'onGkLoadChildren', 'gk-error': 'onGkError' };
const meta = {
  title: 'Widgets/AlignmentTree/Elements',
  render: (args) => <GkElement tag={tag} args={args} events={events} />,
  args: {
    nodes: treeNodes(),
    defaultExpanded: ['co', 'eng'],
    height: 320,
    onGkSelect: fn(),
    onGkLoadChildren: fn(),
    onGkError: fn(),
  },
  argTypes: elementArgTypes(tag, GkAlignmentTree, events),
  parameters: elementParameters(tag, 'The goal cascade as a WAI-ARIA tree, with filters and windowing.'),
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<Record<string, unknown>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard alone: arrows, Home/End and Enter, with `gk-select` carrying the objective id. */
export const Cascade: Story = {
  play: async ({ canvasElement, args }) => {
    const root = await shadowOf(canvasElement, tag);
    const tree = within(root);
    const item = (name: string) => tree.getByRole('treeitem', { name: new RegExp(`^${name}(\\s|$)`) });
    // Focus inside a shadow root shows on the root's activeElement (the document sees only the host).
    const focused = () => (root as unknown as ShadowRoot).activeElement;
    await userEvent.click(item('Grow revenue 30% this year'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(focused()).toBe(item('Faster web app'));
    await userEvent.keyboard('{ArrowLeft}');
    await expect(focused()).toBe(item('Ship the platform'));
    await userEvent.keyboard('{End}');
    await expect(focused()).toBe(item('Sign 40 new logos'));
    await userEvent.keyboard('{Home}{Enter}');
    await expect((args as Record<string, unknown>).onGkSelect).toHaveBeenCalledWith(
      expect.objectContaining({ objectiveId: 'co' }),
    );
  },
};
export const AllStatuses: Story = { args: { defaultExpanded: ['co', 'eng', 'sales'] } };
export const LongAndMultilingualTitles: Story = {
  args: {
    nodes: treeNodes().map((n, i) =>
      i === 0 ? { ...n, title: longTitle } : i === 2 ? { ...n, title: multilingualTitle } : n,
    ),
    defaultExpanded: ['co', 'eng'],
  },
};
export const Empty: Story = { args: { nodes: [] } };
export const WithoutFilters: Story = { args: { hideFilters: true } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Brand: Story = { globals: { theme: 'brand' } };
export const German: Story = { globals: { locale: 'de' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
const connected = { nodes: undefined, defaultExpanded: undefined, cycle: '2026-Q1' };
export const Connected: Story = { args: connected };
export const Loading: Story = { parameters: { backend: { mode: 'loading' } }, args: connected };
export const LoadError: Story = { parameters: { backend: { mode: 'error' } }, args: connected };
