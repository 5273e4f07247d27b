'use client';
import {
  type CompetencyProfileData,
  connectSkillRadar,
  profileFromApi,
  skillRadarNoPlacementText,
} from '@goalkit/core/connect';
import { useId } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCompetencyProfile } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

interface SkillRadarCommon {
  /** The heading's level, to fit the page's outline. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Props of {@link SkillRadar} (presentational: the person's profile). */
export interface SkillRadarDataProps extends SkillRadarCommon {
  /** The person's profile: `competencyProfile()` of `@goalkit/core/connect`, or the server's gaps mapped onto it. */
  readonly profile: CompetencyProfileData;
}

/** Connected mode: the person's competencies from the provider's client (`GET /people/{id}/competencies`). */
export interface SkillRadarConnectedProps extends SkillRadarCommon {
  /** The person's id. */
  readonly personId: string;
  /** Show the assessments given up to this instant or day (ISO 8601). @default now */
  readonly asOf?: string | undefined;
  /** A display name per competency id. @default the id in words ("code-quality" → "Code quality") */
  readonly names?: Readonly<Record<string, string>> | undefined;
}

/** Props of {@link SkillRadar}. */
export type SkillRadarProps = SkillRadarDataProps | SkillRadarConnectedProps;

function ConnectedSkillRadar({ personId, asOf, names, ...rest }: SkillRadarConnectedProps) {
  const locale = useLocale(rest.locale);
  const reply = useCompetencyProfile(personId, asOf ? { asOf } : {});
  const profile = reply.data && profileFromApi(reply.data, { names });
  if (profile) return <DataSkillRadar {...rest} profile={profile} />;
  return (
    <LoadStateView
      scope="skill-radar"
      state={reply.data ? 'empty' : reply.isError ? 'error' : 'loading'}
      message={reply.data ? skillRadarNoPlacementText(locale) : undefined}
      error={reply.error}
      locale={locale}
      className={rest.className}
      onRetry={retryFailed(reply)}
    />
  );
}

/**
 * A radar of expected against assessed levels: a spoke per competency the person's target level (else their
 * current level) expects, the expected levels dashed, the assessed ones filled (a hollow point for a person's own
 * rating). Its text alternative is every value in a table under "Show values" (a native disclosure); the chart's
 * label says so. Connected with `personId` inside a `GoalkitProvider`.
 */
export function SkillRadar(props: SkillRadarProps) {
  return 'profile' in props ? <DataSkillRadar {...props} /> : <ConnectedSkillRadar {...props} />;
}

function DataSkillRadar(props: SkillRadarDataProps) {
  const locale = useLocale(props.locale);
  const view = connectSkillRadar({ profile: props.profile, locale, idBase: useId() });
  const chart = view.chart;
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={props.headingLevel ?? 2} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      {view.isEmpty && <p {...attrs(view.empty)}>{view.emptyText}</p>}
      {chart && (
        <div {...attrs(view.figure)}>
          {/* biome-ignore lint/a11y/noSvgWithoutTitle: core's bag gives it role="img" and its aria-label. */}
          <svg {...attrs(view.svg)} viewBox={chart.viewBox}>
            <g {...attrs(view.rings)}>
              {chart.rings.map((ring) => (
                <path key={ring.key} d={ring.path} />
              ))}
            </g>
            {chart.axes.map((axis) => (
              <line key={axis.key} {...attrs(view.axis)} x1={axis.x1} y1={axis.y1} x2={axis.x2} y2={axis.y2} />
            ))}
            {chart.rings.map((ring) => (
              <text key={ring.key} {...attrs(view.ringLabel)} x={ring.textX} y={ring.textY}>
                {ring.text}
              </text>
            ))}
            <path {...attrs(view.expected)} d={chart.expectedPath} />
            <path {...attrs(view.assessed)} d={chart.assessedPath} />
            {chart.axes.map(
              (axis) =>
                axis.point && (
                  <circle key={axis.key} {...attrs(axis.point.attrs)} cx={axis.point.cx} cy={axis.point.cy} r={4} />
                ),
            )}
            {chart.axes.map((axis) => (
              <text
                key={axis.key}
                {...attrs(view.axisLabel)}
                x={axis.labelX}
                y={axis.labelY}
                textAnchor={axis.labelAnchor}
              >
                {axis.labelLines.map((line) => (
                  <tspan key={line.key} x={axis.labelX} dy={line.dy}>
                    {line.text}
                  </tspan>
                ))}
              </text>
            ))}
          </svg>
          <ul {...attrs(view.legendList)}>
            {view.legend.map((item) => (
              <li key={item.key} {...attrs(item.item)}>
                <span {...attrs(view.swatch)} />
                {item.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!view.isEmpty && (
        <details {...attrs(view.values)}>
          <summary {...attrs(view.valuesSummary)}>{view.valuesText}</summary>
          <div {...attrs(view.tableWrap)}>
            <table {...attrs(view.table)}>
              <caption {...attrs(view.caption)}>{view.captionText}</caption>
              <thead>
                <tr>
                  {view.headers.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.nameText}</th>
                    <td>{row.expectedText}</td>
                    <td>
                      {row.assessedText}
                      {row.selfText && (
                        <>
                          {' '}
                          <span {...attrs(row.selfFlag)}>{row.selfText}</span>
                        </>
                      )}
                    </td>
                    <td>{row.gapText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.selfNoteText && <p {...attrs(view.selfNote)}>{view.selfNoteText}</p>}
        </details>
      )}
    </section>
  );
}
