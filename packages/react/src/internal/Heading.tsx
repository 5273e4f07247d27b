import type { ComponentPropsWithRef } from 'react';

/** A heading level a host page picks so the widget fits its outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** @internal A heading of the level the host chose. */
export function Heading({ level, ...props }: ComponentPropsWithRef<'h2'> & { level: HeadingLevel }) {
  const Tag = `h${level}` as const;
  return <Tag {...props} />;
}
