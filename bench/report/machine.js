// What the benchmark ran on: the machine, its load, and the versions of every tool compared.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../generate/templates.js';

/** The machine and the versions, read now. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg(),
    node: process.version,
    kit: `${packageVersion(ROOT)} at ${gitCommit()}`,
    arquero: packageVersion(path.join(ROOT, 'node_modules/arquero')),
    duckdbNodeApi: packageVersion(path.join(ROOT, 'node_modules/@duckdb/node-api')),
  };
}

/** The 1, 5 and 15 minute load averages, now. */
export function loadAverage() {
  return os.loadavg();
}

function packageVersion(folder) {
  try {
    return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

function gitCommit() {
  try {
    const run = (args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = run(['status', '--porcelain', '--', 'src']) ? ' (src/ changed since)' : '';
    return `commit ${run(['rev-parse', '--short', 'HEAD'])}${dirty}`;
  } catch {
    return 'an unknown commit';
  }
}
