import { describe, expect, it } from 'vitest';
import { checkPolicyText, startSession } from '../../../src/sandbox/index.js';
import { editorReduce, editorText, editorTop, openEditor } from '../../../src/ui/screens/sandbox/editor/editorModel.js';
import { initialPlay, playReduce } from '../../../src/ui/screens/sandbox/playModel.js';

describe('editor model', () => {
  it('inserts, breaks lines keeping the indent, and joins them again with backspace', () => {
    let e = openEditor('p.json', '{\n  "a": 1\n}');
    e = editorReduce(e, { type: 'move', rows: 1 });
    e = editorReduce(e, { type: 'end' });
    e = editorReduce(e, { type: 'insert', text: ',' });
    e = editorReduce(e, { type: 'newline' });
    e = editorReduce(e, { type: 'insert', text: '"b": 2' });
    expect(editorText(e)).toBe('{\n  "a": 1,\n  "b": 2\n}');
    expect([e.row, e.col, e.dirty]).toEqual([2, 8, true]);
    e = editorReduce(e, { type: 'home' });
    e = editorReduce(e, { type: 'backspace' });
    expect(editorText(e)).toBe('{\n  "a": 1,  "b": 2\n}');
    expect([e.row, e.col]).toEqual([1, 9]);
  });

  it('takes a multi-line paste whole, tabs as two spaces and control characters dropped', () => {
    let e = openEditor('p.json', '');
    e = editorReduce(e, { type: 'insert', text: '{\r\n\t"x": "\u001b[31m"\n}' });
    expect(e.lines).toEqual(['{', '  "x": "[31m"', '}']);
    expect([e.row, e.col]).toEqual([2, 1]);
  });

  it('moves across line ends and keeps the cursor line in view', () => {
    let e = openEditor('p.json', 'ab\ncd');
    e = editorReduce(e, { type: 'move', cols: -1 });
    expect([e.row, e.col]).toEqual([0, 0]);
    e = editorReduce(e, { type: 'end' });
    e = editorReduce(e, { type: 'move', cols: 1 });
    expect([e.row, e.col]).toEqual([1, 0]);
    const long = openEditor('p.json', Array.from({ length: 30 }, (_, i) => `${i}`).join('\n'));
    expect(editorTop(editorReduce(long, { type: 'move', rows: 20 }), 10)).toBe(11);
  });
});

describe('policy check while typing', () => {
  it('gives a JSON error at its line and column', () => {
    const check = checkPolicyText('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}');
    expect(check.findings[0]).toMatchObject({ severity: 'error', line: 4 });
    expect(check.findings[0]!.message).toMatch(/Syntax errors in policy/);
  });

  it("gives IAM's error for an instance named as a trust policy principal, at the value", () => {
    const text = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      null,
      2,
    );
    const check = checkPolicyText(text);
    expect(check.kind).toBe('trust');
    const error = check.findings.find((f) => f.severity === 'error')!;
    expect(error.message).toMatch(/Invalid principal in policy/);
    expect(text.split('\n')[error.line - 1]).toContain('instance/i-0abc');
  });

  it('passes a valid identity policy and lints a wildcard one', () => {
    const ok = checkPolicyText(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}',
    );
    expect(ok).toEqual({ kind: 'identity', findings: [] });
    const wide = checkPolicyText(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    );
    expect(wide.findings.some((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('editing a scenario file from the play screen', () => {
  it('edit NAME opens the file, Esc saves it into the world so file://NAME reads it', () => {
    let m = initialPlay(startSession('guided-ec2-dynamodb'));
    m = playReduce({ ...m, prompt: { text: 'edit trust-ec2.json', recall: null } }, { type: 'submit' });
    expect(m.view).toBe('editor');
    expect(m.editor?.lines.join('\n')).toBe(m.session.world.files['trust-ec2.json']);
    m = playReduce(m, { type: 'editor', action: { type: 'end' }, height: 10 });
    m = playReduce(m, { type: 'editor', action: { type: 'insert', text: ' ' }, height: 10 });
    m = playReduce(m, { type: 'editor-save', close: true });
    expect(m.view).toBe('log');
    expect(m.editor).toBeNull();
    expect(m.session.world.files['trust-ec2.json']?.startsWith('{ ')).toBe(true);
    expect(m.session.log.at(-1)?.text).toMatch(/file:\/\/trust-ec2\.json/);
  });

  it('a new file starts from a policy skeleton; closing it untouched saves nothing', () => {
    let m = initialPlay(startSession(null));
    m = playReduce({ ...m, prompt: { text: 'edit', recall: null } }, { type: 'submit' });
    expect(m.editor?.name).toBe('policy.json');
    expect(m.editor?.lines[0]).toBe('{');
    m = playReduce(m, { type: 'editor-save', close: true });
    expect(m.session.world.files['policy.json']).toBeUndefined();
  });
});
