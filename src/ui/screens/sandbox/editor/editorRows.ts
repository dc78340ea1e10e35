// The policy editor laid out as rows: a title, numbered lines with the cursor, and what IAM says
// about the text at line:column. Pure, like the rest of the play screen's layout.
import { checkPolicyText, type PolicyCheck } from '../../../../sandbox/index.js';
import { cleanText } from '../../../../untrusted/text.js';
import { type Line, span, wrapBlock } from '../../../text/index.js';
import { theme } from '../../../theme.js';
import { type EditorState, editorText, editorTop } from './editorModel.js';

/** Rows under the text for IAM's findings. */
export const FINDING_ROWS = 3;

/** Lines of text the editor shows in a content area of `height` rows (title and findings apart). */
export const editorTextHeight = (height: number) => Math.max(1, height - 1 - FINDING_ROWS);

const kindLabel: Record<string, string> = {
  identity: 'an identity policy',
  trust: 'a trust policy',
  resource: 'a resource policy',
  boundary: 'a permissions boundary',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
};

function findingRows(check: PolicyCheck, width: number): Line[] {
  if (check.findings.length === 0) {
    const rows = wrapBlock(
      `✓ IAM accepts this as ${kindLabel[check.kind ?? 'identity']}; the linter has nothing to add.`,
      width,
      {
        style: { color: theme.good },
      },
    );
    // The ✓ is drawn; a screen reader hears the sentence, which says it.
    const [first, ...rest] = rows;
    return first === undefined ? rows : [spokenFirst(first, (text) => text.replace(/^✓ /, '')), ...rest];
  }
  const rows = check.findings.flatMap((f) =>
    wrapBlock(`${f.line}:${f.column} ${f.message}`, width, {
      prefix: [
        span(f.severity === 'error' ? '✗ ' : '! ', {
          color: f.severity === 'error' ? theme.bad : theme.warn,
          spoken: `${f.severity === 'error' ? 'Error' : 'Warning'} at line ${f.line}, column ${f.column}: `,
        }),
      ],
    }).map((row, i) => (i === 0 ? spokenFirst(row, (text) => text.replace(/^\d+:\d+ /, ''), 1) : row)),
  );
  return rows.length > FINDING_ROWS
    ? [...rows.slice(0, FINDING_ROWS - 1), [span(`… ${check.findings.length} findings in all`, { dim: true })]]
    : rows;
}

/** The row with span `at` heard as `words(its text)`. */
function spokenFirst(row: Line, words: (text: string) => string, at = 0): Line {
  return row.map((piece, i) => (i === at ? { ...piece, spoken: words(piece.text) } : piece));
}

export function editorRows(e: EditorState, width: number, height: number): Line[] {
  const check = checkPolicyText(editorText(e));
  const wrong = new Set(check.findings.filter((f) => f.severity === 'error').map((f) => f.line));
  const textHeight = editorTextHeight(height);
  const top = editorTop(e, textHeight);
  const gutter = String(e.lines.length).length + 2;
  const room = Math.max(8, width - gutter - 1);
  // Long lines scroll sideways together, so the cursor's column stays in view.
  const left = Math.max(0, e.col - room + 1);
  const title: Line = [
    span(`Editing ${e.name}${e.dirty ? ' (not saved)' : ''}`, { bold: true }),
    span(`  line ${e.row + 1}, col ${e.col + 1}`, { dim: true }),
  ];
  const text: Line[] = [];
  for (let i = top; i < top + textHeight; i++) {
    const raw = e.lines[i];
    if (raw === undefined) {
      text.push([]);
      continue;
    }
    // What was pasted may hold escape sequences: shown, never sent to the terminal raw.
    const visible = cleanText(raw).slice(left, left + room);
    const number = `${String(i + 1).padStart(gutter - 2)}${wrong.has(i + 1) ? '✗' : ' '} `;
    // A screen reader hears the gutter's ✗ and the ▏ cursor as words: "line 3, has an error, cursor at column 5:".
    const spoken = `line ${i + 1}${wrong.has(i + 1) ? ', has an error' : ''}${i === e.row ? `, cursor at column ${e.col + 1}` : ''}: `;
    const gutterSpan = span(number, wrong.has(i + 1) ? { color: theme.bad, spoken } : { dim: true, spoken });
    if (i !== e.row) {
      text.push([gutterSpan, span(visible)]);
      continue;
    }
    const at = e.col - left;
    text.push([
      gutterSpan,
      span(visible.slice(0, at)),
      span('▏', { color: theme.accent, spoken: '' }),
      span(visible.slice(at)),
    ]);
  }
  return [title, ...text, ...findingRows(check, width).slice(0, FINDING_ROWS)];
}
