// Files of a pack that are not what they claim, or too big, or built to explode the YAML parser.
// Each is refused as `file:line: message` with exit 1, and validate still reports the other files.
// (FIFOs and /dev/zero, which hang or fill memory if ever opened, run in a child process: see
// processes.test.ts.)
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bobResults, copyPack, editFile, problemLines, run } from './support/hostile.js';

const SYMLINK = 'is a symbolic link, not a regular file; only regular files are read';
let server: Server | undefined;

afterEach(() => {
  server?.close();
  server = undefined;
});

/** A bank with a plain error of its own, to show one refused file does not stop the others. */
function addBrokenBank(pack: string): string {
  writeFileSync(join(pack, 'quizzes', 'broken.yaml'), 'topic: which-role-am-i\nquestions: 3\n');
  return 'pack/quizzes/broken.yaml:2: questions: must be a list (found 3)';
}

function billionLaughs(tail: string): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n${tail}`;
}

describe('pack files that are not regular files inside the pack', () => {
  it('refuses lessons/ as a symbolic link leaving the pack, without reading what it points to', async () => {
    const { root, pack } = copyPack();
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, '99-secret.md'), 'SECRET CONTENT\n');
    rmSync(join(pack, 'lessons'), { recursive: true });
    symlinkSync(outside, join(pack, 'lessons'));
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toContain(
      `pack/lessons:1: ${SYMLINK} (a pack's lessons/ and quizzes/ must be real directories)`,
    );
    expect(result.out).not.toContain('secret');
    expect(result.code).toBe(1);
  });

  it('refuses a lesson that is a symbolic link, even to a file inside the pack', async () => {
    const { root, pack } = copyPack();
    symlinkSync(join(pack, 'lessons', '20-which-role-am-i.md'), join(pack, 'lessons', '21-copy.md'));
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual([`pack/lessons/21-copy.md:1: ${SYMLINK}`]);
    expect(result.code).toBe(1);
  });

  it('refuses workshop.yaml linked to /etc/passwd and never quotes the target', async () => {
    const { root, pack } = copyPack();
    rmSync(join(pack, 'workshop.yaml'));
    symlinkSync('/etc/passwd', join(pack, 'workshop.yaml'));
    for (const argv of [
      ['validate', 'pack'],
      ['workshop', 'pack', '--name', 'eve'],
      ['workshop', 'report', 'pack', bobResults],
    ]) {
      const result = await run(argv, root);
      expect(result.out + result.err).toContain(`pack/workshop.yaml:1: ${SYMLINK}`);
      expect(result.out + result.err).not.toContain('root:');
      expect(result.code).toBe(1);
    }
  });

  it('refuses a socket named like a question bank without opening it', async () => {
    const { root, pack } = copyPack();
    const socket = join(pack, 'quizzes', 'sock.yaml');
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(socket, resolve));
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual([
      'pack/quizzes/sock.yaml:1: is a socket, not a regular file; only regular files are read',
    ]);
    expect(result.code).toBe(1);
  });
});

describe('size caps', () => {
  it('refuses a 50 MB workshop.yaml from its size, before parsing it', async () => {
    const { root, pack } = copyPack();
    const step = '  - kind: lesson\n    id: iam-basics\n    title: step\n';
    const body = Buffer.from(step.repeat(Math.ceil((50 * 1024 * 1024) / step.length)));
    writeFileSync(
      join(pack, 'workshop.yaml'),
      Buffer.concat([Buffer.from('title: Big\nminutes: 10\nagenda:\n'), body]),
    );
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual([
      'pack/workshop.yaml:1: is 50.0 MB, over the 1.0 MB limit for one file; it was not read',
    ]);
    expect(result.code).toBe(1);
  });

  it('refuses a 2 MB lesson and goes on with the other files', async () => {
    const { root, pack } = copyPack();
    writeFileSync(join(pack, 'lessons', '21-huge.md'), `---\n${'x'.repeat(2 * 1024 * 1024)}\n`);
    const broken = addBrokenBank(pack);
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual(
      expect.arrayContaining([
        'pack/lessons/21-huge.md:1: is 2.0 MB, over the 1.0 MB limit for one file; it was not read',
        broken,
      ]),
    );
    expect(result.code).toBe(1);
  });

  it('stops reading a pack whose files pass 16 MB in all', async () => {
    const { root, pack } = copyPack();
    const chunk = `# ${'y'.repeat(1000 * 1024)}\n`;
    for (let i = 0; i < 17; i++) writeFileSync(join(pack, 'quizzes', `big-${String(i).padStart(2, '0')}.yaml`), chunk);
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toContain(
      'pack/quizzes/big-16.yaml:1: the content here passes 16.0 MB in all; this file and the rest were not read',
    );
    expect(result.code).toBe(1);
  });
});

describe('YAML built to exhaust the parser', () => {
  it('reports an alias bomb in workshop.yaml at its line, exit 1, never "please report"', async () => {
    const { root, pack } = copyPack();
    writeFileSync(
      join(pack, 'workshop.yaml'),
      billionLaughs('title: B\nminutes: 10\nagenda:\n  - kind: lesson\n    id: iam-basics\n    title: *a9\n'),
    );
    const broken = addBrokenBank(pack);
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual(
      expect.arrayContaining([
        'pack/workshop.yaml:2: YAML: too many aliases (*name): more than 100 expansions; the file was not read further',
        broken,
      ]),
    );
    expect(result.code).toBe(1);
    const report = await run(['workshop', 'report', 'pack', bobResults], root);
    expect(report.code).toBe(1);
  });

  it('reports an alias bomb in a question bank the same way', async () => {
    const { root, pack } = copyPack();
    writeFileSync(join(pack, 'quizzes', 'bomb.yaml'), billionLaughs('topic: which-role-am-i\nquestions: *a9\n'));
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toContain(
      'pack/quizzes/bomb.yaml:2: YAML: too many aliases (*name): more than 100 expansions; the file was not read further',
    );
    expect(result.code).toBe(1);
  });

  it('reports 100 000-deep nesting as too deep to read', async () => {
    const { root, pack } = copyPack();
    const deep = `title: D\nminutes: 10\nagenda: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    writeFileSync(join(pack, 'workshop.yaml'), deep);
    const result = await run(['validate', 'pack'], root);
    expect(problemLines(result.out)).toEqual(['pack/workshop.yaml:3: YAML: nested too deeply to read']);
    expect(result.code).toBe(1);
  });

  it('refuses nesting deeper than 64 levels that the parser itself would accept', async () => {
    const { root, pack } = copyPack();
    editFile(join(pack, 'workshop.yaml'), (text) => `${text}x-deep: ${'['.repeat(70)}${']'.repeat(70)}\n`);
    const result = await run(['validate', 'pack'], root);
    const line = readFileSync(join(pack, 'workshop.yaml'), 'utf8').split('\n').length - 1;
    expect(problemLines(result.out)).toEqual([
      `pack/workshop.yaml:${line}: YAML: nested too deeply (more than 64 levels)`,
    ]);
    expect(result.code).toBe(1);
  });
});

describe('directories the user names', () => {
  it('validates a content directory named through a link (the user chose it), but not a linked lessons/ in a pack', async () => {
    const { root, pack } = copyPack();
    symlinkSync(join(pack, 'quizzes'), join(root, 'my-banks'));
    const result = await run(['validate', 'my-banks'], root);
    expect(result.out).not.toContain('symbolic link');
    expect(result.out.trimEnd().split('\n').at(-1)).toMatch(
      /^0 lessons \(0 checks\), 4 questions .*: \d+ errors?, \d+ warnings?$/,
    );
  });
});
