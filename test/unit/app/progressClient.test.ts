import { describe, expect, it } from 'vitest';
import { memoryProgressClient, ProgressClient, progressWithLessons } from '../../../src/app/index.js';
import { createMemoryProgressStore, type ProgressStore } from '../../../src/progress/index.js';

const NOW = Date.UTC(2026, 0, 1);

/** A memory store that counts reads and writes. */
function countingStore() {
  const inner = createMemoryProgressStore({ now: () => NOW });
  const counts = { reads: 0, writes: 0 };
  const store: ProgressStore = {
    ...inner,
    read: () => {
      counts.reads += 1;
      return inner.read();
    },
    update: (mutator, options) => {
      counts.writes += 1;
      return inner.update(mutator, options);
    },
  };
  return { store, counts, inner };
}

describe('ProgressClient', () => {
  it('re-reads the store only when its copy is older than maxAgeMs by the clock passed in', () => {
    const { store, counts, inner } = countingStore();
    let clock = 0;
    const client = new ProgressClient(store, () => clock, 1000);
    client.current();
    client.current();
    expect(counts.reads).toBe(1);
    // Another tutor writes; seen once the copy has aged.
    inner.update((draft) => {
      draft.settings.examDate = '2026-03-01';
    });
    clock = 999;
    expect(client.current().settings.examDate).toBeUndefined();
    clock = 1001;
    expect(client.current().settings.examDate).toBe('2026-03-01');
    expect(counts.reads).toBe(2);
  });

  it('keeps what it wrote without a read, one store write per call', () => {
    const { store, counts } = countingStore();
    const client = new ProgressClient(store, () => 0);
    client.lessons.savePosition('alpha', 2, 5);
    client.setExamDate('2026-04-01');
    expect(counts.writes).toBe(2);
    expect(client.lessons.get('alpha')).toMatchObject({ completed: false, section: 2, scroll: 5, checks: {} });
    expect(client.current().settings.examDate).toBe('2026-04-01');
    expect(counts.reads).toBe(0);
  });

  it('gives lessons, checks and completion back through the lesson port', () => {
    const client = memoryProgressClient({
      now: () => NOW,
      initial: progressWithLessons(NOW, { beta: { completed: false, section: 1, scroll: 3, checks: {} } }, 'beta'),
    });
    expect(client.lessons.lastLessonId()).toBe('beta');
    expect(client.lessons.get('beta')).toMatchObject({
      section: 1,
      scroll: 3,
      lastOpenedAt: '2026-01-01T00:00:00.000Z',
    });
    client.lessons.saveCheck('beta', 'q1', true);
    client.lessons.complete('beta');
    expect(client.lessons.get('beta')).toMatchObject({ completed: true, checks: { q1: { correct: true } } });
    expect(client.lessons.get('gamma')).toBeUndefined();
  });

  it('records an answer and its cards in one write through the quiz port', () => {
    const { store, counts } = countingStore();
    const client = new ProgressClient(store, () => 0);
    client.quiz.answer(
      { questionId: 'q1', topic: 't', correct: true, chosen: [0], misconceptions: [], mode: 'practice', at: NOW },
      (saved) => ({ ...saved }),
    );
    expect(counts.writes).toBe(1);
    expect(client.current().quiz.answers).toHaveLength(1);
  });
});
