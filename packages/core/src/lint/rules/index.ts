import type { Rule } from '../types.js';
import { achievableRules } from './achievableRules.js';
import { measurableRules } from './measurableRules.js';
import { relevantRules } from './relevantRules.js';
import { specificRules } from './specificRules.js';
import { structureRules } from './structureRules.js';
import { timeBoundRules } from './timeBoundRules.js';

/** Every built-in rule, grouped by category in SMART order, then structure. */
export const RULES: readonly Rule[] = [
  ...specificRules,
  ...measurableRules,
  ...achievableRules,
  ...relevantRules,
  ...timeBoundRules,
  ...structureRules,
];

/** Built-in rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
