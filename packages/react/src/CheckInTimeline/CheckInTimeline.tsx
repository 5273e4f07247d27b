'use client';
import { type CheckInData, type CycleData, connectCheckInTimeline, type KeyResultData } from '@goalkit/core/connect';
import { useId } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCheckIns, useCycles, useObjective } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

interface CheckInTimelineCommon {
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: the key result, its check-ins and its cycle. */
export interface CheckInTimelineDataProps extends CheckInTimelineCommon {
  readonly keyResult: KeyResultData;
  readonly checkIns: readonly CheckInData[];
  readonly cycle?: Pick<CycleData, 'start' | 'end'> | undefined;
}

/** Connected mode: ids, read through the provider's client. */
export interface CheckInTimelineConnectedProps extends CheckInTimelineCommon {
  readonly objectiveId: string;
  readonly keyResultId: string;
}

/** Props of {@link CheckInTimeline}. */
export type CheckInTimelineProps = CheckInTimelineDataProps | CheckInTimelineConnectedProps;

function CheckInTimelineBody(props: CheckInTimelineDataProps) {
  const locale = useLocale(props.locale);
  const idBase = useId();
  const view = connectCheckInTimeline({ ...props, locale, idBase });
  return (
    <section {...attrs(view.root)} className={props.className}>
      <h3 {...attrs(view.heading)}>{view.headingText}</h3>
      {view.empty ? (
        <p {...attrs(view.emptyLine)}>{view.emptyText}</p>
      ) : (
        <>
          <p {...attrs(view.summaryLine)}>{view.summary}</p>
          <svg {...attrs(view.chart)}>
            <title>{view.summary}</title>
            <g {...attrs(view.axis)}>
              {view.yTicks.map((tick) => (
                <g key={`y${tick.position}`}>
                  <line x1={view.plot.left} x2={view.plot.right} y1={tick.position} y2={tick.position} />
                  <text x={view.plot.left - 4} y={tick.position + 3} textAnchor="end">
                    {tick.label}
                  </text>
                </g>
              ))}
              {view.xTicks.map((tick, i) => (
                <text
                  key={`x${tick.position}`}
                  x={tick.position}
                  y={view.height - 6}
                  textAnchor={i === 0 ? 'start' : i === view.xTicks.length - 1 ? 'end' : 'middle'}
                >
                  {tick.label}
                </text>
              ))}
            </g>
            {view.expectedPath && <path {...attrs(view.expected)} d={view.expectedPath} />}
            {view.forecastPath && <path {...attrs(view.forecast)} d={view.forecastPath} />}
            {view.actualPath && <path {...attrs(view.actual)} d={view.actualPath} />}
            {view.points.map((p) => (
              <circle key={p.id} {...attrs(view.point)} cx={p.x} cy={p.y} r={3} />
            ))}
          </svg>
          <ul {...attrs(view.legendList)}>
            <li {...attrs(view.actualLegend)}>{view.legend.actual}</li>
            {view.expectedPath && <li {...attrs(view.expectedLegend)}>{view.legend.expected}</li>}
            {view.forecastPath && <li {...attrs(view.forecastLegend)}>{view.legend.forecast}</li>}
          </ul>
          <table {...attrs(view.table)}>
            <caption>{view.headingText}</caption>
            <thead>
              <tr>
                <th scope="col">{view.columns.date}</th>
                <th scope="col">{view.columns.value}</th>
                <th scope="col">{view.columns.confidence}</th>
                <th scope="col">{view.columns.note}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.dateText}</td>
                  <td>
                    {row.valueText}
                    {row.sourceText && (
                      <>
                        {' '}
                        <span {...attrs(view.sourceLabel)}>{row.sourceText}</span>
                      </>
                    )}
                  </td>
                  <td>{row.confidenceText}</td>
                  <td>{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function ConnectedCheckInTimeline({ objectiveId, keyResultId, ...rest }: CheckInTimelineConnectedProps) {
  const locale = useLocale(rest.locale);
  const objective = useObjective(objectiveId);
  const checkIns = useCheckIns(keyResultId);
  const cycles = useCycles();
  const keyResult = objective.data?.keyResults.find((kr) => kr.id === keyResultId);
  if (keyResult && checkIns.data) {
    const cycle = cycles.data?.items.find((c) => c.id === objective.data?.cycleId);
    return <CheckInTimelineBody {...rest} keyResult={keyResult} checkIns={checkIns.data.items} cycle={cycle} />;
  }
  const failed = objective.isError || checkIns.isError;
  return (
    <LoadStateView
      scope="check-in-timeline"
      state={failed ? 'error' : 'loading'}
      locale={locale}
      className={rest.className}
      error={objective.error ?? checkIns.error}
      onRetry={retryFailed(objective, checkIns, cycles)}
    />
  );
}

/**
 * A key result's history: an SVG chart of actual values against the expected line and the forecast,
 * described in words, and the same check-ins as a table.
 */
export function CheckInTimeline(props: CheckInTimelineProps) {
  return 'keyResult' in props ? <CheckInTimelineBody {...props} /> : <ConnectedCheckInTimeline {...props} />;
}
