#!/usr/bin/env node
// The command's entry point: runs the compiled CLI from dist/ (built by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('spaceflight-stats: dist/ is missing; run "npm run build" first');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
