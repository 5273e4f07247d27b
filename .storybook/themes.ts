/** The toolbar's themes, as a host page would set them: `data-gk-theme` and at most five `--gk-*` variables. */
export type ThemeName = 'light' | 'dark' | 'brand';

/** A sample brand: five variables re-theme every widget (see `packages/theme/css/tokens.css`). */
export const BRAND = {
  '--gk-color-accent': '#6d28d9',
  '--gk-color-surface': '#fffdf7',
  '--gk-color-text': '#2a1f14',
  '--gk-font-family': 'Georgia, "Liberation Serif", "Times New Roman", serif',
  '--gk-radius': '1rem',
} as const;

const PAGE = {
  light: { background: '#ffffff', color: '#1c2024', colorScheme: 'light' },
  dark: { background: '#0f141a', color: '#e6edf3', colorScheme: 'dark' },
  brand: { background: '#fffdf7', color: '#2a1f14', colorScheme: 'light' },
} as const;

/** The wrapper attributes and styles of a theme: the page behind the widgets changes with them, like a host page would. */
export function storyTheme(theme: ThemeName) {
  return {
    attributes: { 'data-gk-theme': theme === 'dark' ? 'dark' : 'light' },
    style: { ...PAGE[theme], ...(theme === 'brand' ? BRAND : {}) },
  };
}
