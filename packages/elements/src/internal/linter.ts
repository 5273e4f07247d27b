import { type GoalLinter, lazyPart } from '@goalkit/core/connect';

/**
 * The SMART linter the goal editors share, a file of its own in the embed bundle (goalkit-lint.js),
 * loaded when an editor first renders. Kept in a module of its own so tests can make it fail.
 */
export const linter = lazyPart<GoalLinter>(() => import('@goalkit/core/lint').then((m) => m.lintObjective));
