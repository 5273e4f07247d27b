import type { AttrBag } from '@goalkit/core/connect';
import type { CSSProperties } from 'react';

/** DOM attribute names in core's bags whose React prop is spelled differently. */
const REACT_NAMES: Readonly<Record<string, string>> = {
  for: 'htmlFor',
  class: 'className',
  tabindex: 'tabIndex',
  inputmode: 'inputMode',
  autocomplete: 'autoComplete',
  novalidate: 'noValidate',
  maxlength: 'maxLength',
  readonly: 'readOnly',
};

// biome-ignore lint/suspicious/noExplicitAny: a bag spreads onto any element, whose prop types differ.
type AnyProps = Record<string, any> & { style?: CSSProperties };

/** Turn a core attribute bag into React props (same attributes, React's spelling). */
export function attrs(bag: AttrBag | undefined): AnyProps {
  if (!bag) return {};
  const props: AnyProps = {};
  for (const [key, value] of Object.entries(bag)) props[REACT_NAMES[key] ?? key] = value;
  return props;
}
