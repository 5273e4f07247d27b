'use client';
import {
  type CycleData,
  connectCycleDashboard,
  type GoalEditorCarryOverDetail,
  type ObjectiveData,
  partSelector,
} from '@goalkit/core/connect';
import { useId, useRef, useState } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCycles, useDuplicateObjective, useObjectives } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter.js';

/** The detail of `onSelect`. */
export interface DashboardSelectDetail {
  readonly objectiveId: string;
}

interface CycleDashboardCommon {
  /** A key result without a check-in for this many days is stale. @default 14 */
  readonly staleAfterDays?: number | undefined;
  /** The moment staleness is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
  /** Offer carrying unfinished goals over from this many days before the cycle ends. @default 14 */
  readonly closingDays?: number | undefined;
}

/** Presentational mode: the objectives of one cycle. */
export interface CycleDashboardDataProps extends CycleDashboardCommon {
  readonly objectives: readonly ObjectiveData[];
  /** The cycle; with its `end` (and a `nextCycle`), unfinished goals can be carried over as it closes. */
  readonly cycle?:
    | (Pick<CycleData, 'name'> & { readonly id?: string | undefined; readonly end?: string | undefined })
    | undefined;
  /** The cycle unfinished goals are carried into. */
  readonly nextCycle?: Pick<CycleData, 'id' | 'name'> | undefined;
  /** Goals already carried into `nextCycle` (the `carriedFrom` of its objectives). */
  readonly carriedIds?: readonly string[] | undefined;
  /** Carry a goal into `nextCycle`; return a promise to show progress and failure. */
  readonly onCarryOver?: ((detail: GoalEditorCarryOverDetail) => unknown) | undefined;
}

/** Connected mode: a cycle id, optionally narrowed to one owner (a person or team). */
export interface CycleDashboardConnectedProps extends CycleDashboardCommon {
  readonly cycleId: string;
  readonly ownerId?: string | undefined;
  /** Called once a goal was carried over, with the copy's id. */
  readonly onCarryOver?: ((detail: GoalEditorCarryOverDetail) => void) | undefined;
}

/** Props of {@link CycleDashboard}. */
export type CycleDashboardProps = CycleDashboardDataProps | CycleDashboardConnectedProps;

type Carrying = Readonly<Record<string, 'carrying' | 'carried' | 'failed'>>;

function CycleDashboardBody({ onCarryOver, ...props }: CycleDashboardDataProps) {
  const locale = useLocale(props.locale);
  const [carrying, setCarrying] = useState<Carrying>({});
  const root = useRef<HTMLElement>(null);
  const view = connectCycleDashboard({ ...props, carrying, locale, idBase: useId() });
  const carry = (objectiveId: string) => {
    const next = props.nextCycle;
    if (!next || carrying[objectiveId] === 'carrying') return;
    setCarrying((c) => ({ ...c, [objectiveId]: 'carrying' }));
    const done = (outcome: 'carried' | 'failed') => {
      setCarrying((c) => ({ ...c, [objectiveId]: outcome }));
      // The button is gone once carried: its status line takes the focus, so keyboard users stay in place.
      if (outcome === 'carried')
        requestAnimationFrame(() => {
          const status = [
            ...(root.current?.querySelectorAll<HTMLElement>(partSelector('cycle-dashboard', 'carry-status')) ?? []),
          ].find((el) => el.dataset.objectiveId === objectiveId);
          if (status && (document.activeElement === document.body || !document.activeElement)) status.focus();
        });
    };
    Promise.resolve()
      .then(() => onCarryOver?.({ objectiveId, cycleId: next.id }))
      .then(
        () => done('carried'),
        () => done('failed'),
      );
  };
  if (view.empty) {
    return (
      <LoadStateView
        scope="cycle-dashboard"
        state="empty"
        locale={locale}
        message={view.emptyText}
        className={props.className}
      />
    );
  }
  return (
    <section ref={root} {...attrs(view.root)} className={props.className}>
      <h2 {...attrs(view.heading)}>
        {view.headingText} <small>({view.totalText})</small>
      </h2>
      <section {...attrs(view.section('counts'))}>
        <h3 {...attrs(view.sectionHeading('counts'))}>{view.countsHeading}</h3>
        <dl>
          {view.counts.map((c) => (
            <div key={c.status} {...attrs(c.item)}>
              <dt>{c.label}</dt>
              <dd>{c.countText}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section {...attrs(view.section('progress'))}>
        <h3 {...attrs(view.sectionHeading('progress'))}>{view.progressHeading}</h3>
        <ProgressMeter {...view.progress} />
      </section>
      <section {...attrs(view.section('distribution'))}>
        <h3 {...attrs(view.sectionHeading('distribution'))}>{view.distributionHeading}</h3>
        <ul>
          {view.buckets.map((b) => (
            <li key={b.from} {...attrs(b.item)}>
              <span>{b.text}</span>
              <span {...attrs(b.bar)} />
            </li>
          ))}
        </ul>
      </section>
      <section {...attrs(view.section('attention'))}>
        <h3 {...attrs(view.sectionHeading('attention'))}>{view.attentionHeading}</h3>
        {view.attention.length === 0 ? (
          <p {...attrs(view.none)}>{view.noneAttentionText}</p>
        ) : (
          <ul>
            {view.attention.map((a) => (
              <li key={a.id} {...attrs(a.item)}>
                <span>{a.titleText}</span>
                <ProgressMeter {...a.progress} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section {...attrs(view.section('stale'))}>
        <h3 {...attrs(view.sectionHeading('stale'))}>{view.staleHeading}</h3>
        {view.stale.length === 0 ? (
          <p {...attrs(view.none)}>{view.noneStaleText}</p>
        ) : (
          <ul>
            {view.stale.map((s) => (
              <li key={s.id} {...attrs(s.item)}>
                <strong>{s.titleText}</strong>
                <span>
                  {s.objectiveTitle} · {s.sinceText}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.carryShown && (
        <section {...attrs(view.section('carry'))}>
          <h3 {...attrs(view.sectionHeading('carry'))}>{view.carryHeading}</h3>
          <p {...attrs(view.carryHint)}>{view.carryHintText}</p>
          {view.carry.length === 0 ? (
            <p {...attrs(view.none)}>{view.noneCarryText}</p>
          ) : (
            <ul>
              {view.carry.map((c) => (
                <li key={c.id} {...attrs(c.item)}>
                  <span>
                    {c.titleText} · {c.statusText}
                  </span>
                  {c.buttonText !== undefined && (
                    <button {...attrs(c.button)} onClick={() => carry(c.id)}>
                      {c.buttonText}
                    </button>
                  )}
                  <p {...attrs(c.status)}>{c.statusMessage}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}

function ConnectedCycleDashboard({ cycleId, ownerId, onCarryOver, ...rest }: CycleDashboardConnectedProps) {
  const locale = useLocale(rest.locale);
  const owner = ownerId ? { owner: ownerId } : {};
  const objectives = useObjectives({ cycle: cycleId, limit: 200, ...owner });
  const cycles = useCycles();
  const current = cycles.data?.items.find((c) => c.id === cycleId);
  // The next cycle: the first to start after this one ends.
  const next = current
    ? cycles.data?.items.filter((c) => c.start > current.end).sort((a, b) => a.start.localeCompare(b.start))[0]
    : undefined;
  // Its goals say which were carried already (`carriedFrom`).
  const nextObjectives = useObjectives(
    { cycle: next?.id ?? '', limit: 200, ...owner },
    { enabled: next !== undefined },
  );
  const duplicate = useDuplicateObjective();
  if (objectives.data) {
    const carriedIds = nextObjectives.data?.items.flatMap((o) => (o.carriedFrom ? [o.carriedFrom] : []));
    return (
      <CycleDashboardBody
        {...rest}
        objectives={objectives.data.items}
        cycle={current ?? { name: cycleId }}
        // Until the next cycle's goals are known, nothing is offered twice by mistake.
        nextCycle={carriedIds ? next : undefined}
        carriedIds={carriedIds}
        onCarryOver={async (detail) => {
          const copy = await duplicate.mutateAsync({ id: detail.objectiveId, cycleId: detail.cycleId });
          onCarryOver?.({ ...detail, copyId: copy.id });
        }}
      />
    );
  }
  return (
    <LoadStateView
      scope="cycle-dashboard"
      state={objectives.isError ? 'error' : 'loading'}
      locale={locale}
      className={rest.className}
      error={objectives.error}
      onRetry={retryFailed(objectives, cycles)}
    />
  );
}

/**
 * One cycle at a glance for a person, a team or the company: counts by status, progress against
 * expected, the distribution of progress, what is at risk or off track, and stale check-ins.
 */
export function CycleDashboard(props: CycleDashboardProps) {
  return 'objectives' in props ? <CycleDashboardBody {...props} /> : <ConnectedCycleDashboard {...props} />;
}
