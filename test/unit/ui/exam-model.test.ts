import { describe, expect, it } from 'vitest';
import { createExam, type ExamState, examReducer } from '../../../src/quiz/index.js';
import { type ExamScreenAction, examModelReduce, startExamModel } from '../../../src/ui/screens/quiz/examModel.js';
import { multiple, single, T0 } from '../quiz/fixtures.js';

const bank = [single('a-1'), single('a-2'), multiple('m-1')];

function start(): ExamState {
  const created = createExam({ questions: bank, count: 3, seed: 7 });
  if (!created.ok) throw new Error(created.message);
  // The runner gets a running exam.
  const running = examReducer(created.value.state, { type: 'start', now: T0 });
  return running;
}

const run = (actions: ExamScreenAction[]) =>
  actions.reduce((model, action) => examModelReduce(model, action, bank), startExamModel(start(), bank));

describe('the exam screen model', () => {
  it('a letter chooses and saves the choice; Enter confirms it and moves on, in one run of keys', () => {
    const model = run([
      { type: 'answer', action: { type: 'choose', position: 1 }, now: T0 },
      { type: 'answer', action: { type: 'move', by: 1 }, now: T0 },
      { type: 'answer', action: { type: 'confirm' }, now: T0 },
    ]);
    const first = start().items[0]!;
    expect(first.questionId).not.toBe('m-1'); // this seed puts a single-answer question first
    // The choice (position 1), not the cursor (position 2), is the answer.
    expect(model.exam.answers[0]).toEqual([first.optionOrder[1]]);
    expect(model.exam.current).toBe(1);
    expect(model.answer).toMatchObject({ chosen: [], cursor: 0 });
  });

  it('keeps an incomplete multiple response as a draft, says so on leaving, and saves it when complete', () => {
    let model = startExamModel(start(), bank);
    const multipleAt = model.exam.items.findIndex((item) => item.questionId === 'm-1');
    model = examModelReduce(model, { type: 'grid', open: true }, bank);
    model = examModelReduce(model, { type: 'grid-move', by: multipleAt - model.gridCursor }, bank);
    model = examModelReduce(model, { type: 'grid-open', now: T0 }, bank);
    expect(model.exam.current).toBe(multipleAt);
    model = examModelReduce(model, { type: 'answer', action: { type: 'choose', position: 0 }, now: T0 }, bank);
    expect(model.message?.text).toMatch(/^1 of \d chosen\.$/);
    expect(model.exam.answers[multipleAt] ?? []).toEqual([]);
    const away = multipleAt === 0 ? 1 : 0;
    const left = examModelReduce(model, { type: 'grid', open: true }, bank);
    const moved = examModelReduce(
      examModelReduce(left, { type: 'grid-move', by: away - left.gridCursor }, bank),
      { type: 'grid-open', now: T0 },
      bank,
    );
    expect(moved.message?.text).toContain(`Question ${multipleAt + 1} is still unanswered`);
    const need = model.exam.items[multipleAt]!.choose;
    for (let p = 1; p < need; p++) {
      model = examModelReduce(model, { type: 'answer', action: { type: 'choose', position: p }, now: T0 }, bank);
    }
    expect(model.message?.text).toBe(`Answer saved (${need} of ${need} chosen).`);
    expect(model.exam.answers[multipleAt]).toHaveLength(need);
  });

  it('asks before leaving, returns to where it was on n, and marks the way out on y', () => {
    const asked = run([
      { type: 'grid', open: true },
      { type: 'ask', mode: 'confirm-quit' },
    ]);
    expect(asked.mode).toBe('confirm-quit');
    expect(examModelReduce(asked, { type: 'reply', yes: false, now: T0 }, bank).mode).toBe('grid');
    expect(examModelReduce(asked, { type: 'reply', yes: true, now: T0 }, bank).leaving).toBe('quit');
  });
});
