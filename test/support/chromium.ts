// Opens a page in Debian's Chromium, headless, launched directly (no driver, no browser
// download): once with --dump-dom for the DOM after scripts ran, once with --screenshot.
// Console messages are read from Chromium's own log on stderr (--enable-logging=stderr),
// where each appears as a line holding ":CONSOLE". A page that opens an alert() dialog
// blocks headless Chromium, so a run that does not end in time counts as a failure.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Debian installs Chromium (scripts/ensure-system-packages.sh). */
export const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is installed; under CI its absence is an error. */
export const hasChromium: boolean = (() => {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing; CI needs it`);
  console.warn(`notice: skipping browser tests: ${CHROMIUM} is missing`);
  return false;
})();

// The flags the issue asks for: no sandbox (root), no GPU, and no traffic to any host.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-logging=stderr',
  '--v=0',
  // Lets timers and promises run before the DOM is dumped or the screenshot taken.
  '--virtual-time-budget=5000',
];

/** What one Chromium run gave. */
export interface ChromiumRun {
  stdout: string;
  /** The console lines from Chromium's log, in order. */
  console: string[];
  /** True when Chromium had to be stopped: the page blocked it (an alert, a hang). */
  timedOut: boolean;
}

/** Runs Chromium on a local file with the extra flags, in a fresh profile folder. */
export async function runChromium(file: string, extra: string[]): Promise<ChromiumRun> {
  const profile = await mkdtemp(path.join(tmpdir(), 'sfs-chromium-'));
  const args = [...FLAGS, `--user-data-dir=${profile}`, ...extra, pathToFileURL(file).href];
  try {
    return await new Promise((resolve) => {
      execFile(
        CHROMIUM,
        args,
        { timeout: 45_000, maxBuffer: 64 << 20 },
        (error, stdout, stderr) => {
          const lines = stderr.split('\n').filter((line) => line.includes(':CONSOLE'));
          const timedOut = error !== null && (error as { killed?: boolean }).killed === true;
          resolve({ stdout, console: lines, timedOut });
        },
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** The DOM of the page after its scripts ran, as Chromium serialises it. */
export function dumpDom(file: string): Promise<ChromiumRun> {
  return runChromium(file, ['--dump-dom']);
}

/** A PNG screenshot of the page at the window size, written to `png`. */
export function screenshot(file: string, png: string, width: number, height: number) {
  return runChromium(file, [`--window-size=${width},${height}`, `--screenshot=${png}`]);
}
