/**
 * What a notebook cell shows: one Jupyter output bundle, and the function that shows it.
 */

/**
 * One Jupyter display bundle: the same thing in several forms, keyed by MIME type. The
 * notebook front end shows the richest form it can render.
 *
 * @example
 * const bundle: MimeBundle = { 'text/html': '<b>10</b>', 'text/plain': '10' };
 */
export type MimeBundle = Record<string, unknown>;

/**
 * A function that shows one bundle as one output of the running cell.
 *
 * Inside tslab the helpers find one themselves (see {@link tslabDisplay}); anywhere else,
 * pass your own, for example one that collects the bundles.
 *
 * @example
 * const shown: MimeBundle[] = [];
 * const display: DisplayBundle = (bundle) => shown.push(bundle);
 */
export type DisplayBundle = (bundle: MimeBundle) => void;

/** The option every display helper takes. */
export interface DisplayOptions {
  /** Shows the bundle; default: tslab's, found at the first call (see {@link tslabDisplay}). */
  display?: DisplayBundle;
}
