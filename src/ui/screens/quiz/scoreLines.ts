// Score tables (per topic, per domain) laid out as rows: label, correct/total, percent, and the
// verdict in words ("Meets competencies" / "Needs improvement").

import { inCourseOrder, topicTitle as curriculumTitle } from '../../../content/topics.js';
import { DOMAIN_NAMES, type DomainKey } from '../../../quiz/domains.js';
import { COMPETENCY_RULE_TEXT } from '../../../quiz/index.js';
import { type SectionScore, VERDICT_LABELS } from '../../../quiz/scoring.js';
import { type Line, fitText, line, span, wrapBlock } from '../../text/index.js';

/** A topic's title from the curriculum (the id for a pack's own topic). */
export function topicTitle(id: string): string {
  return curriculumTitle(id);
}

export function percentText(percent: number): string {
  return `${Math.round(percent)}%`;
}

interface Row {
  label: string;
  score: SectionScore;
}

function tableRows(rows: readonly Row[], width: number, withVerdict: boolean): Line[] {
  // Row: 2 indent + label + 8 "correct/total " + 5 percent + 19 "  Needs improvement".
  const labelWidth = Math.max(10, Math.min(40, width - 15 - (withVerdict ? 19 : 0)));
  return rows.map(({ label, score }) => {
    const meets = score.verdict === 'meets';
    // A screen reader hears the row as a sentence, not as columns (and the label whole).
    const verdict = withVerdict ? `, ${VERDICT_LABELS[score.verdict]}` : '';
    const spoken = `${label}: ${score.correct} of ${score.total} right, ${percentText(score.percent)}${verdict}.`;
    const out: Line = [
      span(`  ${fitText(label, labelWidth)}`, { spoken }),
      span(`${`${score.correct}/${score.total}`.padStart(7)} `, { spoken: '' }),
      span(percentText(score.percent).padStart(5), { spoken: '' }),
    ];
    if (withVerdict)
      out.push(span(`  ${VERDICT_LABELS[score.verdict]}`, { color: meets ? 'good' : 'warn', spoken: '' }));
    return out;
  });
}

export function topicTable(
  perTopic: Readonly<Record<string, SectionScore>>,
  width: number,
  withVerdict = true,
): Line[] {
  const rows = inCourseOrder(Object.entries(perTopic)).map(([id, score]) => ({ label: topicTitle(id), score }));
  return [
    line('By topic', { bold: true }),
    ...tableRows(rows, width, withVerdict),
    ...(withVerdict ? ruleLines(width) : []),
  ];
}

const DOMAIN_ORDER: DomainKey[] = ['1', '2', '3', '4', 'beyond'];

export function domainTable(perDomain: Partial<Record<DomainKey, SectionScore>>, width: number): Line[] {
  const rows = DOMAIN_ORDER.flatMap((key) => {
    const score = perDomain[key];
    if (!score) return [];
    const label = key === 'beyond' ? DOMAIN_NAMES.beyond : `${key} ${DOMAIN_NAMES[key]}`;
    return [{ label, score }];
  });
  return [line('By CLF-C02 domain', { bold: true }), ...tableRows(rows, width, true), ...ruleLines(width)];
}

/** The one rule behind every verdict, under the table that shows verdicts (issue #16). */
export function ruleLines(width: number): Line[] {
  return wrapBlock(COMPETENCY_RULE_TEXT, width, { indent: 2, style: { color: 'muted' } });
}
