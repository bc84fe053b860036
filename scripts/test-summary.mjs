// The last line of `npm test`: every test of the run in one count, for people and for CI.
// Reads Vitest's JSON report and the notebook runner's summary.json from .test-results/
// (written by `npm run test:unit` and `npm run test:notebooks`) and prints
// `tests: N passed, N failed, N skipped`, exiting 1 when anything failed or nothing ran.
import { readFileSync } from 'node:fs';

const results = new URL('../.test-results/', import.meta.url);
const vitest = JSON.parse(readFileSync(new URL('vitest.json', results), 'utf8'));
const notebooks = JSON.parse(readFileSync(new URL('notebooks/summary.json', results), 'utf8'));

const runs = notebooks.notebooks;
const passed = vitest.numPassedTests + runs.filter((run) => run.passed).length;
const failed = vitest.numFailedTests + runs.filter((run) => !run.passed).length;
const skipped = vitest.numPendingTests + vitest.numTodoTests;
console.log(`(${vitest.numTotalTests} unit and end-to-end tests, ${runs.length} notebook runs)`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
