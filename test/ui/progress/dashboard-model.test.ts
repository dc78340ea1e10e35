import { describe, expect, it } from 'vitest';
import { createMemoryProgressStore, recordAnswers } from '../../../src/progress/index.js';
import { buildDashboard } from '../../../src/ui/screens/progress/dashboardModel.js';
import { NOW } from './fixtures.js';

describe('dashboard topics', () => {
  it("lists answers to topics outside the curriculum (a workshop pack's own), so the rows add up to the overview", () => {
    const store = createMemoryProgressStore({ now: () => NOW });
    recordAnswers(store, [
      { questionId: 'trust-policies-001', topic: 'trust-policies', correct: true, chosen: [0], mode: 'practice' },
      { questionId: 'which-role-am-i-001', topic: 'which-role-am-i', correct: false, chosen: [1], mode: 'practice' },
      { questionId: 'which-role-am-i-002', topic: 'which-role-am-i', correct: true, chosen: [0], mode: 'practice' },
    ]);
    const dashboard = buildDashboard(store.read(), [], NOW);
    expect(dashboard.topics.reduce((sum, row) => sum + row.answered, 0)).toBe(dashboard.answered);
    expect(dashboard.topics.find((row) => row.id === 'which-role-am-i')).toMatchObject({ answered: 2, correct: 1 });
  });
});
