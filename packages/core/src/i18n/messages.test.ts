import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as german from './de/index.js';
import { getMessages, messageLocaleOf, pickCatalog } from './messages.js';
import { getTreeMessages } from './treeMessages.js';

describe('messageLocaleOf', () => {
  it('names the catalog language of a locale, English for languages without one', () => {
    expect(messageLocaleOf('de-AT')).toBe('de');
    expect(messageLocaleOf('DE')).toBe('de');
    expect(messageLocaleOf('en-GB')).toBe('en');
    expect(messageLocaleOf('fr')).toBe('en');
    expect(messageLocaleOf()).toBe('en');
  });
});

describe('pickCatalog', () => {
  const en = { hello: 'Hello' };
  const de = { hello: 'Hallo' };

  it('picks by language, whatever the region', () => {
    expect(pickCatalog({ en, de }, 'de-AT')).toBe(de);
    expect(pickCatalog({ en, de }, 'DE')).toBe(de);
    expect(pickCatalog({ en, de }, 'en-GB')).toBe(en);
  });

  it('falls back to English for other languages, and for a language whose catalog is not loaded', () => {
    expect(pickCatalog({ en, de }, 'fr')).toBe(en);
    expect(pickCatalog({ en, de: undefined }, 'de')).toBe(en);
  });
});

describe('the German catalogs entry (@goalkit/core/i18n/de)', () => {
  it('exports every German catalog under its file name, as the embed bundle looks them up', async () => {
    const dir = fileURLToPath(new URL('./de/', import.meta.url));
    const names = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.includes('.test.'))
      .map((file) => file.replace(/\.ts$/, ''));
    const byName: Record<string, unknown> = { ...german };
    expect(Object.keys(byName).sort()).toEqual(names.sort());
    for (const name of names) {
      const module = (await import(`./de/${name}.ts`)) as { de: unknown };
      expect(byName[name]).toBe(module.de);
    }
  });

  it('holds the catalogs the widgets use in German', () => {
    expect(getMessages('de')).toBe(german.common);
    expect(getTreeMessages('de-CH')).toBe(german.tree);
  });
});
