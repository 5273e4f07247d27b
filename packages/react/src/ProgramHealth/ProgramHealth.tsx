'use client';
import { connectProgramHealth, type ProgramHealthData, type ProgramHealthSectionView } from '@goalkit/core/connect';
import { useId } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useAnalytics } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

interface ProgramHealthCommon {
  /** Titles of objectives, for the list of those without a parent (`GET /objectives` items fit). @default ids */
  readonly objectives?: readonly { readonly id: string; readonly title: string }[] | undefined;
  /** The heading's level, to fit the page's outline; the sections' headings are one below. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: what `GET /analytics` returns for a cycle and scope. */
export interface ProgramHealthDataProps extends ProgramHealthCommon {
  readonly health: ProgramHealthData;
}

/** Connected mode: `GET /analytics` for a cycle and an owner's scope. */
export interface ProgramHealthConnectedProps extends ProgramHealthCommon {
  /** The cycle's id. */
  readonly cycle: string;
  /** Whose scope: a person's or a team's id (with everyone below). @default the whole organisation */
  readonly owner?: string | undefined;
}

/** Props of {@link ProgramHealth}. */
export type ProgramHealthProps = ProgramHealthDataProps | ProgramHealthConnectedProps;

function Section({ section, level }: { section: ProgramHealthSectionView; level: HeadingLevel }) {
  return (
    <section {...attrs(section.section)}>
      <Heading level={level} {...attrs(section.heading)}>
        {section.headingText}
      </Heading>
      {section.hiddenText && <p {...attrs(section.hiddenNote)}>{section.hiddenText}</p>}
      {section.metrics.length > 0 && (
        <dl {...attrs(section.metricList)}>
          {section.metrics.map((m) => (
            <div key={m.key} {...attrs(m.metric)}>
              <dt {...attrs(m.label)}>{m.labelText}</dt>
              <dd>
                <span {...attrs(m.value)}>{m.valueText}</span>
                {m.detailText && <span {...attrs(m.detail)}>{m.detailText}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {section.noteText && <p {...attrs(section.note)}>{section.noteText}</p>}
      {section.bands && (
        <ul {...attrs(section.bandList)}>
          {section.bands.items.map((b) => (
            <li key={b.band} {...attrs(b.item)}>
              <span {...attrs(b.count)}>{b.countText}</span> <span>{b.labelText}</span>
            </li>
          ))}
        </ul>
      )}
      {section.orphans && (
        <>
          <Heading level={Math.min(6, level + 1) as HeadingLevel} {...attrs(section.orphanHeading)}>
            {section.orphans.headingText}
          </Heading>
          <ul {...attrs(section.orphanList)}>
            {section.orphans.items.map((title, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two orphans may share a title.
              <li key={index} {...attrs(section.orphan)}>
                {title}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ProgramHealthBody(props: ProgramHealthDataProps) {
  const locale = useLocale(props.locale);
  const view = connectProgramHealth({ ...props, locale, idBase: useId() });
  const level = props.headingLevel ?? 2;
  const sectionLevel = Math.min(6, level + 1) as HeadingLevel;
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={level} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      <p {...attrs(view.asOf)}>
        <time dateTime={view.dateTime}>{view.asOfText}</time>
      </p>
      {view.isEmpty ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
        <div {...attrs(view.sectionList)}>
          {view.sections.map((section) => (
            <Section key={section.key} section={section} level={sectionLevel} />
          ))}
        </div>
      )}
      {view.trend && <p {...attrs(view.trendCaption)}>{view.trend.captionText}</p>}
      {view.trend && (
        <div {...attrs(view.trendWrap)}>
          <table {...attrs(view.trendTable)}>
            <thead>
              <tr>
                {view.trend.headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.trend.rows.map((row) => (
                <tr key={row.key} {...attrs(row.row)}>
                  <th scope="row">{row.cells[0]}</th>
                  {row.cells.slice(1).map((cell, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed.
                    <td key={index}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ConnectedProgramHealth({ cycle, owner, ...rest }: ProgramHealthConnectedProps) {
  const locale = useLocale(rest.locale);
  // No `metrics=`: the calibration chart of the same cycle and scope reads the same reply from the cache.
  const analytics = useAnalytics({ cycle, ...(owner === undefined ? {} : { owner }) });
  if (!analytics.data) {
    return (
      <LoadStateView
        scope="program-health"
        state={analytics.isError ? 'error' : 'loading'}
        error={analytics.error}
        locale={locale}
        className={rest.className}
        onRetry={retryFailed(analytics)}
      />
    );
  }
  return <ProgramHealthBody {...rest} health={analytics.data} />;
}

/**
 * Program health for a cycle and scope: check-in rate (share, median days since the last check-in, on-time
 * rate), alignment coverage with the objectives that have no parent, goal quality (mean SMART score, share
 * approved without lint errors), outcomes (objectives achieved, key results by grade band in numbers and words)
 * and the trend over cycles as a table. An aggregate over too few people says why it is hidden.
 */
export function ProgramHealth(props: ProgramHealthProps) {
  return 'health' in props ? <ProgramHealthBody {...props} /> : <ConnectedProgramHealth {...props} />;
}
