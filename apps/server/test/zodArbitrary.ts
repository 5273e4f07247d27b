import fc from 'fast-check';

/** A zod (v4, mini or classic) schema, as far as this reads it: its definition. */
interface Schema {
  _zod: { def: { type: string } };
}
type Def = { type: string } & Record<string, unknown>;

/** How to generate values for a schema. */
export interface ArbitraryOptions {
  /** Values to draw for a property of this name instead of its schema's (ids that exist, or nearly). */
  overrides?: Record<string, fc.Arbitrary<unknown>>;
  /**
   * How often, at each node, a value of the wrong kind (any JSON) replaces a valid one; keys outside the
   * schema are added and required ones left out as often. `0` generates only what the schema accepts
   * (bar cross-field rules). @default 0
   */
  noise?: number;
}

const checksOf = (def: Def) =>
  ((def.checks ?? []) as { _zod: { def: Record<string, unknown> } }[]).map((check) => check._zod.def);

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = check.value as number;
    if (check.check === 'less_than') max = check.value as number;
  }
  if (def.format === 'safeint' || checksOf(def).some((c) => c.format === 'safeint'))
    return fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) });
  const edges = [min, max, 0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1, -1]
    .filter((n) => n >= min && n <= max)
    .map((n) => fc.constant(n));
  return fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: Math.max(-1000, Math.ceil(min)), max: Math.min(1000, Math.floor(max)) }),
    ...edges,
  );
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  if (def.format === 'date')
    return fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (def.format === 'datetime')
    return fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
  let minLength = 0;
  let maxLength = 40;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') minLength = check.minimum as number;
    if (check.check === 'max_length') maxLength = Math.min(maxLength, check.maximum as number);
  }
  return fc.oneof(
    fc.string({ minLength, maxLength }),
    fc.string({ minLength, maxLength, unit: 'grapheme' }),
    fc.constantFrom('', ' ', '<script>alert(1)</script>', "'; DROP TABLE objectives; --", '\u0000', '🎯'),
  );
}

/**
 * A fast-check arbitrary for the values a zod/mini schema describes: what the contract accepts, and
 * with `noise`, the near misses and the wrong kinds a careless or hostile client sends. It knows the
 * node kinds the contract's request bodies use (objects, optional, nullable, default, strings with
 * lengths and dates, bounded numbers, booleans, enums, literals, arrays, unions, pipes); any other
 * kind draws any JSON value.
 */
export function arbitraryOf(schema: Schema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const noise = options.noise ?? 0;
  const noisy = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    noise === 0
      ? valid
      : fc.oneof(
          { weight: Math.round((1 - noise) * 100), arbitrary: valid },
          { weight: Math.round(noise * 100), arbitrary: fc.jsonValue({ maxDepth: 2 }) },
        );
  const walk = (node: Schema): fc.Arbitrary<unknown> => {
    const def = node._zod.def as Def;
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, Schema>;
        const parts: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [key, child] of Object.entries(shape)) {
          const optional = child._zod.def.type === 'optional';
          parts[key] = options.overrides?.[key] ?? walk(child);
          if (!optional) required.push(key);
        }
        const valid = fc.record(parts, { requiredKeys: required });
        if (noise === 0) return valid;
        const mangled = fc
          .tuple(
            fc.record(parts, { requiredKeys: [] }),
            fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
          )
          .map(([fields, extra]) => ({ ...extra, ...fields }));
        return noisy(fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: mangled }));
      }
      case 'optional':
        return fc.option(walk(def.innerType as Schema), { nil: undefined });
      case 'nullable':
        return fc.option(walk(def.innerType as Schema), { nil: null });
      case 'default':
        return walk(def.innerType as Schema);
      case 'pipe':
        return walk(def.in as Schema);
      case 'string':
        return noisy(stringArbitrary(def));
      case 'number':
        return noisy(
          noise === 0
            ? numberArbitrary(def)
            : fc.oneof(numberArbitrary(def), fc.double({ noNaN: true, noDefaultInfinity: true })),
        );
      case 'boolean':
        return noisy(fc.boolean());
      case 'enum':
        return noisy(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
      case 'literal':
        return noisy(fc.constantFrom(...(def.values as unknown[])));
      case 'array':
        return noisy(fc.array(walk(def.element as Schema), { maxLength: 4 }));
      case 'union':
        return fc.oneof(...(def.options as Schema[]).map(walk));
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  return walk(schema);
}
