import { describe, expect, it } from 'vitest';
import { freshCheck } from '../../../src/ui/screens/lessons/checkModel.js';
import { baseLine, buildSectionView, sectionFraction } from '../../../src/ui/screens/lessons/sectionView.js';
import { alpha } from './fixtures.js';

const viewport = 18;
const base = buildSectionView({ lesson: alpha, section: 1, width: 78, checks: {} });
const answered = buildSectionView({
  lesson: alpha,
  section: 1,
  width: 78,
  checks: { 'alpha-901': { ...freshCheck(), selected: [0], submitted: true, correct: true } },
});

describe('reading position within a section', () => {
  it('maps the lines an answer adds onto the check, and the lines after it back', () => {
    const [before] = base.checks;
    const [after] = answered.checks;
    expect(answered.lines.length).toBeGreaterThan(base.lines.length);
    expect(baseLine(answered, base, after!.start)).toBe(before!.start);
    expect(baseLine(answered, base, after!.end - 1)).toBe(before!.end - 1);
    expect(baseLine(answered, base, after!.end)).toBe(before!.end);
    expect(baseLine(answered, base, answered.lines.length - 1)).toBe(base.lines.length - 1);
  });

  it('is the same at every scroll whether or not the check was answered, up to where the texts differ', () => {
    for (let scroll = 0; scroll <= base.checks[0]!.start; scroll++) {
      expect(sectionFraction(answered, base, scroll, viewport)).toBe(sectionFraction(base, base, scroll, viewport));
    }
  });

  it('never decreases as the reader scrolls down, and is 1 at the bottom', () => {
    let last = 0;
    for (let scroll = 0; scroll <= answered.lines.length - viewport; scroll++) {
      const fraction = sectionFraction(answered, base, scroll, viewport);
      expect(fraction).toBeGreaterThanOrEqual(last);
      last = fraction;
    }
    expect(last).toBe(1);
  });
});
