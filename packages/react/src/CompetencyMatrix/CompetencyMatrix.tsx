'use client';
import {
  type CompetencyProfileData,
  competencyMatrixNoPlacementText,
  connectCompetencyMatrix,
  profileFromApi,
} from '@goalkit/core/connect';
import { useId } from 'react';
import { useLocale } from '../GoalkitContext.js';
import { useCompetencyProfile } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

interface CompetencyMatrixCommon {
  /** The heading's level, to fit the page's outline. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Props of {@link CompetencyMatrix} (presentational: the person's profile). */
export interface CompetencyMatrixDataProps extends CompetencyMatrixCommon {
  /** The person's profile: `competencyProfile()` of `@goalkit/core/connect`, or the server's gaps mapped onto it. */
  readonly profile: CompetencyProfileData;
}

/** Connected mode: the person's competencies from the provider's client (`GET /people/{id}/competencies`). */
export interface CompetencyMatrixConnectedProps extends CompetencyMatrixCommon {
  /** The person's id. */
  readonly personId: string;
  /** Show the assessments given up to this instant or day (ISO 8601). @default now */
  readonly asOf?: string | undefined;
  /** A display name per competency id. @default the id in words ("code-quality" → "Code quality") */
  readonly names?: Readonly<Record<string, string>> | undefined;
}

/** Props of {@link CompetencyMatrix}. */
export type CompetencyMatrixProps = CompetencyMatrixDataProps | CompetencyMatrixConnectedProps;

function ConnectedCompetencyMatrix({ personId, asOf, names, ...rest }: CompetencyMatrixConnectedProps) {
  const locale = useLocale(rest.locale);
  const reply = useCompetencyProfile(personId, asOf ? { asOf } : {});
  const profile = reply.data && profileFromApi(reply.data, { names });
  if (profile) return <DataCompetencyMatrix {...rest} profile={profile} />;
  return (
    <LoadStateView
      scope="competency-matrix"
      state={reply.data ? 'empty' : reply.isError ? 'error' : 'loading'}
      message={reply.data ? competencyMatrixNoPlacementText(locale) : undefined}
      error={reply.error}
      locale={locale}
      className={rest.className}
      onRetry={retryFailed(reply)}
    />
  );
}

/**
 * Expected against assessed per competency, as a table: every competency the person's target level (else their
 * current level) expects, with what their current level expects, the assessed level ("Self-assessed" when it is
 * their own rating, "Not assessed yet" when nobody rated it) and the gap in words and numbers; above it, where
 * they stand and their readiness. The table scrolls sideways in its own focusable region when it is wider than
 * the widget. Connected with `personId` inside a `GoalkitProvider`.
 */
export function CompetencyMatrix(props: CompetencyMatrixProps) {
  return 'profile' in props ? <DataCompetencyMatrix {...props} /> : <ConnectedCompetencyMatrix {...props} />;
}

function DataCompetencyMatrix(props: CompetencyMatrixDataProps) {
  const locale = useLocale(props.locale);
  const view = connectCompetencyMatrix({ profile: props.profile, locale, idBase: useId() });
  const wide = view.headers.length === 5;
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={props.headingLevel ?? 2} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      <div {...attrs(view.summary)}>
        <p {...attrs(view.placement)}>{view.placementText}</p>
        {!view.isEmpty && <p {...attrs(view.readiness)}>{view.readinessText}</p>}
      </div>
      {view.isEmpty ? (
        <p {...attrs(view.empty)}>{view.emptyText}</p>
      ) : (
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
                <tr key={row.key} {...attrs(row.row)}>
                  <th scope="row">
                    <span {...attrs(row.name)}>{row.nameText}</span>
                    {row.themeText && <span {...attrs(row.theme)}>{row.themeText}</span>}
                  </th>
                  {wide && <td>{row.expectedNowText}</td>}
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
                  <td {...attrs(row.gap)}>{row.gapText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.selfNoteText && <p {...attrs(view.selfNote)}>{view.selfNoteText}</p>}
    </section>
  );
}
