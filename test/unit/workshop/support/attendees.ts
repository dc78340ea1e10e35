// Two attendees of the example workshop, built through the progress store's own helpers so
// the fixtures have exactly the shape `progress export --format json` writes.
import {
  type AnswerInput,
  completeChallenge,
  completeLesson,
  createMemoryProgressStore,
  type ProgressData,
  recordAnswers,
  recordCheck,
  recordHintUsed,
  setLessonPosition,
} from '../../../../src/progress/index.js';

export const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const minute = 60_000;

function answer(
  questionId: string,
  topic: string,
  chosen: number[],
  correct: boolean,
  misconceptions: string[],
  at: number,
): AnswerInput {
  return { questionId, topic, chosen, correct, misconceptions, mode: 'practice', at };
}

/** Alice: steps 1-3 done, a check right, the closing quiz finished at 7/10. */
export function aliceData(): ProgressData {
  let clock = T0;
  const store = createMemoryProgressStore({ now: () => clock });
  recordCheck(store, 'instance-profiles', 'instance-profiles-101', true);
  completeLesson(store, 'instance-profiles');
  clock += 14 * minute;
  recordHintUsed(store, 'guided-ec2-dynamodb');
  completeChallenge(store, 'guided-ec2-dynamodb');
  completeChallenge(store, 'missing-instance-profile');
  clock += 60 * minute;
  const at = clock;
  recordAnswers(store, [
    answer('instance-profiles-001', 'instance-profiles', [0], true, [], at),
    answer('instance-profiles-002', 'instance-profiles', [0, 1], true, [], at + 1000),
    answer('trust-policies-001', 'trust-policies', [1], false, ['instance-arn-principal'], at + 2000),
    answer('trust-policies-002', 'trust-policies', [1], true, [], at + 3000),
    answer('ec2-credentials-001', 'ec2-credentials', [1], true, [], at + 4000),
    answer('ec2-credentials-002', 'ec2-credentials', [2], true, [], at + 5000),
    answer('which-role-am-i-001', 'which-role-am-i', [2], false, ['profile-issues-credentials'], at + 6000),
    answer('which-role-am-i-002', 'which-role-am-i', [0], true, [], at + 7000),
    answer('which-role-am-i-003', 'which-role-am-i', [0, 1], true, [], at + 8000),
    answer('instance-profiles-003', 'instance-profiles', [3], false, [], at + 9000),
  ]);
  return store.read();
}

/** Bob: reading the first lesson (a check wrong), stuck on the guided build, 4 quiz answers. */
export function bobData(): ProgressData {
  let clock = T0 + 5 * minute;
  const store = createMemoryProgressStore({ now: () => clock });
  setLessonPosition(store, 'instance-profiles', { section: 2 });
  recordCheck(store, 'instance-profiles', 'instance-profiles-101', false);
  clock += 20 * minute;
  recordHintUsed(store, 'guided-ec2-dynamodb');
  recordHintUsed(store, 'guided-ec2-dynamodb');
  clock += 50 * minute;
  const at = clock;
  recordAnswers(store, [
    answer('trust-policies-001', 'trust-policies', [1], false, ['instance-arn-principal'], at),
    answer('which-role-am-i-001', 'which-role-am-i', [2], false, ['profile-issues-credentials'], at + 1000),
    answer('ec2-credentials-001', 'ec2-credentials', [0], false, ['long-term-keys-on-instance'], at + 2000),
    answer('which-role-am-i-002', 'which-role-am-i', [0], true, [], at + 3000),
  ]);
  return store.read();
}
