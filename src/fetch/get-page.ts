/**
 * Gets one page, politely and stubbornly: every request waits for the hourly budget; a `429`
 * waits as long as the server asks; a `5xx`, a reset, a timeout or a cut-off body is retried
 * after an exponential backoff with jitter; other answers stop the fetch.
 *
 * Steps of one attempt: take the budget, send (redirects are not followed, so nothing leaves
 * the base URL), read the whole body under the timeout, sort the outcome.
 */
import { messages } from '../messages.js';
import { backoffDelay, type BackoffOptions } from './backoff-delay.js';
import type { FetchClock } from './fetch-clock.js';
import { FetchError } from './fetch-error.js';
import type { FetchEventSink } from './fetch-event.js';
import { pageFacts, type PageFacts } from './page-envelope.js';
import type { RequestBudget } from './request-budget.js';
import { throttleWaitMs } from './throttle-wait.js';

/** What every request of one fetch shares. */
export interface PageContext {
  clock: FetchClock;
  random: () => number;
  budget: RequestBudget;
  timeoutMs: number;
  /** Retries of one page after 5xx, resets, timeouts and cut-off bodies. */
  maxRetries: number;
  /** 429 answers tolerated for one page. */
  maxThrottles: number;
  backoff: BackoffOptions;
  token: string | null;
  onEvent: FetchEventSink;
}

/** A page as received: its body text exactly, when it arrived, and its facts. */
export interface ReceivedPage extends PageFacts {
  url: string;
  text: string;
  fetchedAt: string;
  /** Requests this page took (1 when nothing went wrong). */
  attempts: number;
}

type Outcome =
  | { kind: 'page'; text: string; facts: PageFacts }
  | { kind: 'retry'; reason: string }
  | { kind: 'throttle'; waitMs: number | null };

/**
 * Requests `url` until it yields a page, within the retry and throttle limits.
 *
 * @throws FetchError when retries or throttles run out, or on an answer not worth retrying.
 * @example
 * // not run: needs an LL2 server to answer the request, and a PageContext (clock, budget, limits)
 * const page = await getPage('http://127.0.0.1:8080/2.3.0/spacecraft/?limit=100', context);
 * page.ids.length; // up to 100
 */
export async function getPage(url: string, context: PageContext): Promise<ReceivedPage> {
  let retries = 0;
  let throttles = 0;
  for (let attempt = 1; ; attempt++) {
    await context.budget.take((waitMs) => context.onEvent({ type: 'budget-wait', waitMs }));
    const remaining = context.budget.remaining();
    context.onEvent({ type: 'request', url, attempt, remaining });
    const fetchedAt = new Date(context.clock.now()).toISOString();
    const outcome = await attemptOnce(url, context);
    if (outcome.kind === 'page') {
      return { url, text: outcome.text, fetchedAt, attempts: attempt, ...outcome.facts };
    }

    // Wait as the server asked, or back off, then go round again.
    let waitMs: number;
    if (outcome.kind === 'throttle') {
      if (++throttles > context.maxThrottles) giveUp(url, attempt, messages.fetchServerError(429));
      waitMs = outcome.waitMs ?? backoffDelay(throttles, context.random, context.backoff);
      context.onEvent({ type: 'throttled', url, waitMs });
    } else {
      if (++retries > context.maxRetries) giveUp(url, attempt, outcome.reason);
      waitMs = backoffDelay(retries, context.random, context.backoff);
      context.onEvent({ type: 'retry', url, attempt, reason: outcome.reason, waitMs });
    }
    await context.clock.sleep(waitMs);
  }
}

function giveUp(url: string, attempts: number, reason: string): never {
  throw new FetchError(messages.fetchGaveUp(url, attempts, reason));
}

// One request, its body read in full before the timeout.
async function attemptOnce(url: string, context: PageContext): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), context.timeoutMs);
  try {
    const response = await fetch(url, {
      headers: requestHeaders(context.token),
      redirect: 'manual',
      signal: controller.signal,
    });
    const text = await response.text();
    return sortAnswer(url, response, text, context.clock.now());
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (controller.signal.aborted) {
      return { kind: 'retry', reason: messages.fetchTimeout(context.timeoutMs) };
    }
    return { kind: 'retry', reason: messages.fetchCutOff(describeFailure(error)) };
  } finally {
    clearTimeout(timer);
  }
}

function requestHeaders(token: string | null): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': 'spaceflight-stats',
  };
  if (token) headers.authorization = `Token ${token}`;
  return headers;
}

// A complete answer: a page, a reason to retry or wait, or an error that stops the fetch.
function sortAnswer(url: string, response: Response, text: string, now: number): Outcome {
  if (response.status === 429) {
    return {
      kind: 'throttle',
      waitMs: throttleWaitMs(response.headers.get('retry-after'), text, now),
    };
  }
  if (response.status >= 500)
    return { kind: 'retry', reason: messages.fetchServerError(response.status) };
  if (response.status !== 200) {
    throw new FetchError(messages.fetchHttpStatus(url, response.status, text.slice(0, 200)));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'retry', reason: messages.fetchCutOff((error as Error).message) };
  }
  return { kind: 'page', text, facts: pageFacts(value, url) };
}

// Node's fetch hides the socket error in `cause`.
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
