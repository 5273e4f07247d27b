import tokensCss from '@goalkit/theme/css/tokens.css?raw';

/** One public `--gk-*` token, read from `tokens.css` (the sheet every widget uses), with its defaults. */
export interface Token {
  /** Such as `--gk-color-accent`. */
  name: string;
  /** The default in light mode (or the only default). */
  light: string;
  /** The default in dark mode, when it differs. */
  dark: string | undefined;
}

const DECLARATION = /--_gk-[\w-]+:\s*var\((--gk-[\w-]+),\s*(.+?)\);$/;

/** Every public token `tokens.css` declares, in its order; parsed at runtime so this page cannot drift from the sheet. */
export function readTokens(css: string = tokensCss): Token[] {
  const out: Token[] = [];
  for (const line of css.split('\n')) {
    const match = DECLARATION.exec(line.trim());
    if (!match?.[1] || !match[2]) continue;
    const fallback = match[2].trim();
    const pair = /^light-dark\(([^,]+),\s*([^)]+)\)$/.exec(fallback);
    out.push({
      name: match[1],
      light: pair?.[1]?.trim() ?? fallback,
      dark: pair?.[2]?.trim(),
    });
  }
  return out;
}

export const tokens = readTokens();
export const colorTokens = tokens.filter((t) => t.name.startsWith('--gk-color-'));
export const sizeTokens = tokens.filter((t) => t.name.startsWith('--gk-font-size-'));
export const spaceTokens = tokens.filter((t) => t.name.startsWith('--gk-space-'));
export const otherTokens = tokens.filter(
  (t) => !colorTokens.includes(t) && !sizeTokens.includes(t) && !spaceTokens.includes(t),
);
