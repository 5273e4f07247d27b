import { customElementJsxPlugin } from 'custom-element-jsx-integration';

// `pnpm --filter @goalkit/elements analyze`: custom-elements.json (IDE data, Storybook docs) and the JSX
// types for React 19 users, both from the classes' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/embed.ts'],
  litelement: true,
  plugins: [
    customElementJsxPlugin({
      outdir: './types',
      fileName: 'jsx.d.ts',
      modulePath: (_className, tagName) => `@goalkit/elements/define/${tagName}.js`,
    }),
  ],
};
