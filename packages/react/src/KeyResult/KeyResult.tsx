'use client';
import {
  connectKeyResult,
  createKeyResultSyncController,
  type KeyResultData,
  type KeyResultSyncDetail,
  objectiveEditable,
} from '@goalkit/core/connect';
import { useRef } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useObjective, useSyncKeyResult } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView } from '../internal/LoadStateView.js';
import { useController } from '../internal/useController.js';
import { ProgressMeter } from '../ProgressMeter/ProgressMeter.js';

interface KeyResultCommon {
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  /** The moment "5 days ago" is measured from. @default now */
  readonly now?: string | Date | undefined;
  /** Heading level of the title, to fit the page outline. @default 3 */
  readonly headingLevel?: HeadingLevel | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the key result's data. */
export interface KeyResultDataProps extends KeyResultCommon {
  readonly keyResult: KeyResultData;
  /** Offer "Sync now" on a key result that pulls its values (the viewer may edit it). @default false */
  readonly canSync?: boolean | undefined;
  /**
   * Called when the person asks to sync now (the `gk-sync` detail). Return a promise to show "Syncing…"; it may
   * resolve with the server's reply (`{ lastSync }`) to say how the pull went, and a rejection says it failed.
   */
  readonly onSync?: ((detail: KeyResultSyncDetail) => unknown) | undefined;
}

/** Connected mode: ids, read through the `GoalkitProvider`'s client. */
export interface KeyResultConnectedProps extends KeyResultCommon {
  readonly objectiveId: string;
  readonly keyResultId: string;
}

/** Props of {@link KeyResult}: data (presentational) or ids (connected). */
export type KeyResultProps = KeyResultDataProps | KeyResultConnectedProps;

function KeyResultBody({ keyResult, locale, now, headingLevel = 3, className, canSync, onSync }: KeyResultDataProps) {
  // The controller reads the latest props when it acts; it is made once for the key result shown.
  const latest = useRef({ keyResult, onSync });
  latest.current = { keyResult, onSync };
  const [sync, send] = useController(() =>
    createKeyResultSyncController({
      sync: () => {
        const kr = latest.current.keyResult;
        return latest.current.onSync?.({ keyResultId: kr.id, objectiveId: kr.objectiveId });
      },
    }),
  );
  const view = connectKeyResult({ keyResult, locale: useLocale(locale), now, canSync, sync });
  return (
    <div {...attrs(view.root)} className={className}>
      <Heading level={headingLevel} {...attrs(view.title)}>
        {view.titleText}
      </Heading>
      <p {...attrs(view.value)}>{view.valueText}</p>
      <ProgressMeter {...view.progress} />
      <ul {...attrs(view.meta)}>
        <li {...attrs(view.status)}>{view.statusText}</li>
        {view.confidenceText && <li>{view.confidenceText}</li>}
        <li>{view.lastCheckInText}</li>
        {view.sourceText && <li {...attrs(view.source)}>{view.sourceText}</li>}
      </ul>
      {view.syncText && (
        <div {...attrs(view.syncArea)}>
          <button {...attrs(view.sync)} onClick={() => send({ type: 'sync' })}>
            {view.syncText}
          </button>
          <p {...attrs(view.syncStatus)}>{view.syncStatusText}</p>
        </div>
      )}
      {view.milestones.length > 0 && (
        <ul {...attrs(view.milestoneList)} aria-label={view.milestonesLabel}>
          {view.milestones.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: milestones have no id; their order is their identity.
            <li key={i} {...attrs(m.item)}>
              {m.title} <span {...attrs(view.srOnly)}>({m.stateText})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ConnectedKeyResult({ objectiveId, keyResultId, ...rest }: KeyResultConnectedProps) {
  const query = useObjective(objectiveId);
  const mutation = useSyncKeyResult();
  const locale = useLocale(rest.locale);
  const keyResult = query.data?.keyResults.find((kr) => kr.id === keyResultId);
  if (keyResult && query.data) {
    return (
      <KeyResultBody
        key={keyResultId}
        keyResult={keyResult}
        canSync={objectiveEditable(query.data)}
        onSync={() => mutation.mutateAsync({ objectiveId, keyResultId })}
        {...rest}
      />
    );
  }
  if (query.isPending)
    return <LoadStateView scope="key-result" state="loading" locale={locale} className={rest.className} />;
  if (query.isError) {
    return (
      <LoadStateView
        scope="key-result"
        state="error"
        locale={locale}
        className={rest.className}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <LoadStateView scope="key-result" state="empty" locale={locale} message={keyResultId} className={rest.className} />
  );
}

/**
 * One key result: its title, a value text that fits its type ("27 of 35 % (from 20)", "3 of 5
 * milestones"), a meter, status, confidence, the time since the last check-in, where its value comes
 * from (a system, or a connector and its last sync, with "Sync now" for people who may edit it) and its
 * milestones.
 */
export function KeyResult(props: KeyResultProps) {
  // "Sync now" belongs to the key result shown: another one starts again.
  return 'keyResult' in props ? (
    <KeyResultBody key={props.keyResult.id} {...props} />
  ) : (
    <ConnectedKeyResult {...props} />
  );
}
