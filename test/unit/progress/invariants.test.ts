// Two tutors open on one store, and imports made while one is open: every change is applied to
// what is saved now, per item, never by writing back a copy loaded earlier. Before, one answer in
// instance B undid instance A's 7 review-card updates, and an open session undid an import.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  completeLesson,
  importProgress,
  openProgressStore,
  type ProgressStore,
  recordAnswer,
  updateFsrsCards,
} from '../../../src/progress/index.js';
import { ProgressClient } from '../../../src/app/index.js';
import { seededRandom } from './support/run-child.js';
import { sampleProgress } from './support/sample-data.js';
import { createTempDirs, steppingClock } from './support/temp-dirs.js';

const tempDir = createTempDirs();
const card = (reps: number, at = '2026-12-01T00:00:00.000Z') => ({
  due: at,
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps,
  lapses: 0,
  state: 2,
  last_review: at,
});

function twoStores(): [ProgressStore, ProgressStore] {
  const dir = tempDir();
  const clock = steppingClock();
  return [openProgressStore({ dataDir: dir, now: clock }), openProgressStore({ dataDir: dir, now: clock })];
}

describe('changes are applied to what is saved now, per item', () => {
  it("a session's card update keeps the other instance's 7 card updates", () => {
    const [a, b] = twoStores();
    for (let i = 0; i < 7; i++) updateFsrsCards(a, (saved) => ({ ...saved, [`c${i}`]: card(1) }));
    // B's session starts and loads every card as it is now.
    const bPort = new ProgressClient(b, () => 0, 1e9).quiz;
    const loaded = bPort.loadCards() as Record<string, { reps: number }>;
    expect(Object.keys(loaded)).toHaveLength(7);
    // A reviews all 7 concepts again.
    for (let i = 0; i < 7; i++) updateFsrsCards(a, (saved) => ({ ...saved, [`c${i}`]: card(2) }));
    // B answers once, rating one other concept; its change gets the saved cards, and returning
    // all of them (as the quiz engine's updateCards does) must not undo A's reviews.
    bPort.updateCards((saved) => ({ ...saved, mine: card(1) }));
    const cards = a.read().quiz.fsrsCards;
    expect(Object.keys(cards).sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'mine']);
    for (let i = 0; i < 7; i++) expect(cards[`c${i}`]).toEqual(card(2));
  });

  it('a card the change rates is rated from its saved state, not from the copy loaded earlier', () => {
    const [a, b] = twoStores();
    const stale = b.read().quiz.fsrsCards; // B loads first
    updateFsrsCards(a, () => ({ c: card(3) }));
    updateFsrsCards(b, (saved) => ({ c: { ...(saved.c ?? card(0)), reps: Number(saved.c?.reps ?? 0) + 1 } }));
    expect(stale).toEqual({});
    expect(a.read().quiz.fsrsCards.c?.reps).toBe(4);
  });

  it('an import made while a session is open is not undone by its next answer', () => {
    const [session, importer] = twoStores();
    const port = new ProgressClient(session, () => 0, 1e9).quiz;
    port.loadCards();
    const file = sampleProgress();
    file.quiz.fsrsCards = { imported: card(9) };
    importProgress(importer, JSON.stringify(file));
    port.recordAnswer({
      questionId: 'q',
      topic: 't',
      correct: true,
      chosen: [0],
      misconceptions: [],
      mode: 'practice',
      at: Date.UTC(2026, 11, 2),
    });
    port.updateCards((saved) => ({ ...saved, answered: card(1) }));
    const saved = session.read();
    expect(saved.quiz.fsrsCards.imported).toEqual(card(9));
    expect(saved.quiz.answers.map((x) => x.questionId)).toEqual([...file.quiz.answers.map((x) => x.questionId), 'q']);
  });

  it("the port's one-write answer keeps an import made while the session was open", () => {
    const [session, importer] = twoStores();
    const port = new ProgressClient(session, () => 0, 1e9).quiz;
    port.loadCards();
    const file = sampleProgress();
    file.quiz.fsrsCards = { imported: card(9) };
    importProgress(importer, JSON.stringify(file));
    const event = {
      questionId: 'q',
      topic: 't',
      correct: true,
      chosen: [0],
      misconceptions: [],
      mode: 'practice' as const,
      at: Date.UTC(2026, 11, 2),
    };
    port.answer(event, (saved) => ({ ...saved, answered: card(1) }));
    const saved = session.read();
    expect(saved.quiz.fsrsCards.imported).toEqual(card(9));
    expect(saved.quiz.fsrsCards.answered).toEqual(card(1));
    expect(saved.quiz.answers.map((x) => x.questionId)).toEqual([...file.quiz.answers.map((x) => x.questionId), 'q']);
  });

  it('random interleavings of two instances lose no answer, card or lesson', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 5; round++) {
      const stores = twoStores();
      const expectedAnswers: string[] = [];
      const expectedCards = new Map<string, number>();
      const expectedLessons = new Set<string>();
      for (let step = 0; step < 40; step++) {
        const store = stores[Math.floor(random() * 2)] as ProgressStore;
        const pick = random();
        if (pick < 0.4) {
          const id = `q${round}-${step}`;
          recordAnswer(store, { questionId: id, topic: 't', correct: true, chosen: [0], mode: 'drill' });
          expectedAnswers.push(id);
        } else if (pick < 0.8) {
          const concept = `c${Math.floor(random() * 5)}`;
          updateFsrsCards(store, (saved) => ({ [concept]: card(Number(saved[concept]?.reps ?? 0) + 1) }));
          expectedCards.set(concept, (expectedCards.get(concept) ?? 0) + 1);
        } else {
          const lesson = `lesson-${Math.floor(random() * 3)}`;
          completeLesson(store, lesson);
          expectedLessons.add(lesson);
        }
      }
      for (const store of stores) {
        const data = store.read();
        expect(data.quiz.answers.map((a) => a.questionId)).toEqual(expectedAnswers);
        for (const [concept, reps] of expectedCards) expect(data.quiz.fsrsCards[concept]?.reps).toBe(reps);
        expect(Object.keys(data.lessons.byId).sort()).toEqual([...expectedLessons].sort());
      }
    }
  }, 60_000); // 200 locked, fsynced writes: about 4 s, far more on a loaded machine

  it('a read sees a file another writer replaced, even one of the same size', () => {
    const [a] = twoStores();
    recordAnswer(a, { questionId: 'aaaa', topic: 't', correct: true, chosen: [0], mode: 'drill' });
    const text = fs.readFileSync(a.path, 'utf8');
    const swapped = text.replace('"aaaa"', '"bbbb"');
    expect(swapped.length).toBe(text.length);
    fs.writeFileSync(a.path, swapped);
    expect(a.read().quiz.answers.map((x) => x.questionId)).toEqual(['bbbb']);
  });

  it('lesson and challenge ids that name Object.prototype members are plain data', () => {
    const [a] = twoStores();
    completeLesson(a, 'constructor');
    completeLesson(a, 'toString');
    const data = a.read();
    expect(Object.keys(data.lessons.byId).sort()).toEqual(['constructor', 'toString']);
    expect(data.lessons.byId.hasOwnProperty).toBeUndefined();
    expect(data.quiz.fsrsCards.constructor).toBeUndefined();
  });
});
