import { Box, Text } from 'ink';
import type { Question } from '../../../content/index.js';
import { type ExamState, examGrid, examQuestionView } from '../../../quiz/index.js';
import { ReviewGrid } from '../../components/ReviewGrid.js';
import { blank, type Line, line, wrapBlock } from '../../text/index.js';
import { symbols, theme } from '../../theme.js';

/** The exam's review grid with a legend and the stem of the question under the cursor. */
interface GridPanelProps {
  state: ExamState;
  questions: readonly Question[];
  cursor: number;
  width: number;
  height: number;
}

export function GridPanel({ state, questions, cursor, width, height }: GridPanelProps) {
  const grid = examGrid(state);
  const stem = examQuestionView(state, questions, cursor).question.stem;
  const header: Line[] = [
    line(`Review grid · ${grid.answered} answered · ${grid.unanswered} unanswered · ${grid.flagged} flagged`, {
      bold: true,
    }),
    line(`${symbols.check} answered   · unanswered   ${symbols.flag} flagged   ${symbols.pointer} cursor`, {
      color: 'muted',
    }),
    blank(),
  ];
  const preview = wrapBlock(`${cursor + 1}. ${stem}`, width, { style: { color: 'muted' } }).slice(0, 2);
  const gridHeight = Math.max(1, height - header.length - 1 - preview.length);
  return (
    <Box flexDirection="column" height={height}>
      {header.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed header rows
        <Text key={i} wrap="truncate-end" bold={row[0]?.bold} color={row[0]?.color}>
          {row.map((s) => s.text).join('') || ' '}
        </Text>
      ))}
      <Box height={gridHeight} flexDirection="column">
        <ReviewGrid cells={grid.cells} cursor={cursor} width={width} height={gridHeight} />
      </Box>
      <Text> </Text>
      {preview.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: preview rows
        <Text key={`p${i}`} wrap="truncate-end" color={theme.muted}>
          {row.map((s) => s.text).join('')}
        </Text>
      ))}
    </Box>
  );
}
