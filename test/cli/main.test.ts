// The command line's dispatch to its commands, run as the built command.
import { describe, expect, test } from 'vitest';
import { messages } from '../../src/messages.js';
import { runCli } from '../support/run-cli.js';

describe('spaceflight-stats COMMAND', () => {
  test('a command named like an Object.prototype property is unknown: exit 1, one line', async () => {
    // Before, `constructor` and `toString` ran as commands (exit 0, nothing printed) and
    // `__proto__` and `hasOwnProperty` were internal errors (exit 2).
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'launch'];
    const runs = await Promise.all(names.map((name) => runCli([name])));
    runs.forEach((run, i) => {
      const name = names[i] as string;
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`spaceflight-stats: ${messages.unknownCommand(name)}\n`);
      expect(run.stdout).toBe('');
    });
  });
});
