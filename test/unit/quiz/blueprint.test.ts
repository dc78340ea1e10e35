import { describe, expect, it } from 'vitest';
import {
  blueprintCoverage,
  DOMAIN_WEIGHTS,
  describeCoverage,
  TASK_STATEMENTS,
  taskShareOfBlueprint,
  tasksOfDomain,
} from '../../../src/quiz/index.js';
import { acrossDomain2Tasks, many } from './fixtures.js';

describe('the CLF-C02 blueprint', () => {
  it('lists 4 + 4 + 8 + 3 task statements whose shares add up to their domain weights', () => {
    expect([1, 2, 3, 4].map((d) => tasksOfDomain(d as 1 | 2 | 3 | 4).length)).toEqual([4, 4, 8, 3]);
    for (const domain of [1, 2, 3, 4] as const) {
      const sum = tasksOfDomain(domain).reduce((s, t) => s + taskShareOfBlueprint(t.id), 0);
      expect(sum).toBeCloseTo(DOMAIN_WEIGHTS[domain], 10);
    }
    expect(TASK_STATEMENTS.reduce((s, t) => s + taskShareOfBlueprint(t.id), 0)).toBeCloseTo(1, 10);
    expect(taskShareOfBlueprint('2.9')).toBe(0);
  });
});

describe('blueprintCoverage', () => {
  it('counts domain 2 in full only when every one of its tasks has a question', () => {
    const all4 = blueprintCoverage(acrossDomain2Tasks('d2', 8));
    expect(all4.domains[1]).toMatchObject({ domain: 2, full: true, tasksWithQuestions: ['2.1', '2.2', '2.3', '2.4'] });
    expect(all4.coveredShare).toBeCloseTo(0.3, 10);
    expect(all4.fullDomainsShare).toBeCloseTo(0.3, 10);
    expect(describeCoverage(all4)).toBe(
      'This mock covers 30% of the CLF-C02 blueprint in full (domain 2); 8 of 8 questions are in scope.',
    );

    const three = blueprintCoverage(acrossDomain2Tasks('d2', 8).filter((q) => q.task !== '2.4'));
    expect(three.domains[1]!.full).toBe(false);
    // 2.1 + 2.2 + 2.3 = 25 of 31 bullets of a 30% domain.
    expect(three.coveredShare).toBeCloseTo((0.3 * 25) / 31, 10);
    expect(describeCoverage(three)).toBe(
      'This mock touches 3 of 4 tasks of domain 2 with 6 questions (a real exam of this length asks about 2 there); 6 of 6 questions are in scope.',
    );
  });

  it('adds the parts of other domains and counts beyond-scope questions as out of scope', () => {
    const bank = [
      ...acrossDomain2Tasks('d2', 4),
      ...many('d1', 2, { domain: 1, task: '1.2' }),
      ...many('d3', 1, { domain: 3, task: '3.8' }),
      ...many('d4', 1, { domain: 4, task: '4.3' }),
      ...many('bx', 3),
    ];
    const coverage = blueprintCoverage(bank);
    const partsShare = taskShareOfBlueprint('1.2') + taskShareOfBlueprint('3.8') + taskShareOfBlueprint('4.3');
    expect(coverage.coveredShare).toBeCloseTo(0.3 + partsShare, 10);
    expect(coverage).toMatchObject({ questions: 11, inScope: 8 });
    expect(describeCoverage(coverage)).toBe(
      'This mock covers 30% of the CLF-C02 blueprint in full (domain 2) and touches 3 of 15 tasks of domains 1, 3 and 4 with 4 questions (a real exam of this length asks about 8 there); 8 of 11 questions are in scope.',
    );
  });

  it('ignores a task the guide does not list, or one that belongs to another domain', () => {
    const odd = [...many('x', 2, { domain: 2, task: '2.9' }), ...many('y', 1, { domain: 2, task: '3.1' })];
    const coverage = blueprintCoverage(odd);
    expect(coverage.coveredShare).toBe(0);
    expect(describeCoverage(coverage)).toBe(
      'This mock covers none of the CLF-C02 blueprint; 3 of 3 questions are in scope.',
    );
  });

  it('says so when nothing is in scope', () => {
    expect(describeCoverage(blueprintCoverage(many('bx', 5)))).toBe(
      'This mock covers none of the CLF-C02 blueprint; 0 of 5 questions are in scope.',
    );
  });
});
