/** The data script end to end: exit status, atomic replacement, and leaving old output alone on failure. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);

async function buildData(raw: string, out: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--raw', raw, '--out', out]).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** Every file under `dir` (each edition's folder too), by its path relative to `dir`. */
async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true })).sort();
  const files = await Promise.all(
    names.map(async (name) => [name, await readFile(join(dir, name), 'utf8').catch(() => undefined)] as const),
  );
  return Object.fromEntries(files.filter((file): file is readonly [string, string] => file[1] !== undefined));
}

// Each test starts Node processes; allow for a busy machine.
describe('scripts/build-data.ts', { timeout: 60_000 }, () => {
  test('two runs give byte-identical output', async () => {
    const work = await mkdtemp(join(tmpdir(), 'left-open-'));
    expect((await buildData('tests/fixtures/raw', join(work, 'a'))).code).toBe(0);
    expect((await buildData('tests/fixtures/raw', join(work, 'b'))).code).toBe(0);
    expect(await snapshotDir(join(work, 'a'))).toEqual(await snapshotDir(join(work, 'b')));
  });

  test('bad input exits 1, names file and line, and leaves the previous output untouched', async () => {
    const work = await mkdtemp(join(tmpdir(), 'left-open-'));
    const raw = join(work, 'raw');
    const out = join(work, 'derived');
    await cp('tests/fixtures/raw', raw, { recursive: true });
    expect((await buildData(raw, out)).code).toBe(0);
    const before = await snapshotDir(out);

    const facts = await readFile(join(raw, 'facts.csv'), 'utf8');
    await writeFile(join(raw, 'facts.csv'), facts.replace('servers,number,5,', 'servers,number,-5,'));
    const result = await buildData(raw, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/facts\.csv:3 column "value": .*rule: schema.*Fix:/);
    expect(await snapshotDir(out)).toEqual(before);
  });
});
