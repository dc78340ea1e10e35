import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  createMemoryProgressStore,
  emptyProgress,
  exportProgress,
  importProgress,
  isExportFormat,
  openProgressStore,
  ProgressImportError,
  recordAnswer,
} from '../../../src/progress/index.js';
import { COMPETENCY_RULE_TEXT, MEETS_PERCENT, MIN_ANSWERS } from '../../../src/quiz/competency-rule.js';
import { progressData } from './support/arbitraries.js';
import { sampleProgress } from './support/sample-data.js';
import { createTempDirs } from './support/temp-dirs.js';
import { practiceAnswer } from '../../helpers/progress.js';

const tempDir = createTempDirs();
const NOW = Date.UTC(2026, 10, 22, 21, 30, 0);
const freshStore = () => createMemoryProgressStore({ now: () => NOW });
const withoutMeta = ({ meta: _meta, ...rest }: { meta: unknown }) => rest;

function importError(text: string): ProgressImportError {
  try {
    importProgress(freshStore(), text);
  } catch (error) {
    if (error instanceof ProgressImportError) return error;
    throw error;
  }
  throw new Error('import did not fail');
}

describe('JSON export and import', () => {
  it('round-trips into an empty store through a real file store', () => {
    const data = sampleProgress();
    const store = openProgressStore({ dataDir: tempDir(), now: () => NOW });
    const summary = importProgress(store, exportProgress(data, 'json'));
    expect(summary).toEqual({
      answersAdded: 2,
      attemptsAdded: 1,
      lessonsNewlyCompleted: 1,
      challengesNewlyCompleted: 1,
      // The sample's review card and sandbox world are reported too (an import took them silently).
      state: { cardsAdded: 1, cardsReplaced: 0, examReplaced: 'none', worldReplaced: 'added' },
    });
    expect(withoutMeta(store.read())).toEqual(withoutMeta(data));
  });

  it('round-trips any valid data, and importing it again adds nothing', () => {
    fc.assert(
      fc.property(progressData, (data) => {
        const store = freshStore();
        const text = exportProgress(data, 'json');
        importProgress(store, text);
        expect(withoutMeta(store.read())).toEqual(withoutMeta(data));
        expect(importProgress(store, text)).toEqual({
          answersAdded: 0,
          attemptsAdded: 0,
          lessonsNewlyCompleted: 0,
          challengesNewlyCompleted: 0,
        });
      }),
    );
  });

  it('merges into existing progress instead of replacing it', () => {
    const store = freshStore();
    recordAnswer(store, { questionId: 'mine-1', topic: 'iam-basics', correct: true, chosen: [0], mode: 'practice' });
    importProgress(store, exportProgress(sampleProgress(), 'json'));
    expect(
      store
        .read()
        .quiz.answers.map((a) => a.questionId)
        .sort(),
    ).toEqual(['ecs-roles-004', 'mine-1', 'trust-policies-001']);
  });

  it('imports an export from version 0 and a file with a byte order mark', () => {
    const store = freshStore();
    importProgress(
      store,
      JSON.stringify({
        answers: [{ questionId: 'old', topic: 't', correct: true, chosen: [1], mode: 'drill', at: NOW - 1000 }],
      }),
    );
    importProgress(store, `\uFEFF${exportProgress(sampleProgress(), 'json')}`);
    expect(store.read().quiz.answers).toHaveLength(3);
  });

  it('says when the file is not JSON', () => {
    expect(importError('{"version": 1,').message).toMatch(/^This file is not valid JSON \(.+\)\.$/);
  });

  it('lists what is wrong, with the place in the file', () => {
    const data = sampleProgress() as unknown as {
      quiz: { answers: { chosen: unknown }[] };
      settings: { examDate: string };
    };
    data.quiz.answers[1]!.chosen = ['B'];
    data.settings.examDate = 'soon';
    const error = importError(JSON.stringify(data));
    expect(error.message.split('\n')[0]).toBe('This file is not an iam-tutor progress export:');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toMatch(/ {2}- quiz\.answers\[1\]\.chosen\[0\]: /);
    expect(error.message).toMatch(/ {2}- settings\.examDate: /);
  });

  it('refuses a file from a newer iam-tutor and says what to do', () => {
    expect(importError(JSON.stringify({ version: 7 })).message).toBe(
      'This file comes from a newer iam-tutor (progress format 7); this one reads format 2. Update iam-tutor to import it.',
    );
  });

  it('refuses something that is not progress at all', () => {
    expect(importError('[1, 2, 3]').message).toMatch(/not an iam-tutor progress export/);
    expect(importError('{"name": "my-app"}').message).toMatch(/not an iam-tutor progress export/);
  });

  it('leaves the store untouched when an import fails', () => {
    const store = freshStore();
    recordAnswer(store, { questionId: 'mine', topic: 't', correct: true, chosen: [0], mode: 'drill' });
    const before = store.read();
    expect(() => importProgress(store, '{"version": 1}')).toThrow(ProgressImportError);
    expect(store.read()).toEqual(before);
  });
});

describe('CSV export', () => {
  it('has one row per answer and per attempt, in time order, under a fixed header', () => {
    const lines = exportProgress(sampleProgress(), 'csv').trimEnd().split('\n');
    expect(lines).toEqual([
      CSV_COLUMNS.join(','),
      'answer,2026-11-20T10:30:00.000Z,exam,exam-1,trust-policies-001,trust-policies,false,0;2,instance-arn-principal,,,,,,,,,',
      'answer,2026-11-20T10:31:00.000Z,exam,exam-1,ecs-roles-004,ecs-roles,true,1,,,,,,,,,,',
      'attempt,2026-11-20T10:32:00.000Z,exam,exam-1,,,,,,2026-11-20T10:29:00.000Z,2,1,550,false,trust-policies=0/1;ecs-roles=1/1,2=1/2,,',
      `rule,,,,,,,,,,,,,,,,,"${COMPETENCY_RULE_TEXT}"`,
      'topic,,,,,trust-policies,,,,,1,0,,,,,Too few to judge,',
      'topic,,,,,ecs-roles,,,,,1,1,,,,,Too few to judge,',
    ]);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    const data = emptyProgress(NOW);
    data.quiz.answers.push({
      questionId: '=HYPERLINK("x")',
      topic: 'a,b',
      correct: true,
      chosen: [],
      misconceptions: [],
      mode: 'drill',
      at: new Date(NOW).toISOString(),
    });
    const row = exportProgress(data, 'csv').split('\n')[1];
    expect(row).toBe(`answer,2026-11-22T21:30:00.000Z,drill,,"'=HYPERLINK(""x"")","a,b",true,,,,,,,,,,,`);
    // The topic's own row is defused too.
    expect(exportProgress(data, 'csv')).toContain('\ntopic,,,,,"a,b",,,,,1,1,,,,,Too few to judge,\n');
  });

  it('is just the header when there is nothing to export', () => {
    expect(exportProgress(emptyProgress(NOW), 'csv')).toBe(`${CSV_COLUMNS.join(',')}\n`);
  });
});

describe('Markdown export', () => {
  it('summarises lessons, answers per topic, attempts, challenges and the exam date', () => {
    const md = exportProgress(sampleProgress(), 'md');
    expect(md).toContain('# iam-tutor progress');
    expect(md).toContain('1 of 2 opened lessons completed. Last opened: instance-profiles.');
    expect(md).toContain('| trust-policies | yes (2026-11-20) | 5 | 1/1 | 2026-11-20 10:10 UTC |');
    expect(md).toContain('2 answered, 1 correct (50%).');
    expect(md).toContain('| ecs-roles | 1 | 1 | 100% |');
    expect(md).toContain('| 2026-11-20 10:32 UTC | exam | 1/2 (50%) | 550 | not passed |');
    expect(md).toContain('| trust-instance-arn | yes (2026-11-20) | 1 |');
    expect(md).toContain('Exam date: 2026-12-31.');
  });

  it('says when a part is empty and escapes table pipes', () => {
    const data = emptyProgress(NOW);
    data.sandbox.challenges['a|b'] = { completed: false, hintsUsed: 0 };
    const md = exportProgress(data, 'md');
    expect(md).toContain('No lessons opened yet.');
    expect(md).toContain('No questions answered yet.');
    expect(md).toContain('No quiz attempts yet.');
    expect(md).toContain('| a\\|b | no | 0 |');
  });
});

/** Six answers in trust-policies (2 right), five in iam-basics (5 right), one in ecs-roles. */
function judgedProgress() {
  const data = emptyProgress(NOW);
  const at = new Date(NOW).toISOString();
  const answer = (topic: string, correct: boolean, n: number) => practiceAnswer(topic, correct, `${topic}-${n}`, at);
  for (let n = 0; n < 6; n++) data.quiz.answers.push(answer('trust-policies', n < 2, n));
  for (let n = 0; n < 5; n++) data.quiz.answers.push(answer('iam-basics', true, n));
  data.quiz.answers.push(answer('ecs-roles', false, 0));
  return data;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('topic verdicts in every export format: the one rule, stated once, and what each rests on', () => {
  it('Markdown: a verdict per topic, a line of verdicts with their answers, and the rule', () => {
    const md = exportProgress(judgedProgress(), 'md');
    expect(md).toContain('| Topic | Answered | Correct | Accuracy | Verdict |');
    expect(md).toContain('| trust-policies | 6 | 2 | 33% | Weak |');
    expect(md).toContain('| iam-basics | 5 | 5 | 100% | Meets competencies |');
    expect(md).toContain('| ecs-roles | 1 | 0 | 0% | Too few to judge |');
    expect(md).toContain(
      '\nWeak: Trust policies (2 of 6 right); Meets competencies: IAM in one picture (5 of 5 right); Too few to judge: ECS: instance role, task role, task execution role (0 of 1 right)\n',
    );
    expect(count(md, COMPETENCY_RULE_TEXT)).toBe(1);
  });

  it('CSV: one rule row, then a row per topic with its verdict, answers and right answers', () => {
    const rows = exportProgress(judgedProgress(), 'csv').trimEnd().split('\n');
    const at = (column: string) => CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number]);
    const topics = rows
      .filter((row) => row.startsWith('topic,'))
      .map((row) => row.split(','))
      .map((cells) => [cells[at('topic')], cells[at('total')], cells[at('correct_count')], cells[at('verdict')]]);
    expect(topics).toEqual([
      ['iam-basics', '5', '5', 'Meets competencies'],
      ['trust-policies', '6', '2', 'Weak'],
      ['ecs-roles', '1', '0', 'Too few to judge'],
    ]);
    expect(rows.filter((row) => row.startsWith('rule,'))).toEqual([
      `rule${','.repeat(at('rule'))}"${COMPETENCY_RULE_TEXT}"`,
    ]);
    expect(count(rows.join('\n'), COMPETENCY_RULE_TEXT)).toBe(1);
  });

  it('JSON: the rule, its numbers and per topic answered, correct and the verdict, and it still imports', () => {
    const text = exportProgress(judgedProgress(), 'json');
    const parsed = JSON.parse(text) as { competency: unknown };
    expect(parsed.competency).toEqual({
      rule: COMPETENCY_RULE_TEXT,
      minAnswers: MIN_ANSWERS,
      meetsPercent: MEETS_PERCENT,
      topics: [
        {
          topic: 'iam-basics',
          title: 'IAM in one picture',
          answered: 5,
          correct: 5,
          verdict: 'meets',
          words: 'Meets competencies',
          weak: false,
        },
        {
          topic: 'trust-policies',
          title: 'Trust policies',
          answered: 6,
          correct: 2,
          verdict: 'below',
          words: 'Weak',
          weak: true,
        },
        {
          topic: 'ecs-roles',
          title: 'ECS: instance role, task role, task execution role',
          answered: 1,
          correct: 0,
          verdict: 'too-few',
          words: 'Too few to judge',
          weak: false,
        },
      ],
    });
    const store = freshStore();
    expect(importProgress(store, text).answersAdded).toBe(12);
    expect(store.read()).not.toHaveProperty('competency');
  });
});

describe('isExportFormat', () => {
  it('accepts json, csv and md only', () => {
    expect(['json', 'csv', 'md', 'xml', ''].filter(isExportFormat)).toEqual(['json', 'csv', 'md']);
  });
});
