#!/usr/bin/env node
// The command's entry point: runs the compiled CLI from dist/ (built by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('spaceflight-stats: dist/ is missing; run "npm run build" first');
  process.exit(2);
}
// A reader that stops early (`describe ... | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
