// Draws a check-yourself question as styled lines, so the reader pages through it like text.
// Before submitting: the stem, numbered options with ( )/(•) or [ ]/[x]. After: right or wrong,
// the keyed answers marked ✓, wrong picks marked ✗, and every option's explanation.
import type { Question } from '../../../content/index.js';
import { renderInline } from '../../markdown/index.js';
import { type Segment, type StyledLine, textWidth } from '../../text/index.js';
import { type CheckState, requiredPicks } from './checkModel.js';

export interface CheckLayout {
  lines: StyledLine[];
  /** Line index (within `lines`) where each option starts, so the reader can keep it in view. */
  optionLines: number[];
  /** Line of the "Right" / "Not quite" verdict once submitted. */
  verdictLine?: number;
}

export interface CheckRenderOptions {
  width: number;
  focused: boolean;
  /** The learner's last recorded answer, from an earlier visit. */
  previous?: { correct: boolean };
}

const GUTTER: Segment = { text: '│ ', color: 'accent' };

export function renderCheck(question: Question, state: CheckState, options: CheckRenderOptions): CheckLayout {
  const width = Math.max(20, options.width);
  const inner = width - textWidth(GUTTER.text);
  const lines: StyledLine[] = [];
  const optionLines: number[] = [];
  const add = (line: StyledLine) => lines.push(line.length === 0 ? [{ ...GUTTER, text: '│' }] : [GUTTER, ...line]);
  const title = '┌─ Check yourself ';
  lines.push([
    { text: title, color: 'accent', bold: true },
    { text: '─'.repeat(Math.max(0, width - textWidth(title))), color: 'accent' },
  ]);
  if (options.previous && !state.submitted) {
    add([
      {
        text: `Answered before: ${options.previous.correct ? '✓ right' : '✗ wrong'}. Try it again if you like.`,
        spoken: `Answered before: ${options.previous.correct ? 'right' : 'wrong'}. Try it again if you like.`,
        color: 'muted',
      },
    ]);
  }
  for (const line of renderInline(question.stem, { width: inner }).lines) add(line);
  add([]);
  if (state.lastTry !== undefined && !state.submitted) {
    // A retry keeps why the last picks were wrong in view (review: the explanation must stay).
    const picks = state.lastTry.map((i) => i + 1).join(', ');
    add([{ text: `Last try: ${picks} ✗`, spoken: `Last try, wrong: ${picks}`, color: 'bad', bold: true }]);
    for (const i of state.lastTry) {
      const why = question.options[i]?.why ?? '';
      for (const line of renderInline(`${i + 1}: ${why}`, { width: inner, style: { color: 'muted' } }).lines) add(line);
    }
    add([]);
  }
  let verdictLine: number | undefined;
  if (state.submitted) {
    verdictLine = lines.length;
    add(verdict(question, state));
    // Why the pick was wrong right under the verdict: at 80x24 the options below can push it
    // off screen (UX review: the most valuable sentence was below the fold).
    for (const i of state.selected.filter((pick) => question.options[pick]?.correct === false)) {
      const why = renderInline(`You picked ${i + 1}: ${question.options[i]!.why}`, {
        width: inner,
        style: { color: 'bad' },
      });
      for (const line of why.lines) add(line);
    }
    add([]);
  }

  const multiple = question.type === 'multiple';
  question.options.forEach((option, i) => {
    const picked = state.selected.includes(i);
    const box = multiple ? (picked ? '[x]' : '[ ]') : picked ? '(•)' : '( )';
    const here = options.focused && state.cursor === i;
    // A screen reader hears the marks as words, as the quiz's options say them (questionLines.ts).
    const lead: Segment[] = state.submitted
      ? [
          { ...resultMark(option.correct, picked), spoken: option.correct ? 'right option ' : 'wrong option ' },
          { text: ` ${i + 1} ${box} `, spoken: `${i + 1}. ${picked ? '(your choice) ' : ''}` },
        ]
      : [
          { text: here ? '›' : ' ', color: 'accent', bold: true, spoken: here ? '(current) ' : '' },
          { text: ` ${i + 1} ${box} `, bold: here, spoken: optionSpoken(multiple, picked, i + 1) },
        ];
    const leadWidth = lead.reduce((sum, s) => sum + textWidth(s.text), 0);
    optionLines[i] = lines.length;
    const text = renderInline(option.text, {
      width: inner,
      firstPrefix: lead,
      restPrefix: [{ text: ' '.repeat(leadWidth) }],
    });
    for (const line of text.lines) add(line);
    if (state.submitted) {
      const why = renderInline(option.why, {
        width: inner,
        firstPrefix: [{ text: ' '.repeat(leadWidth) }],
        style: { color: 'muted' },
      });
      for (const line of why.lines) add(line);
    }
  });

  if (state.message) {
    add([]);
    add([{ text: state.message, color: 'warn' }]);
  } else if (!state.submitted) {
    add([]);
    const need = requiredPicks(question);
    const last = question.options.length;
    const hint = options.focused
      ? multiple
        ? `↑↓ move · 1-${last} or Space toggle · Enter submit (pick ${need}) · Esc leave`
        : `↑↓ move · 1-${last} or Space pick · Enter submit · Esc leave`
      : `Press 1-${last} or Tab to answer.`;
    for (const line of renderInline(hint, { width: inner, style: { color: 'muted' } }).lines) add(line);
  }
  lines.push([{ text: `└${'─'.repeat(Math.max(0, width - 1))}`, color: 'accent' }]);
  return verdictLine === undefined ? { lines, optionLines } : { lines, optionLines, verdictLine };
}

/** "(selected) radio: 2. ", the words Ink gives a radio's role and state. */
function optionSpoken(multiple: boolean, picked: boolean, number: number): string {
  const state = picked ? (multiple ? '(checked) ' : '(selected) ') : '';
  return `${state}${multiple ? 'checkbox' : 'radio'}: ${number}. `;
}

function resultMark(correct: boolean, picked: boolean): Segment {
  if (correct) return { text: '✓', color: 'good', bold: true };
  if (picked) return { text: '✗', color: 'bad', bold: true };
  return { text: ' ' };
}

function verdict(question: Question, state: CheckState): StyledLine {
  if (state.correct) return [{ text: '✓ Right.', spoken: 'Right.', color: 'good', bold: true }];
  const key = question.options.flatMap((option, i) => (option.correct ? [String(i + 1)] : []));
  const answer =
    key.length === 1
      ? `the answer is ${key[0]}`
      : `the answers are ${key.slice(0, -1).join(', ')} and ${key[key.length - 1]}`;
  return [
    { text: '✗ Not quite', spoken: 'Not quite', color: 'bad', bold: true },
    { text: `: ${answer}. Each option says why below; r tries again.` },
  ];
}
