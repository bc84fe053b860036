// `spaceflight-stats report` as a user runs it: a child process writing into a temp folder.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, test } from 'vitest';
import { messages } from '../../src/messages.js';
import { hasRealData, realFile } from '../support/real-data.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { SAMPLE } from '../support/sample.js';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'sfs-cli-'));

// Dark pixels in a PNG, after decoding it with resvg's own PNG reader (an <image> element).
function darkPixels(png: Buffer): number {
  const { width, height } = pngSize(png);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if ((pixels[i] as number) + (pixels[i + 1] as number) + (pixels[i + 2] as number) < 200) dark++;
  }
  return dark;
}

function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('spaceflight-stats report (bundled sample)', () => {
  let out: string;
  let run: CliRun;
  beforeAll(async () => {
    out = path.join(await tempDir(), 'report');
    run = await runCli(['report', '--out', out]);
  });

  test('report writes every table, chart file and the page it promises', async () => {
    expect(run.code).toBe(0);
    const files = (await readdir(out, { recursive: true })).map(String).sort();
    for (const table of ['spacecraft-by-agency', 'spacecraft-by-config', 'spacecraft-by-decade']) {
      expect(files).toContain(path.join('tables', `${table}.csv`));
      expect(files).toContain(path.join('tables', `${table}.json`));
      expect(files).toContain(path.join('tables', `${table}.arrow`));
    }
    for (const chart of ['time-in-space-by-config', 'reuse-rate-by-config']) {
      for (const ext of ['vl.json', 'svg', 'png']) {
        expect(files).toContain(path.join('charts', `${chart}.${ext}`));
      }
    }
    expect(files).toContain('index.html');
    expect(files).toContain('load-report.json');
  });

  test('report says the sample cannot support a decade chart, and why', () => {
    expect(run.stdout).toContain(
      `left out chart flights-by-decade: ${messages.chartNoLaunchDates(0, 0)}`,
    );
    expect(existsSync(path.join(out, 'charts/flights-by-decade.svg'))).toBe(false);
  });

  test('report summary says what was read', () => {
    expect(run.stdout).toContain('10 records (10 spacecraft)');
    expect(run.stdout).toContain('loaded 10 spacecraft and 0 flights');
  });

  test('report PNGs show their text: more dark pixels than the same chart without text', async () => {
    for (const chart of ['time-in-space-by-config', 'reuse-rate-by-config']) {
      const svg = await readFile(path.join(out, `charts/${chart}.svg`), 'utf8');
      const png = await readFile(path.join(out, `charts/${chart}.png`));
      const textless = Buffer.from(
        new Resvg(svg.replace(/<text[\s\S]*?<\/text>/g, ''), {
          font: { loadSystemFonts: false },
          fitTo: { mode: 'zoom', value: 2 },
        })
          .render()
          .asPng(),
      );
      expect(pngSize(png)).toEqual(pngSize(textless));
      // Titles, axis labels and names are hundreds of dark glyph pixels.
      expect(darkPixels(png) - darkPixels(textless)).toBeGreaterThan(2000);
    }
  });

  test('report index.html holds every chart written and names the ones left out', async () => {
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const chart of ['time-in-space-by-config', 'reuse-rate-by-config']) {
      expect(html).toContain(`data-chart="${chart}"`);
      expect(html).toContain(`<script type="application/json" id="vega-${chart}">`);
    }
    expect(html).toContain('Charts left out');
    expect(html).toContain(`Launched flights by decade: ${messages.chartNoLaunchDates(0, 0)}`);
    expect(html).toContain(`Turnaround times: ${messages.chartNoFlights()}`);
    expect(html).toContain(`Astronaut time in space by agency: ${messages.chartNoAstronauts()}`);
  });

  test('report index.html fetches nothing: no src or href leaves the report folder', async () => {
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    // Every src and href is a page anchor or a file of the report; none names a scheme.
    const links = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !/^(#|charts\/|tables\/)/.test(link ?? ''))).toEqual([]);
  });

  test('report CSV holds the hand-summed Soyuz total in seconds', async () => {
    const csv = await readFile(path.join(out, 'tables/spacecraft-by-config.csv'), 'utf8');
    // 591894 + 649767 + 365437 + 584749 + 583161 = 2775008 (see summarize-spacecraft.test.ts)
    expect(csv.split('\n').find((line) => line.startsWith('1,Soyuz,'))).toContain(',2775008,');
  });
});

describe.skipIf(!hasRealData)('spaceflight-stats report (real flights file)', () => {
  test('report on the flights file draws every flight and spacecraft chart', async () => {
    const out = path.join(await tempDir(), 'r');
    const run = await runCli([
      'report',
      realFile('ll2-2.3.0-lldev-spacecraft_flights-normal-38.json'),
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    // Only the astronaut charts are left out: the flights file holds no astronauts.
    const leftOut = run.stdout.split('\n').filter((line) => line.startsWith('left out chart'));
    expect(leftOut).toEqual([
      `left out chart astronaut-time-by-agency: ${messages.chartNoAstronauts()}`,
      `left out chart astronaut-time-by-decade: ${messages.chartNoAstronauts()}`,
    ]);
    const decades = JSON.parse(
      await readFile(path.join(out, 'tables/flights-by-decade.json'), 'utf8'),
    );
    expect(decades).toEqual([{ decade: 2020, decade_name: '2020s', flights: 27 }]);
    expect(existsSync(path.join(out, 'charts/flights-by-decade.png'))).toBe(true);
  });
});

describe('spaceflight-stats report (bad input)', () => {
  test('report on a file that is not JSON exits 1 with the file named and no stack trace', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'broken.json');
    await writeFile(file, '{"results": [');
    const run = await runCli(['report', file, '--out', path.join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file} is not valid JSON`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('report with one bad record among good ones skips it and says so', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'page.json');
    const sample = JSON.parse(await readFile(SAMPLE, 'utf8'));
    sample.results[1].time_in_space = 'six days';
    await writeFile(file, JSON.stringify(sample));
    const run = await runCli(['report', file, '--out', path.join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 skipped');
    expect(run.stdout).toContain(
      messages.badDuration(
        { file, recordId: 513, field: 'time_in_space' },
        messages.durationSyntax('six days'),
      ),
    );
  });

  test('report refuses to replace a folder it did not write', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'mine');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'keep me');
    const run = await runCli(['report', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(messages.outputNotReport(out));
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  test('report with an unknown option exits 1 and names it', async () => {
    const run = await runCli(['report', '--colour']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(messages.unknownOption('--colour'));
  });
});

describe('spaceflight-stats (command line mistakes)', () => {
  test('report --out "" is refused: an empty folder name is not the current folder', async () => {
    const run = await runCli(['report', '--out', '']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(messages.missingOptionValue('--out'));
  });

  test('describe --out is refused: describe writes nothing', async () => {
    const run = await runCli(['describe', '--out', '/tmp/x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(messages.optionNotFor('--out', 'describe'));
  });

  test('report into its own input folder is refused and deletes nothing', async () => {
    const dir = await tempDir();
    const input = path.join(dir, 'mydata.json');
    await writeFile(input, await readFile(SAMPLE, 'utf8'));
    const run = await runCli(['report', input, '--out', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(messages.outputHoldsInput(dir, input));
    expect(existsSync(input)).toBe(true);
  });
});
