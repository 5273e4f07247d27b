'use client';
import {
  connectOneOnOne,
  createOneOnOneController,
  type MeetingData,
  type OneOnOneChange,
  type OneOnOneFocus,
  type OneOnOneItemView,
  type OneOnOneNotesView,
  oneOnOneFocusSelector,
} from '@goalkit/core/connect';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import {
  useAddActionItem,
  useAddTalkingPoint,
  useDeleteTalkingPoint,
  useMe,
  useMeeting,
  useMeetings,
  useUpdateActionItem,
  useUpdateMeeting,
  useUpdateTalkingPoint,
} from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';

interface OneOnOneCommon {
  /** The signed-in person: names the other participant in the heading; they may delete their own points. @default connected: `GET /me` */
  readonly viewerId?: string | undefined;
  /** Show the meeting without changing it. @default false */
  readonly readOnly?: boolean | undefined;
  /** The day overdue action items are measured against. @default now */
  readonly now?: string | Date | undefined;
  /** The time zone of the meeting's time. @default the browser's */
  readonly timeZone?: string | undefined;
  /** The heading's level, to fit the page's outline; sections are one below. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the meeting, and what to do with a change. */
export interface OneOnOneDataProps extends OneOnOneCommon {
  readonly meeting: MeetingData;
  /** When the previous meeting was, for carried points ("From the meeting on 9 Feb 2026"). */
  readonly previousMeetingAt?: string | undefined;
  /**
   * Called with each write (the `gk-meeting-change` detail). Return a promise to show saving and failures; a
   * rejection whose `status` is 412 or 409 is a conflict on the notes. An added point's reply (`{ id }`) takes the focus.
   */
  readonly onMeetingChange?: ((change: OneOnOneChange) => unknown) | undefined;
  /** After a conflict on the notes or the state: the meeting as the server has it now. @default the `meeting` prop */
  readonly onReload?: (() => unknown) | undefined;
}

/** Connected mode: the meeting loads from the provider's client; changes are saved there. */
export interface OneOnOneConnectedProps extends OneOnOneCommon {
  readonly meetingId: string;
  /** Told after the server recorded a change. */
  readonly onMeetingChange?: ((change: OneOnOneChange) => void) | undefined;
}

/** Props of {@link OneOnOne}. */
export type OneOnOneProps = OneOnOneDataProps | OneOnOneConnectedProps;

type BodyProps = OneOnOneCommon & {
  meeting: MeetingData;
  previousMeetingAt?: string | undefined;
  write: (change: OneOnOneChange) => unknown;
  reload?: (() => unknown) | undefined;
};

function Items({
  items,
  onToggle,
}: {
  items: readonly OneOnOneItemView[];
  onToggle: (itemId: string, done: boolean) => void;
}) {
  return items.map((a) => (
    <li key={a.id} {...attrs(a.item)}>
      <input {...attrs(a.toggle)} checked={a.checked} onChange={(e) => onToggle(a.id, e.target.checked)} />
      <div {...attrs(a.body)}>
        <label {...attrs(a.label)} htmlFor={a.label.for as string}>
          {a.text}
        </label>
        <p {...attrs(a.meta)}>
          {a.metaTexts.map((text) => (
            <span key={text}>{text}</span>
          ))}
        </p>
      </div>
    </li>
  ));
}

function Notes({
  notes,
  level,
  onText,
  onSave,
  onLoadTheirs,
}: {
  notes: OneOnOneNotesView;
  level: HeadingLevel;
  onText: (text: string) => void;
  onSave: () => void;
  onLoadTheirs: () => void;
}) {
  return (
    <section {...attrs(notes.section)}>
      <Heading level={level} {...attrs(notes.heading)}>
        {notes.headingText}
      </Heading>
      <p {...attrs(notes.hint)}>{notes.hintText}</p>
      <textarea {...attrs(notes.input)} value={notes.value} onChange={(e) => onText(e.target.value)} />
      {/* After a conflict, what happened comes before the other version and the choice. */}
      {notes.conflict && <p {...attrs(notes.status)}>{notes.statusText}</p>}
      {notes.theirsText !== undefined && (
        <>
          <p {...attrs(notes.theirsLabel)}>{notes.theirsLabelText}</p>
          <p {...attrs(notes.theirs)}>{notes.theirsText}</p>
        </>
      )}
      {notes.editable && (
        <div {...attrs(notes.footer)}>
          {notes.conflict ? (
            <>
              <button {...attrs(notes.keepMine)} onClick={onSave}>
                {notes.keepMineText}
              </button>
              <button {...attrs(notes.loadTheirs)} onClick={onLoadTheirs}>
                {notes.loadTheirsText}
              </button>
            </>
          ) : (
            <button {...attrs(notes.save)} onClick={onSave}>
              {notes.saveText}
            </button>
          )}
          {!notes.conflict && <p {...attrs(notes.status)}>{notes.statusText}</p>}
        </div>
      )}
    </section>
  );
}

function OneOnOneBody(props: BodyProps) {
  const locale = useLocale(props.locale);
  const latest = useRef(props);
  latest.current = props;
  const root = useRef<HTMLElement>(null);
  // The controller says where focus goes; it moves once the change it follows is on screen (a new point may
  // arrive a render later than the answer that names it, so an intent waits until its target is there).
  const pendingFocus = useRef<OneOnOneFocus | undefined>(undefined);
  const [state, send] = useController(() =>
    createOneOnOneController({
      meeting: () => latest.current.meeting,
      viewerId: () => latest.current.viewerId,
      write: (change) => latest.current.write(change),
      // Without one, a conflict shows the `meeting` prop as the other version.
      reload: () => latest.current.reload?.(),
      focus: (focus) => {
        pendingFocus.current = focus;
      },
    }),
  );
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    const target = root.current?.querySelector<HTMLElement>(oneOnOneFocusSelector(focus));
    if (!target) return;
    pendingFocus.current = undefined;
    target.focus();
  });
  const view = connectOneOnOne({
    meeting: props.meeting,
    state,
    viewerId: props.viewerId,
    previousMeetingAt: props.previousMeetingAt,
    editable: !props.readOnly,
    now: props.now,
    timeZone: props.timeZone,
    locale,
    idBase: useId(),
  });
  const level = props.headingLevel ?? 2;
  const sub = Math.min(6, level + 1) as HeadingLevel;
  const submit = (type: 'submit-point' | 'submit-item') => (event: FormEvent) => {
    event.preventDefault();
    send({ type });
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      send({ type: 'cancel-delete' });
    }
  };
  const { pointForm, itemForm } = view;
  return (
    <section {...attrs(view.root)} ref={root} className={props.className}>
      <header {...attrs(view.header)}>
        <Heading level={level} {...attrs(view.heading)}>
          {view.headingText}
        </Heading>
        <p {...attrs(view.when)}>
          <time dateTime={view.dateTime}>{view.whenText}</time>
        </p>
        <span {...attrs(view.stateBadge)}>{view.stateText}</span>
        {view.stateActions.length > 0 && (
          <div {...attrs(view.stateGroup)}>
            {view.stateActions.map((a) => (
              <button key={a.state} {...attrs(a.button)} onClick={() => send({ type: 'set-state', state: a.state })}>
                {a.text}
              </button>
            ))}
          </div>
        )}
      </header>
      <p {...attrs(view.announcement)}>{view.announcementText}</p>

      <section {...attrs(view.section('agenda'))}>
        <Heading level={sub} {...attrs(view.sectionHeading('agenda'))}>
          {view.agendaText}
        </Heading>
        {view.points.length === 0 ? (
          <p {...attrs(view.empty)}>{view.agendaEmptyText}</p>
        ) : (
          <ol {...attrs(view.pointList)}>
            {view.points.map((p) => (
              <li key={p.id} {...attrs(p.item)}>
                <input
                  {...attrs(p.toggle)}
                  checked={p.checked}
                  onChange={(e) => send({ type: 'toggle-point', pointId: p.id, done: e.target.checked })}
                />
                <div {...attrs(p.body)}>
                  <label {...attrs(p.label)} htmlFor={p.label.for as string}>
                    {p.text}
                  </label>
                  <p {...attrs(p.meta)}>
                    {p.metaTexts.map((text) => (
                      <span key={text}>{text}</span>
                    ))}
                  </p>
                </div>
                {p.canDelete && (
                  <button {...attrs(p.delete)} onClick={() => send({ type: 'delete-point', pointId: p.id })}>
                    {p.deleteText}
                  </button>
                )}
                {p.confirming && (
                  <div {...attrs(p.confirm)}>
                    <p {...attrs(p.confirmQuestion)}>{p.confirmText}</p>
                    <button
                      {...attrs(p.confirmButton)}
                      onKeyDown={cancelOnEscape}
                      onClick={() => send({ type: 'confirm-delete' })}
                    >
                      {p.confirmButtonText}
                    </button>
                    <button
                      {...attrs(p.confirmCancel)}
                      onKeyDown={cancelOnEscape}
                      onClick={() => send({ type: 'cancel-delete' })}
                    >
                      {p.cancelText}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {view.editable && (
          <form {...attrs(pointForm.form)} onSubmit={submit('submit-point')}>
            <div {...attrs(view.field)}>
              <label {...attrs(pointForm.label)} htmlFor={pointForm.label.for as string}>
                {pointForm.labelText}
              </label>
              <input
                {...attrs(pointForm.input)}
                value={state.point.text}
                onChange={(e) => send({ type: 'point-text', text: e.target.value })}
              />
              {pointForm.errorText && <p {...attrs(pointForm.error)}>{pointForm.errorText}</p>}
            </div>
            <div {...attrs(view.privateField)}>
              <input
                {...attrs(pointForm.privateInput)}
                checked={pointForm.private}
                onChange={(e) => send({ type: 'point-private', private: e.target.checked })}
              />
              <label {...attrs(pointForm.privateLabel)} htmlFor={pointForm.privateLabel.for as string}>
                {pointForm.privateText}
              </label>
            </div>
            <div {...attrs(view.formFooter)}>
              <button {...attrs(pointForm.submit)}>{pointForm.submitText}</button>
              <p {...attrs(pointForm.status)}>{pointForm.statusText}</p>
            </div>
          </form>
        )}
      </section>

      {view.suggestions.length > 0 && (
        <section {...attrs(view.section('suggestions'))}>
          <Heading level={sub} {...attrs(view.sectionHeading('suggestions'))}>
            {view.suggestionsText}
          </Heading>
          <p {...attrs(view.suggestionsHint)}>{view.suggestionsHintText}</p>
          <ul {...attrs(view.suggestionList)}>
            {view.suggestions.map((s) => (
              <li key={s.key} {...attrs(s.item)}>
                <span {...attrs(s.label)}>
                  <span>{s.text}</span>
                  {s.ownerText && <span>{s.ownerText}</span>}
                </span>
                {s.onAgenda ? (
                  <span {...attrs(s.added)}>{s.onAgendaText}</span>
                ) : (
                  view.editable && (
                    <button {...attrs(s.add)} onClick={() => send(s.event)}>
                      {s.addText}
                    </button>
                  )
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.notes.map((notes) => (
        <Notes
          key={notes.which}
          notes={notes}
          level={sub}
          onText={(text) => send({ type: 'notes-text', which: notes.which, text })}
          onSave={() => send({ type: 'save-notes', which: notes.which })}
          onLoadTheirs={() => send({ type: 'load-theirs', which: notes.which })}
        />
      ))}

      <section {...attrs(view.section('items'))}>
        <Heading level={sub} {...attrs(view.sectionHeading('items'))}>
          {view.itemsText}
        </Heading>
        {view.items.length === 0 ? (
          <p {...attrs(view.empty)}>{view.itemsEmptyText}</p>
        ) : (
          <ul {...attrs(view.itemList)}>
            <Items items={view.items} onToggle={(itemId, done) => send({ type: 'toggle-item', itemId, done })} />
          </ul>
        )}
        {view.editable && (
          <form {...attrs(itemForm.form)} onSubmit={submit('submit-item')}>
            <div {...attrs(view.fields)}>
              <div {...attrs(view.field)}>
                <label {...attrs(itemForm.label)} htmlFor={itemForm.label.for as string}>
                  {itemForm.labelText}
                </label>
                <input
                  {...attrs(itemForm.input)}
                  value={state.item.text}
                  onChange={(e) => send({ type: 'item-text', text: e.target.value })}
                />
                {itemForm.errorText && <p {...attrs(itemForm.error)}>{itemForm.errorText}</p>}
              </div>
              <div {...attrs(view.field)}>
                <label {...attrs(itemForm.ownerLabel)} htmlFor={itemForm.ownerLabel.for as string}>
                  {itemForm.ownerLabelText}
                </label>
                <select
                  {...attrs(itemForm.ownerSelect)}
                  value={itemForm.ownerId}
                  onChange={(e) => send({ type: 'item-owner', ownerId: e.target.value })}
                >
                  {itemForm.owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </div>
              <div {...attrs(view.field)}>
                <label {...attrs(itemForm.dueLabel)} htmlFor={itemForm.dueLabel.for as string}>
                  {itemForm.dueLabelText}
                </label>
                <input
                  {...attrs(itemForm.dueInput)}
                  value={itemForm.due}
                  onChange={(e) => send({ type: 'item-due', due: e.target.value })}
                />
              </div>
            </div>
            <div {...attrs(view.formFooter)}>
              <button {...attrs(itemForm.submit)}>{itemForm.submitText}</button>
              <p {...attrs(itemForm.status)}>{itemForm.statusText}</p>
            </div>
          </form>
        )}
      </section>

      {view.earlier.length > 0 && (
        <section {...attrs(view.section('earlier'))}>
          <Heading level={sub} {...attrs(view.sectionHeading('earlier'))}>
            {view.earlierText}
          </Heading>
          <ul {...attrs(view.earlierList)}>
            <Items items={view.earlier} onToggle={(itemId, done) => send({ type: 'toggle-item', itemId, done })} />
          </ul>
        </section>
      )}
    </section>
  );
}

function DataOneOnOne({ onMeetingChange, onReload, ...rest }: OneOnOneDataProps) {
  return <OneOnOneBody {...rest} write={(change) => onMeetingChange?.(change)} reload={onReload} />;
}

function ConnectedOneOnOne({ meetingId, onMeetingChange, ...rest }: OneOnOneConnectedProps) {
  const locale = useLocale(rest.locale);
  const meeting = useMeeting(meetingId);
  const me = useMe({ enabled: rest.viewerId === undefined });
  const previousId = meeting.data?.previousMeetingId ?? null;
  // The series' meetings, for the day the carried points come from.
  const series = useMeetings(
    { series: meeting.data?.seriesId ?? '' },
    { enabled: previousId !== null && meeting.data?.talkingPoints.some((p) => p.carriedFrom !== null) === true },
  );
  const mutations = {
    'add-talking-point': useAddTalkingPoint(),
    'update-talking-point': useUpdateTalkingPoint(),
    'delete-talking-point': useDeleteTalkingPoint(),
    'add-action-item': useAddActionItem(),
    'update-action-item': useUpdateActionItem(),
    'update-meeting': useUpdateMeeting(),
  };
  // The viewer names the heading and may delete their own points: wait for them too (a failed `GET /me` shows
  // the meeting without them).
  if (!meeting.data || (rest.viewerId === undefined && me.isPending)) {
    return (
      <LoadStateView
        scope="one-on-one"
        state={meeting.isError ? 'error' : 'loading'}
        error={meeting.error}
        locale={locale}
        className={rest.className}
        onRetry={retryFailed(meeting)}
      />
    );
  }
  const write = (change: OneOnOneChange) => {
    const { action, ...variables } = change;
    // Each action's fields are its mutation's variables (see `OneOnOneChange`).
    const mutation = mutations[action] as { mutateAsync: (variables: unknown) => Promise<unknown> };
    return mutation.mutateAsync(variables).then((reply) => {
      onMeetingChange?.(change);
      return reply;
    });
  };
  const previousMeetingAt = series.data?.items.find((m) => m.id === previousId)?.at;
  return (
    <OneOnOneBody
      {...rest}
      viewerId={rest.viewerId ?? me.data?.id}
      meeting={meeting.data}
      previousMeetingAt={previousMeetingAt}
      write={write}
      reload={() => meeting.refetch().then((result) => result.data)}
    />
  );
}

/**
 * A 1:1 meeting: the agenda (talking points in order, each ticked off; private, carried and recurring ones say
 * so in words), suggested talking points from the goals with their numbers ("Add to agenda" links the point to
 * the goal), shared notes and the viewer's private notes (saved on Save; a conflict keeps what was typed and
 * offers theirs), action items with owner and due date, open ones from earlier meetings, and marking the
 * meeting held or skipped. Plain text only.
 */
export function OneOnOne(props: OneOnOneProps) {
  return 'meeting' in props ? <DataOneOnOne {...props} /> : <ConnectedOneOnOne {...props} />;
}
