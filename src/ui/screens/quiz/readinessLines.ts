// The exam's readiness table as rows: each CLF-C02 domain, its task statements indented below
// it, correct/total, percent and a verdict in words (never colour alone, so NO_COLOR keeps it).
// Rows stay on one line down to a 40-column body: long titles are cut with an ellipsis.

import {
  type DomainKey,
  READINESS_LABELS,
  READINESS_RULE,
  type Readiness,
  type ReadinessVerdict,
  type SectionScore,
} from '../../../quiz/index.js';
import { type ColorRole, type Line, fitText, line, span, wrapBlock } from '../../text/index.js';
import { percentText } from './scoreLines.js';

const VERDICT_COLOURS: Readonly<Record<ReadinessVerdict, ColorRole>> = {
  meets: 'good',
  below: 'warn',
  'too-few': 'muted',
};

// Columns right of the label: " 12/53" (7) + " 100%" (5) + "  Below 70%" (11).
const NUMBERS_WIDTH = 7 + 5 + 11;

export function readinessLines(
  readiness: Readiness,
  perDomain: Partial<Record<DomainKey, SectionScore>>,
  width: number,
): Line[] {
  const labelWidth = Math.max(8, width - NUMBERS_WIDTH);
  const lines: Line[] = [line('Readiness by CLF-C02 domain and task', { bold: true })];
  lines.push(...wrapBlock(READINESS_RULE, width, { style: { color: 'muted' } }));
  for (const row of readiness.rows) {
    const indent = row.kind === 'domain' ? '' : '  ';
    // A screen reader hears the row as a sentence, not as columns (and the title whole).
    const spoken = `${row.kind === 'domain' ? 'Domain' : 'Task'} ${row.key} ${row.title}: ${row.correct} of ${row.total} right, ${percentText(row.percent)}, ${READINESS_LABELS[row.verdict]}.`;
    lines.push([
      span(fitText(`${indent}${row.key} ${row.title}`, labelWidth), { bold: row.kind === 'domain', spoken }),
      span(`${row.correct}/${row.total}`.padStart(7), { spoken: '' }),
      span(percentText(row.percent).padStart(5), { spoken: '' }),
      span(`  ${READINESS_LABELS[row.verdict]}`, { color: VERDICT_COLOURS[row.verdict], spoken: '' }),
    ]);
  }
  if (readiness.rows.length === 0) lines.push(line('No CLF-C02 questions in this exam.', { color: 'muted' }));
  const beyond = perDomain.beyond;
  if (beyond) {
    lines.push(
      ...wrapBlock(
        `Beyond the exam guide: ${beyond.correct}/${beyond.total} (${percentText(beyond.percent)}), not part of readiness.`,
        width,
        { style: { color: 'muted' } },
      ),
    );
  }
  return lines;
}
