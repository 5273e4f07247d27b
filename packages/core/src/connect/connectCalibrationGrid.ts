import type { NineBoxLevel } from '../conversations/nineBox.js';
import { getCalibrationGridMessages } from '../i18n/calibrationGridMessages.js';
import { formatNumber } from '../i18n/format.js';
import {
  type CalibrationGridData,
  type CalibrationGridState,
  type CalibrationPersonData,
  calibrationGridFocusId,
  calibrationGridPeople,
  initCalibrationGrid,
  type NineBoxCellData,
} from './calibrationGridController.js';
import { type AttrBag, part } from './types.js';

/** What the calibration grid renders. */
export interface CalibrationGridInput {
  /** The cycle's grid (`GET /review-cycles/{id}/calibration`). */
  readonly calibration: CalibrationGridData;
  /** The controller's state. @default nothing moving */
  readonly state?: CalibrationGridState | undefined;
  /** A prefix for element ids, unique on the page. @default 'gk-calibration-grid' */
  readonly idBase?: string | undefined;
  /** @default 'en' */
  readonly locale?: string | undefined;
}

/** A person's button (a chip) in a box, or in the list of people not placed. */
export interface CalibrationGridPersonView {
  readonly personId: string;
  readonly name: string;
  /** "final score 0.82" */
  readonly scoreText: string;
  /** Where they are (the box they would return to while a move is saved); `null` when not placed. */
  readonly placement: NineBoxCellData | null;
  /** "moved" when calibration moved them. */
  readonly adjustedText: string | undefined;
  /** "Moved from … by Dana: reason", the last move. */
  readonly movedText: string | undefined;
  /** "Saving…" while their move is saved. */
  readonly pendingText: string | undefined;
  /** Why their last move failed. */
  readonly failedText: string | undefined;
  /** The person can be picked up (the grid is editable and they are placed). */
  readonly movable: boolean;
  /** The `<li>`. */
  readonly item: AttrBag;
  /** A `<button>` when `movable`, else a `<span>`; its id is the focus target's. */
  readonly chip: AttrBag;
  readonly label: AttrBag;
  readonly score: AttrBag;
  readonly badge: AttrBag;
  /** The notes under the button: the last move, saving, the failure. */
  readonly note: AttrBag;
}

/** One box of the grid. */
export interface CalibrationGridBoxView {
  readonly key: string;
  readonly cell: NineBoxCellData;
  /** "High potential, low performance" */
  readonly labelText: string;
  /** "3 people" */
  readonly countText: string;
  readonly people: readonly CalibrationGridPersonView[];
  /** The target of the move under way. */
  readonly isTarget: boolean;
  /** "Move here", in every box but the person's own while someone is picked up. */
  readonly moveHere: { readonly text: string; readonly button: AttrBag } | undefined;
  /** The box: a labelled group, and a drop target while moves are taken. */
  readonly box: AttrBag;
  readonly label: AttrBag;
  readonly count: AttrBag;
  readonly list: AttrBag;
}

/** A row of the grid: one level of potential, its boxes by performance, low to high. */
export interface CalibrationGridRowView {
  readonly key: NineBoxLevel;
  readonly text: string;
  readonly header: AttrBag;
  readonly boxes: readonly CalibrationGridBoxView[];
}

/** The reason dialog (a WAI-ARIA modal dialog). */
export interface CalibrationGridDialogView {
  readonly titleText: string;
  readonly fromToText: string;
  readonly reasonLabelText: string;
  readonly reasonHintText: string;
  readonly reasonValue: string;
  readonly errorText: string | undefined;
  readonly confirmText: string;
  readonly cancelText: string;
  readonly backdrop: AttrBag;
  readonly root: AttrBag;
  readonly title: AttrBag;
  readonly fromTo: AttrBag;
  readonly form: AttrBag;
  readonly reasonLabel: AttrBag;
  readonly reasonInput: AttrBag;
  readonly reasonHint: AttrBag;
  readonly error: AttrBag;
  readonly actions: AttrBag;
  readonly cancel: AttrBag;
  readonly confirm: AttrBag;
}

/** The calibration grid's view-model. */
export interface CalibrationGridView {
  readonly headingText: string;
  /** How to move people (editable), or why the grid is read-only. */
  readonly hintText: string;
  readonly editable: boolean;
  readonly isEmpty: boolean;
  readonly emptyText: string;
  /** What the live region says now. */
  readonly announcementText: string;
  /** The last failed move, in words (an alert). */
  readonly failureText: string | undefined;
  /** "Cancel" while someone is picked up. */
  readonly cancelMove: { readonly text: string; readonly button: AttrBag } | undefined;
  readonly potentialText: string;
  readonly performanceText: string;
  /** Column headings: performance, low to high. */
  readonly columns: readonly { readonly key: NineBoxLevel; readonly text: string; readonly header: AttrBag }[];
  /** Rows: potential, high to low. */
  readonly rows: readonly CalibrationGridRowView[];
  /** People without a placement, listed apart. */
  readonly unplaced:
    | { readonly headingText: string; readonly people: readonly CalibrationGridPersonView[] }
    | undefined;
  readonly dialog: CalibrationGridDialogView | undefined;
  readonly table: {
    readonly captionText: string;
    readonly headers: readonly [string, string, string, string, string];
    readonly rows: readonly {
      readonly key: string;
      readonly cells: readonly [string, string, string, string, string];
    }[];
  };
  readonly root: AttrBag;
  readonly heading: AttrBag;
  readonly hint: AttrBag;
  readonly live: AttrBag;
  readonly failure: AttrBag;
  readonly toolbar: AttrBag;
  readonly empty: AttrBag;
  /** Holds the grid and the list of people not placed; inert while the dialog is open. */
  readonly body: AttrBag;
  /** The grid: a group labelled by its axes. */
  readonly grid: AttrBag;
  readonly corner: AttrBag;
  readonly axisPotential: AttrBag;
  readonly axisPerformance: AttrBag;
  readonly unplacedSection: AttrBag;
  readonly unplacedHeading: AttrBag;
  readonly unplacedList: AttrBag;
  /** Scrolls the table sideways when it is wider than the widget: a focusable region labelled by its caption. */
  readonly tableWrap: AttrBag;
  readonly tableRoot: AttrBag;
  readonly caption: AttrBag;
}

const SCOPE = 'calibration-grid';
const HIGH_FIRST: readonly NineBoxLevel[] = ['high', 'moderate', 'low'];
const LOW_FIRST: readonly NineBoxLevel[] = ['low', 'moderate', 'high'];
const same = (a: NineBoxCellData | null | undefined, b: NineBoxCellData | null | undefined) =>
  !!a && !!b && a.performance === b.performance && a.potential === b.potential;
const cellKey = (cell: NineBoxCellData) => `${cell.potential}-${cell.performance}`;

/**
 * Compute the calibration grid: a nine-box of performance (columns, low to high) against potential (rows, high
 * to low), each box labelled by its two levels and holding its people as buttons (name and final score in words,
 * "moved" with the last move's reason for people calibration moved); people without a placement listed apart;
 * the move under way from the controller's state (the target box, "Move here" in the other boxes, the reason
 * dialog with from and to, the person saving in their new box, a failure in words with them back where they
 * were); the live region's words; and the placements as a table, the grid's text alternative. A grid that is
 * not `editable` says why.
 */
export function connectCalibrationGrid(input: CalibrationGridInput): CalibrationGridView {
  const locale = input.locale ?? 'en';
  const t = getCalibrationGridMessages(locale);
  const id = input.idBase ?? 'gk-calibration-grid';
  const data = input.calibration;
  const state = input.state ?? initCalibrationGrid();
  const editable = data.editable;
  const move = state.move;
  const boxText = (cell: NineBoxCellData) => t.box(cell.potential, cell.performance);
  const scoreOf = (p: CalibrationPersonData) =>
    p.finalScore === null ? null : formatNumber(Math.round(p.finalScore * 100) / 100, locale);
  const people = calibrationGridPeople(data.people, state.answers);
  const choosing = editable && move?.step === 'choosing' ? move : undefined;

  const personView = (p: CalibrationPersonData): CalibrationGridPersonView => {
    const last = p.adjustments[p.adjustments.length - 1];
    const pending = move?.step === 'saving' && move.personId === p.personId;
    const failed = state.failure?.personId === p.personId;
    const movedText = last ? t.moved(boxText(last.from), last.actorName, last.reason) : undefined;
    const pendingText = pending ? t.saving : undefined;
    const failedText = failed && state.failure ? failureWords(state.failure) : undefined;
    const noteId = `${id}-note-${p.personId}`;
    const hasNote = !!(movedText || pendingText || failedText);
    const movable = editable && p.placement !== null;
    const picked = !!move && move.personId === p.personId && move.step !== 'saving';
    return {
      personId: p.personId,
      name: p.name,
      scoreText: t.score(scoreOf(p)),
      placement: p.placement,
      adjustedText: last ? t.adjusted : undefined,
      movedText,
      pendingText,
      failedText,
      movable,
      item: part(SCOPE, 'person', {
        'data-adjusted': last ? 'true' : undefined,
        'data-pending': pending ? 'true' : undefined,
        'data-failed': failed ? 'true' : undefined,
      }),
      chip: part(SCOPE, 'chip', {
        type: movable ? 'button' : undefined,
        id: calibrationGridFocusId(id, { part: 'person', personId: p.personId }),
        draggable: movable ? 'true' : undefined,
        'aria-describedby': movable && hasNote ? noteId : undefined,
        'aria-busy': pending ? 'true' : undefined,
        'data-picked': picked ? 'true' : undefined,
      }),
      label: part(SCOPE, 'name'),
      score: part(SCOPE, 'score'),
      badge: part(SCOPE, 'badge'),
      note: part(SCOPE, 'person-note', { id: noteId }),
    };
  };

  const failureWords = (f: NonNullable<CalibrationGridState['failure']>) =>
    t.failed(f.name, boxText(f.box), f.message ?? t.noAnswer);

  // Where each person shows: a move being saved shows them in its new box already.
  const shownAt = (p: CalibrationPersonData) =>
    move?.step === 'saving' && move.personId === p.personId ? move.to : p.placement;
  const inBox = new Map<string, CalibrationPersonData[]>();
  const unplaced: CalibrationPersonData[] = [];
  for (const p of people) {
    const at = shownAt(p);
    if (!at) {
      unplaced.push(p);
      continue;
    }
    const list = inBox.get(cellKey(at)) ?? [];
    list.push(p);
    inBox.set(cellKey(at), list);
  }

  const rows: CalibrationGridRowView[] = HIGH_FIRST.map((potential) => ({
    key: potential,
    text: t.level[potential],
    header: part(SCOPE, 'row-header', { 'data-level': potential, 'aria-hidden': 'true' }),
    boxes: LOW_FIRST.map((performance) => {
      const cell: NineBoxCellData = { potential, performance };
      const key = cellKey(cell);
      const members = inBox.get(key) ?? [];
      const labelText = boxText(cell);
      const isTarget = !!move && move.step !== 'saving' && same(move.to, cell);
      const offer = choosing && !same(choosing.from, cell);
      return {
        key,
        cell,
        labelText,
        countText: t.count(members.length),
        people: members.map(personView),
        isTarget,
        moveHere: offer
          ? {
              text: t.moveHere,
              button: part(SCOPE, 'move-here', { type: 'button', 'aria-label': t.moveHereLabel(labelText) }),
            }
          : undefined,
        box: part(SCOPE, 'box', {
          role: 'group',
          'aria-labelledby': `${id}-box-${key}`,
          'data-potential': potential,
          'data-performance': performance,
          'data-target': isTarget ? 'true' : undefined,
          'data-empty': members.length === 0 ? 'true' : undefined,
        }),
        label: part(SCOPE, 'box-label', { id: `${id}-box-${key}` }),
        count: part(SCOPE, 'box-count'),
        list: part(SCOPE, 'people'),
      };
    }),
  }));

  let announcementText = '';
  const a = state.announcement;
  if (a) {
    const box = boxText(a.box);
    announcementText =
      a.kind === 'moving'
        ? t.moving(a.name)
        : a.kind === 'target'
          ? t.target(a.name, box)
          : a.kind === 'same'
            ? t.sameBox(a.name)
            : a.kind === 'cancelled'
              ? t.cancelled(a.name)
              : a.kind === 'placed'
                ? t.placed(a.name, box)
                : '';
  }

  const dialogOpen = editable && move?.step === 'reason';
  const errorId = `${id}-reason-error`;
  const hintId = `${id}-reason-hint`;
  const dialog: CalibrationGridDialogView | undefined =
    dialogOpen && move
      ? {
          titleText: t.dialogTitle(move.name),
          fromToText: t.fromTo(boxText(move.from), boxText(move.to)),
          reasonLabelText: t.reasonLabel,
          reasonHintText: t.reasonHint,
          reasonValue: state.reason,
          errorText: state.reasonMissing ? t.reasonRequired : undefined,
          confirmText: t.confirm,
          cancelText: t.cancel,
          backdrop: part(SCOPE, 'backdrop'),
          root: part(SCOPE, 'dialog', {
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': `${id}-dialog-title`,
            'aria-describedby': `${id}-from-to`,
          }),
          title: part(SCOPE, 'dialog-title', { id: `${id}-dialog-title` }),
          fromTo: part(SCOPE, 'from-to', { id: `${id}-from-to` }),
          form: part(SCOPE, 'form', { novalidate: true }),
          reasonLabel: part(SCOPE, 'reason-label', { for: calibrationGridFocusId(id, { part: 'reason' }) }),
          reasonInput: part(SCOPE, 'reason', {
            id: calibrationGridFocusId(id, { part: 'reason' }),
            rows: 3,
            maxlength: 2000,
            'aria-required': 'true',
            'aria-invalid': state.reasonMissing ? 'true' : undefined,
            'aria-describedby': state.reasonMissing ? `${errorId} ${hintId}` : hintId,
          }),
          reasonHint: part(SCOPE, 'reason-hint', { id: hintId }),
          error: part(SCOPE, 'reason-error', { id: errorId }),
          actions: part(SCOPE, 'actions'),
          cancel: part(SCOPE, 'cancel', { type: 'button' }),
          confirm: part(SCOPE, 'confirm', { type: 'submit', id: calibrationGridFocusId(id, { part: 'confirm' }) }),
        }
      : undefined;

  const table = {
    captionText: t.table,
    headers: [
      t.columns.person,
      t.columns.score,
      t.columns.computed,
      t.columns.placement,
      t.columns.adjustment,
    ] as const,
    rows: people.map((p) => {
      const last = p.adjustments[p.adjustments.length - 1];
      const at = shownAt(p);
      return {
        key: p.personId,
        cells: [
          p.name,
          scoreOf(p) ?? '—',
          p.computed ? boxText(p.computed) : t.notComputed,
          at ? boxText(at) : t.notPlaced,
          last ? t.moved(boxText(last.from), last.actorName, last.reason) : t.noAdjustment,
        ] as const,
      };
    }),
  };

  return {
    headingText: t.heading,
    hintText: editable ? t.hint : t.readOnly(data.stage),
    editable,
    isEmpty: people.length === 0,
    emptyText: t.empty,
    announcementText,
    failureText: state.failure ? failureWords(state.failure) : undefined,
    cancelMove: choosing ? { text: t.cancel, button: part(SCOPE, 'cancel-move', { type: 'button' }) } : undefined,
    potentialText: t.potential,
    performanceText: t.performance,
    columns: LOW_FIRST.map((level) => ({
      key: level,
      text: t.level[level],
      header: part(SCOPE, 'column-header', { 'data-level': level, 'aria-hidden': 'true' }),
    })),
    rows,
    unplaced: unplaced.length > 0 ? { headingText: t.unplaced, people: unplaced.map(personView) } : undefined,
    dialog,
    table,
    root: part(SCOPE, 'root', {
      'aria-labelledby': `${id}-heading`,
      'data-editable': editable ? 'true' : 'false',
      'data-moving': choosing ? 'true' : undefined,
    }),
    heading: part(SCOPE, 'heading', { id: `${id}-heading` }),
    hint: part(SCOPE, 'hint', { 'data-read-only': editable ? undefined : 'true' }),
    live: part(SCOPE, 'live', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
    failure: part(SCOPE, 'failure', { role: 'alert' }),
    toolbar: part(SCOPE, 'toolbar'),
    empty: part(SCOPE, 'empty'),
    body: part(SCOPE, 'layout', { inert: dialog ? true : undefined }),
    grid: part(SCOPE, 'grid', { role: 'group', 'aria-label': t.gridLabel }),
    corner: part(SCOPE, 'corner', { 'aria-hidden': 'true' }),
    axisPotential: part(SCOPE, 'axis-potential', { 'aria-hidden': 'true' }),
    axisPerformance: part(SCOPE, 'axis-performance', { 'aria-hidden': 'true' }),
    unplacedSection: part(SCOPE, 'unplaced', { 'aria-labelledby': `${id}-unplaced` }),
    unplacedHeading: part(SCOPE, 'unplaced-heading', { id: `${id}-unplaced` }),
    unplacedList: part(SCOPE, 'unplaced-list'),
    tableWrap: part(SCOPE, 'table-wrap', { role: 'region', tabindex: 0, 'aria-labelledby': `${id}-caption` }),
    tableRoot: part(SCOPE, 'table', { 'aria-labelledby': `${id}-caption` }),
    caption: part(SCOPE, 'caption', { id: `${id}-caption` }),
  };
}
