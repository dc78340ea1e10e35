import { describe, expect, it } from 'vitest';
import {
  formatCommand,
  getScenario,
  guideOf,
  runCommand,
  runNextStep,
  scenarios,
  startScenario,
  stepStatuses,
  startSession,
} from '../../../src/sandbox/index.js';

const guided = getScenario('guided-ec2-dynamodb')!;
const steps = guided.steps!;
const typed = (index: number) => formatCommand(steps[index]!.action);

describe('the guide follows the world', () => {
  it.each(scenarios.filter((s) => s.steps).map((s) => [s.id]))(
    '%s: each step is undone at the start and done once its own action ran',
    (id) => {
      const scenario = getScenario(id)!;
      let session = startSession(id);
      expect(stepStatuses(scenario, startScenario(scenario), [])).toEqual(scenario.steps!.map(() => 'todo'));
      scenario.steps!.forEach((step, index) => {
        session = runCommand(session, formatCommand(step.action));
        expect(
          guideOf(session)
            .statuses.slice(0, index + 1)
            .every((s) => s === 'done'),
        ).toBe(true);
        expect(
          guideOf(session)
            .statuses.slice(index + 1)
            .every((s) => s === 'todo'),
        ).toBe(true);
      });
    },
  );

  it('counts a step typed by hand as done: n then does the next one, with no EntityAlreadyExists', () => {
    let session = runNextStep(runNextStep(startSession(guided.id)));
    session = runCommand(session, typed(2));
    // Without the leading aws, as the prompt allows.
    session = runCommand(session, typed(3).replace(/^aws /, ''));
    expect(session.log.filter((l) => l.text.startsWith('✓ Step')).map((l) => l.text)).toEqual([
      `✓ Step 1 done: ${steps[0]!.title}.`,
      `✓ Step 2 done: ${steps[1]!.title}.`,
      `✓ Step 3 done: ${steps[2]!.title}.`,
      `✓ Step 4 done: ${steps[3]!.title}.`,
    ]);
    expect(guideOf(session).next).toBe(4);
    session = runNextStep(session);
    session = runNextStep(session);
    expect(session.log.some((line) => line.kind === 'error')).toBe(false);
    expect(session.log.some((line) => line.text.includes('EntityAlreadyExists'))).toBe(false);
    expect(guideOf(session).next).toBeUndefined();
  });

  it('does the steps out of order when the learner skipped ahead', () => {
    let session = runNextStep(startSession(guided.id));
    session = runCommand(session, typed(3));
    expect(guideOf(session).statuses).toEqual(['done', 'todo', 'todo', 'done', 'todo', 'todo']);
    session = runNextStep(session);
    expect(guideOf(session).next).toBe(2);
  });

  it('reports a step the learner broke, and n does it again', () => {
    let session = startSession(guided.id);
    for (let i = 0; i < 4; i++) session = runNextStep(session);
    session = runCommand(
      session,
      'iam detach-role-policy --role-name app-role --policy-arn arn:aws:iam::111122223333:policy/orders-read',
    );
    expect(guideOf(session).statuses).toEqual(['done', 'done', 'broken', 'done', 'todo', 'todo']);
    expect(session.log.at(-1)?.text).toBe(
      `✗ Step 3 no longer holds: ${steps[2]!.title}. n does it again, or fix it by hand.`,
    );
    expect(guideOf(session).next).toBe(2);
    session = runNextStep(session);
    expect(guideOf(session).statuses).toEqual(['done', 'done', 'done', 'done', 'todo', 'todo']);
  });
});
