import type { Command } from '../command.js';
import { conformanceCommand } from './conformance.js';
import { scoreCommand } from './score.js';

/** Every `goalkit` subcommand; add new ones (lint, convert, conformance) here. */
export const commands: readonly Command[] = [scoreCommand, conformanceCommand];
