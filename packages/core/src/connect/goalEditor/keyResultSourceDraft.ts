import { editableNumber, parseNumber } from '../../i18n/format.js';
import type { KeyResultData, KeyResultSourceData } from '../widgetData.js';
import type {
  ConnectorConfigField,
  GoalEditorSaveDetail,
  KeyResultDraft,
  KeyResultField,
  KeyResultSourceDraft,
} from './types.js';

/** The settings of each connector the server ships, in the order the editor asks for them. */
export const CONNECTOR_FIELDS: Readonly<Record<string, readonly ConnectorConfigField[]>> = {
  'http-json': ['url', 'path', 'valuePath', 'datePath'],
  csv: ['url', 'file', 'column', 'dateColumn'],
};
/** Every connector setting the editor has a field for. */
export const CONFIG_FIELDS: readonly ConnectorConfigField[] = [
  'url',
  'path',
  'valuePath',
  'datePath',
  'file',
  'column',
  'dateColumn',
];
export const SCHEDULES = ['hourly', 'daily', 'weekly'] as const;
export const AGGREGATES = ['latest', 'sum', 'mean', 'min', 'max', 'count', 'running-sum'] as const;
/** The connector a pull starts with. */
export const DEFAULT_CONNECTOR = 'http-json';

type SourceInput = NonNullable<GoalEditorSaveDetail['objective']['keyResults'][number]['source']>;
type SourceErrors = Partial<Record<KeyResultField, 'required' | 'not-a-number' | 'url-or-file'>>;

/** A key result's source as the editor opens it: a saved one's settings as text, else people checking in. */
export function sourceDraftOf(source: KeyResultSourceData | null | undefined, locale: string): KeyResultSourceDraft {
  const text = (n: number | undefined) => (n === undefined ? '' : editableNumber(n, locale));
  const config: Record<string, string> = {};
  for (const [name, value] of Object.entries(source?.config ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') config[name] = String(value);
  }
  return {
    mode: source?.mode ?? 'manual',
    connector: source?.connector ?? '',
    config,
    schedule: source?.schedule ?? '',
    scale: text(source?.transform?.scale),
    offset: text(source?.transform?.offset),
    aggregate: source?.transform?.aggregate ?? '',
  };
}

/** The source of a draft key result (people checking in for one built without). */
export const sourceOf = (kr: KeyResultDraft): KeyResultSourceDraft => kr.source ?? sourceDraftOf(undefined, 'en');

/** A draft key result with one source field (`source.config.url`, `source.mode`, …) changed. */
export function withSourceField(kr: KeyResultDraft, field: KeyResultField, value: string): KeyResultDraft {
  if (field === 'allowValuesOutsideCycle') return { ...kr, allowValuesOutsideCycle: value === 'true' };
  const source = sourceOf(kr);
  const name = field.slice('source.'.length);
  let next: KeyResultSourceDraft;
  if (name.startsWith('config.')) next = { ...source, config: { ...source.config, [name.slice(7)]: value } };
  else if (name.startsWith('transform.')) next = { ...source, [name.slice(10)]: value };
  else next = { ...source, [name]: value };
  // A pull starts with the first connector, so its settings show at once.
  if (field === 'source.mode' && value === 'pull' && next.connector === '')
    next = { ...next, connector: DEFAULT_CONNECTOR };
  return { ...kr, source: next };
}

/** Whether a key-result field is one of the source's (or "Accept values outside the cycle"). */
export const isSourceField = (field: KeyResultField) =>
  field.startsWith('source.') || field === 'allowValuesOutsideCycle';

/** The settings the chosen connector has (those it was saved with, for a connector the editor does not know). */
export function configFieldsOf(source: KeyResultSourceDraft): readonly string[] {
  return CONNECTOR_FIELDS[source.connector] ?? Object.keys(source.config);
}

/** What a pull cannot save as it is: a missing connector or setting, a URL and a file at once, a scale that is not a number. */
export function sourceErrors(kr: KeyResultDraft, locale: string): SourceErrors {
  const source = sourceOf(kr);
  const errors: SourceErrors = {};
  if (source.mode !== 'pull') return errors;
  const has = (name: ConnectorConfigField) => (source.config[name] ?? '').trim() !== '';
  if (source.connector.trim() === '') errors['source.connector'] = 'required';
  if (source.connector === 'http-json' && !has('url')) errors['source.config.url'] = 'required';
  if (source.connector === 'csv') {
    if (has('url') === has('file')) errors['source.config.url'] = 'url-or-file';
    if (!has('column')) errors['source.config.column'] = 'required';
    if (!has('dateColumn')) errors['source.config.dateColumn'] = 'required';
  }
  for (const name of ['scale', 'offset'] as const) {
    const value = source[name];
    if (value.trim() !== '' && parseNumber(value, locale) === undefined)
      errors[`source.transform.${name}`] = 'not-a-number';
  }
  return errors;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A saved source as the API takes it back: only the fields a person writes (never `lastSync`). */
function inputOf(source: KeyResultSourceData | null | undefined): SourceInput {
  if (!source || source.mode === 'manual') return { mode: 'manual' };
  if (source.mode === 'push') return { mode: 'push' };
  const transform = source.transform
    ? {
        ...(source.transform.scale === undefined ? {} : { scale: source.transform.scale }),
        ...(source.transform.offset === undefined ? {} : { offset: source.transform.offset }),
        ...(source.transform.aggregate === undefined ? {} : { aggregate: source.transform.aggregate }),
      }
    : undefined;
  return {
    mode: 'pull',
    connector: source.connector ?? null,
    config: source.config ?? {},
    schedule: source.schedule ?? null,
    transform: transform && Object.keys(transform).length > 0 ? transform : null,
  };
}

/**
 * What a key result's save says about its source, or `undefined` to leave it as it is. A new key result sends
 * a push or a pull (people checking in is the default); a saved one sends its source only when the person
 * changed it, as a whole (`{ mode: 'manual' }` when they went back to people checking in) and never its
 * `lastSync`. A setting the person did not touch is sent exactly as it was saved.
 */
export function sourceToSave(
  kr: KeyResultDraft,
  saved: KeyResultData | undefined,
  opened: KeyResultDraft | undefined,
  locale: string,
): SourceInput | undefined {
  const source = sourceOf(kr);
  const before = opened ? sourceOf(opened) : undefined;
  if (saved && before && sameJson(source, before)) return undefined;
  const mode = source.mode === 'push' || source.mode === 'pull' ? source.mode : 'manual';
  let out: SourceInput;
  if (mode !== 'pull') out = { mode };
  else {
    const savedSource = saved?.source;
    const keptConfig =
      savedSource && before && source.connector === before.connector && sameJson(source.config, before.config);
    const config: Record<string, unknown> = {};
    if (keptConfig) Object.assign(config, savedSource.config ?? {});
    else {
      for (const name of configFieldsOf(source)) {
        const value = (source.config[name] ?? '').trim();
        if (value !== '') config[name] = value;
      }
    }
    const number = (name: 'scale' | 'offset') =>
      savedSource && before && source[name] === before[name]
        ? savedSource.transform?.[name]
        : source[name].trim() === ''
          ? undefined
          : parseNumber(source[name], locale);
    const scale = number('scale');
    const offset = number('offset');
    const aggregate = AGGREGATES.find((a) => a === source.aggregate);
    const transform = {
      ...(scale === undefined ? {} : { scale }),
      ...(offset === undefined ? {} : { offset }),
      ...(aggregate === undefined ? {} : { aggregate }),
    };
    out = {
      mode,
      connector: source.connector.trim(),
      config,
      schedule: SCHEDULES.find((s) => s === source.schedule) ?? null,
      transform: Object.keys(transform).length > 0 ? transform : null,
    };
  }
  if (!saved) return mode === 'manual' ? undefined : out;
  return sameJson(out, inputOf(saved.source)) ? undefined : out;
}

/** Whether "Accept values outside the cycle" is to be sent: when it differs from what was saved (new: when set). */
export function allowOutsideToSave(kr: KeyResultDraft, saved: KeyResultData | undefined): boolean | undefined {
  const allow = kr.allowValuesOutsideCycle === true;
  return allow === (saved?.allowValuesOutsideCycle === true) ? undefined : allow;
}
