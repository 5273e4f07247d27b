import { connectProgress, type ProgressInput } from '@goalkit/core/connect';
import type { CSSProperties, HTMLAttributes, SVGProps } from 'react';
import { useLocale } from '../GoalkitContext.js';

/** Props of {@link ProgressMeter}: the core progress input plus a class name for the host page. */
export interface ProgressMeterProps extends ProgressInput {
  readonly className?: string | undefined;
}

type DomProps = HTMLAttributes<HTMLElement> & { style?: CSSProperties };
const asProps = (bag: object): DomProps => bag as DomProps;
const asSvgProps = <TElement extends SVGElement = SVGSVGElement>(bag: object) => bag as SVGProps<TElement>;

/**
 * A goal's progress as a bar or a ring, with the expected-pace marker and status colour.
 * Exposed to assistive technology as a `meter` whose value text reads like a sentence.
 */
export function ProgressMeter({ className, ...input }: ProgressMeterProps) {
  // The provider's locale unless the meter has its own; re-renders when that language's words arrive.
  const locale = useLocale(input.locale);
  const view = connectProgress({ ...input, locale });
  return (
    <div {...asProps(view.root)} className={className}>
      {view.variant === 'ring' ? (
        <svg {...asSvgProps(view.track)} aria-hidden="true" viewBox="0 0 36 36" focusable="false">
          <circle {...asSvgProps<SVGCircleElement>(view.ringTrack)} cx="18" cy="18" r="15.5" pathLength={1} />
          <circle {...asSvgProps<SVGCircleElement>(view.ringRange)} cx="18" cy="18" r="15.5" pathLength={1} />
        </svg>
      ) : (
        <div {...asProps(view.track)}>
          <div {...asProps(view.range)} />
          {view.marker && <div {...asProps(view.marker)} />}
        </div>
      )}
      <span {...asProps(view.value)}>{view.valueText}</span>
    </div>
  );
}
