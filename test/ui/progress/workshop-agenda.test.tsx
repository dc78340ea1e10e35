import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryProgressStore } from '../../../src/progress/index.js';
import { buildAgenda, stepRoute } from '../../../src/ui/screens/workshop/agendaModel.js';
import { prepareWorkshopSession, type WorkshopSession } from '../../../src/workshop/index.js';
import { aliceData } from '../../unit/workshop/support/attendees.js';
import { keys } from '../../helpers/ink.js';
import { renderWithProgress, type TestApp } from './harness.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

function session(): WorkshopSession {
  const result = prepareWorkshopSession({
    args: ['workshops/instance-profiles-101'],
    name: 'alice',
    dataDirFlag: '/tmp/class',
    env: {},
    cwd: repoRoot,
  });
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

let app: TestApp | undefined;
/** The frame with Ink's line wrapping undone, for long route echoes. */
const flat = () => (app?.frame() ?? '').replace(/\n/g, '');
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe('workshop agenda', () => {
  const s = session();

  it('marks finished steps ✓ and the next one ▸, with time boxes and start times', async () => {
    const store = createMemoryProgressStore({ now: () => Date.now(), initial: aliceData() });
    app = renderWithProgress({
      data: { store, questions: s.content.questions },
      workshop: s,
      initial: [{ name: 'workshop', params: { title: s.workshop.title } }],
    });
    await app.press();
    const lines = app.lines();
    expect(lines[0]).toBe('iam-tutor · Workshop · Instance profiles 101');
    expect(app.frame()).toContain('Instance profiles 101 • alice • 90 min');
    const steps = lines.filter((l) => /^ [ ›] [✓▸ ] {1,2}\d/.test(l));
    expect(steps).toHaveLength(9);
    expect(steps[0]).toMatch(/^ {3}✓ {2}1 {2}Lesson: what an instance profile is \(and is not\)\s+14 min {2}0:00$/);
    expect(steps[2]).toMatch(/✓ {2}3 {2}Challenge: the role nobody can attach\s+7 min {2}0:28$/);
    // The cursor starts on the step to do next.
    expect(steps[3]).toMatch(/^ › ▸ {2}4 {2}Lesson: trust policies, who may assume the role\s+12 min {2}0:35$/);
    expect(steps[6]).toMatch(/ {2}7 {2}Challenge: IMDSv2 required, IMDSv1 client\s+7 min {2}1:06$/);
    expect(steps[7]).toMatch(/ {2}8 {2}Which role is my code using\?\s+7 min {2}1:13$/);
    expect(steps[8]).toMatch(/✓ {2}9 {2}Closing quiz: 10 questions\s+10 min {2}1:20$/);
    expect(app.frame()).toContain('Lesson “Trust policies”: not started.');
    expect(app.frame()).toContain('4 of 9 done');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines.length).toBeLessThanOrEqual(23);
  });

  it('opens the selected step on Enter and comes back to the agenda with Esc', async () => {
    const store = createMemoryProgressStore({ now: () => Date.now(), initial: aliceData() });
    app = renderWithProgress({
      data: { store, questions: s.content.questions },
      workshop: s,
      initial: [{ name: 'workshop' }],
    });
    await app.press(keys.enter);
    expect(flat()).toContain('ROUTE {"id":"trust-policies","title":"Lesson: trust policies, who may assume the role"}');
    // The lesson is finished while the agenda waits underneath.
    store.update((draft) => {
      draft.lessons.byId['trust-policies'] = {
        completed: true,
        section: 0,
        checks: {},
        lastOpenedAt: '2026-11-20T10:00:00.000Z',
      };
    });
    await app.press(keys.escape);
    expect(app.frame()).toContain('5 of 9 done');
    expect(app.frame()).toMatch(/✓ {2}4 {2}Lesson: trust policies/);
    await app.press('G', keys.enter);
    expect(flat()).toContain(
      'ROUTE {"topic":"instance-profiles","topics":["instance-profiles","trust-policies","ec2-credentials","which-role-am-i"],"count":10,"seed":101}',
    );
    await app.press(keys.escape, 'k', keys.enter);
    expect(flat()).toContain('ROUTE {"id":"which-role-am-i","title":"Which role is my code using?"}');
  });

  it('explains itself when the app was not started with a pack', async () => {
    const store = createMemoryProgressStore({ now: () => Date.now() });
    app = renderWithProgress({ data: { store, questions: [] }, initial: [{ name: 'workshop' }] });
    await app.press();
    expect(app.frame()).toContain('No workshop pack is open.');
  });
});

describe('agenda model', () => {
  const s = session();

  it('puts ▸ on the first step not done, and nothing once all are done', () => {
    const agenda = buildAgenda(s.workshop, s.content, aliceData());
    expect(agenda.rows.map((r) => r.mark).join('')).toBe('✓✓✓▸    ✓');
    expect(agenda.current).toBe(3);
    expect(agenda.rows[8]!.detail).toBe(
      'Quiz on Instance profiles, Trust policies, How credentials reach your code on EC2, Which role is my code using?: done, 7/10 right (70%).',
    );
    expect(agenda.rows[1]!.detail).toBe('Sandbox challenge guided-ec2-dynamodb: solved; 1 hint used.');
  });

  it('routes a challenge to the sandbox with its scenario', () => {
    expect(stepRoute(s.workshop.agenda[1]!, 'x')).toEqual({
      name: 'sandbox',
      params: { id: 'guided-ec2-dynamodb', scenario: 'guided-ec2-dynamodb' },
    });
  });
});
