// Hand-worked expectations for durationToSeconds. Every expected number below was worked out
// by hand from the policy in src/duration/duration-to-seconds.ts (a day is 86,400 s, a week
// 7 days, years and months counted on the UTC calendar from `relativeTo`); the arithmetic is
// in the comment beside it. Error messages are built with the `messages` catalogue, never
// copied. test/duration/time-zones.test.ts runs this file again under other TZ settings, so
// nothing here may depend on the machine's time zone.
import { describe, expect, it } from 'vitest';
import { durationToSeconds } from '../../src/duration/duration-to-seconds.js';
import { InputError, messages, showValue } from '../../src/messages.js';

const DAY = 86_400; // 24 * 60 * 60

/** The InputError that `run` throws; fails the test when it throws nothing or something else. */
function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('well-formed durations (expected seconds worked out by hand)', () => {
  it("durationToSeconds('P0D') is zero", () => {
    expect(durationToSeconds('P0D')).toBe(0); // 0 * 86400 = 0
  });

  it("durationToSeconds('P92D') counts days of 86,400 s", () => {
    expect(durationToSeconds('P92D')).toBe(7_948_800); // 92 * 86400 = 7948800
  });

  it("durationToSeconds('PT4M') counts minutes", () => {
    expect(durationToSeconds('PT4M')).toBe(240); // 4 * 60 = 240
  });

  it("durationToSeconds('PT2H29S') skips absent minutes", () => {
    expect(durationToSeconds('PT2H29S')).toBe(7229); // 2*3600 + 29 = 7229
  });

  it("durationToSeconds('P44DT34S') skips absent hours and minutes", () => {
    expect(durationToSeconds('P44DT34S')).toBe(3_801_634); // 44*86400 + 34 = 3801634
  });

  it("durationToSeconds('P2860DT5H24M13S') adds every part", () => {
    // 2860*86400 + 5*3600 + 24*60 + 13 = 247104000 + 18000 + 1440 + 13 = 247123453
    expect(durationToSeconds('P2860DT5H24M13S')).toBe(247_123_453);
  });

  it("durationToSeconds('P330DT21H55M25.711338S') keeps the fraction of the seconds", () => {
    // 330*86400 + 21*3600 + 55*60 + 25.711338 = 28512000 + 75600 + 3300 + 25.711338
    //   = 28590925.711338
    expect(durationToSeconds('P330DT21H55M25.711338S')).toBeCloseTo(28_590_925.711338, 6);
  });

  it("durationToSeconds('-PT38M') is negative", () => {
    expect(durationToSeconds('-PT38M')).toBe(-2280); // -(38 * 60) = -2280
  });

  it("durationToSeconds('P1W') counts a week as 7 days", () => {
    expect(durationToSeconds('P1W')).toBe(604_800); // 7 * 86400 = 604800
  });

  it("durationToSeconds('PT1,5H') takes a comma as the decimal sign", () => {
    expect(durationToSeconds('PT1,5H')).toBe(5400); // 1.5 * 3600 = 5400
  });

  it("durationToSeconds('-P0D') is zero, not minus zero", () => {
    expect(Object.is(durationToSeconds('-P0D'), 0)).toBe(true); // -(0 * 86400) is 0
  });

  it("durationToSeconds('PT9007199254740991S') is the longest exact count", () => {
    // 2^53 - 1 = 9007199254740991, Number.MAX_SAFE_INTEGER
    expect(durationToSeconds('PT9007199254740991S')).toBe(9_007_199_254_740_991);
  });
});

describe('missing data stays missing', () => {
  it('durationToSeconds(null) is null', () => {
    expect(durationToSeconds(null)).toBeNull();
  });

  it('durationToSeconds(undefined) is null', () => {
    expect(durationToSeconds(undefined)).toBeNull();
  });
});

describe('rejected values (messages from the catalogue, showing the value)', () => {
  const syntaxErrors = ['', 'P', 'PT', '1D', 'P1H', 'P1DT', 'xxP1Dxx'];
  for (const text of syntaxErrors) {
    it(`durationToSeconds(${JSON.stringify(text)}) is not a duration`, () => {
      const error = thrown(() => durationToSeconds(text));
      expect(error.message).toBe(messages.durationSyntax(text));
      expect(error.message).toContain(showValue(text));
    });
  }

  it('durationToSeconds(5) rejects a number', () => {
    const error = thrown(() => durationToSeconds(5 as unknown as string));
    expect(error.message).toBe(messages.durationNotText(5));
    expect(error.message).toContain('5');
  });

  it("durationToSeconds('PT1.5H2M') rejects a fraction on a part that is not the last", () => {
    const error = thrown(() => durationToSeconds('PT1.5H2M'));
    expect(error.message).toBe(messages.durationFraction('PT1.5H2M'));
    expect(error.message).toContain(showValue('PT1.5H2M'));
  });

  for (const text of ['P1M', 'P1Y']) {
    it(`durationToSeconds('${text}') needs a reference date`, () => {
      const error = thrown(() => durationToSeconds(text));
      expect(error.message).toBe(messages.durationCalendar(text));
      expect(error.message).toContain(showValue(text));
    });
  }

  it("durationToSeconds('PT9007199254740992S') is too long to count exactly", () => {
    // 2^53 = 9007199254740992 is the first integer above Number.MAX_SAFE_INTEGER.
    const error = thrown(() => durationToSeconds('PT9007199254740992S'));
    expect(error.message).toBe(messages.durationRange('PT9007199254740992S'));
  });

  for (const relativeTo of ['not a date', 'Feb 29 2024 20:00', '2024-02-30T00:00:00Z']) {
    it(`durationToSeconds('P1M', { relativeTo: '${relativeTo}' }) rejects the reference`, () => {
      const error = thrown(() => durationToSeconds('P1M', { relativeTo }));
      expect(error.message).toBe(messages.durationReference(relativeTo));
    });
  }
});

describe('years and months from a UTC reference date (day counts worked out by hand)', () => {
  it("durationToSeconds('P1M', { relativeTo: 2024-01-31Z }) clamps to 29 February", () => {
    // 2024 is a leap year: 2024-01-31 + 1 month = 2024-02-31, clamped to 2024-02-29;
    // 2024-01-31 to 2024-02-29 is 29 days; 29 * 86400 = 2505600
    expect(durationToSeconds('P1M', { relativeTo: '2024-01-31T00:00:00Z' })).toBe(2_505_600);
    expect(29 * DAY).toBe(2_505_600);
  });

  it("durationToSeconds('-P1M', { relativeTo: 2024-03-31Z }) goes back to 29 February", () => {
    // 2024-03-31 - 1 month = 2024-02-31, clamped to 2024-02-29; 2024-02-29 to 2024-03-01 is
    // 1 day, to 2024-03-31 another 30: 31 days; -(31 * 86400) = -2678400
    expect(durationToSeconds('-P1M', { relativeTo: '2024-03-31T00:00:00Z' })).toBe(-2_678_400);
    expect(-31 * DAY).toBe(-2_678_400);
  });

  it("durationToSeconds('P1Y', { relativeTo: 2023-03-01Z }) spans 29 February 2024", () => {
    // 2023-03-01 to 2024-03-01: Mar 31 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30
    //   + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 29 = 366 days; 366 * 86400 = 31622400
    expect(durationToSeconds('P1Y', { relativeTo: '2023-03-01T00:00:00Z' })).toBe(31_622_400);
  });

  it("durationToSeconds('P1Y', { relativeTo: 2024-01-01Z }) is the leap year 2024", () => {
    // 2024 has 366 days (divisible by 4, not by 100); 366 * 86400 = 31622400
    expect(durationToSeconds('P1Y', { relativeTo: '2024-01-01T00:00:00Z' })).toBe(31_622_400);
  });

  it("durationToSeconds('P1Y', { relativeTo: 2023-01-01Z }) is the common year 2023", () => {
    // 2023 is not divisible by 4: 365 days; 365 * 86400 = 31536000
    expect(durationToSeconds('P1Y', { relativeTo: '2023-01-01T00:00:00Z' })).toBe(31_536_000);
  });

  it("durationToSeconds('P1Y', { relativeTo: 2024-03-01Z }) misses 29 February", () => {
    // 2024-03-01 to 2025-03-01 ends with February 2025 (28 days): 365 days = 31536000
    expect(durationToSeconds('P1Y', { relativeTo: '2024-03-01T00:00:00Z' })).toBe(31_536_000);
  });

  it("durationToSeconds('P1Y1M1DT1H', { relativeTo: a Date }) adds the fixed rest", () => {
    // 2024-01-31 + 13 months = 2025-02-31, clamped to 2025-02-28. 2024-01-31 to 2025-01-31
    // is 366 days (it holds 2024-02-29), to 2025-02-28 another 28: 394 days.
    // 394*86400 + 1*86400 + 1*3600 = 34041600 + 86400 + 3600 = 34131600
    const relativeTo = new Date(Date.UTC(2024, 0, 31));
    expect(durationToSeconds('P1Y1M1DT1H', { relativeTo })).toBe(34_131_600);
  });

  it("durationToSeconds('P1M', { relativeTo: '2024-02-29' }) starts at UTC midnight", () => {
    // 2024-02-29 + 1 month = 2024-03-29: 29 days = 2505600
    expect(durationToSeconds('P1M', { relativeTo: '2024-02-29' })).toBe(2_505_600);
  });
});

// The zone the worker runs in: time-zones.test.ts reads it back from the test names, which
// proves the child run really used the TZ it was given.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`a reference without an offset is UTC in any local time zone (here ${zone})`, () => {
  it(`durationToSeconds('P1M', { relativeTo: '2024-02-29T20:00:00' }) in ${zone}`, () => {
    // 2024-02-29T20:00Z + 1 month = 2024-03-29T20:00Z: 29 days; 29 * 86400 = 2505600. Read as
    // Los Angeles time it would start at 2024-03-01T04:00Z and give 31 days (2678400).
    expect(durationToSeconds('P1M', { relativeTo: '2024-02-29T20:00:00' })).toBe(2_505_600);
  });

  it(`durationToSeconds('P1M', { relativeTo: '2024-01-30T20:00:00' }) in ${zone}`, () => {
    // 2024-01-30T20:00Z + 1 month = 2024-02-29T20:00Z (exists; no clamp): 30 days; 30 * 86400
    // = 2592000. Read as Los Angeles time it would start on 2024-01-31 UTC and give 29 days.
    expect(durationToSeconds('P1M', { relativeTo: '2024-01-30T20:00:00' })).toBe(2_592_000);
  });

  it(`durationToSeconds('-P1M', { relativeTo: '2024-03-01' }) in ${zone}`, () => {
    // 2024-03-01 - 1 month = 2024-02-01 (UTC midnight): February 2024 has 29 days;
    // -(29 * 86400) = -2505600
    expect(durationToSeconds('-P1M', { relativeTo: '2024-03-01' })).toBe(-2_505_600);
  });
});
