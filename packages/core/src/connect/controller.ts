import type { ObjectiveData } from './widgetData.js';

/**
 * A widget controller: the framework-free object an adapter binds to (React with `useSyncExternalStore`,
 * lit with a `ReactiveController`). It holds the widget's state, takes events with `send`, and runs the
 * effects a transition asks for (a save, a post, a focus move) through the handlers its adapter gives it,
 * so that saving, retries and focus intent live in one place for both flavours.
 */
export interface WidgetController<TState, TEvent> {
  /** Be told after every change; answers the function that stops telling. */
  subscribe(listener: () => void): () => void;
  /** The current state (the same object until it changes). */
  getSnapshot(): TState;
  send(event: TEvent): void;
}

/** A transition: the next state and the effects it asks for. */
export interface ControllerTransition<TState, TEffect> {
  readonly state: TState;
  readonly effects?: readonly TEffect[];
}

/** Build a controller from a pure transition function and the effect runner. */
export function createController<TState, TEvent, TEffect>(options: {
  readonly initial: TState;
  readonly transition: (state: TState, event: TEvent) => ControllerTransition<TState, TEffect>;
  /** Runs one effect; may `send` further events (a post's answer, for instance). */
  readonly run: (effect: TEffect, send: (event: TEvent) => void) => void;
}): WidgetController<TState, TEvent> {
  let state = options.initial;
  const listeners = new Set<() => void>();
  const send = (event: TEvent) => {
    const next = options.transition(state, event);
    if (next.state !== state) {
      state = next.state;
      for (const listener of [...listeners]) listener();
    }
    for (const effect of next.effects ?? []) options.run(effect, send);
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    send,
  };
}

/**
 * Call the host's handler for an effect (a post, a save) and report how it went: a promise is waited for,
 * any other answer is success, and a throw or a rejection is a failure with its error.
 */
export function settleEffect<T>(call: () => T, ok: (value: Awaited<T>) => void, fail: (error: unknown) => void): void {
  let result: T;
  try {
    result = call();
  } catch (error) {
    fail(error);
    return;
  }
  if (result instanceof Promise) result.then(ok, fail);
  else ok(result as Awaited<T>);
}

/**
 * Whether a host handler's failure is a conflict: someone else saved meanwhile (an error whose `status` is 409,
 * or 412 on a stale `If-Match` version). The controllers then fetch the server's version to show it.
 */
export function isConflictError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 409 || status === 412;
}

/**
 * Whether the viewer may edit an objective, as far as the objective tells: the server lists lifecycle actions
 * (`allowedTransitions`) only for people who may edit it or approve it, and a closed goal records no values.
 * Widgets offer "Sync now" on this (the server still decides). It sits with the controllers' helpers, which
 * every widget that acts shares, so a card that only shows key results does not load the key result's code.
 */
export function objectiveEditable(objective: Pick<ObjectiveData, 'state' | 'allowedTransitions'>): boolean {
  return objective.state !== 'closed' && (objective.allowedTransitions?.length ?? 0) > 0;
}
