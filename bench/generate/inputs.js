// Writes the scaled input files of one benchmark run into its temporary folder: spacecraft
// pages at each size, and flight pages for the pipeline (one flight per 100 spacecraft, each
// flight about 17 KB of JSON with its nested launch and spacecraft).
import path from 'node:path';
import { flightRecord } from './flight-record.js';
import { spacecraftRecord } from './spacecraft-record.js';
import { readTemplates } from './templates.js';
import { writePages } from './write-pages.js';

/** Spacecraft configurations per real one: the real one and numbered variants. */
export const CONFIG_VARIANTS = 5;
/** Flights written for the pipeline per this many spacecraft. */
export const SPACECRAFT_PER_FLIGHT = 100;

/**
 * One data set per size: its spacecraft pages, its flight pages, their files and bytes.
 *
 * @param {string} folder a new temporary folder
 * @param {number[]} sizes spacecraft counts
 * @param {number} seed
 */
export function writeInputs(folder, sizes, seed) {
  const templates = readTemplates();
  const sets = sizes.map((spacecraftCount) => {
    const plan = { seed, templates, configVariants: CONFIG_VARIANTS, spacecraftCount };
    const label = sizeLabel(spacecraftCount);
    const spacecraft = writePages(
      path.join(folder, `spacecraft-${label}`),
      'spacecraft',
      spacecraftCount,
      (i) => spacecraftRecord(i, plan),
    );
    const flightCount = Math.max(1, Math.round(spacecraftCount / SPACECRAFT_PER_FLIGHT));
    const flights = writePages(
      path.join(folder, `flights-${label}`),
      'spacecraft_flights',
      flightCount,
      (i) => flightRecord(i, plan),
    );
    return { label, spacecraftCount, flightCount, spacecraft, flights };
  });
  return { sets, templates };
}

/** 1k, 10k, 100k, 1M. */
export function sizeLabel(count) {
  if (count >= 1e6 && count % 1e6 === 0) return `${count / 1e6}M`;
  if (count >= 1e3 && count % 1e3 === 0) return `${count / 1e3}k`;
  return String(count);
}
