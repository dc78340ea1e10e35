// Hostile result files, imports and --out targets: names and ids are shown visibly in every
// format, Markdown and CSV cells escape what their format needs, and --out never replaces the
// live store, an input, a link or an existing file (without --force). Nothing is lost.
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/untrusted/formats.js';
import {
  bobResults,
  copyPack,
  editFile,
  expectNothingRaw,
  OSC0,
  OSC8,
  OSC52,
  run,
  tempDir,
} from './support/hostile.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit result files as free-form JSON
type Json = Record<string, any>;
const bob = (): Json => JSON.parse(readFileSync(bobResults, 'utf8'));

/** Bob's results with every answer's topic and question id replaced. */
function bobWithAnswers(questionId: string, topic: string): Json {
  const data = bob();
  for (const answer of data.quiz.answers) {
    answer.questionId = questionId;
    answer.topic = topic;
  }
  return data;
}

function writeJson(file: string, data: Json): string {
  writeFileSync(file, JSON.stringify(data));
  return file;
}

/** A data dir holding an imported copy of `data`, ready to export. */
async function importedStore(root: string, data: Json): Promise<string> {
  const file = writeJson(join(root, 'in.json'), data);
  const result = await run(['progress', 'import', file], root);
  expect(result.code).toBe(0);
  return join(root, 'data');
}

describe('attendee names and result files', () => {
  it('shows an OSC 52 in a result file name visibly in the Markdown report', async () => {
    const { root } = copyPack();
    mkdirSync(join(root, 'results'));
    copyFileSync(bobResults, join(root, 'results', `mallory${OSC52}.json`));
    const result = await run(['workshop', 'report', 'pack', 'results'], root);
    expect(result.code).toBe(0);
    expect(result.out).toContain('1 attendee: mallory␛]52;c;ZWNobyBQV05FRA==␇.');
  });

  it('keeps a file name with a newline and pipes from adding a heading or table columns', async () => {
    const { root } = copyPack();
    mkdirSync(join(root, 'results'));
    copyFileSync(bobResults, join(root, 'results', 'x\n# Injected | heading.json'));
    const result = await run(['workshop', 'report', 'pack', 'results'], root);
    expect(result.code).toBe(0);
    expect(result.out).not.toMatch(/^# Injected/m);
    expect(result.out).toContain('| x␊# Injected \\| heading | ');
  });

  it('cleans escapes inside a result file (topic and question ids) in Markdown and CSV', async () => {
    const { root } = copyPack();
    const file = writeJson(join(root, 'eve.json'), bobWithAnswers(`q${OSC8}`, `which-role-am-i`));
    const md = await run(['workshop', 'report', 'pack', file], root);
    const csv = await run(['workshop', 'report', 'pack', file, '--format', 'csv'], root);
    expect(md.code).toBe(0);
    expect(md.out).toContain('q␛]8;;https://evil.example/␇click␛]8;;␇');
    expect(csv.code).toBe(0);
    expect(csv.out).toContain('q␛]8;;https://evil.example/␇click␛]8;;␇');
  });

  it('refuses a result directory holding a link to /dev/zero, naming it', async () => {
    const { root } = copyPack();
    mkdirSync(join(root, 'results'));
    copyFileSync(bobResults, join(root, 'results', 'bob.json'));
    symlinkSync('/dev/zero', join(root, 'results', 'zero.json'));
    const result = await run(['workshop', 'report', 'pack', 'results'], root);
    expect(result.err).toContain(
      'iam-tutor: results/zero.json: is a symbolic link, not a regular file; only regular files are read\n',
    );
    expect(result.code).toBe(1);
  });

  it('refuses a result file that is not UTF-8, and an empty one', async () => {
    const { root } = copyPack();
    writeFileSync(join(root, 'bad.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    writeFileSync(join(root, 'empty.json'), '');
    const result = await run(['workshop', 'report', 'pack', 'bad.json', 'empty.json'], root);
    expect(result.err).toContain('iam-tutor: bad.json: is not UTF-8 text (save it as UTF-8)\n');
    expect(result.err).toContain(
      'iam-tutor: empty.json: This file is not valid JSON (Unexpected end of JSON input).\n',
    );
    expect(result.code).toBe(1);
  });
});

describe('lesson ids that are Object.prototype keys', () => {
  function packWithLessonId(id: string) {
    const made = copyPack();
    const lesson = join(made.pack, 'lessons', '20-which-role-am-i.md');
    editFile(lesson, (text) => text.replace('id: which-role-am-i\n', `id: ${id}\n`));
    editFile(join(made.pack, 'quizzes', 'which-role-am-i.yaml'), (text) =>
      text.replace('topic: which-role-am-i\n', `topic: ${id}\n`),
    );
    editFile(join(made.pack, 'workshop.yaml'), (text) =>
      text.replace('    id: which-role-am-i\n', `    id: ${id}\n`).replace(', which-role-am-i]', `, ${id}]`),
    );
    return made;
  }

  it('runs the class report for a pack whose lesson id is constructor, with progress on it', async () => {
    const { root } = packWithLessonId('constructor');
    const data = bob();
    data.lessons.byId.constructor = { ...data.lessons.byId['instance-profiles'], completed: true };
    const eve = writeJson(join(root, 'eve.json'), data);
    const result = await run(['workshop', 'report', 'pack', eve, bobResults], root);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\| 8 \| Which role is my code using\? \| lesson \| 1\/2 \|/);
    const prepared = await run(['workshop', 'pack', '--name', 'eve'], root);
    // The pack is fine: without a terminal the TUI cannot start (exit 2), no crash.
    expect(prepared.err).toContain('the interactive tutor needs a terminal');
  });

  it('rejects the lesson ids __proto__ and toString clearly (not kebab-case)', async () => {
    for (const id of ['__proto__', 'toString']) {
      const { root } = packWithLessonId(id);
      const result = await run(['validate', 'pack'], root);
      expect(result.out).toMatch(/pack\/lessons\/20-which-role-am-i\.md:2: id: .*kebab/);
      expect(result.code).toBe(1);
    }
  });
});

describe('progress import and export', () => {
  it('imports topic names with OSC 8 and shows them visibly in the Markdown and CSV exports', async () => {
    const root = tempDir();
    await importedStore(root, bobWithAnswers('q-1', `topic${OSC8}`));
    const md = await run(['progress', 'export', '--format', 'md'], root);
    const csv = await run(['progress', 'export', '--format', 'csv'], root);
    const json = await run(['progress', 'export'], root);
    expect(md.out).toContain('| topic␛]8;;https://evil.example/␇click␛]8;;␇ | 4 |');
    expect(csv.out).toContain(',q-1,topic␛]8;;https://evil.example/␇click␛]8;;␇,');
    expect(json.out).toContain('topic␛]8;;https://evil.example/␇click␛]8;;␇');
    const stored = readFileSync(join(root, 'data', 'progress.json'), 'utf8');
    expectNothingRaw(stored);
    expect(stored).not.toContain('\\u001b');
  });

  it('neutralises CSV formula cells, also after leading spaces, a NUL or a tab', async () => {
    const root = tempDir();
    const data = bob();
    const ids = ['=HYPERLINK("x")', ' =1+1', '\u0000=cmd|x', '\t=2', '@SUM(A1)', '  -3+4', '+5'];
    data.quiz.answers = ids.map((questionId, i) => ({
      ...data.quiz.answers[0],
      questionId,
      at: `2026-11-20T10:1${i}:00.000Z`,
    }));
    await importedStore(root, data);
    const csv = await run(['progress', 'export', '--format', 'csv'], root);
    const cells = csv.out
      .trimEnd()
      .split('\n')
      .slice(1)
      // The answer rows; the topic-verdict rows after them carry no question id.
      .filter((line) => line.startsWith('answer,'))
      .map((line) => line.split(',')[4]);
    // The NUL was shown as ␀ when the file was imported; the cell is still neutralised.
    expect(cells).toEqual(['"\'=HYPERLINK(""x"")"', "' =1+1", "'␀=cmd|x", "'\t=2", "'@SUM(A1)", "'  -3+4", "'+5"]);
    // A raw NUL that reaches the CSV writer directly is caught too, and shown visibly.
    expect(csvCell('\u0000=cmd|x')).toBe("'␀=cmd|x");
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
  });

  it('escapes pipes, newlines and HTML from an imported file in the Markdown export', async () => {
    const root = tempDir();
    const data = bobWithAnswers('q-1', 'a|b');
    data.lessons.lastLessonId = '<img src=x onerror=alert(1)>\n# H1 injected';
    await importedStore(root, data);
    const md = await run(['progress', 'export', '--format', 'md'], root);
    expect(md.out).toContain('| a\\|b | 4 |');
    expect(md.out).toContain('Last opened: &lt;img src=x onerror=alert(1)&gt; # H1 injected.');
    expect(md.out).not.toMatch(/^# H1/m);
  });

  it('refuses to import a directory, naming it', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'dir.json'));
    const result = await run(['progress', 'import', 'dir.json'], root);
    expect(result.err).toBe(
      'iam-tutor: cannot read dir.json: it is a directory, not a regular file; only regular files are read\n',
    );
    expect(result.code).toBe(1);
  });
});

describe('--out', () => {
  async function storeWithProgress(root: string): Promise<string> {
    await importedStore(root, bob());
    return join(root, 'data', 'progress.json');
  }

  it('never replaces the live progress.json, not even with --force', async () => {
    const root = tempDir();
    const store = await storeWithProgress(root);
    const before = readFileSync(store);
    for (const extra of [[], ['--force']]) {
      const result = await run(['progress', 'export', '--format', 'md', '--out', store, ...extra], root);
      expect(result.err).toMatch(
        /^iam-tutor: .*progress\.json is inside the progress data directory .*data; --out never writes there \(not even with --force\)\. Choose a file elsewhere\. Nothing was written\.\n$/,
      );
      expect(result.code).toBe(1);
    }
    expect(readFileSync(store)).toEqual(before);
  });

  it('never writes a new file into the data dir or its lock directory', async () => {
    const root = tempDir();
    await storeWithProgress(root);
    for (const target of ['data/content-cache.json', 'data/progress.json.lock/x', 'data/notes.md']) {
      const result = await run(['progress', 'export', '--out', target, '--force'], root);
      expect(result.code).toBe(1);
      expect(result.err).toContain('--out never writes there');
      expect(existsSync(join(root, target))).toBe(false);
    }
  });

  it('sees through a linked directory that leads into the data dir', async () => {
    const root = tempDir();
    await storeWithProgress(root);
    symlinkSync(join(root, 'data'), join(root, 'via'));
    const result = await run(['progress', 'export', '--out', 'via/progress.json', '--force'], root);
    expect(result.err).toContain('--out never writes there');
    expect(result.code).toBe(1);
  });

  it('does not overwrite an existing file without --force, and replaces it with --force', async () => {
    const root = tempDir();
    await storeWithProgress(root);
    writeFileSync(join(root, 'mine.json'), 'KEEP');
    const refused = await run(['progress', 'export', '--out', 'mine.json'], root);
    expect(refused.err).toBe('iam-tutor: mine.json already exists; add --force to replace it. Nothing was written.\n');
    expect(refused.code).toBe(1);
    expect(readFileSync(join(root, 'mine.json'), 'utf8')).toBe('KEEP');
    const forced = await run(['progress', 'export', '--out', 'mine.json', '--force'], root);
    expect(forced.code).toBe(0);
    expect(forced.err).toMatch(/^Exported .*progress\.json as json to mine\.json\n$/);
    expect(JSON.parse(readFileSync(join(root, 'mine.json'), 'utf8')).version).toBe(2);
  });

  it('does not write through a symbolic link, even with --force', async () => {
    const root = tempDir();
    await storeWithProgress(root);
    writeFileSync(join(root, 'target.txt'), 'OUTSIDE');
    symlinkSync(join(root, 'target.txt'), join(root, 'link.json'));
    const result = await run(['progress', 'export', '--out', 'link.json', '--force'], root);
    expect(result.err).toBe(
      'iam-tutor: link.json is a symbolic link; --out does not write through links. Nothing was written.\n',
    );
    expect(result.code).toBe(1);
    expect(readFileSync(join(root, 'target.txt'), 'utf8')).toBe('OUTSIDE');
  });

  it('refuses a directory as --out, and a directory that does not exist', async () => {
    const root = tempDir();
    await storeWithProgress(root);
    mkdirSync(join(root, 'out.md'));
    const dir = await run(['progress', 'export', '--out', 'out.md', '--force'], root);
    expect(dir.err).toBe('iam-tutor: out.md is a directory; --out writes regular files only. Nothing was written.\n');
    expect(dir.code).toBe(1);
    const missing = await run(['progress', 'export', '--out', 'nowhere/out.md'], root);
    expect(missing.err).toBe('iam-tutor: cannot write nowhere/out.md: its directory does not exist\n');
    expect(missing.code).toBe(1);
  });

  it('never overwrites an attendee result file the report reads, even with --force', async () => {
    const { root } = copyPack();
    const alice = join(root, 'alice.json');
    copyFileSync(bobResults, alice);
    const before = readFileSync(alice);
    const result = await run(['workshop', 'report', 'pack', 'alice.json', '--out', 'alice.json', '--force'], root);
    expect(result.err).toBe(
      'iam-tutor: alice.json is one of the result files this report reads; --out never replaces an input. Nothing was written.\n',
    );
    expect(result.code).toBe(1);
    expect(readFileSync(alice)).toEqual(before);
  });

  it('does not let --out class.md silently replace class.csv, and names both files it writes', async () => {
    const { root } = copyPack();
    writeFileSync(join(root, 'class.csv'), 'MY SPREADSHEET');
    const refused = await run(['workshop', 'report', 'pack', bobResults, '--out', 'class.md'], root);
    expect(refused.err).toBe(
      'iam-tutor: class.csv already exists; add --force to replace it. Nothing was written. (--out class.md writes class.csv too)\n',
    );
    expect(refused.code).toBe(1);
    expect(existsSync(join(root, 'class.md'))).toBe(false);
    expect(readFileSync(join(root, 'class.csv'), 'utf8')).toBe('MY SPREADSHEET');
    const fresh = await run(['workshop', 'report', 'pack', bobResults, '--out', 'new.md'], root);
    expect(fresh.err).toBe('Wrote new.md and new.csv (1 attendee).\n');
    expect(fresh.code).toBe(0);
  });

  it('shows control characters in an --out name visibly', async () => {
    const root = tempDir();
    await storeWithProgress(root);
    writeFileSync(join(root, `x${OSC0}.md`), 'KEEP');
    const result = await run(['progress', 'export', '--out', `x${OSC0}.md`], root);
    expect(result.err).toBe(
      'iam-tutor: x␛]0;PWNED␇.md already exists; add --force to replace it. Nothing was written.\n',
    );
    expect(result.code).toBe(1);
  });
});

describe('arguments', () => {
  it('shows escapes in --name, an unknown command and a pack path visibly, with usage exit 2', async () => {
    const root = tempDir();
    const name = await run(['workshop', 'pack', '--name', `eve${OSC52}`], root);
    expect(name.code).toBe(2);
    expect(name.err).toContain('"eve␛]52;c;ZWNobyBQV05FRA==␇" cannot be used as an attendee name');
    const command = await run([`x${OSC0}`], root);
    expect(command.code).toBe(2);
    expect(command.err).toContain("iam-tutor: unknown command 'x␛]0;PWNED␇'");
    const pack = await run(['validate', `p${OSC0}`], root);
    expect(pack.code).toBe(2);
    expect(pack.out).toContain('iam-tutor validate: p␛]0;PWNED␇: no such directory');
  });
});
