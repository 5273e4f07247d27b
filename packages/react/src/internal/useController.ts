import type { WidgetController } from '@goalkit/core';
import { useState, useSyncExternalStore } from 'react';

/**
 * Binds a core widget controller to a component: made once per mounted widget, re-rendering on each change.
 * The component is then markup over the snapshot plus `send`; behaviour lives in the controller.
 */
export function useController<TState, TEvent>(
  create: () => WidgetController<TState, TEvent>,
): readonly [TState, (event: TEvent) => void] {
  const [controller] = useState(create);
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return [state, controller.send] as const;
}
