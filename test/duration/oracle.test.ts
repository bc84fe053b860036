// durationToSeconds checked against an independent implementation: temporal-polyfill's
// Temporal.Duration. Every expected value in this file comes from Temporal (parse with
// Temporal.Duration.from, measure with total({ unit: 'second' })), except the few constants
// marked as hand arithmetic. Two sources of strings: every duration in the real LL2 files,
// and strings generated from a seeded PRNG, well-formed and deliberately broken.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { durationToSeconds } from '../../src/duration/duration-to-seconds.js';
import { InputError, messages } from '../../src/messages.js';
import { hasRealData, realDataDir } from '../support/real-data.js';
import { mulberry32 } from '../support/seeded-random.js';

// ---------------------------------------------------------------------------------------------
// The two implementations, each reduced to an outcome.

/**
 * Accepted with a number of seconds, or rejected with a reason. Temporal's answers also say
 * whether the exact value is a whole number of seconds (no sub-second fields once parsed).
 */
type Outcome = { ok: true; seconds: number; whole?: boolean } | { ok: false; reason: string };

/** A UTC reference date for both sides: an ISO string for the kit, a zoned date for Temporal. */
interface Reference {
  iso: string;
  zoned: Temporal.ZonedDateTime;
}

function reference(iso: string): Reference {
  return { iso, zoned: Temporal.Instant.from(iso).toZonedDateTimeISO('UTC') };
}

// Temporal's week, measured by Temporal from a UTC date (where a day is 24 h).
const WEEK_S = Temporal.Duration.from({ weeks: 1 }).total({
  unit: 'second',
  relativeTo: reference('2024-01-01T00:00:00Z').zoned,
});

/**
 * Temporal's answer. With a reference it measures the whole duration from that UTC date.
 * Without one, Temporal measures days as 24 h but refuses weeks (and years and months), so
 * weeks are taken out and counted at Temporal's own week length; years or months then make
 * the total throw, which is an outcome of its own ('needs a reference'), not a rejection.
 */
function oracle(text: string, relativeTo?: Reference): Outcome {
  let duration: Temporal.Duration;
  try {
    duration = Temporal.Duration.from(text);
  } catch (error) {
    return { ok: false, reason: `parse: ${String(error)}` };
  }
  const whole = [duration.milliseconds, duration.microseconds, duration.nanoseconds].every(
    (field) => field === 0,
  );
  if (relativeTo) {
    return measure(whole, () => duration.total({ unit: 'second', relativeTo: relativeTo.zoned }));
  }
  if (duration.years !== 0 || duration.months !== 0) {
    return { ok: false, reason: 'needs a reference' };
  }
  return measure(
    whole,
    () => duration.with({ weeks: 0 }).total({ unit: 'second' }) + duration.weeks * WEEK_S,
  );
}

function measure(whole: boolean, total: () => number): Outcome {
  try {
    return { ok: true, seconds: total(), whole };
  } catch (error) {
    return { ok: false, reason: `total: ${String(error)}` };
  }
}

/** The kit's answer; its errors are named by the catalogue builder that made the message. */
function kit(text: string, relativeTo?: Reference): Outcome {
  try {
    const seconds = durationToSeconds(text, { relativeTo: relativeTo?.iso });
    return seconds === null ? { ok: false, reason: 'null' } : { ok: true, seconds };
  } catch (error) {
    if (!(error instanceof InputError)) return { ok: false, reason: `not an InputError: ${error}` };
    return { ok: false, reason: kitErrorKind(text, error.message, relativeTo) };
  }
}

function kitErrorKind(text: string, message: string, relativeTo?: Reference): string {
  if (message === messages.durationSyntax(text)) return 'syntax';
  if (message === messages.durationFraction(text)) return 'fraction';
  if (message === messages.durationCalendar(text)) return 'calendar';
  if (message === messages.durationRange(text)) return 'range';
  if (relativeTo && message === messages.durationReference(relativeTo.iso)) return 'reference';
  return `message outside the catalogue: ${message}`;
}

/** Equal seconds: exactly for a whole number of seconds, else within a relative 1e-12. */
function sameSeconds(kitSeconds: number, expected: { seconds: number; whole?: boolean }): boolean {
  if (expected.whole) return kitSeconds === expected.seconds;
  return Math.abs(kitSeconds - expected.seconds) <= 1e-12 * Math.abs(expected.seconds);
}

// ---------------------------------------------------------------------------------------------
// Classifying a pair of outcomes. The allowed disagreements are the ones the kit's documented
// policy (or a documented limit of Temporal's) explains; anything else is a failure.

const MAX_EXACT = Number.MAX_SAFE_INTEGER; // 2^53 - 1, the policy's "counted exactly" bound
const INSTANT_LIMIT_S = 8.64e12; // Temporal's and Date's range: 10^8 days either side of 1970

/** Categories that show the two implementations agree. */
const AGREEMENT = ['same seconds', 'both reject', 'both need a reference'];

/** Disagreements the policy explains, with the reason. */
const EXPLAINED: Record<string, string> = {
  // The kit needs `relativeTo` whenever a Y or calendar M part is written, even P0Y1D.
  'years or months without relativeTo': 'policy: years and months need relativeTo',
  // Temporal reads designators case-insensitively; the kit's grammar is upper case.
  'lower-case designator': 'policy: the grammar [-]P[nY][nM][nW][nD][T[nH][nM][nS]]',
  // Temporal allows up to 2^53 s exactly; the kit also refuses where its floating-point sum
  // can no longer be exact (within a relative 1e-12 of the bound).
  'too long to count exactly': 'policy: "too long to be counted exactly in seconds"',
  // Temporal.Duration refuses weeks >= 2^32 as a field limit; the kit counts them exactly.
  'weeks beyond Temporal field limit': "Temporal's limit: |weeks| < 2^32",
  // With relativeTo, Temporal refuses an end instant past 10^8 days from 1970; the kit only
  // needs the month-shifted date to exist and adds the rest as seconds.
  'end beyond Temporal instant range': "Temporal's limit: instants within 10^8 days of 1970",
};

function classify(text: string, mine: Outcome, theirs: Outcome, relativeTo?: Reference): string {
  if (mine.ok && theirs.ok) {
    return sameSeconds(mine.seconds, theirs) ? 'same seconds' : 'different seconds';
  }
  if (!mine.ok && !mine.reason.match(/^(syntax|fraction|calendar|range|reference)$/)) {
    return `kit error: ${mine.reason}`;
  }
  if (!mine.ok && !theirs.ok) {
    if (theirs.reason === 'needs a reference') {
      return mine.reason === 'calendar' ? 'both need a reference' : 'both reject';
    }
    return 'both reject';
  }
  if (!mine.ok && theirs.ok) return kitOnlyRejects(text, mine.reason, theirs, relativeTo);
  if (mine.ok && !theirs.ok) return oracleOnlyRejects(text, mine.seconds, relativeTo);
  return 'unreachable';
}

// The kit refuses a string Temporal measures.
function kitOnlyRejects(
  text: string,
  reason: string,
  theirs: { seconds: number; whole?: boolean },
  relativeTo?: Reference,
): string {
  if (reason === 'calendar' && !relativeTo && /^[+-]?P[^T]*[YM]/.test(text)) {
    return 'years or months without relativeTo';
  }
  if (reason === 'range' && Math.abs(theirs.seconds) >= MAX_EXACT * (1 - 1e-12)) {
    return 'too long to count exactly';
  }
  const upper = text.toUpperCase();
  if (reason === 'syntax' && upper !== text) {
    const again = kit(upper, relativeTo);
    if (again.ok && sameSeconds(again.seconds, theirs)) return 'lower-case designator';
    if (!again.ok && again.reason === 'calendar' && !relativeTo) return 'lower-case designator';
  }
  return `kit rejects (${reason}) what Temporal accepts`;
}

// Temporal refuses a string the kit measures.
function oracleOnlyRejects(text: string, seconds: number, relativeTo?: Reference): string {
  const weeks = /^([+-]?)P(?:\d+Y)?(?:\d+M)?(\d+)W/.exec(text);
  if (weeks && Number(weeks[2]) >= 2 ** 32) {
    // Temporal measures the rest; the weeks are counted at Temporal's week length.
    const restText = text.replace(`${weeks[2]}W`, '').replace(/^([+-]?P)T?$/, '$1T0S');
    const rest = oracle(restText, relativeTo);
    const sign = weeks[1] === '-' ? -1 : 1;
    if (rest.ok) {
      const expected = { ...rest, seconds: rest.seconds + sign * Number(weeks[2]) * WEEK_S };
      if (sameSeconds(seconds, expected)) return 'weeks beyond Temporal field limit';
    }
  }
  if (relativeTo) {
    const parsed = oracle(text);
    const end = relativeTo.zoned.epochMilliseconds / 1000 + seconds;
    const parses = parsed.ok || parsed.reason === 'needs a reference';
    if (parses && Math.abs(end) > INSTANT_LIMIT_S) return 'end beyond Temporal instant range';
  }
  return 'kit accepts what Temporal rejects';
}

// ---------------------------------------------------------------------------------------------
// Strings: a seeded generator of durations and broken durations.

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(this.int(10));
    return text;
  }
}

/** One written part: its number and designator, and whether it is after the T. */
interface Part {
  amount: string;
  designator: string;
  time: boolean;
}

/** A well-formed duration before it is written: sign and parts in order. */
interface Draft {
  sign: string;
  parts: Part[];
}

// A part's number: zero, small, medium, large (7 to 11 digits: days of that size cross the
// 2^53 s bound, weeks cross Temporal's 2^32 limit) or huge (12 to 22 digits).
function amount(random: Random): string {
  const size = random.pick([0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4]);
  if (size === 0) return random.pick(['0', '00', '0000']);
  const count = [0, 1 + random.int(2), 3 + random.int(4), 7 + random.int(5), 12 + random.int(11)];
  const text = String(1 + random.int(9)) + random.digits((count[size] as number) - 1);
  return random.chance(0.03) ? `0${text}` : text;
}

function fraction(random: Random, count: number): string {
  return random.pick(['.', '.', '.', ',']) + random.digits(count);
}

function draft(random: Random): Draft {
  const parts: Part[] = [];
  for (const [designator, p] of [
    ['Y', 0.12],
    ['M', 0.12],
    ['W', 0.12],
    ['D', 0.55],
  ] as const) {
    if (random.chance(p)) parts.push({ amount: amount(random), designator, time: false });
  }
  if (random.chance(0.6)) {
    const chosen = ['H', 'M', 'S'].filter(() => random.chance(0.55));
    if (chosen.length === 0) chosen.push(random.pick(['H', 'M', 'S']));
    for (const designator of chosen) parts.push({ amount: amount(random), designator, time: true });
  }
  if (parts.length === 0) parts.push({ amount: amount(random), designator: 'D', time: false });
  const last = parts[parts.length - 1] as Part;
  if (last.time && random.chance(0.35)) last.amount += fraction(random, 1 + random.int(9));
  return { sign: random.pick(['', '', '', '', '', '', '-', '-', '+']), parts };
}

function write({ sign, parts }: Draft): string {
  let text = `${sign}P`;
  let inTime = false;
  for (const part of parts) {
    if (part.time && !inTime) text += 'T';
    inTime ||= part.time;
    text += part.amount + part.designator;
  }
  return text;
}

function insertAt(text: string, index: number, piece: string): string {
  return text.slice(0, index) + piece + text.slice(index);
}

function replacePart(d: Draft, index: number, part: Partial<Part>): Draft {
  const parts = d.parts.map((old, i) => (i === index ? { ...old, ...part } : old));
  return { ...d, parts };
}

const JUNK = [' ', 'x', '_', 'e', ':', '/', '+', '-', '.', ',', 'Z', '0', 'T', '\t', '#', 'P'];

/** Ways to break a well-formed duration (some of them leave it well-formed, by chance). */
const MUTATIONS: Record<string, (random: Random, d: Draft) => string> = {
  'drop a designator': (random, d) => {
    const text = write(d);
    const at = [...text].flatMap((c, i) => (/[PYMWDTHS]/.test(c) ? [i] : []));
    const i = random.pick(at);
    return text.slice(0, i) + text.slice(i + 1);
  },
  'duplicate a part': (random, d) => {
    const i = random.int(d.parts.length);
    return write({ ...d, parts: [...d.parts.slice(0, i + 1), ...d.parts.slice(i)] });
  },
  'swap two parts': (random, d) => {
    if (d.parts.length < 2) return write({ ...d, parts: [...d.parts, ...d.parts] });
    const i = random.int(d.parts.length - 1);
    const parts = [...d.parts];
    [parts[i], parts[i + 1]] = [parts[i + 1] as Part, parts[i] as Part];
    return write({ ...d, parts });
  },
  'insert junk': (random, d) => {
    const text = write(d);
    return insertAt(text, random.int(text.length + 1), random.pick(JUNK));
  },
  'lower-case': (random, d) => {
    const text = write(d);
    if (random.chance(0.5)) return text.toLowerCase();
    const i = random.int(text.length);
    return text.slice(0, i) + text.charAt(i).toLowerCase() + text.slice(i + 1);
  },
  'fraction on a part that is not the last time part': (random, d) => {
    const lastTime = d.parts.at(-1)?.time ? d.parts.length - 1 : -1;
    const candidates = d.parts.flatMap((_, i) => (i === lastTime ? [] : [i]));
    if (candidates.length === 0) return write(d).replace(/S$/, '.5S1S');
    const i = random.pick(candidates);
    const part = d.parts[i] as Part;
    const amount = part.amount.replace(/[.,]\d+$/, '') + fraction(random, 1 + random.int(9));
    return write(replacePart(d, i, { amount }));
  },
  'empty T': (random, d) => {
    const dateParts = d.parts.filter((part) => !part.time);
    return write({ ...d, parts: dateParts }) + 'T';
  },
  space: (random, d) => {
    const text = write(d);
    return random.pick([` ${text}`, `${text} `, insertAt(text, random.int(text.length), ' ')]);
  },
  'fraction of 10 to 12 digits': (random, d) => {
    const i = d.parts.length - 1;
    const part = d.parts[i] as Part;
    const amount = part.amount.replace(/[.,]\d+$/, '') + fraction(random, 10 + random.int(3));
    return write(replacePart(d, i, { amount }));
  },
  'designator without a number': (random, d) =>
    write(replacePart(d, random.int(d.parts.length), { amount: '' })),
  'misplaced sign': (random, d) => {
    const text = write({ ...d, sign: '' });
    const signs = ['--', '+-', '-+', '\u2212', '\u2013', ''];
    const sign = random.pick(signs);
    return sign === '' ? text.replace('P', random.pick(['P-', 'P+'])) : sign + text;
  },
  truncate: (random, d) => {
    const text = write(d);
    return text.slice(0, random.int(text.length));
  },
  'other digits': (random, d) => {
    const text = write(d);
    const at = [...text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
    const i = random.pick(at);
    return (
      text.slice(0, i) + random.pick(['\uff11', '\u0663', '\u00b9', '\u2460']) + text.slice(i + 1)
    );
  },
  'fraction without digits': (random, d) => {
    const i = random.int(d.parts.length);
    const part = d.parts[i] as Part;
    const whole = part.amount.replace(/[.,]\d+$/, '');
    const amount = random.pick([`${whole}.`, `${whole},`, `.${whole}`, `,${whole}`]);
    return write(replacePart(d, i, { amount }));
  },
  'other number syntax': (random, d) => {
    const amount = random.pick(['1e3', '1E3', '1_000', '0x1F', '1.5', '1,5', 'Infinity', 'NaN']);
    return write(replacePart(d, random.int(d.parts.length), { amount }));
  },
  'extra P or T': (random, d) => {
    const text = write(d);
    return insertAt(text, 1 + random.int(text.length), random.pick(['P', 'T', 'PT']));
  },
  'part after the end': (random, d) =>
    write(d) + random.pick(['1D', '1H', '1Y', '1W', '5', 'S', 'T1S']),
};

/** Hand-picked edge cases, checked the same way before the generated strings. */
const EDGES = [
  '',
  'P',
  'PT',
  '-P',
  '+P',
  'T1H',
  'P1DT',
  'PT1H0.5M',
  'PT0.5M',
  'PT1.5H',
  'P1W1D',
  'p1d',
  'P1DT1h',
  'PT9007199254740991S',
  'PT9007199254740992S',
  'PT9007199254740991.5S',
  'P104249991374DT7H36M31S',
  'P104249991374DT7H36M32S',
  'P4294967295W',
  'P4294967296W',
  'P0Y1D',
  'P0M',
  'P1Y',
  '-P1M',
  'P1M1W',
  '+PT0S',
  '-P0D',
  'PT0.000000001S',
  'PT0.0000000001S',
  'P1.5D',
  'P1.5W',
  'PT1.5H1S',
  'PT1,000000000H',
  '\u2212P1D',
  'P1DT1H1H',
  'P1D1Y',
];

/** Every string to check: edge cases, then generated ones with how they were made. */
function generated(count: number, seed: number): { text: string; how: string }[] {
  const random = new Random(seed);
  const names = Object.keys(MUTATIONS);
  const out = EDGES.map((text) => ({ text, how: 'edge case' }));
  for (let n = 0; n < count; n++) {
    const d = draft(random);
    if (random.chance(0.5)) {
      out.push({ text: write(d), how: 'well-formed' });
      continue;
    }
    const how = random.pick(names);
    let text = (MUTATIONS[how] as (random: Random, d: Draft) => string)(random, d);
    if (random.chance(0.2)) text = insertAt(text, random.int(text.length + 1), random.pick(JUNK));
    out.push({ text, how });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tallying categories.

class Tally {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(category: string, example: string): void {
    this.counts.set(category, (this.counts.get(category) ?? 0) + 1);
    const list = this.examples.get(category) ?? [];
    if (list.length < 12) list.push(example);
    this.examples.set(category, list);
  }
  count(category: string): number {
    return this.counts.get(category) ?? 0;
  }
  /** Categories neither agreement nor explained, with examples: must be empty. */
  unexplained(): Record<string, string[]> {
    const allowed = new Set([...AGREEMENT, ...Object.keys(EXPLAINED)]);
    const out: Record<string, string[]> = {};
    for (const [category, list] of this.examples) if (!allowed.has(category)) out[category] = list;
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// The tests.

describe('the oracle itself (checked by hand arithmetic)', () => {
  it('Temporal.Duration counts a day as 86,400 s and a week as 604,800 s', () => {
    const day = oracle('P1D');
    expect(day.ok && day.seconds).toBe(86_400); // 24 * 3600 = 86400
    expect(WEEK_S).toBe(604_800); // 7 * 86400 = 604800
    const month = oracle('P1M', reference('2024-01-31T00:00:00Z'));
    expect(month.ok && month.seconds).toBe(2_505_600); // 2024-01-31 to 02-29: 29 * 86400
  });
});

describe.skipIf(!hasRealData)('every duration in the real LL2 files', () => {
  it('durationToSeconds(s) equals Temporal.Duration.from(s).total(...) for each', () => {
    const strings = realDurationStrings();
    // About 2,300 in the folder (README: astronaut time_in_space and eva_time alone are 1,692).
    expect(strings.length).toBeGreaterThan(2000);
    expect(strings.some((text) => text.startsWith('-P'))).toBe(true);
    expect(strings.some((text) => /[.,]/.test(text))).toBe(true);
    const wrong: string[] = [];
    for (const text of strings) {
      const [mine, theirs] = [kit(text), oracle(text)];
      if (classify(text, mine, theirs) !== 'same seconds') {
        wrong.push(`${text}: kit ${JSON.stringify(mine)}, Temporal ${JSON.stringify(theirs)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

// Every string value in every JSON file under the folder (any key, any depth) that starts
// with P or -P and is made only of digits, designators and decimal signs, with a digit (so
// Portugal's country code "PT" is not taken for an empty duration).
function realDurationStrings(): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/^-?P(?=.*\d)[\dYMWDTHS.,]+$/.test(value)) found.push(value);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  for (const file of jsonFiles(realDataDir)) visit(JSON.parse(readFileSync(file, 'utf8')));
  return found;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

describe('generated durations (expected values from Temporal.Duration)', () => {
  const COUNT = 120_000;
  const SEED = 20_240_131;
  const REFERENCES = [
    '2024-01-31T00:00:00Z',
    '2024-03-31T00:00:00Z',
    '2023-02-28T12:34:56Z',
    '1969-12-31T18:00:00.250Z',
  ].map(reference);

  it(`durationToSeconds agrees with Temporal on ${COUNT} strings from seed ${SEED}`, () => {
    const strings = generated(COUNT, SEED);
    expect(strings.length).toBeGreaterThanOrEqual(100_000);
    const plain = new Tally();
    const calendar = new Tally();
    const rejectedBy = new Map<string, number>();
    strings.forEach(({ text, how }, index) => {
      const [mine, theirs] = [kit(text), oracle(text)];
      const category = classify(text, mine, theirs);
      plain.add(category, `${text} (${how})`);
      if (category === 'both reject') rejectedBy.set(how, (rejectedBy.get(how) ?? 0) + 1);
      // Years or months: again from a fixed UTC reference date, which both must then measure.
      if (/^[+-]?P[^T]*[YM]/i.test(text)) {
        const at = REFERENCES[index % REFERENCES.length] as Reference;
        calendar.add(classify(text, kit(text, at), oracle(text, at), at), `${text} @ ${at.iso}`);
      }
    });
    const summary = JSON.stringify({ plain: [...plain.counts], calendar: [...calendar.counts] });
    expect(plain.unexplained(), summary).toEqual({});
    expect(calendar.unexplained(), summary).toEqual({});
    // Not vacuous: plenty of agreement both ways, with and without a reference date...
    expect(plain.count('same seconds'), summary).toBeGreaterThan(30_000);
    expect(plain.count('both reject'), summary).toBeGreaterThan(30_000);
    expect(calendar.count('same seconds'), summary).toBeGreaterThan(5_000);
    expect(plain.count('both need a reference'), summary).toBeGreaterThan(5_000);
    // ...and every way of breaking a duration made strings that both reject.
    for (const how of Object.keys(MUTATIONS))
      expect(rejectedBy.get(how) ?? 0, how).toBeGreaterThan(100);
  });
});
