import '@goalkit/theme/css/goalkit.css';
import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: any axe violation fails it in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
