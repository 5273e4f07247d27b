import '@goalkit/theme/css/goalkit.css';
// German registered up front, as an app that imports it has it: German stories render German from the start.
import '@goalkit/core/i18n/de';
import '@goalkit/elements/define/gk-provider.js';
import { GoalkitProvider } from '@goalkit/react';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { type CSSProperties, createElement } from 'react';
import { createStoryBackend, loadStoryDatabase, type StoryBackend, type StoryBackendOptions } from './backend.ts';
import { storyTheme, type ThemeName } from './themes.ts';

/**
 * Every story gets a fresh organisation, so stories (and their tests) never share state. A story
 * picks its backend with `parameters.backend`: `{ mode: 'loading' }`, `{ mode: 'error' }`, `{ empty: true }`,
 * `{ assist: true }` (the server with the fake AI provider, and the providers asking it).
 */
const withBackend: Loader = async (context) => {
  await loadStoryDatabase();
  return { backend: createStoryBackend(context.parameters.backend as StoryBackendOptions | undefined) };
};

/**
 * Applies the toolbar's theme, locale and direction to both flavours, and gives connected widgets a
 * provider: `GoalkitProvider` for React, `<gk-provider>` for the elements, both over the story backend (the reference server in the tab).
 */
const withGoalkit: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as ThemeName;
  const locale = String(context.globals.locale ?? 'en');
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  const { backend } = context.loaded as { backend?: StoryBackend };
  const { attributes, style } = storyTheme(theme);
  const fake = backend ?? createStoryBackend();
  // A story whose server has the fake AI provider (`parameters.backend.assist`) asks it from both providers.
  const assist = (context.parameters.backend as StoryBackendOptions | undefined)?.assist === true;
  return (
    <div {...attributes} dir={dir} lang={locale} style={{ padding: '1rem', ...style } as CSSProperties}>
      <GoalkitProvider client={fake.client} locale={locale} assist={assist}>
        {createElement('gk-provider', { client: fake.client, locale, assist }, <Story />)}
      </GoalkitProvider>
    </div>
  );
};

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: any axe violation fails it in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Theming', 'Scoring', 'SMART rules', 'API reference'],
          'Widgets',
          ['*', ['React', 'Elements']],
        ],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Sample brand' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of text, numbers and dates',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'de', title: 'Deutsch', right: 'de' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', dir: 'ltr' },
  loaders: [withBackend],
  decorators: [withGoalkit],
  tags: ['autodocs'],
};

export default preview;
