// Reading files named on the command line: bad entries are reported one by one, the rest is read,
// nothing that is not a regular file is opened for a blocking read, and the size cap comes first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readInput, readInputs } from '../../src/io/read-inputs.js';

const dirs: string[] = [];
const servers: Server[] = [];
afterEach(() => {
  servers.splice(0).forEach((s) => s.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-read-'));
  dirs.push(dir);
  return dir;
}

describe('readInputs', () => {
  it('when a folder holds a dangling symlink and a symlink loop then those two are reported and the files are read', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.txt'), 'A headline\n\nSome text.');
    writeFileSync(join(dir, 'c.txt'), 'C headline\n\nMore text.');
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b-dangling.txt'));
    symlinkSync(join(dir, 'loop-2'), join(dir, 'loop-1'));
    symlinkSync(join(dir, 'loop-1'), join(dir, 'loop-2'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'd-link.txt'));
    const { inputs, unreadable } = readInputs([dir], 1000);
    expect(inputs.map((i) => i.name)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt'), join(dir, 'd-link.txt')]);
    expect(unreadable).toEqual([
      { name: join(dir, 'b-dangling.txt'), code: 'bad_link', message: expect.stringContaining('dangling symlink') },
      { name: join(dir, 'loop-1'), code: 'bad_link', message: expect.stringContaining('symlink loop') },
      { name: join(dir, 'loop-2'), code: 'bad_link', message: expect.stringContaining('symlink loop') },
    ]);
  });

  it('when a FIFO with no writer is named, in a folder or directly, then it is refused at once instead of blocking', () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'ok.txt'), 'A headline\n\nSome text.');
    const { inputs, unreadable } = readInputs([dir, join(dir, 'pipe.txt')], 1000);
    expect(inputs.map((i) => i.name)).toEqual([join(dir, 'ok.txt')]);
    expect(unreadable).toHaveLength(2);
    for (const u of unreadable) expect(u).toMatchObject({ code: 'not_regular', message: 'a FIFO (named pipe), not a regular file; only regular files are ingested.' });
  });

  it('when /dev/zero or a socket is named then it is refused with what it is', async () => {
    const dir = folder();
    const socket = join(dir, 'sock');
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    const { inputs, unreadable } = readInputs(['/dev/zero', socket], 1000);
    expect(inputs).toEqual([]);
    expect(unreadable.map((u) => u.message)).toEqual([
      'a character device, not a regular file; only regular files are ingested.',
      'a socket, not a regular file; only regular files are ingested.',
    ]);
    // Opened directly too (the handle is checked, not only the path): refused, never read.
    expect(readInput('/dev/zero', 1000)).toMatchObject({ ok: false, unreadable: { code: 'not_regular' } });
  });

  it('when a file is over the cap then it is refused from its size, without reading it, with the real size', () => {
    const dir = folder();
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 ** 3); // 50 GB, sparse: reading it first would take minutes and the memory
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(3_250_586));
    const { inputs, unreadable } = readInputs([huge, big], 2_097_152);
    expect(inputs).toEqual([]);
    expect(unreadable).toEqual([
      { name: huge, code: 'too_large', message: expect.stringMatching(/^51200 MB is over the 2 MB limit \(MAX_ARTICLE_BYTES=2097152\)/) },
      { name: big, code: 'too_large', message: expect.stringMatching(/^3\.1 MB is over the 2 MB limit \(MAX_ARTICLE_BYTES=2097152\)/) },
    ]);
  });

  it('when a file is exactly at the cap then all of it is read', () => {
    const dir = folder();
    writeFileSync(join(dir, 'at-cap.txt'), 'y'.repeat(200_000));
    const { inputs } = readInputs([join(dir, 'at-cap.txt')], 200_000);
    expect(inputs[0]?.bytes.byteLength).toBe(200_000);
  });

  it('when a named path does not exist then it is one unreadable entry', () => {
    expect(readInputs(['/nonexistent/x.txt'], 1000).unreadable).toEqual([{ name: '/nonexistent/x.txt', code: 'not_found', message: 'no such file or folder.' }]);
  });
});
