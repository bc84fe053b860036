/**
 * A fetch that cannot go on: the message says what failed and what was kept.
 */
import { InputError } from '../messages.js';

/**
 * An error that stops a fetch. It is an {@link InputError}, so the CLI prints it as one
 * line with no stack trace.
 *
 * @example
 * throw new FetchError(messages.fetchOutRequired());
 */
export class FetchError extends InputError {
  override name = 'FetchError';
}
