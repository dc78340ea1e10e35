// Glossary terms in the lesson reader, through the real shell, reader and glossary screens: each
// term marked where the section first uses it, w listing them, Enter opening one in the glossary,
// and Esc back to the same place in the lesson. Tests run with FORCE_COLOR=0 (test/setup.ts), as
// under NO_COLOR, so the marks are the † sign; a screen reader gets neither sign nor underline.
import { afterEach, describe, expect, it } from 'vitest';
import type { Lesson } from '../../../src/content/types.js';
import { TERM_SIGN } from '../../../src/ui/screens/lessons/termMarks.js';
import type { Route } from '../../../src/ui/shell/routes.js';
import { keys } from '../../helpers/ink.js';
import { renderTutor, type TutorApp } from '../../helpers/tutor.js';
import { paragraphs } from '../lessons/fixtures.js';
import { testScreens } from '../lessons/harness.js';

let app: TutorApp | undefined;
afterEach(() => app?.unmount());

const md = (text: string) => ({ kind: 'markdown' as const, text, line: 1 });

const profiles: Lesson = {
  id: 'profiles',
  title: 'Profiles',
  order: 1,
  minutes: 5,
  scope: 'beyond',
  objectives: [],
  references: [],
  source: { file: 'lessons/profiles.md', line: 1 },
  sections: [
    { title: 'Start', index: 0, line: 1, blocks: [md('Nothing to look up here.')] },
    {
      title: 'Holding a role',
      index: 1,
      line: 5,
      blocks: [
        md(
          [
            'An instance profile holds one role. Ask `IMDS` for its credentials.',
            paragraphs('Filler', 6),
            'Require IMDSv2. The instance profile is named in the launch call.',
            'Read [the trust policy docs](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html), then write a trust policy.',
            paragraphs('More', 3),
          ].join('\n\n'),
        ),
      ],
    },
  ],
};

const reader: Route[] = [
  { name: 'home' },
  { name: 'lessons' },
  { name: 'lesson', params: { id: 'profiles', title: profiles.title, section: 1 } },
];

function open(options: { screenReader?: boolean; columns?: number; rows?: number } = {}) {
  app = renderTutor({ lessons: [profiles], screens: testScreens, initial: reader, ...options });
  return app;
}

/** The lesson text on screen: the body rows above the progress line. */
const lessonRows = (frame: string) =>
  frame.split('\n').slice(
    2,
    frame.split('\n').findIndex((row) => row.includes('section 2/2')),
  );

describe('glossary terms in the reader', () => {
  it('marks each term where the section first uses it, never in code or a link', async () => {
    const shown = open();
    await shown.press();
    const text = shown.frame();
    expect(text).toContain(`An instance profile${TERM_SIGN} holds one role. Ask IMDS for its credentials.`);
    await shown.press('G');
    const end = shown.frame();
    // The second use of a term is left as it is; the link's words are not marked, the later use is.
    expect(end).toContain(`Require IMDSv2${TERM_SIGN}. The instance profile is named`);
    expect(end).toMatch(/Read the trust policy docs\s.*, then write a\s+trust policy†\./s);
    expect(end.split(TERM_SIGN)).toHaveLength(3);
    expect(end).toMatch(/section 2\/2 .* Profiles {2}w: 3 terms/);
  });

  it('w lists the section’s terms in reading order; Enter opens one in the glossary; Esc is back in place', async () => {
    const shown = open();
    await shown.press('j', 'j', 'j');
    const before = lessonRows(shown.frame());
    expect(before.join('\n')).toContain('Filler paragraph');
    await shown.press('w');
    expect(shown.lines()[0]).toContain('Glossary');
    expect(shown.frame()).toContain('Terms in “Holding a role”');
    const list = shown.lines().filter((row) => /^ [▸ ] \S/.test(row));
    expect(list.map((row) => row.slice(3).split(' (')[0])).toEqual(['Instance profile', 'IMDSv2', 'Trust policy']);
    expect(shown.frame()).toMatch(/Enter whole glossary/);
    await shown.press('j', keys.enter);
    // The whole glossary, at that term: terms this section never used are listed too.
    expect(shown.lines()[0]).toContain('Glossary');
    expect(shown.frame()).not.toContain('Terms in');
    expect(shown.frame()).toMatch(/▸ IMDSv2/);
    expect(shown.frame()).toMatch(/Hop limit/);
    expect(shown.frame()).toContain('AWS documentation:');
    await shown.press(keys.escape);
    expect(shown.lines()[0]).toContain('Profiles');
    expect(lessonRows(shown.frame())).toEqual(before);
    expect(shown.frame()).toMatch(/section 2\/2/);
  });

  it('Esc from the list of terms goes back to the same place too', async () => {
    const shown = open({ columns: 60, rows: 20 });
    await shown.press(keys.pageDown);
    const before = lessonRows(shown.frame());
    await shown.press('w', keys.down, keys.escape);
    expect(lessonRows(shown.frame())).toEqual(before);
  });

  it('w does nothing in a section without terms, and the progress line offers it only where there are some', async () => {
    const shown = open();
    await shown.press('p');
    expect(shown.frame()).toMatch(/section 1\/2/);
    expect(shown.frame()).not.toMatch(/w: \d/);
    await shown.press('w');
    expect(shown.lines()[0]).toContain('Profiles');
    await shown.press('?');
    expect(shown.frame()).not.toMatch(/^ w +\d+ terms?/m);
  });

  it('screen reader: no sign in the text, and the list of terms reads as lines of words', async () => {
    const shown = open({ screenReader: true });
    await shown.press();
    const text = shown.lastFrame();
    expect(text).toContain('An instance profile holds one role.');
    expect(text).not.toContain(TERM_SIGN);
    await shown.press('w');
    const list = shown.lastFrame();
    expect(list).toContain('Terms in “Holding a role”');
    expect(list).toMatch(/Instance profile \(instance profiles\)/);
    expect(list).toMatch(/Trust policy/);
    expect(list).not.toMatch(/[\u2500-\u259f▸]/);
  });
});
