'use client';
import { type CycleData, connectCycleDashboard, type ObjectiveData } from '@goalkit/core';
import { useId } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCycles, useObjectives } from '../hooks.js';
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
}

/** Presentational mode: the objectives of one cycle. */
export interface CycleDashboardDataProps extends CycleDashboardCommon {
  readonly objectives: readonly ObjectiveData[];
  readonly cycle?: Pick<CycleData, 'name'> | undefined;
}

/** Connected mode: a cycle id, optionally narrowed to one owner (a person or team). */
export interface CycleDashboardConnectedProps extends CycleDashboardCommon {
  readonly cycleId: string;
  readonly ownerId?: string | undefined;
}

/** Props of {@link CycleDashboard}. */
export type CycleDashboardProps = CycleDashboardDataProps | CycleDashboardConnectedProps;

function CycleDashboardBody(props: CycleDashboardDataProps) {
  const locale = useLocale(props.locale);
  const view = connectCycleDashboard({ ...props, locale, idBase: useId() });
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
    <section {...attrs(view.root)} className={props.className}>
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
            <li key={b.from} data-scope="cycle-dashboard" data-part="bucket">
              <span>{b.text}</span>
              <span {...attrs(b.bar)} />
            </li>
          ))}
        </ul>
      </section>
      <section {...attrs(view.section('attention'))}>
        <h3 {...attrs(view.sectionHeading('attention'))}>{view.attentionHeading}</h3>
        {view.attention.length === 0 ? (
          <p data-scope="cycle-dashboard" data-part="none">
            {view.noneAttentionText}
          </p>
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
          <p data-scope="cycle-dashboard" data-part="none">
            {view.noneStaleText}
          </p>
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
    </section>
  );
}

function ConnectedCycleDashboard({ cycleId, ownerId, ...rest }: CycleDashboardConnectedProps) {
  const locale = useLocale(rest.locale);
  const objectives = useObjectives({ cycle: cycleId, limit: 200, ...(ownerId ? { owner: ownerId } : {}) });
  const cycles = useCycles();
  if (objectives.data) {
    const cycle = cycles.data?.items.find((c) => c.id === cycleId) ?? { name: cycleId };
    return <CycleDashboardBody {...rest} objectives={objectives.data.items} cycle={cycle} />;
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
