import { practiceAnswer } from '../../helpers/progress.js';
import { captureIo, cliFlags as flags } from '../../helpers/cliIo.js';
import { csvRecords } from '../../helpers/csv.js';
import { emptyProgress } from '../../../src/progress/index.js';
import { COMPETENCY_RULE_TEXT } from '../../../src/quiz/competency-rule.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workshopReportCommand } from '../../../src/cli/commands/workshop-report.js';
import {
  attendeeNameOf,
  buildClassReport,
  classReportCsv,
  classReportMarkdown,
  loadWorkshopPack,
  packIsUsable,
  REPORT_CSV_COLUMNS,
  readResults,
} from '../../../src/workshop/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const pack = 'workshops/instance-profiles-101';
const results = 'test/unit/workshop/fixtures/results';
const now = Date.UTC(2026, 10, 22);

function classReport() {
  const load = loadWorkshopPack(pack, { cwd: repoRoot });
  if (!packIsUsable(load)) throw new Error('example pack should load');
  const read = readResults([`${results}/alice.json`, `${results}/bob.json`], { cwd: repoRoot, nowMs: now });
  expect(read.problems).toEqual([]);
  return buildClassReport({
    workshop: load.workshop,
    packName: load.name,
    content: load.content,
    attendees: read.attendees,
  });
}

describe('class report aggregation', () => {
  const report = classReport();

  it('counts finished and started per step, and sums scores and hints', () => {
    expect(report.attendees).toEqual(['alice', 'bob']);
    expect(report.steps.map((s) => [s.number, s.kind, s.finished, s.started])).toEqual([
      [1, 'lesson', 1, 2],
      [2, 'challenge', 1, 2],
      [3, 'challenge', 1, 1],
      [4, 'lesson', 0, 0],
      [5, 'challenge', 0, 0],
      [6, 'lesson', 0, 0],
      [7, 'challenge', 0, 0],
      [8, 'lesson', 0, 0],
      [9, 'quiz', 1, 2],
    ]);
    expect(report.steps[0]!.score).toEqual({ correct: 1, answered: 2 });
    expect(report.steps[1]!.hintsUsed).toBe(3);
    expect(report.steps[2]!.hintsUsed).toBe(0);
    // Alice 7 of 10 plus Bob 1 of 4.
    expect(report.steps[8]!.score).toEqual({ correct: 8, answered: 14 });
  });

  it('ranks the most common wrong answers and their misconceptions', () => {
    const quiz = report.steps[8]!;
    expect(quiz.commonWrong.map((w) => [w.label.split(':')[0], w.count])).toEqual([
      ['trust-policies-001', 2],
      ['which-role-am-i-001', 2],
      ['ec2-credentials-001', 1],
    ]);
    // The label names the option chosen, from the pack's own bank here.
    expect(quiz.commonWrong[1]!.label).toBe(
      "which-role-am-i-001: The instance profile's ID, because the profile is the caller",
    );
    expect(quiz.misconceptions).toEqual([
      { label: 'instance-arn-principal', count: 2 },
      { label: 'profile-issues-credentials', count: 2 },
      { label: 'long-term-keys-on-instance', count: 1 },
    ]);
    // A lesson's most missed check comes with its stem.
    expect(report.steps[0]!.commonWrong).toEqual([
      { label: expect.stringMatching(/^instance-profiles-101: A teammate describes the setup/), count: 1 },
    ]);
  });

  it('renders Markdown with a summary table, a section per step and an attendee grid', () => {
    const md = classReportMarkdown(report);
    expect(md.split('\n').slice(0, 7)).toEqual([
      '# Class report: Instance profiles 101',
      '',
      'Pack `instance-profiles-101`, 90 minutes, 2 attendees: alice, bob.',
      '',
      '| # | Step | Kind | Finished | Score | Notes |',
      '|---|---|---|---|---|---|',
      '| 1 | Lesson: what an instance profile is (and is not) | lesson | 1/2 | 50% (1/2 checks) |  |',
    ]);
    expect(md).toContain(
      '| 2 | Sandbox: give an EC2 app read access to a DynamoDB table | challenge | 1/2 |  | 3 hints |',
    );
    expect(md).toContain(
      '| 9 | Closing quiz: 10 questions | quiz | 1/2 | 57% (8/14) | top misconception: instance-arn-principal |',
    );
    expect(md).toContain('## 9. Closing quiz: 10 questions');
    expect(md).toContain(
      'Quiz on Instance profiles, Trust policies, How credentials reach your code on EC2, Which role is my code using?, 10 min. Finished by 1 of 2; started by 2.',
    );
    expect(md).toContain('Answers: 8 of 14 right (57%).');
    const quiz = report.steps[8]!;
    const missed = quiz.missedQuestions.find((m) => m.questionId === 'which-role-am-i-001')!;
    expect(missed.mostChosenWrong).toEqual({
      text: "The instance profile's ID, because the profile is the caller",
      count: 2,
    });
    expect(missed.question).not.toBe('which-role-am-i-001'); // quoted from the bank, not the id
    expect(md).toContain(
      `- "${missed.question}" (\`which-role-am-i-001\`): 2 of ${missed.answered} answers wrong; most chosen wrong option: "The instance profile's ID, because the profile is the caller" (2×)`,
    );
    expect(md).toContain('- profile-issues-credentials (2×)');
    expect(md).toContain('| Attendee | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | Done |');
    expect(md).toContain('| alice | ✓ | ✓ | ✓ | · | · | · | · | · | ✓ | 4/9 |');
    expect(md).toContain('| bob | … | … | · | · | · | · | · | · | … | 0/9 |');
  });

  it('renders CSV with one row per step and quoted cells', () => {
    const rows = classReportCsv(report).trimEnd().split('\n');
    expect(rows[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(10);
    expect(rows[1]).toBe(
      '1,lesson,instance-profiles,Lesson: what an instance profile is (and is not),14,2,1,2,1,2,50,,' +
        '"instance-profiles-101: A teammate describes the setup on a new EC2 instance as ""the instance… (1)",,,,',
    );
    expect(rows[2]).toBe(
      '2,challenge,guided-ec2-dynamodb,Sandbox: give an EC2 app read access to a DynamoDB table,14,2,1,2,,,,3,,,,,',
    );
    expect(rows[9]).toMatch(
      /^9,quiz,instance-profiles\+trust-policies\+ec2-credentials\+which-role-am-i,Closing quiz: 10 questions,10,2,1,2,8,14,57,,"trust-policies-001: .+ \(2\); which-role-am-i-001: .+ \(2\); ec2-credentials-001: .+ \(1\)",instance-arn-principal \(2\); profile-issues-credentials \(2\); long-term-keys-on-instance \(1\),"[^"]/,
    );
  });

  it('quotes the questions missed most in the CSV: stem, id, wrong of answered, the wrong option chosen most', () => {
    const quizRow = csvRecords(classReportCsv(report))[8]!;
    const missed = report.steps[8]!.missedQuestions.find((m) => m.questionId === 'which-role-am-i-001')!;
    expect(missed.question).toMatch(/^An application on an EC2 instance/);
    const items = quizRow.missed_questions!.split(' | ');
    expect(items).toHaveLength(report.steps[8]!.missedQuestions.length);
    expect(items).toContain(
      `${missed.question} (which-role-am-i-001): 2 of ${missed.answered} wrong; most chosen wrong option: The instance profile's ID, because the profile is the caller (2)`,
    );
  });

  it('keeps a missed question the bank lacks, and a stem that looks like a formula, inert in the CSV', () => {
    const quiz = report.steps[8]!;
    const hostile = {
      ...report,
      steps: [
        {
          ...quiz,
          missedQuestions: [
            { questionId: 'gone-99', wrong: 1, answered: 1 },
            { questionId: 'pack-7', question: '=HYPERLINK("http://x","y")', wrong: 1, answered: 2 },
          ],
        },
      ],
    };
    expect(csvRecords(classReportCsv(hostile))[0]!.missed_questions).toBe(
      `(not in this version's bank) (gone-99): 1 of 1 wrong | =HYPERLINK("http://x","y") (pack-7): 1 of 2 wrong`,
    );
    expect(classReportMarkdown(hostile)).toContain("- (not in this version's bank) (`gone-99`): 1 of 1 answer wrong");
    const formula = classReportCsv({
      ...hostile,
      steps: [{ ...quiz, missedQuestions: hostile.steps[0]!.missedQuestions.slice(1) }],
    });
    expect(csvRecords(formula)[0]!.missed_questions).toBe(`'=HYPERLINK("http://x","y") (pack-7): 1 of 2 wrong`);
  });
});

/** The example class plus carol (six trust-policies answers, two right; five instance-profiles, all right) and dora (none). */
function judgedClass() {
  const load = loadWorkshopPack(pack, { cwd: repoRoot });
  if (!packIsUsable(load)) throw new Error('example pack should load');
  const read = readResults([`${results}/alice.json`, `${results}/bob.json`], { cwd: repoRoot, nowMs: now });
  const carol = emptyProgress(now);
  const at = new Date(now).toISOString();
  const answer = (topic: string, correct: boolean, n: number) => practiceAnswer(topic, correct, `${topic}-00${n}`, at);
  for (let n = 1; n <= 6; n++) carol.quiz.answers.push(answer('trust-policies', n <= 2, n));
  for (let n = 1; n <= 5; n++) carol.quiz.answers.push(answer('instance-profiles', true, n));
  const dora = emptyProgress(now);
  dora.lessons.byId['instance-profiles'] = { completed: true, section: 0, checks: {}, lastOpenedAt: at };
  return buildClassReport({
    workshop: load.workshop,
    packName: load.name,
    content: load.content,
    attendees: [...read.attendees, { name: 'carol', data: carol }, { name: 'dora', data: dora }],
  });
}

describe('topic verdicts in the class report: the one rule, stated once, and what each rests on', () => {
  const report = judgedClass();

  it('judges each attendee’s topics by the rule, with titles and the answers each verdict rests on', () => {
    const carol = report.verdicts.find((v) => v.name === 'carol')!;
    expect(carol.topics.map((t) => [t.title, t.correct, t.answered, t.words])).toEqual([
      ['Trust policies', 2, 6, 'Weak'],
      ['Instance profiles', 5, 5, 'Meets competencies'],
    ]);
  });

  it('Markdown: a verdict line per attendee under the rule, stated once', () => {
    const md = classReportMarkdown(report);
    expect(md).toContain('## Topic verdicts');
    expect(md).toContain(
      '| carol | Weak: Trust policies (2 of 6 right); Meets competencies: Instance profiles (5 of 5 right) |',
    );
    expect(md).toMatch(/\| bob \| Too few to judge: .*\(0 of 1 right\).* \|/);
    expect(md).toContain('| dora | no questions answered |');
    expect(md.split(COMPETENCY_RULE_TEXT).length - 1).toBe(1);
  });

  it('CSV: the quiz step’s row gives each attendee’s verdicts in its topics, and the rule once', () => {
    const rows = csvRecords(classReportCsv(report));
    const quiz = rows[8]!;
    expect(quiz.topic_verdicts!.split(' | ')).toContain(
      'carol: Weak: Trust policies (2 of 6 right); Meets competencies: Instance profiles (5 of 5 right)',
    );
    expect(quiz.topic_verdicts).not.toContain('dora');
    expect(quiz.verdict_rule).toBe(COMPETENCY_RULE_TEXT);
    expect(rows.filter((row) => row.verdict_rule !== '')).toHaveLength(1);
    expect(rows[0]!.topic_verdicts).toBe('');
  });
});

describe('reading result files', () => {
  it('names attendees after their files, and after the directory of a progress.json', () => {
    expect(attendeeNameOf('/x/alice.json')).toBe('alice');
    expect(attendeeNameOf('/x/bob.progress.json')).toBe('bob');
    expect(attendeeNameOf('/data/workshops/pack/carol/progress.json')).toBe('carol');
  });

  it('reads every .json in a directory', () => {
    const read = readResults([results], { cwd: repoRoot, nowMs: now });
    expect(read.problems).toEqual([]);
    expect(read.attendees.map((a) => a.name)).toEqual(['alice', 'bob']);
  });

  it("reads the attendees' data dirs under <data dir>/workshops/<pack>/, or one of them", () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-class-'));
    for (const name of ['alice', 'bob']) {
      mkdirSync(join(dir, name));
      copyFileSync(join(repoRoot, results, `${name}.json`), join(dir, name, 'progress.json'));
      // The app keeps a content cache next to the progress file; it is not a result.
      writeFileSync(join(dir, name, 'content-cache.json'), '{"format":1}');
    }
    const all = readResults([dir], { cwd: repoRoot, nowMs: now });
    expect(all.problems).toEqual([]);
    expect(all.attendees.map((a) => a.name)).toEqual(['alice', 'bob']);
    const one = readResults([join(dir, 'bob')], { cwd: repoRoot, nowMs: now });
    expect(one.attendees.map((a) => a.name)).toEqual(['bob']);
  });

  it('counts an export named twice, or also found through its directory, once', () => {
    const read = readResults([`${results}/alice.json`, `${results}/alice.json`, results], {
      cwd: repoRoot,
      nowMs: now,
    });
    expect(read.problems).toEqual([]);
    expect(read.attendees.map((a) => a.name)).toEqual(['alice', 'bob']);
  });

  it('reports a file that is not an export, and a missing one, without a stack trace', () => {
    const read = readResults(
      [
        'test/unit/workshop/fixtures/bad/not-an-export.json',
        'test/unit/workshop/fixtures/bad/not-json.json',
        'nope.json',
      ],
      { cwd: repoRoot, nowMs: now },
    );
    expect(read.attendees).toEqual([]);
    expect(read.problems[0]).toBe('nope.json: no such file');
    expect(read.problems[1]).toMatch(
      /^test\/unit\/workshop\/fixtures\/bad\/not-an-export\.json: This file is not an iam-tutor progress export:/,
    );
    expect(read.problems[2]).toMatch(
      /^test\/unit\/workshop\/fixtures\/bad\/not-json\.json: This file is not valid JSON/,
    );
    expect(read.problems.join('\n')).not.toMatch(/\n\s+at /);
  });
  it('rejects {} and an export with no progress, naming the file, instead of counting an attendee', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-empty-'));
    const blank = join(dir, 'carol.json');
    const empty = JSON.parse(readFileSync(join(repoRoot, results, 'alice.json'), 'utf8'));
    empty.quiz.answers = [];
    empty.quiz.attempts = [];
    empty.lessons.byId = {};
    empty.sandbox.challenges = {};
    delete empty.lessons.lastLessonId;
    writeFileSync(blank, JSON.stringify(empty));
    const read = readResults(['test/unit/workshop/fixtures/bad/empty-object.json', blank], {
      cwd: repoRoot,
      nowMs: now,
    });
    expect(read.attendees).toEqual([]);
    expect(read.problems[0]).toBe(
      'test/unit/workshop/fixtures/bad/empty-object.json: This file is not an iam-tutor progress export: it has no "version" field (make one with `iam-tutor progress export --format json`)',
    );
    expect(read.problems[1]).toMatch(
      /carol\.json: holds no progress \(no answer, lesson or challenge\), so it is not counted as an attendee/,
    );
  });
});

describe('iam-tutor workshop report', () => {
  it('prints Markdown to stdout, or CSV with --format csv', () => {
    const md = captureIo({ cwd: repoRoot });
    expect(workshopReportCommand([pack, results], flags(), md.io, () => now)).toBe(0);
    expect(md.out()).toMatch(/^# Class report: Instance profiles 101\n/);
    const csv = captureIo({ cwd: repoRoot });
    expect(workshopReportCommand([pack, `${results}/alice.json`], flags({ format: 'csv' }), csv.io, () => now)).toBe(0);
    expect(csv.out().split('\n')[0]).toBe(REPORT_CSV_COLUMNS.join(','));
  });

  it('writes FILE.md and FILE.csv next to it with --out FILE.md', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-report-'));
    const t = captureIo({ cwd: repoRoot });
    expect(workshopReportCommand([pack, results], flags({ out: join(dir, 'class.md') }), t.io, () => now)).toBe(0);
    expect(readFileSync(join(dir, 'class.md'), 'utf8')).toContain('| alice | ✓ |');
    expect(readFileSync(join(dir, 'class.csv'), 'utf8').split('\n')[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    expect(t.err()).toMatch(/^Wrote .*class\.md and .*class\.csv \(2 attendees\)\.\n$/);
  });

  it('writes the asked format to a file whose name says neither, and refuses a contradiction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-tutor-report-'));
    const t = captureIo({ cwd: repoRoot });
    expect(
      workshopReportCommand([pack, results], flags({ format: 'csv', out: join(dir, 'class.txt') }), t.io, () => now),
    ).toBe(0);
    expect(readFileSync(join(dir, 'class.txt'), 'utf8').split('\n')[0]).toBe(REPORT_CSV_COLUMNS.join(','));
    const clash = captureIo({ cwd: repoRoot });
    expect(
      workshopReportCommand([pack, results], flags({ format: 'md', out: join(dir, 'rep.csv') }), clash.io, () => now),
    ).toBe(2);
    expect(clash.err()).toMatch(/--format md does not match --out/);
    expect(existsSync(join(dir, 'rep.csv'))).toBe(false);
  });

  it('refuses bad input with a message and the right exit code', () => {
    const missing = captureIo({ cwd: repoRoot });
    expect(workshopReportCommand(['no/such/pack', results], flags(), missing.io, () => now)).toBe(2);
    expect(missing.err()).toBe('iam-tutor: no/such/pack: no such directory\n');
    const noResults = captureIo({ cwd: repoRoot });
    expect(workshopReportCommand([pack], flags(), noResults.io, () => now)).toBe(2);
    const bad = captureIo({ cwd: repoRoot });
    expect(
      workshopReportCommand([pack, 'test/unit/workshop/fixtures/bad/not-an-export.json'], flags(), bad.io, () => now),
    ).toBe(1);
    expect(bad.err()).toMatch(/not an iam-tutor progress export/);
    expect(bad.err()).toMatch(/no report written/);
    expect(bad.out()).toBe('');
  });
});
