import { customElementJsxPlugin } from 'custom-element-jsx-integration';

// `pnpm --filter @goalkit/elements analyze`: custom-elements.json (IDE data, Storybook docs) and the JSX
// types for React 19 users, both from the classes' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/embed.ts', 'src/embed/**'],
  litelement: true,
  plugins: [
    // The analyzer also reports `dispatchEvent(new GkErrorEvent(...))` as an event without a name;
    // the named `@event` JSDoc entries are the real ones.
    {
      name: 'drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },

    customElementJsxPlugin({
      outdir: './types',
      fileName: 'jsx.d.ts',
      modulePath: (_className, tagName) => `@goalkit/elements/define/${tagName}.js`,
    }),
  ],
};
