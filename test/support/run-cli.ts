// Runs the built command (bin/spaceflight-stats.js, over dist/) as a child process.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './real-data.js';

const BIN = path.join(root, 'bin/spaceflight-stats.js');

/** What a run of the command gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `spaceflight-stats ...args` in `cwd`; the test command builds dist/ first. */
export function runCli(args: string[], cwd: string = root): Promise<CliRun> {
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) {
    throw new Error('dist/ is missing: run "npm run build" (npm test does) before these tests');
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? 1) : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
    });
  });
}
