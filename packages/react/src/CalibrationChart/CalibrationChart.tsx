'use client';
import { type CalibrationData, connectCalibrationChart, type GuardedData } from '@goalkit/core/connect';
import { useId, useState } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useAnalytics } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

const NOTHING: GuardedData<CalibrationData> = { hidden: false, cycles: [], keyResults: 0, atFractions: [] };

interface CalibrationChartCommon {
  /** The fraction of the cycle whose stated confidence shows first (the viewer can switch). @default 0.5 */
  readonly fraction?: number | undefined;
  /** Told when the viewer switches the fraction. */
  readonly onFractionChange?: ((fraction: number) => void) | undefined;
  /** The heading's level, to fit the page's outline. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: `calibration` of `GET /analytics` (or why it is hidden). */
export interface CalibrationChartDataProps extends CalibrationChartCommon {
  readonly calibration: GuardedData<CalibrationData>;
}

/** Connected mode: `GET /analytics` for a cycle and an owner's scope. */
export interface CalibrationChartConnectedProps extends CalibrationChartCommon {
  /** The cycle's id: calibration reads the closed cycles up to it. */
  readonly cycle: string;
  /** Whose scope: a person's or a team's id (with everyone below). @default the whole organisation */
  readonly owner?: string | undefined;
}

/** Props of {@link CalibrationChart}. */
export type CalibrationChartProps = CalibrationChartDataProps | CalibrationChartConnectedProps;

function CalibrationChartBody(props: CalibrationChartDataProps) {
  const locale = useLocale(props.locale);
  const [fraction, setFraction] = useState(props.fraction ?? 0.5);
  const view = connectCalibrationChart({ calibration: props.calibration, fraction, locale, idBase: useId() });
  const chart = view.chart;
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={props.headingLevel ?? 2} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      {view.hiddenText ? (
        <p {...attrs(view.hiddenNote)}>{view.hiddenText}</p>
      ) : (
        <>
          <fieldset {...attrs(view.fractionGroup)}>
            <legend {...attrs(view.legend)}>{view.legendText}</legend>
            {view.fractions.map((choice) => (
              <label key={choice.value} {...attrs(choice.label)}>
                <input
                  {...attrs(choice.input)}
                  checked={choice.checked}
                  onChange={() => {
                    setFraction(choice.value);
                    props.onFractionChange?.(choice.value);
                  }}
                />
                {choice.labelText}
              </label>
            ))}
          </fieldset>
          {view.isEmpty && <p {...attrs(view.empty)}>{view.emptyText}</p>}
          {chart && (
            <div {...attrs(view.body)}>
              {/* biome-ignore lint/a11y/noSvgWithoutTitle: core's bag gives it role="img" and its aria-label. */}
              <svg {...attrs(view.svg)} viewBox={chart.viewBox}>
                <g {...attrs(view.grid)}>
                  {[...chart.xTicks, ...chart.yTicks].map((tick) => (
                    <line key={tick.key} x1={tick.x1} y1={tick.y1} x2={tick.x2} y2={tick.y2} />
                  ))}
                </g>
                <g {...attrs(view.axis)}>
                  {chart.xTicks.map((tick) => (
                    <text key={tick.key} x={tick.textX} y={tick.textY} textAnchor="middle">
                      {tick.text}
                    </text>
                  ))}
                  {chart.yTicks.map((tick) => (
                    <text key={tick.key} x={tick.textX} y={tick.textY} textAnchor="end">
                      {tick.text}
                    </text>
                  ))}
                  <text x={chart.xAxisLabel.x} y={chart.xAxisLabel.y} textAnchor="middle">
                    {chart.xAxisText}
                  </text>
                  <text
                    x={chart.yAxisLabel.x}
                    y={chart.yAxisLabel.y}
                    transform={chart.yAxisLabel.transform}
                    textAnchor="middle"
                  >
                    {chart.yAxisText}
                  </text>
                </g>
                <path {...attrs(view.diagonal)} d={chart.diagonalPath} />
                {chart.curvePath && <path {...attrs(view.curve)} d={chart.curvePath} />}
                {chart.points.map((p) => (
                  <g key={p.key}>
                    <circle {...attrs(p.point)} cx={p.cx} cy={p.cy} r={p.r} />
                    <text {...attrs(p.pointLabel)} x={p.labelX} y={p.labelY} textAnchor="middle">
                      {p.countText}
                    </text>
                  </g>
                ))}
              </svg>
              <ul {...attrs(view.summaryList)}>
                {view.summary.map((s) => (
                  <li key={s.key} {...attrs(s.item)}>
                    {s.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {view.table && <p {...attrs(view.caption)}>{view.table.captionText}</p>}
          {view.table && (
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
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function ConnectedCalibrationChart({ cycle, owner, ...rest }: CalibrationChartConnectedProps) {
  const locale = useLocale(rest.locale);
  // No `metrics=`: program health of the same cycle and scope reads the same reply from the cache.
  const analytics = useAnalytics({ cycle, ...(owner === undefined ? {} : { owner }) });
  if (!analytics.data) {
    return (
      <LoadStateView
        scope="calibration"
        state={analytics.isError ? 'error' : 'loading'}
        error={analytics.error}
        locale={locale}
        className={rest.className}
        onRetry={retryFailed(analytics)}
      />
    );
  }
  // A reply without calibration (none asked for, or nothing closed yet) says there is nothing to show.
  return <CalibrationChartBody {...rest} calibration={analytics.data.calibration ?? NOTHING} />;
}

/**
 * A reliability diagram of stated confidence: for the confidence stated 25, 50 or 75 % of the way through closed
 * key results' cycles (a radio group switches), stated confidence against how often they were achieved, with the
 * diagonal of perfect calibration and the count of each bin; the Brier and skill scores and over- or
 * under-confidence in words; and the bins as a table, the chart's text alternative. Hidden for a group too small:
 * why, in words.
 */
export function CalibrationChart(props: CalibrationChartProps) {
  return 'calibration' in props ? <CalibrationChartBody {...props} /> : <ConnectedCalibrationChart {...props} />;
}
