import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { conformanceCommand } from './conformance.js';
import { convertCommand } from './convert.js';
import { dueCommand } from './due.js';
import { importCommand } from './import.js';
import { lintCommand } from './lint.js';
import { scoreCommand } from './score.js';

/** Every `goalkit` subcommand; add new ones (lint, convert, conformance) here. */
export const commands: readonly Command[] = [
  analyzeCommand,
  scoreCommand,
  conformanceCommand,
  lintCommand,
  convertCommand,
  dueCommand,
  importCommand,
];
