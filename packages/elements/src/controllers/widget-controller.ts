import type { WidgetController } from '@goalkit/core/connect';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Binds a core widget controller to a lit element (as `useController` does for React): the element updates
 * on each change, and is markup over `state` plus `send`; behaviour lives in the controller.
 */
export class WidgetControllerBinding<TState, TEvent> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #controller: WidgetController<TState, TEvent>;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, controller: WidgetController<TState, TEvent>) {
    this.#host = host;
    this.#controller = controller;
    host.addController(this);
  }

  get state(): TState {
    return this.#controller.getSnapshot();
  }

  readonly send = (event: TEvent): void => this.#controller.send(event);

  hostConnected(): void {
    this.#stop = this.#controller.subscribe(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
