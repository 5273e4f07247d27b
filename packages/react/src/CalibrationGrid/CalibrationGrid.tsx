'use client';
import {
  type CalibrationGridData,
  type CalibrationGridFocusTarget,
  type CalibrationGridPersonView,
  type CalibrationMoveDetail,
  type CalibrationPersonData,
  calibrationGridFocusId,
  connectCalibrationGrid,
  createCalibrationGridController,
  type NineBoxCellData,
} from '@goalkit/core/connect';
import { type KeyboardEvent, useId, useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useAdjustCalibration, useCalibration } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';

interface CalibrationGridCommon {
  /** The heading's level, to fit the page's outline (the reason dialog's title is one below). @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the grid, and what to do with a move. */
export interface CalibrationGridDataProps extends CalibrationGridCommon {
  /** `GET /review-cycles/{id}/calibration`: the people, where they are, and whether moves are taken. */
  readonly calibration: CalibrationGridData;
  /**
   * Called with a move (the `gk-calibration-move` detail). Return a promise: the person shows saving until it
   * settles, its value (the person as the server placed them) places them, and a rejection puts them back with
   * its reason.
   */
  readonly onMove?: ((detail: CalibrationMoveDetail) => unknown) | undefined;
}

/** Connected mode: the grid of a review cycle from the provider's client; moves are recorded there. */
export interface CalibrationGridConnectedProps extends CalibrationGridCommon {
  /** The review cycle's id. */
  readonly cycleId: string;
  /** Told after the server recorded a move, with the person as it placed them. */
  readonly onMove?: ((detail: CalibrationMoveDetail, person: CalibrationPersonData) => void) | undefined;
}

/** Props of {@link CalibrationGrid}. */
export type CalibrationGridProps = CalibrationGridDataProps | CalibrationGridConnectedProps;

type Adjust = (detail: CalibrationMoveDetail) => unknown;

function CalibrationGridBody(props: CalibrationGridCommon & { calibration: CalibrationGridData; adjust: Adjust }) {
  const locale = useLocale(props.locale);
  const idBase = useId();
  const root = useRef<HTMLElement>(null);
  // The controller reads the latest props when it acts; it is made once for the mounted grid.
  const latest = useRef(props);
  latest.current = props;
  const [state, send] = useController(() =>
    createCalibrationGridController({
      editable: () => latest.current.calibration.editable,
      adjust: (detail) => latest.current.adjust(detail),
      // After React has rendered the change (the dialog, the person in a new box).
      focus: (target: CalibrationGridFocusTarget) =>
        queueMicrotask(() => {
          const node = root.current?.getRootNode() as Document | ShadowRoot | undefined;
          node?.getElementById(calibrationGridFocusId(idBase, target))?.focus();
        }),
    }),
  );
  const view = connectCalibrationGrid({ calibration: props.calibration, state, locale, idBase });
  const level = props.headingLevel ?? 2;
  const dialog = view.dialog;

  const person = (p: CalibrationGridPersonView) => {
    const ref = { personId: p.personId, name: p.name, placement: p.placement as NineBoxCellData };
    const content = (
      <>
        <span {...attrs(p.label)}>{p.name}</span> <span {...attrs(p.score)}>{p.scoreText}</span>
        {p.adjustedText && (
          <>
            {' '}
            <span {...attrs(p.badge)}>{p.adjustedText}</span>
          </>
        )}
      </>
    );
    const note = [p.failedText ?? p.pendingText, p.movedText].filter(Boolean).join('. ');
    return (
      <li key={p.personId} {...attrs(p.item)}>
        {p.movable ? (
          <button
            {...attrs(p.chip)}
            onClick={() => send({ type: 'pick', person: ref })}
            onKeyDown={(event) => send({ type: 'keydown', person: ref, event })}
            onDragStart={(event) => {
              event.dataTransfer.setData('text/plain', p.personId);
              event.dataTransfer.effectAllowed = 'move';
              send({ type: 'pick', person: ref });
            }}
            onDragEnd={() => send({ type: 'drag-end' })}
          >
            {content}
          </button>
        ) : (
          <span {...attrs(p.chip)}>{content}</span>
        )}
        {note && <span {...attrs(p.note)}>{note}</span>}
      </li>
    );
  };

  // Escape cancels a move from the other controls it offers too ("Move here", "Cancel").
  const escapeCancels = (event: KeyboardEvent) => {
    if (event.key === 'Escape') send({ type: 'cancel' });
  };
  const dialogKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = (event.target as HTMLElement).id;
    const at =
      id === calibrationGridFocusId(idBase, { part: 'reason' })
        ? 'first'
        : id === calibrationGridFocusId(idBase, { part: 'confirm' })
          ? 'last'
          : 'other';
    send({ type: 'dialog-key', event, at });
  };

  return (
    <section {...attrs(view.root)} ref={root} className={props.className}>
      <Heading level={level} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      <p {...attrs(view.hint)}>{view.hintText}</p>
      <div {...attrs(view.toolbar)}>
        <p {...attrs(view.live)}>{view.announcementText}</p>
        {view.cancelMove && (
          <button {...attrs(view.cancelMove.button)} onClick={() => send({ type: 'cancel' })} onKeyDown={escapeCancels}>
            {view.cancelMove.text}
          </button>
        )}
      </div>
      <p {...attrs(view.failure)}>{view.failureText}</p>
      {view.isEmpty ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
        <div {...attrs(view.body)}>
          <div {...attrs(view.grid)}>
            <span {...attrs(view.axisPotential)}>{view.potentialText}</span>
            {view.rows.map((row) => [
              <span key={row.key} {...attrs(row.header)}>
                {row.text}
              </span>,
              ...row.boxes.map((box) => (
                // biome-ignore lint/a11y/noStaticElementInteractions: a drop target (a group, from the bag); its "Move here" button is the way without a pointer drag.
                <div
                  key={box.key}
                  {...attrs(box.box)}
                  onDragOver={(event) => {
                    if (state.move?.step === 'choosing') event.preventDefault();
                  }}
                  onDrop={(event) => {
                    event.preventDefault();
                    send({ type: 'target', to: box.cell });
                  }}
                >
                  <p {...attrs(box.label)}>{box.labelText}</p>
                  <p {...attrs(box.count)}>{box.countText}</p>
                  {box.people.length > 0 && <ul {...attrs(box.list)}>{box.people.map(person)}</ul>}
                  {box.moveHere && (
                    <button
                      {...attrs(box.moveHere.button)}
                      onClick={() => send({ type: 'target', to: box.cell })}
                      onKeyDown={escapeCancels}
                    >
                      {box.moveHere.text}
                    </button>
                  )}
                </div>
              )),
            ])}
            {view.columns.map((column) => (
              <span key={column.key} {...attrs(column.header)}>
                {column.text}
              </span>
            ))}
            <span {...attrs(view.axisPerformance)}>{view.performanceText}</span>
          </div>
          {view.unplaced && (
            <section {...attrs(view.unplacedSection)}>
              <Heading level={Math.min(6, level + 1) as HeadingLevel} {...attrs(view.unplacedHeading)}>
                {view.unplaced.headingText}
              </Heading>
              <ul {...attrs(view.unplacedList)}>{view.unplaced.people.map(person)}</ul>
            </section>
          )}
          <p {...attrs(view.caption)}>{view.table.captionText}</p>
          <div {...attrs(view.tableWrap)}>
            <table {...attrs(view.tableRoot)}>
              <thead>
                <tr>
                  {view.table.headers.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.table.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.cells[0]}</th>
                    <td>{row.cells[1]}</td>
                    <td>{row.cells[2]}</td>
                    <td>{row.cells[3]}</td>
                    <td>{row.cells[4]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {dialog && (
        <div {...attrs(dialog.backdrop)}>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: role="dialog" from the bag; Escape and Tab anywhere in it are its keys. */}
          <div {...attrs(dialog.root)} onKeyDown={dialogKey}>
            <Heading level={Math.min(6, level + 1) as HeadingLevel} {...attrs(dialog.title)}>
              {dialog.titleText}
            </Heading>
            <p {...attrs(dialog.fromTo)}>{dialog.fromToText}</p>
            <form
              {...attrs(dialog.form)}
              onSubmit={(event) => {
                event.preventDefault();
                send({ type: 'confirm' });
              }}
            >
              <label {...attrs(dialog.reasonLabel)} htmlFor={dialog.reasonLabel.for as string}>
                {dialog.reasonLabelText}
              </label>
              <textarea
                {...attrs(dialog.reasonInput)}
                value={dialog.reasonValue}
                onChange={(event) => send({ type: 'reason', text: event.target.value })}
              />
              <p {...attrs(dialog.reasonHint)}>{dialog.reasonHintText}</p>
              {dialog.errorText && <p {...attrs(dialog.error)}>{dialog.errorText}</p>}
              <div {...attrs(dialog.actions)}>
                <button {...attrs(dialog.cancel)} onClick={() => send({ type: 'cancel' })}>
                  {dialog.cancelText}
                </button>
                <button {...attrs(dialog.confirm)}>{dialog.confirmText}</button>
              </div>
            </form>
          </div>
        </div>
      )}
    </section>
  );
}

function DataCalibrationGrid({ onMove, ...rest }: CalibrationGridDataProps) {
  return <CalibrationGridBody {...rest} adjust={(detail) => onMove?.(detail)} />;
}

function ConnectedCalibrationGrid({ cycleId, onMove, ...rest }: CalibrationGridConnectedProps) {
  const locale = useLocale(rest.locale);
  const calibration = useCalibration(cycleId);
  const mutation = useAdjustCalibration();
  if (!calibration.data) {
    return (
      <LoadStateView
        scope="calibration-grid"
        state={calibration.isError ? 'error' : 'loading'}
        error={calibration.error}
        locale={locale}
        className={rest.className}
        onRetry={retryFailed(calibration)}
      />
    );
  }
  const adjust: Adjust = ({ idempotencyKey, ...body }) =>
    mutation.mutateAsync({ cycleId, body, ...(idempotencyKey ? { idempotencyKey } : {}) }).then((person) => {
      onMove?.({ ...body, ...(idempotencyKey ? { idempotencyKey } : {}) }, person);
      return person;
    });
  return <CalibrationGridBody {...rest} calibration={calibration.data} adjust={adjust} />;
}

/**
 * A nine-box calibration grid: potential (rows, high to low) against performance (columns, low to high), people
 * as buttons in their box with their final score in words; people without a manager review listed apart; the
 * placements as a table. Moves by keyboard (Enter or Space picks a person up, the arrow keys choose a box, Enter
 * places), by click ("Move here") or by drag and drop, each ending in a modal dialog that asks for the reason;
 * the person waits in the new box while the move is saved, and goes back with the server's reason if it fails.
 * Read-only, saying why, when the cycle is not calibrating.
 */
export function CalibrationGrid(props: CalibrationGridProps) {
  return 'calibration' in props ? <DataCalibrationGrid {...props} /> : <ConnectedCalibrationGrid {...props} />;
}
