// Honest readiness (issue #16): a practice summary never says "Meets competencies" for 1 of 1,
// and states the one rule under the verdicts, with the answers each rests on (correct/total).
import { afterEach, describe, expect, it } from 'vitest';
import { preloadScreens } from '../../../src/ui/screens/registry.js';
import { renderTutor, type TutorApp } from '../../helpers/tutor.js';
import { bank, trustQuestion } from './fixtures.js';
import { keys } from './harness.js';

let app: TutorApp | undefined;
afterEach(() => app?.unmount());

describe('verdicts in the practice summary', () => {
  it('1 of 1 right is too few to judge, and the rule is stated', async () => {
    await preloadScreens();
    app = renderTutor({ questions: bank, initial: [{ name: 'quiz', params: { questionId: trustQuestion.id } }] });
    const letter = app
      .lines()
      .map((row) => row.match(/([A-D])[.)] The ec2\.amazonaws\.com service principal/))
      .find((m) => m !== null)?.[1];
    await app.press(letter!.toLowerCase(), keys.enter, keys.escape);
    const frame = app.frame();
    expect(frame).toMatch(/Trust policies\s+1\/1\s+100%\s+Too few to judge/);
    expect(frame).not.toContain('Meets competencies');
    const text = frame.replace(/\s+/g, ' ');
    expect(text).toContain('A section meets competencies with at least 70% right on at least 5 answers');
    expect(text).toContain('Our rule: AWS publishes none per section.');
  });
});
