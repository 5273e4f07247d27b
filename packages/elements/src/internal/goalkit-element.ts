import { connectLoadState, type LoadState } from '@goalkit/core/connect';
import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { type GoalkitContextValue, goalkitContext } from '../context.js';
import { refetchFailed } from '../controllers/query-controller.js';
import { attrs } from '../directives/attrs.js';
import { type GkErrorDetail, GkErrorEvent } from '../events.js';
import { applyColorScheme } from './color-scheme.js';
import { whenLocaleReady } from './locale-gate.js';

/** What {@link GoalkitElement.renderQueryState} reads of a widget's `QueryController`. */
interface QueryState {
  readonly result: { readonly isError: boolean; readonly isSuccess: boolean; readonly error: unknown } | undefined;
  refetch(): void;
}

/**
 * What every gk-* widget shares: a `locale`, the `<gk-provider>` above it (through the context
 * protocol), the loading/error/empty placeholder, and `gk-error` reporting.
 *
 * @event {GkErrorEvent} gk-error - Connected mode: loading or saving failed.
 */
export class GoalkitElement extends LitElement {
  static override properties: PropertyDeclarations = {
    locale: {},
  };

  /** BCP 47 locale of text, numbers and dates. @default the provider's, else 'en' */
  declare locale: string | undefined;

  /** The provider's client, cache and locale; `undefined` outside a `<gk-provider>`. */
  protected goalkit: GoalkitContextValue | undefined;
  #reported = new WeakSet<object>();

  constructor() {
    super();
    new ContextConsumer(this, {
      context: goalkitContext,
      subscribe: true,
      callback: (value) => {
        this.goalkit = value;
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    applyColorScheme(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The page may have changed its scheme since (a theme switch re-renders the widgets it touches).
    applyColorScheme(this);
  }

  /** The locale to render in: the element's own, else the provider's, else English. */
  protected get resolvedLocale(): string {
    return this.locale ?? this.goalkit?.locale ?? 'en';
  }

  /** Renders once the locale's words are there (only the embed bundle ever has to wait for them). */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    return whenLocaleReady(this.resolvedLocale, () => super.scheduleUpdate());
  }

  /** The provider's query cache, for controllers. */
  protected readonly queryClient = () => this.goalkit?.queryClient;

  /** Tell the host page once per error object (queries keep the same error across renders). */
  protected reportError(action: GkErrorDetail['action'], error: unknown): void {
    if (typeof error === 'object' && error !== null) {
      if (this.#reported.has(error)) return;
      this.#reported.add(error);
    }
    // Never dispatch from inside a render: the page's listener may change this element.
    queueMicrotask(() => this.dispatchEvent(new GkErrorEvent({ action, error })));
  }

  /** The loading, error (with retry) and empty placeholder, as every widget shows it. */
  protected renderLoadState(
    scope: string,
    state: LoadState,
    options: { message?: string | undefined; retry?: (() => void) | undefined; error?: unknown } = {},
  ): TemplateResult {
    if (state === 'error') this.reportError('load', options.error);
    const view = connectLoadState({
      scope,
      state,
      message: options.message,
      error: options.error,
      locale: this.resolvedLocale,
    });
    return html`<div ${attrs(view.root)}>
      <p ${attrs(view.messagePart)}>${view.message}</p>
      ${view.retry && options.retry ? html`<button ${attrs(view.retry)} @click=${options.retry}>${view.retryText}</button>` : nothing}
    </div>`;
  }

  /**
   * The placeholder while a widget's query has nothing to render: its error with a retry, loading, or,
   * given `empty`, the empty state (with its message) once the query has loaded without the item.
   */
  protected renderQueryState(
    scope: string,
    query: QueryState,
    empty?: { readonly message: string | undefined },
  ): TemplateResult {
    const result = query.result;
    if (result?.isError)
      return this.renderLoadState(scope, 'error', { retry: () => refetchFailed(this), error: result.error });
    return empty && result?.isSuccess
      ? this.renderLoadState(scope, 'empty', { message: empty.message })
      : this.renderLoadState(scope, 'loading');
  }
}
