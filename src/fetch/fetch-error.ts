/**
 * A fetch that cannot go on: the message says what failed and what was kept.
 */
import { InputError } from '../messages.js';

/**
 * An error that stops a fetch. It is an {@link InputError}, so the CLI prints it as one
 * line with no stack trace. `resumable` is false when running the same command again would
 * stop the same way (a refused `next` link saved in the folder, a listing that ends early),
 * so that the message does not promise a resume.
 *
 * @example
 * const error = new FetchError(messages.fetchOutRequired());
 * error instanceof InputError; // true
 * error.name; // 'FetchError'
 * error.resumable; // true
 */
export class FetchError extends InputError {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly resumable = true,
  ) {
    super(message);
  }
}
