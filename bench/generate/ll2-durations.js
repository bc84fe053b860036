// LL2 durations for the generator: read the day and time parts of a real value, and write a
// new value the way LL2 does (`P0D` for zero, zero parts left out, six-digit fractions).
// This is the generator's own small reader, independent of the kit's durationToSeconds.

const LL2_DURATION = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * The seconds of an LL2 duration with days, hours, minutes and seconds only.
 *
 * @param {string} text
 * @returns {{ seconds: number, fractional: boolean }}
 */
export function readDuration(text) {
  const match = LL2_DURATION.exec(text);
  if (!match) throw new Error(`bench generator: unexpected duration ${text}`);
  const [, sign, d = '0', h = '0', m = '0', s = '0'] = match;
  const seconds = Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
  return { seconds: sign ? -seconds : seconds, fractional: s.includes('.') };
}

/**
 * An LL2 duration for a number of seconds: `P[nD][T[nH][nM][n[.ffffff]S]]`, `P0D` for zero.
 *
 * @param {number} seconds whole seconds
 * @param {number | null} micros a fraction of a second in microseconds, or null for none
 */
export function writeDuration(seconds, micros = null) {
  if (seconds === 0 && !micros) return 'P0D';
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.abs(seconds);
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = rest - minutes * 60;
  const fraction = micros ? `.${String(micros).padStart(6, '0')}` : '';
  let time = '';
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (secs || fraction) time += `${secs}${fraction}S`;
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * A varied copy of a real duration: null stays null, `P0D` stays `P0D`, any other value is
 * scaled by a random factor in [0.5, 1.5), keeping a fraction where the real value had one.
 *
 * @param {unknown} real
 * @param {ReturnType<typeof import('./rng.js').seededRandom>} rng
 */
export function varyDuration(real, rng) {
  if (typeof real !== 'string') return real ?? null;
  const { seconds, fractional } = readDuration(real);
  if (seconds === 0) return real;
  const scaled = Math.max(1, Math.round(Math.abs(seconds) * rng.between(0.5, 1.5)));
  const micros = fractional ? rng.int(1, 999999) : null;
  return writeDuration(seconds < 0 ? -scaled : scaled, micros);
}
