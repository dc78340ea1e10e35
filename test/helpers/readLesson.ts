// Reads the open lesson to its end in a real terminal the way a learner must now: paging on and
// answering every check question on the way (1, then more picks while it says it needs them),
// since skipped checks no longer complete a lesson.
import type { TmuxSession } from './tmux.js';

const unanswered = /Press 1-\d or Tab to answer\./;

export async function readLessonToEnd(session: TmuxSession, steps = 200): Promise<string> {
  for (let i = 0; i < steps; i++) {
    const screen = session.screen();
    if (screen.includes('Lesson complete')) return screen;
    if (unanswered.test(screen)) {
      session.type('1');
      await session.waitFor(/Enter submit/, 3000);
      for (let pick = 2; pick <= 9; pick++) {
        session.keys('Enter');
        const after = await session.waitFor(/Right\.|Not quite|needs \d answers/, 3000);
        if (!/needs \d answers/.test(after)) break;
        session.type(String(pick));
        await session.waitFor((s) => s !== after, 3000).catch(() => undefined);
      }
      continue;
    }
    session.keys('Space');
    await session.waitFor((s) => s !== screen, 1000).catch(() => undefined);
  }
  return session.waitFor('Lesson complete', 1000);
}
