/**
 * A fetch that cannot go on: the message says what failed and what was kept.
 */
import { InputError } from '../messages.js';

/**
 * An error that stops a fetch. It is an {@link InputError}, so the CLI prints it as one
 * line with no stack trace.
 *
 * @example
 * const error = new FetchError(messages.fetchOutRequired());
 * error instanceof InputError; // true
 * error.name; // 'FetchError'
 */
export class FetchError extends InputError {
  override name = 'FetchError';
}
