import { type core, z } from 'zod/mini';

/**
 * A fast path for valid documents, compiled from the zod schemas themselves (no second copy of the
 * model to keep in step, and no `eval`: each schema node becomes a closure).
 *
 * Why: zod without its JIT (which a strict Content-Security-Policy forbids, and which the embed and the
 * client switch off) walks a 10,000-objective document in about 200 ms; most of that is the generic
 * machinery every node goes through (payloads, issue lists, async checks), not the checks themselves.
 *
 * How it stays right: the fast path only ever says "valid, and here is exactly what zod returns", or
 * {@link FAIL}. Anything it is not sure of (an unknown key, an explicit `undefined`, an object that is
 * not plain, a schema kind or check it does not know) is a FAIL, and the caller runs zod, which then
 * reports the problems (or accepts, when the fast path was only cautious). A property test checks that
 * whenever the fast path answers, zod accepts the same input and returns the same value.
 */
export const FAIL: unique symbol = /* @__PURE__ */ Symbol('goalkit.fastParse.fail');

/** A compiled schema node: the parsed value, or {@link FAIL}. */
type Parse = (value: unknown) => unknown;

/** How an object's property behaves when its key is absent. */
interface Property {
  readonly key: string;
  readonly parse: Parse;
  /** Absent: `optional` leaves the key out, `required` fails unless there is a `fallback` (a default). */
  readonly absent: 'optional' | 'required';
  readonly fallback?: () => unknown;
}

type Schema = core.$ZodType;

/** What compiling one schema tree keeps: nodes already compiled, and native stand-ins for transforms. */
interface Context {
  readonly compiled: Map<Schema, Parse | undefined>;
  readonly natives: ReadonlyMap<Schema, Parse>;
}
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

const isPlainRecord = (value: unknown): value is Record<string, unknown> => {
  // Arrays fail the prototype test (theirs is Array.prototype).
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** The `when` zod gives every length check (one shared function). */
const LENGTH_WHEN = z.minLength(1)._zod.def.when;

/** A check's comparison, or `undefined` when the fast path does not know it. */
function checkTest(def: Check['_zod']['def']): ((value: never) => boolean) | undefined {
  switch (def.check) {
    case 'min_length': {
      const minimum = def.minimum as number;
      return (value: { length: number }) => value.length >= minimum;
    }
    case 'max_length': {
      const maximum = def.maximum as number;
      return (value: { length: number }) => value.length <= maximum;
    }
    case 'greater_than': {
      const bound = def.value as number;
      return def.inclusive ? (value: number) => value >= bound : (value: number) => value > bound;
    }
    case 'less_than': {
      const bound = def.value as number;
      return def.inclusive ? (value: number) => value <= bound : (value: number) => value < bound;
    }
    default:
      return undefined;
  }
}

/** A check as a predicate (true: passes), or `undefined` when the fast path does not know it. */
function compileCheck(check: Check): ((value: never) => boolean) | undefined {
  const def = check._zod.def;
  const test = checkTest(def);
  if (!test) return undefined;
  const when = def.when as ((payload: { value: unknown; issues: unknown[] }) => boolean) | undefined;
  // zod's own `when` of length checks asks "does the value have a length?": always yes for the strings
  // and arrays these checks run on here.
  if (!when || when === LENGTH_WHEN) return test;
  // As zod does: a check whose `when` says no does not run (length checks skip values without a length).
  const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    return !when(payload) || test(value);
  };
}

/** The schema's checks as predicates, or `undefined` when one of them is unknown. */
function checksOf(schema: Schema): ((value: never) => boolean)[] | undefined {
  const checks = (schema._zod.def.checks ?? []) as unknown as Check[];
  const predicates: ((value: never) => boolean)[] = [];
  for (const check of checks) {
    const predicate = compileCheck(check);
    if (!predicate) return undefined;
    predicates.push(predicate);
  }
  return predicates;
}

/** A leaf's length or bound checks folded into numbers, when they are all of those kinds. */
interface Bounds {
  minLength: number;
  maxLength: number;
  low: number;
  lowInclusive: boolean;
  high: number;
  highInclusive: boolean;
}

function boundsOf(schema: Schema): Bounds | undefined {
  const bounds: Bounds = {
    minLength: 0,
    maxLength: Number.POSITIVE_INFINITY,
    low: Number.NEGATIVE_INFINITY,
    lowInclusive: true,
    high: Number.POSITIVE_INFINITY,
    highInclusive: true,
  };
  for (const check of (schema._zod.def.checks ?? []) as unknown as Check[]) {
    const def = check._zod.def;
    if (def.when !== undefined && def.when !== LENGTH_WHEN) return undefined;
    if (def.check === 'min_length') bounds.minLength = Math.max(bounds.minLength, def.minimum as number);
    else if (def.check === 'max_length') bounds.maxLength = Math.min(bounds.maxLength, def.maximum as number);
    else if (def.check === 'greater_than' && (def.value as number) >= bounds.low) {
      bounds.lowInclusive =
        (def.value as number) === bounds.low ? bounds.lowInclusive && !!def.inclusive : !!def.inclusive;
      bounds.low = def.value as number;
    } else if (def.check === 'less_than' && (def.value as number) <= bounds.high) {
      bounds.highInclusive =
        (def.value as number) === bounds.high ? bounds.highInclusive && !!def.inclusive : !!def.inclusive;
      bounds.high = def.value as number;
    } else return undefined;
  }
  return bounds;
}

/**
 * A string or number with its checks in one closure: leaves are most of what a document holds (every
 * id, title, value and weight), so they get no closure per check. Other checks go the generic way.
 */
function compileString(schema: Schema): Parse | undefined {
  const bounds = boundsOf(schema);
  if (!bounds) return compileLeaf(schema, (value) => typeof value === 'string');
  const { minLength, maxLength } = bounds;
  if (bounds.low !== Number.NEGATIVE_INFINITY || bounds.high !== Number.POSITIVE_INFINITY) return undefined;
  return (value) =>
    typeof value === 'string' && value.length >= minLength && value.length <= maxLength ? value : FAIL;
}

function compileNumber(schema: Schema): Parse | undefined {
  const bounds = boundsOf(schema);
  // zod's numbers are finite: no NaN, no ±Infinity.
  if (!bounds) return compileLeaf(schema, (value) => typeof value === 'number' && Number.isFinite(value));
  const { low, lowInclusive, high, highInclusive } = bounds;
  if (bounds.minLength !== 0 || bounds.maxLength !== Number.POSITIVE_INFINITY) return undefined;
  return (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (lowInclusive ? value >= low : value > low) &&
    (highInclusive ? value <= high : value < high)
      ? value
      : FAIL;
}

/** A leaf with `accepts` and the schema's checks, each check a predicate. */
function compileLeaf(schema: Schema, accepts: (value: unknown) => boolean): Parse | undefined {
  const predicates = checksOf(schema);
  if (!predicates) return undefined;
  if (predicates.length === 0) return (value) => (accepts(value) ? value : FAIL);
  return (value) => (accepts(value) && predicates.every((p) => p(value as never)) ? value : FAIL);
}

/** Wraps `parse` of a composite (object, array, union) with the schema's checks, or `undefined` when one is unknown. */
function withChecks(schema: Schema, parse: Parse): Parse | undefined {
  const predicates = checksOf(schema);
  if (!predicates) return undefined;
  if (predicates.length === 0) return parse;
  return (value) => {
    const out = parse(value);
    if (out === FAIL) return FAIL;
    for (const predicate of predicates) if (!predicate(out as never)) return FAIL;
    return out;
  };
}

function compileObject(schema: Schema, cx: Context): Parse | undefined {
  const def = schema._zod.def as core.$ZodObjectDef;
  // Only strict objects: what a loose or catch-all object does with extra keys is zod's business.
  if (def.catchall?._zod.def.type !== 'never') return undefined;
  const shape = def.shape as Record<string, Schema>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const properties: Property[] = [];
  for (const key of Object.keys(shape)) {
    let child = shape[key] as Schema;
    const type = child._zod.def.type;
    if (type === 'optional') {
      const inner = compile((child._zod.def as core.$ZodOptionalDef).innerType, cx);
      if (!inner) return undefined;
      properties.push({ key, parse: inner, absent: 'optional' });
      continue;
    }
    let fallback: (() => unknown) | undefined;
    if (type === 'default') {
      const defaultDef = child._zod.def as core.$ZodDefaultDef;
      fallback = () => defaultDef.defaultValue;
      child = defaultDef.innerType;
    }
    const parse = compile(child, cx);
    if (!parse) return undefined;
    properties.push(fallback ? { key, parse, absent: 'required', fallback } : { key, parse, absent: 'required' });
  }
  const count = properties.length;
  const indexOf = new Map(properties.map((property, index) => [property.key, index]));
  // One constructor per shape, whose instances are plain objects (its prototype is Object.prototype):
  // V8 then sizes each output for the shape's properties up front instead of growing a `{}` literal
  // property by property (about 8% faster here, and less for the collector to copy).
  const Output = function (this: Record<string, unknown>) {} as unknown as new () => Record<string, unknown>;
  Output.prototype = Object.prototype;
  // The parsed values by property, between reading the input and writing the output. One list per
  // schema node is enough: no schema of the model contains itself, so a node never runs inside itself.
  // It is emptied as the output is written; `dirty` says a run ended early (a FAIL, or a getter that
  // threw), so a value from that input can never reach the next one.
  const parsed: unknown[] = new Array<unknown>(count).fill(undefined);
  let dirty = false;
  return withChecks(schema, (input) => {
    if (!isPlainRecord(input)) return FAIL;
    if (dirty) parsed.fill(undefined);
    dirty = true;
    // Read in the input's own order with `for…in`, where V8 loads each value straight from the object's
    // layout; looking each schema key up instead was the slowest line of the fast path. `for…in` also
    // sees inherited enumerable keys, which only makes the fast path more careful. (Properties that are
    // not enumerable, which JSON and YAML never make, are not seen: they count as absent.)
    // Inputs usually list their keys in the schema's order (goalkit writes them so, and people copy
    // its examples), so each key is first looked for among the properties after the last one found
    // (comparing interned strings), and only then in the map.
    let next = 0;
    for (const key in input) {
      let index: number | undefined = next;
      while (index < count && (properties[index] as Property).key !== key) index++;
      if (index === count) index = indexOf.get(key);
      else next = index + 1;
      // A key the schema does not have (strict objects reject it), or an explicit `undefined`, a corner
      // zod words carefully: let zod answer.
      if (index === undefined) return FAIL;
      const value = input[key];
      if (value === undefined) return FAIL;
      const out = (properties[index] as Property).parse(value);
      if (out === FAIL) return FAIL;
      parsed[index] = out;
    }
    // Written in the schema's order, which is the order of zod's output.
    const out = new Output();
    for (let i = 0; i < count; i++) {
      const value = parsed[i];
      const property = properties[i] as Property;
      if (value !== undefined) {
        out[property.key] = value;
        parsed[i] = undefined;
      } else if (property.fallback) out[property.key] = property.fallback();
      else if (property.absent === 'required') return FAIL;
    }
    dirty = false;
    return out;
  });
}

function compileDiscriminatedUnion(schema: Schema, cx: Context): Parse | undefined {
  const def = schema._zod.def as core.$ZodDiscriminatedUnionDef;
  const byValue = new Map<unknown, Parse>();
  for (const option of def.options as Schema[]) {
    const values = option._zod.propValues?.[def.discriminator];
    const parse = compile(option, cx);
    if (!values || !parse) return undefined;
    for (const value of values) {
      if (byValue.has(value)) return undefined;
      byValue.set(value, parse);
    }
  }
  const discriminator = def.discriminator;
  return withChecks(schema, (input) => {
    if (!isPlainRecord(input)) return FAIL;
    const parse = byValue.get(input[discriminator]);
    return parse ? parse(input) : FAIL;
  });
}

/**
 * A record with string keys (competency expectations by id). Only plain string key schemas: zod's
 * enumerable keys (enums, literals) and numeric-key retries are left to zod. Symbol keys and `__proto__`,
 * which zod treats specially, are a FAIL.
 */
function compileRecord(schema: Schema, cx: Context): Parse | undefined {
  const def = schema._zod.def as core.$ZodRecordDef;
  if (def.keyType._zod.def.type !== 'string' || def.keyType._zod.values !== undefined) return undefined;
  if ((def as { mode?: string }).mode === 'loose') return undefined;
  const key = compile(def.keyType, cx);
  const value = compile(def.valueType, cx);
  if (!key || !value) return undefined;
  return withChecks(schema, (input) => {
    if (!isPlainRecord(input)) return FAIL;
    if (Object.getOwnPropertySymbols(input).length > 0) return FAIL;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(input)) {
      if (name === '__proto__' || key(name) === FAIL) return FAIL;
      const item = input[name];
      if (item === undefined) return FAIL;
      const parsed = value(item);
      if (parsed === FAIL) return FAIL;
      out[name] = parsed;
    }
    return out;
  });
}

/** Compiles one schema node, or returns `undefined` when the fast path does not know it. */
function compile(schema: Schema, cx: Context): Parse | undefined {
  if (cx.compiled.has(schema)) return cx.compiled.get(schema);
  const def = schema._zod.def;
  let parse: Parse | undefined;
  switch (def.type) {
    case 'string':
      parse = compileString(schema);
      break;
    case 'number':
      parse = compileNumber(schema);
      break;
    case 'boolean':
      parse = compileLeaf(schema, (value) => typeof value === 'boolean');
      break;
    case 'literal': {
      const values = new Set<unknown>((def as core.$ZodLiteralDef<core.util.Literal>).values);
      parse = compileLeaf(schema, (value) => values.has(value));
      break;
    }
    case 'enum': {
      const entries = Object.values((def as core.$ZodEnumDef).entries);
      if (!entries.every((v) => typeof v === 'string')) break;
      const values = new Set<unknown>(entries);
      parse = compileLeaf(schema, (value) => values.has(value));
      break;
    }
    case 'array': {
      const element = compile((def as core.$ZodArrayDef).element, cx);
      if (!element) break;
      parse = withChecks(schema, (value) => {
        if (!Array.isArray(value)) return FAIL;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          // Holes in a sparse array read as undefined, which no element schema here accepts.
          const parsed = element(value[i]);
          if (parsed === FAIL) return FAIL;
          out[i] = parsed;
        }
        return out;
      });
      break;
    }
    case 'union': {
      if ('discriminator' in def) {
        parse = compileDiscriminatedUnion(schema, cx);
        break;
      }
      const options = (def as core.$ZodUnionDef).options.map((o) => compile(o as Schema, cx));
      if (options.some((o) => !o)) break;
      const parsers = options as Parse[];
      // zod returns the first option that accepts the value.
      parse = withChecks(schema, (value) => {
        for (const option of parsers) {
          const parsed = option(value);
          if (parsed !== FAIL) return parsed;
        }
        return FAIL;
      });
      break;
    }
    case 'object':
      cx.compiled.set(schema, undefined); // no recursive schemas in the model; a cycle compiles to "unknown"
      parse = compileObject(schema, cx);
      break;
    case 'record':
      parse = compileRecord(schema, cx);
      break;
    case 'transform': {
      const native = cx.natives.get(schema);
      if (native) {
        parse = withChecks(schema, native);
        break;
      }
      const transform = (def as core.$ZodTransformDef).transform;
      // The same call zod makes, with a payload of its own: any issue it records, or anything thrown, is a FAIL.
      parse = withChecks(schema, (value) => {
        const payload: { value: unknown; issues: unknown[] } = { value, issues: [] };
        try {
          const out = transform(value, payload as never);
          return payload.issues.length > 0 || out instanceof Promise ? FAIL : out;
        } catch {
          return FAIL;
        }
      });
      break;
    }
    default:
      break;
  }
  cx.compiled.set(schema, parse);
  return parse;
}

/**
 * The fast path for `schema`: a function returning the value zod would return for a valid input, or
 * {@link FAIL}. `undefined` when the schema uses a kind the fast path does not know (then use zod alone).
 *
 * `natives` maps a transform schema to a function that does what its transform does for valid values
 * and returns {@link FAIL} where it would record an issue (for the date transform, which runs on every
 * check-in, this saves a payload and a try per date).
 */
export function compileFastParse(schema: Schema, natives: ReadonlyMap<Schema, Parse> = new Map()): Parse | undefined {
  const root = compile(schema, { compiled: new Map(), natives });
  if (!root) return undefined;
  // Each object node keeps one scratch list (see `compileObject`), so a parse must not start inside
  // another: a getter of a hand-built input that parses a document of its own would empty the outer
  // run's list, and the outer output would silently lose the fields read before it. The inner run
  // gets a FAIL instead, and its caller asks zod, which keeps no such state.
  let running = false;
  return (value) => {
    if (running) return FAIL;
    running = true;
    try {
      return root(value);
    } finally {
      running = false;
    }
  };
}
