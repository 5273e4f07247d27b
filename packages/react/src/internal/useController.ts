import type { WidgetController } from '@goalkit/core/connect';
import { useState, useSyncExternalStore } from 'react';

/**
 * Binds a core widget controller to a component: made once per mounted widget, re-rendering on each change.
 * The component is then markup over the snapshot plus `send` (and the controller itself, for a controller with
 * more to ask, such as the goal editor's `view`); behaviour lives in the controller.
 */
export function useController<TController extends WidgetController<unknown, never>>(
  create: () => TController,
): readonly [ReturnType<TController['getSnapshot']>, TController['send'], TController] {
  const [controller] = useState(create);
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return [state as ReturnType<TController['getSnapshot']>, controller.send, controller] as const;
}
