import { describe, expect, it } from 'vitest';
import { editExternally, externalEditor } from '../../../src/ui/data/sandboxNode.js';

// Not a terminal: raw mode and the screen are left alone.
const terminal = { stdin: { isTTY: false }, stdout: { isTTY: false } } as unknown as {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
};

describe("the learner's own editor", () => {
  it('prefers VISUAL to EDITOR and ignores empty ones', () => {
    expect(externalEditor({ VISUAL: 'vim', EDITOR: 'nano' })).toBe('vim');
    expect(externalEditor({ EDITOR: ' nano ' })).toBe('nano');
    expect(externalEditor({ EDITOR: '' })).toBeUndefined();
  });

  it('returns the text as the editor saved it (a command with arguments, then the file)', () => {
    const done = editExternally('sed -i s/Allow/Deny/', 'p.json', '{"Effect": "Allow"}', terminal);
    expect(done).toEqual({ text: '{"Effect": "Deny"}' });
  });

  it('keeps the text and says why when the editor fails or is missing', () => {
    const failed = editExternally('false', 'p.json', 'x', terminal);
    expect('problem' in failed && failed.problem).toMatch(/false exited with status 1/);
    const missing = editExternally('no-such-editor-here', 'p.json', 'x', terminal);
    expect('problem' in missing && missing.problem).toMatch(/Could not run no-such-editor-here/);
  });
});
