'use client';
import {
  connectDigest,
  type DigestData,
  type DigestItemView,
  type DigestOwnerData,
  digestObjectiveIds,
  type ObjectiveData,
} from '@goalkit/core/connect';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { useGoalkit, useLocale } from '../GoalkitContext.js';
import { useDigest, useOwners } from '../hooks.js';
import { attrs } from '../internal/attrs.js';
import { Heading, type HeadingLevel } from '../internal/Heading.js';
import { LoadStateView, retryFailed } from '../internal/LoadStateView.js';

interface DigestCommon {
  /** The IANA time zone check-in and kudos times are written in. @default 'UTC' */
  readonly timeZone?: string | undefined;
  /** The heading's level, to fit the page's outline; the sections' headings are one below. @default 2 */
  readonly headingLevel?: HeadingLevel | undefined;
  /** BCP 47 locale. @default the provider's, else 'en' */
  readonly locale?: string | undefined;
  readonly className?: string | undefined;
}

/** Presentational mode: a digest (what core's `digest()` computes), its objectives and people's names. */
export interface DigestDataProps extends DigestCommon {
  readonly digest: DigestData;
  /** The objectives the digest names, for the titles of objectives and key results. */
  readonly objectives: readonly ObjectiveData[];
  /** People and teams, for the scope's name and who gave kudos (`GET /owners` items fit). */
  readonly owners?: readonly DigestOwnerData[] | undefined;
}

/** Connected mode: `GET /digest` for an owner and days, with the objectives it names and the owners' names. */
export interface DigestConnectedProps extends DigestCommon {
  /** Whose goals: a person's or a team's id. @default the viewer */
  readonly owner?: string | undefined;
  /** The first day, `YYYY-MM-DD`. @default six days before `to` */
  readonly from?: string | undefined;
  /** The last day, `YYYY-MM-DD`. @default today (UTC) */
  readonly to?: string | undefined;
}

/** Props of {@link Digest}. */
export type DigestProps = DigestDataProps | DigestConnectedProps;

function DigestItem({ item, level }: { item: DigestItemView; level: HeadingLevel }) {
  return (
    <li {...attrs(item.item)}>
      <Heading level={level} {...attrs(item.title)}>
        {item.titleText}
      </Heading>
      {item.objectiveText && <p {...attrs(item.objective)}>{item.objectiveText}</p>}
      {item.change && (
        <p {...attrs(item.changeLine)}>
          <span>{item.change.wasText}</span> <span {...attrs(item.change.from.badge)}>{item.change.from.text}</span>{' '}
          <span>{item.change.nowText}</span> <span {...attrs(item.change.to.badge)}>{item.change.to.text}</span>
        </p>
      )}
      {item.detailText && <p {...attrs(item.detail)}>{item.detailText}</p>}
      {item.bodyText !== undefined && <p {...attrs(item.text)}>{item.bodyText}</p>}
      {item.timeText && (
        <time {...attrs(item.time)} dateTime={item.dateTime}>
          {item.timeText}
        </time>
      )}
    </li>
  );
}

function DigestBody(props: DigestDataProps) {
  const locale = useLocale(props.locale);
  const view = connectDigest({ ...props, locale, idBase: useId() });
  const level = props.headingLevel ?? 2;
  const sectionLevel = Math.min(6, level + 1) as HeadingLevel;
  const itemLevel = Math.min(6, level + 2) as HeadingLevel;
  return (
    <section {...attrs(view.root)} className={props.className}>
      <Heading level={level} {...attrs(view.heading)}>
        {view.headingText}
      </Heading>
      <p {...attrs(view.scope)}>{view.scopeText}</p>
      <ul {...attrs(view.summary)}>
        {view.figures.map((figure) => (
          <li key={figure.key} {...attrs(figure.figure)}>
            <span {...attrs(figure.value)}>{figure.valueText}</span>{' '}
            <span {...attrs(figure.label)}>{figure.labelText}</span>
          </li>
        ))}
      </ul>
      {view.isQuiet && <p {...attrs(view.empty)}>{view.emptyText}</p>}
      {view.sections.map((section) => (
        <section key={section.key} {...attrs(section.section)}>
          <Heading level={sectionLevel} {...attrs(section.heading)}>
            {section.headingText}
          </Heading>
          <ul {...attrs(section.list)}>
            {section.items.map((item) => (
              <DigestItem key={item.key} item={item} level={itemLevel} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function ConnectedDigest({ owner, from, to, ...rest }: DigestConnectedProps) {
  const locale = useLocale(rest.locale);
  const { queries } = useGoalkit();
  const digest = useDigest({
    ...(owner === undefined ? {} : { owner }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  const owners = useOwners();
  const d = digest.data;
  const ids = d ? digestObjectiveIds(d) : [];
  const objectives = useQueries({ queries: ids.map((id) => queries.objectives.detail(id)) });
  const failed = digest.isError || objectives.some((o) => o.isError);
  // Names are a nicety: without them (GET /owners failed) the digest says "Someone" rather than fail.
  if (!d || failed || owners.isPending || objectives.some((o) => o.isPending)) {
    return (
      <LoadStateView
        scope="digest"
        state={failed ? 'error' : 'loading'}
        locale={locale}
        className={rest.className}
        onRetry={retryFailed(digest, owners, ...objectives)}
      />
    );
  }
  return (
    <DigestBody
      {...rest}
      digest={d}
      objectives={objectives.flatMap((o) => (o.data ? [o.data] : []))}
      owners={owners.data?.items}
    />
  );
}

/**
 * The week in a person's or team's goals: a heading with whose goals and which days, figures (status changes,
 * new risks, check-ins, kudos, key results without a check-in), and a headed list for each: statuses in words,
 * check-ins with their value and confidence, kudos as their text. A week with no change says so.
 */
export function Digest(props: DigestProps) {
  return 'digest' in props ? <DigestBody {...props} /> : <ConnectedDigest {...props} />;
}
