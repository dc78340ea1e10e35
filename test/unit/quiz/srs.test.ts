import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content/types.js';
import {
  type ConceptCards,
  conceptsOfQuestion,
  createDrill,
  deserializeCard,
  dueConcepts,
  dueCount,
  dueQuestions,
  parseCards,
  parseConcept,
  rateConcept,
  ratingsForAnswer,
  recordAnswer,
  serializeCard,
} from '../../../src/quiz/index.js';
import { MIN, multiple, single, T0 } from './fixtures.js';

const DAY = 24 * 60 * MIN;
const tagged = single('trust-001', {
  topic: 'trust-policies',
  misconceptions: ['instance-arn-principal', undefined, 'same-account-only'],
});
const plain = single('trust-002', { topic: 'trust-policies' });
const other = multiple('ecs-001', { topic: 'ecs-roles', misconceptions: ['keys-injected'] });
const bank: Question[] = [tagged, plain, other];

describe('concepts', () => {
  it('are topic + misconception, with untagged wrong options mapped to topic:general', () => {
    expect(conceptsOfQuestion(tagged)).toEqual([
      'trust-policies:instance-arn-principal',
      'trust-policies:general',
      'trust-policies:same-account-only',
    ]);
    expect(conceptsOfQuestion(plain)).toEqual(['trust-policies:general']);
    expect(parseConcept('ecs-roles:keys-injected')).toEqual({ topic: 'ecs-roles', misconception: 'keys-injected' });
    expect(parseConcept('ecs-roles:general')).toEqual({ topic: 'ecs-roles', misconception: null });
  });

  it('rate the chosen misconception Again on a wrong answer and every covered concept Good on a right one', () => {
    expect(ratingsForAnswer(tagged, [1])).toEqual([
      { concept: 'trust-policies:instance-arn-principal', grade: Rating.Again },
    ]);
    expect(ratingsForAnswer(tagged, [2])).toEqual([{ concept: 'trust-policies:general', grade: Rating.Again }]);
    expect(ratingsForAnswer(tagged, [0]).map((r) => r.grade)).toEqual([Rating.Good, Rating.Good, Rating.Good]);
    expect(ratingsForAnswer(other, [0, 2])).toEqual([{ concept: 'ecs-roles:keys-injected', grade: Rating.Again }]);
    expect(ratingsForAnswer(tagged, [])).toEqual([]);
  });
});

describe('FSRS scheduling', () => {
  it('makes Again due sooner than Good', () => {
    const again = rateConcept({}, 'c:again', Rating.Again, T0);
    const good = rateConcept({}, 'c:good', Rating.Good, T0);
    expect(Date.parse(again['c:again']!.due)).toBeLessThan(Date.parse(good['c:good']!.due));
  });

  it('changes due counts as the clock moves', () => {
    let cards: ConceptCards = {};
    cards = recordAnswer(cards, tagged, [1], T0); // wrong: instance-arn-principal Again
    cards = recordAnswer(cards, other, [0, 1], T0); // right: ecs-roles:* Good
    expect(dueConcepts(cards, T0)).toEqual([]);
    expect(dueCount(bank, cards, T0)).toBe(0);

    expect(dueConcepts(cards, T0 + 15 * MIN)).toEqual(['trust-policies:instance-arn-principal']);
    expect(dueQuestions(bank, cards, T0 + 15 * MIN).map((q) => q.id)).toEqual(['trust-001']);

    const later = T0 + 30 * DAY;
    expect(dueConcepts(cards, later)).toEqual([
      'trust-policies:instance-arn-principal',
      'ecs-roles:general',
      'ecs-roles:keys-injected',
    ]);
    expect(dueCount(bank, cards, later)).toBe(2);

    // Reviewing the missed concept right pushes it out again.
    const reviewed = recordAnswer(cards, tagged, [0], T0 + 15 * MIN);
    expect(dueConcepts(reviewed, T0 + 20 * MIN)).toEqual([]);
  });

  it('puts questions with the most overdue concept first', () => {
    let cards: ConceptCards = {};
    cards = recordAnswer(cards, other, [2, 0], T0);
    cards = recordAnswer(cards, plain, [1], T0 + 5 * MIN);
    expect(dueQuestions(bank, cards, T0 + DAY).map((q) => q.id)).toEqual(['ecs-001', 'trust-001', 'trust-002']);
  });
});

describe('card serialisation', () => {
  it('round-trips through plain JSON with ISO dates', () => {
    const cards = recordAnswer(recordAnswer({}, tagged, [0], T0), tagged, [1], T0 + 3 * DAY);
    const json = JSON.parse(JSON.stringify(cards));
    expect(json['trust-policies:general'].due).toMatch(/^\d{4}-\d\d-\d\dT/);
    const parsed = parseCards(json);
    expect(parsed).toEqual({ ok: true, value: cards });
    const card = deserializeCard(cards['trust-policies:general']!);
    expect(card.due).toBeInstanceOf(Date);
    expect(serializeCard(card)).toEqual(cards['trust-policies:general']);
  });

  it('refuses damaged cards with a message naming the concept', () => {
    expect(parseCards([])).toMatchObject({ ok: false });
    expect(parseCards({ 'a:b': { due: 'yesterday' } })).toEqual({
      ok: false,
      message: 'Saved review card "a:b" has no valid due date.',
    });
  });
});

describe('createDrill', () => {
  it('drills the due questions and says when nothing is due', () => {
    const cards = recordAnswer({}, tagged, [1], T0);
    expect(createDrill({ questions: bank, cards, now: T0, seed: 1 })).toEqual({
      ok: false,
      message: 'Nothing is due for review right now.',
    });
    const drill = createDrill({ questions: bank, cards, now: T0 + 15 * MIN, seed: 1 });
    expect(drill.ok).toBe(true);
    if (!drill.ok) return;
    expect(drill.value.state.mode).toBe('drill');
    expect(drill.value.state.items.map((i) => i.questionId)).toEqual(['trust-001']);
    expect(drill.value.notes).toEqual([]);
  });
});
