import { ColorItem, ColorPalette, Typeset } from '@storybook/addon-docs/blocks';
import { BRAND } from '../themes.ts';
import { colorTokens, otherTokens, sizeTokens, spaceTokens, type Token, tokens } from './tokens.ts';

const resolve = (value: string): string => {
  const ref = /^var\((--_gk-[\w-]+)\)$/.exec(value)?.[1];
  if (!ref) return value;
  const target = tokens.find((t) => `--_gk-${t.name.replace(/^--gk-(color-)?/, '')}` === ref);
  return target ? target.light : value;
};
const resolveDark = (token: Token): string => {
  const ref = /^var\((--_gk-[\w-]+)\)$/.exec(token.light)?.[1];
  const target = ref ? tokens.find((t) => `--_gk-${t.name.replace(/^--gk-(color-)?/, '')}` === ref) : undefined;
  return target ? (target.dark ?? target.light) : (token.dark ?? token.light);
};

/** Every colour token with its light and dark default, read from `tokens.css`. */
export function ColorTokens() {
  return (
    <ColorPalette>
      {colorTokens.map((token) => (
        <ColorItem
          key={token.name}
          title={token.name}
          subtitle={token.dark ? 'light / dark' : 'one value'}
          colors={{ Light: resolve(token.light), Dark: resolveDark(token) }}
        />
      ))}
    </ColorPalette>
  );
}

/** The type scale, rendered in the default font stack. */
export function TypeScale() {
  const family = tokens.find((t) => t.name === '--gk-font-family')?.light ?? 'system-ui';
  return (
    <Typeset
      fontFamily={family}
      fontSizes={sizeTokens.map((t) => t.light)}
      fontWeight={400}
      sampleText="Raise week-1 activation from 20% to 35% · Größe · 1.234,5 €"
    />
  );
}

/** Spacing, radius, shadow and font: the tokens that are not colours or sizes. */
export function OtherTokens() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Default</th>
          <th scope="col">Sample</th>
        </tr>
      </thead>
      <tbody>
        {[...spaceTokens, ...otherTokens].map((token) => (
          <tr key={token.name}>
            <td>
              <code>{token.name}</code>
            </td>
            <td>
              <code>{token.light}</code>
            </td>
            <td>
              <span
                aria-hidden="true"
                style={{
                  display: 'inline-block',
                  inlineSize: token.name.startsWith('--gk-space') ? token.light : '3rem',
                  blockSize: '1rem',
                  background: token.name.startsWith('--gk-space') ? '#0b5cd5' : '#f6f8fa',
                  border: '1px solid #8c959f',
                  borderRadius: token.name === '--gk-radius' ? token.light : 0,
                  boxShadow: token.name === '--gk-shadow' ? token.light : undefined,
                }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The sample brand the toolbar offers: five variables. */
export function BrandTokens() {
  return (
    <ColorPalette>
      {Object.entries(BRAND)
        .filter(([name]) => name.startsWith('--gk-color'))
        .map(([name, value]) => (
          <ColorItem key={name} title={name} subtitle="sample brand" colors={[value]} />
        ))}
    </ColorPalette>
  );
}
