// URLs as OSC 8 hyperlinks in the bytes Ink writes (tmux strips them, so they are checked here).
// LineText reads FORCE_HYPERLINK when it draws a row; the test process is not a terminal.
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.stubEnv('FORCE_HYPERLINK', '1');
afterAll(() => vi.unstubAllEnvs());

const osc8 = (url: string) => `\u001b]8;;${url}\u001b\\`;

describe('terminal hyperlinks', () => {
  it('the glossary emits its AWS page as one whole OSC 8 link', async () => {
    const { renderTutor } = await import('../../helpers/tutor.js');
    const app = renderTutor({ initial: [{ name: 'home' }, { name: 'glossary', params: { termId: 'passrole' } }] });
    const url = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html';
    expect(app.lastFrame()).toContain(`${osc8(url)}`);
    expect(app.lastFrame()).toContain(`${url}${osc8('')}`);
    app.unmount();
  });

  it('a lesson reference and a bare URL in a question explanation are links, never split', async () => {
    const { renderTutor } = await import('../../helpers/tutor.js');
    const { wrapBlock } = await import('../../../src/ui/text/index.js');
    const url = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html';
    const rows = wrapBlock(`Why: see ${url} for the details of roles.`, 80);
    const linked = rows.flat().filter((span) => span.href === url);
    expect(linked.map((span) => span.text).join('')).toBe(url);
    const { lessons } = await import('../lessons/fixtures.js');
    const app = renderTutor({
      lessons,
      initial: [{ name: 'home' }, { name: 'lesson', params: { id: 'alpha', title: 'Alpha roles', section: 2 } }],
    });
    expect(app.lastFrame()).toContain(osc8(url));
    app.unmount();
  });
});
