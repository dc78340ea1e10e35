// One question laid out as rows: the stem, then the options with their marks and the cursor.
// Marks are characters, not colours: ( )/(•) for single answer, [ ]/[x] for multiple response.

import type { QuestionView } from '../../../quiz/index.js';
import { type Line, type SpanStyle, blank, span, wrapBlock } from '../../text/index.js';
import { symbols } from '../../theme.js';

export interface OptionState {
  /** On-screen positions currently chosen. */
  selected: readonly number[];
  /** Position under the cursor, or null to show none. */
  cursor: number | null;
}

export interface QuestionLayout {
  lines: Line[];
  /** For each on-screen position, the [first, last] rows of its option. */
  optionRows: Array<readonly [number, number]>;
}

export function questionLines(view: QuestionView, state: OptionState, width: number): QuestionLayout {
  const lines: Line[] = [...wrapBlock(view.question.stem, width), blank()];
  const multiple = view.question.type === 'multiple';
  const chosen = new Set(state.selected);
  const optionRows: Array<readonly [number, number]> = [];
  for (const option of view.options) {
    const here = state.cursor === option.position;
    const on = chosen.has(option.position);
    const box = multiple ? (on ? '[x]' : '[ ]') : on ? '(•)' : '( )';
    const style: SpanStyle = here ? { color: 'accent', bold: true } : on ? { bold: true } : {};
    const rows = wrapBlock(option.text, width, {
      prefix: [span(here ? `${symbols.pointer} ` : '  ', style), span(`${box} ${option.letter}. `, style)],
      style,
    });
    optionRows.push([lines.length, lines.length + rows.length - 1]);
    lines.push(...rows);
  }
  return { lines, optionRows };
}
