// The report page in a real browser: Debian's Chromium, headless, launched directly.
// Two reports: one from a hand-made page whose names are an XSS attempt, and one from the
// real flights file with the real astronauts (the whole chart set).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { writeReport, type WrittenReport } from '../../src/report/write-report.js';
import { dumpDom, hasChromium, screenshot, type ChromiumRun } from '../support/chromium.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { FLIGHTS_FILE, realAstronauts } from '../support/real-inputs.js';
import { page, SAMPLE, spacecraftRecord } from '../support/sample.js';
import { darkPixels, pngPixels, pngSize } from '../render/png-parts.js';

const EVIL = '<img src=x onerror=alert(1)>';
const tempDir = () => mkdtemp(path.join(tmpdir(), 'sfs-browser-'));

// Hand-made: two spacecraft; the first has the XSS string as its own, its configuration's
// and its agency's name, so it reaches the tables, the axis labels and the tooltips.
function evilPage(): unknown {
  const evil = spacecraftRecord({ id: 1, name: EVIL, time_in_space: 'P2D', flights_count: 2 });
  const config = evil.spacecraft_config as Record<string, unknown>;
  evil.spacecraft_config = {
    ...config,
    name: EVIL,
    agency: { ...(config.agency as object), name: EVIL },
  };
  return page([evil, spacecraftRecord({ id: 2, time_in_space: 'PT12H' })]);
}

// The names of the charts drawn, read from the data-chart attributes of a page.
function chartNames(html: string): string[] {
  return [...html.matchAll(/data-chart="([^"]+)"/g)].map((match) => match[1]!);
}

// The data-rendered value of each chart in the dumped DOM.
function renderedStates(dom: string): string[] {
  return [...dom.matchAll(/data-rendered="([^"]+)"/g)].map((match) => match[1]!);
}

describe.skipIf(!hasChromium)('the report in Chromium (hand-made XSS names)', () => {
  let written: WrittenReport;
  let html: string;
  let run: ChromiumRun;
  beforeAll(async () => {
    const dir = await tempDir();
    const input = path.join(dir, 'evil.json');
    await writeFile(input, JSON.stringify(evilPage()));
    written = await writeReport(await load(input), { out: path.join(dir, 'report') });
    html = await readFile(path.join(written.out, 'index.html'), 'utf8');
    run = await dumpDom(path.join(written.out, 'index.html'));
  });

  test('writeReport(evil) writes the name escaped, never as markup', () => {
    expect(html).not.toContain(EVIL);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('Chromium runs the page to the end: no alert blocked it', () => {
    expect(run.timedOut).toBe(false);
    expect(run.stdout).toContain('</html>');
  });

  test('Chromium shows the name as text: the DOM has no img element', () => {
    expect(run.stdout).not.toMatch(/<img\b/i);
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('Chromium logs nothing to the console: no error, no alert, no warning', () => {
    expect(run.console).toEqual([]);
  });

  test('Chromium draws every chart of the page interactively', () => {
    const names = chartNames(html);
    expect(names).toContain('time-in-space-by-config');
    expect(renderedStates(run.stdout)).toEqual(names.map(() => 'interactive'));
  });
});

// The real flights file with one spacecraft (RSS First Step, id 453, three reflights)
// renamed in every copy, with its configuration, agency and launches, to the XSS string:
// written to a temporary folder, so the name reaches every chart and table of flights.
async function evilFlightsFile(dir: string): Promise<string> {
  const data = JSON.parse(await readFile(realFile(FLIGHTS_FILE), 'utf8')) as {
    results: { spacecraft: Record<string, Record<string, unknown>>; launch: object }[];
  };
  for (const flight of data.results) {
    if (flight.spacecraft.id !== (453 as unknown)) continue;
    const config = flight.spacecraft.spacecraft_config!;
    Object.assign(flight.spacecraft, { name: EVIL });
    Object.assign(config, { name: EVIL, agency: { ...(config.agency as object), name: EVIL } });
    Object.assign(flight.launch, { name: EVIL });
  }
  const file = path.join(dir, 'evil-flights.json');
  await writeFile(file, JSON.stringify(data));
  return file;
}

describe.skipIf(!hasChromium || !hasRealData)(
  'the report in Chromium (real flights, XSS names)',
  () => {
    let html: string;
    let run: ChromiumRun;
    beforeAll(async () => {
      const dir = await tempDir();
      const loaded = await load(await evilFlightsFile(dir));
      const written = await writeReport(loaded, { out: path.join(dir, 'report') });
      html = await readFile(path.join(written.out, 'index.html'), 'utf8');
      run = await dumpDom(path.join(written.out, 'index.html'));
    });

    test('Chromium draws the ten flight and spacecraft charts, shows the name, runs nothing', () => {
      expect(html).not.toContain(EVIL);
      expect(run.timedOut).toBe(false);
      expect(run.console).toEqual([]);
      expect(run.stdout).not.toMatch(/<img\b/i);
      // Drawn by vega in the page: the axis label of the configuration, as SVG text.
      expect(run.stdout).toMatch(/<text[^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/text>/);
      expect(renderedStates(run.stdout)).toEqual(Array(10).fill('interactive'));
    });
  },
);

describe.skipIf(!hasChromium)('the report in Chromium (bundled sample)', () => {
  test('Chromium draws the sample report spacecraft charts with no console message', async () => {
    const dir = await tempDir();
    const written = await writeReport(await load(SAMPLE), { out: path.join(dir, 'report') });
    const run = await dumpDom(path.join(written.out, 'index.html'));
    // By hand: the sample supports the four time-in-space and two reuse charts only.
    const drawn = written.plan.charts.filter((chart) => chart.spec !== null);
    expect(drawn).toHaveLength(6);
    expect(run.console).toEqual([]);
    expect(renderedStates(run.stdout)).toEqual(Array(6).fill('interactive'));
    expect(run.stdout).toContain('Charts left out');
  });
});

describe.skipIf(!hasChromium || !hasRealData)('the report in Chromium (real files)', () => {
  let written: WrittenReport;
  let run: ChromiumRun;
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    const loaded = { ...(await load(realFile(FLIGHTS_FILE))), astronauts: await realAstronauts() };
    written = await writeReport(loaded, { out: path.join(dir, 'report') });
    run = await dumpDom(path.join(written.out, 'index.html'));
  });

  test('writeReport(real flights and astronauts) draws every chart and leaves none out', () => {
    // By hand: the twelve charts of plan-charts.ts, all supported by these two files.
    expect(written.plan.charts.filter((chart) => chart.spec === null)).toEqual([]);
    expect(written.plan.charts).toHaveLength(12);
  });

  test('Chromium draws all twelve charts interactively with no console message', () => {
    expect(run.timedOut).toBe(false);
    expect(run.console).toEqual([]);
    expect(renderedStates(run.stdout)).toEqual(Array(12).fill('interactive'));
  });

  test('Chromium screenshot has the window size and shows the page', async () => {
    const png = path.join(dir, 'page.png');
    const shot = await screenshot(path.join(written.out, 'index.html'), png, 1200, 2400);
    expect(shot.timedOut).toBe(false);
    expect(existsSync(png)).toBe(true);
    const bytes = await readFile(png);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 2400 });
    // Headings, text and the first charts: far more than a blank page's 0 dark pixels.
    expect(darkPixels(pngPixels(bytes))).toBeGreaterThan(10_000);
  });
});
