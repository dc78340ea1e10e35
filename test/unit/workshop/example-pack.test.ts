import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCommand, workshopPackHandler } from '../../../src/content/index.js';
import { installWorkshopValidation, loadWorkshopPack, packIsUsable, stepTitle } from '../../../src/workshop/index.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const pack = 'workshops/instance-profiles-101';

describe('the example pack workshops/instance-profiles-101', () => {
  afterEach(() => {
    delete workshopPackHandler.check;
  });

  it('loads with no problems: every lesson, scenario and quiz topic exists', () => {
    const load = loadWorkshopPack(pack, { cwd: repoRoot });
    expect(load.kind === 'loaded' ? load.problems : load).toEqual([]);
    expect(packIsUsable(load)).toBe(true);
    if (!packIsUsable(load)) return;
    expect(load.name).toBe('instance-profiles-101');
    expect(load.workshop.minutes).toBe(90);
    expect(load.workshop.agenda.reduce((sum, step) => sum + (step.minutes ?? 0), 0)).toBe(90);
    expect(
      load.workshop.agenda.map((s) => (s.kind === 'quiz' ? `quiz:${s.topics.length}` : `${s.kind}:${s.id}`)),
    ).toEqual([
      'lesson:instance-profiles',
      'challenge:guided-ec2-dynamodb',
      'challenge:missing-instance-profile',
      'lesson:trust-policies',
      'challenge:trust-instance-arn',
      'lesson:ec2-credentials',
      'challenge:imdsv2-v1-client',
      'lesson:which-role-am-i',
      'quiz:4',
    ]);
    // The pack's own lesson and bank are added to the built-in content.
    const packLesson = load.workshop.agenda[7]!;
    expect(stepTitle(packLesson, load.content)).toBe('Which role is my code using?');
    expect(load.content.questions.filter((q) => q.topic === 'which-role-am-i')).toHaveLength(4);
  });

  it('passes iam-tutor validate with the workshop check installed, exit 0', () => {
    installWorkshopValidation();
    const result = validateCommand({ dirs: [pack], cwd: repoRoot });
    expect(result.output).not.toMatch(/: (error|warning): /);
    expect(result.output.split('\n').at(-1)).toBe(
      '1 lesson (2 checks), 4 questions (4 beyond, 0 clf-c02): 0 errors, 0 warnings',
    );
    expect(result.exitCode).toBe(0);
  });
});
