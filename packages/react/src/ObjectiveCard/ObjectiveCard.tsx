'use client';
import type { Explanation } from '@goalkit/core';
import {
  connectObjectiveCard,
  type KeyResultSyncDetail,
  type ObjectiveData,
  objectiveEditable,
} from '@goalkit/core/connect';
import { useId, useState } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCycles, useLint, useObjective, useOwners, useSyncKeyResult } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';
import { KeyResult } from '../KeyResult/KeyResult.js';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter.js';

interface ObjectiveCardCommon {
  /** Show the key results at first. @default false */
  readonly defaultExpanded?: boolean | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  /** The moment check-in ages are measured from. @default now */
  readonly now?: string | Date | undefined;
  /** Heading level of the title; key results use the next level. @default 3 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the objective and what the card says about it. */
export interface ObjectiveCardDataProps extends ObjectiveCardCommon {
  readonly objective: ObjectiveData;
  /** @default objective.ownerId */
  readonly ownerName?: string | undefined;
  /** @default objective.cycleId */
  readonly cycleName?: string | undefined;
  /** The title of the objective it aligns to. */
  readonly parentTitle?: string | undefined;
  /** SMART score 0–100. */
  readonly smartScore?: number | undefined;
  /** From the core scorer's `explain()`; the key-result roll-up otherwise. */
  readonly explanation?: Explanation | undefined;
  /**
   * Offers "Sync now" on key results that pull their values, when the viewer may edit the objective (see
   * `KeyResult`'s `onSync`).
   */
  readonly onSync?: ((detail: KeyResultSyncDetail) => unknown) | undefined;
}

/** Connected mode: an objective id, read through the `GoalkitProvider`'s client. */
export interface ObjectiveCardConnectedProps extends ObjectiveCardCommon {
  readonly objectiveId: string;
}

/** Props of {@link ObjectiveCard}. */
export type ObjectiveCardProps = ObjectiveCardDataProps | ObjectiveCardConnectedProps;

function ObjectiveCardBody(props: ObjectiveCardDataProps) {
  const [expanded, setExpanded] = useState(props.defaultExpanded ?? false);
  const [explaining, setExplaining] = useState(false);
  const locale = useLocale(props.locale);
  const level = props.headingLevel ?? 3;
  const view = connectObjectiveCard({ ...props, locale, expanded, explaining, idBase: useId() });
  const canSync = props.onSync !== undefined && objectiveEditable(props.objective);
  return (
    <article {...attrs(view.root)} className={props.className}>
      <header {...attrs(view.header)}>
        <Heading level={level} {...attrs(view.title)}>
          {view.titleText}
        </Heading>
        <span {...attrs(view.status)}>
          {view.statusText}
          {view.stateText && ` · ${view.stateText}`}
        </span>
        {view.privateText && <span {...attrs(view.privateBadge)}>{view.privateText}</span>}
        {view.manualStatusText && <p {...attrs(view.manualStatus)}>{view.manualStatusText}</p>}
      </header>
      <dl {...attrs(view.factList)}>
        {view.facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <ProgressMeter {...view.progress} />
      <div {...attrs(view.actions)}>
        <button {...attrs(view.toggle)} onClick={() => setExpanded(!expanded)}>
          {view.toggleText}
        </button>
        <button {...attrs(view.explainToggle)} onClick={() => setExplaining(!explaining)}>
          {view.explainText}
        </button>
      </div>
      <section {...attrs(view.explanationPanel)} aria-label={view.explanationHeading}>
        <p>
          <strong>{view.explanationHeading}</strong>
        </p>
        <ul>
          {view.explanation.map((line) => (
            <li key={line.id} {...attrs(line.item)}>
              {line.text}
            </li>
          ))}
        </ul>
      </section>
      <ul {...attrs(view.keyResultList)} aria-label={view.keyResultsHeading}>
        {view.keyResults.length === 0 && <li>{view.noKeyResultsText}</li>}
        {view.keyResults.map((kr) => (
          <li key={kr.id}>
            <KeyResult
              keyResult={kr}
              locale={locale}
              now={props.now}
              headingLevel={(level + 1) as HeadingLevel}
              canSync={canSync}
              onSync={props.onSync}
            />
          </li>
        ))}
      </ul>
    </article>
  );
}

function ConnectedObjectiveCard({ objectiveId, ...rest }: ObjectiveCardConnectedProps) {
  const locale = useLocale(rest.locale);
  const objective = useObjective(objectiveId);
  const parentId = objective.data?.parentId ?? '';
  const parent = useObjective(parentId, { enabled: parentId !== '' });
  const cycles = useCycles();
  const owners = useOwners();
  const lint = useLint(objectiveId);
  const sync = useSyncKeyResult();
  if (objective.data) {
    const o = objective.data;
    return (
      <ObjectiveCardBody
        {...rest}
        objective={o}
        ownerName={owners.data?.items.find((x) => x.id === o.ownerId)?.name}
        cycleName={cycles.data?.items.find((c) => c.id === o.cycleId)?.name}
        parentTitle={parent.data?.title}
        smartScore={lint.data?.smart.overall}
        onSync={({ keyResultId }) => sync.mutateAsync({ objectiveId, keyResultId })}
      />
    );
  }
  const state = objective.isError ? 'error' : 'loading';
  return (
    <LoadStateView
      scope="objective-card"
      state={state}
      locale={locale}
      className={rest.className}
      error={objective.error}
      onRetry={retryFailed(objective, parent, cycles, owners, lint)}
    />
  );
}

/**
 * An objective at a glance: title, owner, cycle, rolled-up progress and status, its key results
 * (collapsed by default), what it aligns to, its SMART score, and an explanation of its progress.
 */
export function ObjectiveCard(props: ObjectiveCardProps) {
  return 'objective' in props ? <ObjectiveCardBody {...props} /> : <ConnectedObjectiveCard {...props} />;
}
