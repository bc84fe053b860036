// checkOutputFolder() and writeReport(): a report never deletes what it did not write.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { load } from '../../src/load/load.js';
import { messages } from '../../src/messages.js';
import { checkOutputFolder, REPORT_MARKER } from '../../src/report/check-output-folder.js';
import { writeReport } from '../../src/report/write-report.js';
import { page, spacecraftRecord } from '../support/sample.js';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'sfs-out-'));
const loadSmall = () => load({ json: page([spacecraftRecord({ id: 1 })]) });

describe('checkOutputFolder(out, inputs)', () => {
  test('checkOutputFolder(absent or empty folder) allows it', async () => {
    const dir = await tempDir();
    await expect(checkOutputFolder(path.join(dir, 'new'), [])).resolves.toBeUndefined();
    await expect(checkOutputFolder(dir, [])).resolves.toBeUndefined();
  });

  test('checkOutputFolder(earlier report plus a file of the user) refuses, naming the file', async () => {
    const out = path.join(await tempDir(), 'r');
    await writeReport(await loadSmall(), { out });
    await writeFile(path.join(out, 'mynotes.txt'), 'keep');
    await mkdir(path.join(out, 'mysub'));
    await expect(checkOutputFolder(out, [])).rejects.toThrow(
      messages.outputHasOtherFiles(out, ['mynotes.txt', 'mysub/']),
    );
  });

  test('checkOutputFolder(folder holding an input) refuses', async () => {
    const out = await tempDir();
    const input = path.join(out, 'mydata.json');
    await expect(checkOutputFolder(out, [input])).rejects.toThrow(
      messages.outputHoldsInput(out, input),
    );
  });

  test('checkOutputFolder(the current folder or one holding it) refuses', async () => {
    await expect(checkOutputFolder('.', [])).rejects.toThrow(
      messages.outputHoldsCwd(process.cwd()),
    );
    const parent = path.dirname(process.cwd());
    await expect(checkOutputFolder(parent, [])).rejects.toThrow(messages.outputHoldsCwd(parent));
  });

  test('checkOutputFolder(a link or a file) refuses', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'real'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'link'));
    await writeFile(path.join(dir, 'file'), 'x');
    await expect(checkOutputFolder(path.join(dir, 'link'), [])).rejects.toThrow(
      messages.outputIsLink(path.join(dir, 'link')),
    );
    await expect(checkOutputFolder(path.join(dir, 'file'), [])).rejects.toThrow(
      messages.outputIsFile(path.join(dir, 'file')),
    );
  });
});

describe('writeReport(loaded, { out })', () => {
  test('writeReport(twice to one folder) replaces the earlier report whole', async () => {
    const out = path.join(await tempDir(), 'r');
    const first = await writeReport(await loadSmall(), { out });
    const second = await writeReport(await loadSmall(), { out });
    expect(second.files).toEqual(first.files);
    const marker = JSON.parse(await readFile(path.join(out, REPORT_MARKER), 'utf8'));
    expect(marker).toEqual({ written_by: 'spaceflight-stats', files: first.files });
    expect(second.warnings).toEqual([]);
  });

  test('writeReport(out under a file) fails with a message, leaving no temporary folder', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'afile'), 'x');
    const out = path.join(dir, 'afile', 'sub');
    await expect(writeReport(await loadSmall(), { out })).rejects.toThrow(
      messages.cannotWrite(out, 'ENOTDIR'),
    );
    expect(existsSync(path.join(dir, 'afile'))).toBe(true);
  });
});
