// Runs doc comment examples as ES modules against the built kit; used by
// test/docs/doc-examples.test.ts. Usage: node run-examples.mjs PLAN.json RESULTS.json
//
// PLAN.json: { root, work, examples: [{ id, module, code, candidates }] }, where `code` is
// the example as JavaScript (see test/support/doc-examples.ts), `module` the dist file of
// the module it documents and `candidates` the names it uses without binding them. Each of
// those that the kit's index or that module exports is bound first. Every example runs in
// its own module file under `work` (which holds links to the project's node_modules and
// data), with `work` as working folder, so an example that writes a file writes it there.
// No example may reach the network: fetch and every socket connect are refused unless they
// aim at the loopback address. RESULTS.json gets, per example, the error it threw (or null)
// and each stated result with whether the value matched.
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect, isDeepStrictEqual } from 'node:util';

const [planFile, resultsFile] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
guardNetwork();
symlinkSync(path.join(plan.root, 'data'), path.join(plan.work, 'data'), 'dir');
process.chdir(plan.work);

// Refuses any connection that is not to this machine's loopback address.
function guardNetwork() {
  const loopback = (host) => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
  const refuse = (host) => {
    throw new Error(`doc examples may not reach the network (tried ${host})`);
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const host = new URL(typeof input === 'string' ? input : input.url).hostname;
    return loopback(host) ? realFetch(input, init) : Promise.reject(refuse(host));
  };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const options = typeof args[0] === 'object' ? args[0] : { port: args[0], host: args[1] };
    const host = options.host ?? 'localhost';
    if (!options.path && !loopback(host)) refuse(host);
    return connect.apply(this, args);
  };
}
const kitUrl = pathToFileURL(path.join(plan.root, 'dist/index.js')).href;
const kit = await import(kitUrl);

let checks = [];
globalThis.__docCheck = (line, actual, expected, expression) => {
  const ok = isDeepStrictEqual(actual, expected);
  checks.push({ line, expression, ok, actual: show(actual), expected: show(expected) });
};

function show(value) {
  return inspect(value, { depth: 6, breakLength: Infinity });
}

// The example's module text: bindings for the kit's names it uses, then its own code.
async function moduleText(example) {
  const ownUrl = pathToFileURL(example.module).href;
  const own = await import(ownUrl);
  const fromKit = example.candidates.filter((name) => name in kit);
  const fromOwn = example.candidates.filter((name) => !(name in kit) && name in own);
  const lines = [];
  if (fromKit.length) lines.push(`import { ${fromKit.join(', ')} } from '${kitUrl}';`);
  if (fromOwn.length) lines.push(`import { ${fromOwn.join(', ')} } from '${ownUrl}';`);
  const code = example.code.replaceAll(/from '(spaceflight-stats)'/g, `from '${kitUrl}'`);
  return `${lines.join('\n')}\n${code}`;
}

const results = [];
for (const example of plan.examples) {
  checks = [];
  let error = null;
  try {
    const file = path.join(plan.work, `example-${example.id}.mjs`);
    writeFileSync(file, await moduleText(example));
    await import(pathToFileURL(file).href);
  } catch (thrown) {
    error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  }
  results.push({ id: example.id, error, checks });
}
writeFileSync(resultsFile, JSON.stringify(results, null, 2));
