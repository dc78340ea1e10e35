import { type ColorRole, type Line, span, wrapBlock } from '../../text/index.js';
import { symbols, theme } from '../../theme.js';
import { type AppOutcome, type AppRun, type FlowEvent, foldAnswer, type LogLine } from '../../../sandbox/index.js';

// `spoken`: the mark in words for a screen reader (accessibility/spoken.ts).
const marks: Record<LogLine['kind'], { mark: string; color?: ColorRole; spoken: string }> = {
  command: { mark: '$', color: 'accent', spoken: 'command: ' },
  ok: { mark: symbols.check, color: 'good', spoken: 'done: ' },
  error: { mark: symbols.cross, color: 'bad', spoken: 'error: ' },
  note: { mark: ' ', spoken: '' },
  hint: { mark: '?', color: 'warn', spoken: 'hint: ' },
  'goal-met': { mark: symbols.check, color: 'good', spoken: 'goal met: ' },
  'goal-missed': { mark: symbols.cross, color: 'bad', spoken: 'goal not met: ' },
};

/** The session log as wrapped rows, each marked so it reads without colour. */
export function logRows(log: readonly LogLine[], width: number): Line[] {
  return log.flatMap((entry) => {
    const { mark, color, spoken } = marks[entry.kind];
    // A read command's whole answer, as the AWS CLI prints it, folded under the mark.
    if (entry.answer !== undefined)
      return foldAnswer(entry.answer, width - 2).map((row, i) =>
        i === 0 ? [span(`${mark} `, color ? { color, spoken } : { spoken }), span(row)] : [span(`  ${row}`)],
      );
    const rows = wrapBlock(entry.text, width, {
      prefix: [span(`${mark} `, color ? { color, spoken } : { spoken })],
      style: entry.kind === 'command' ? { bold: true } : {},
    });
    // A note of the guide starts with its own ✓/✗ ("✓ Step 2 done: …"): the words say it already.
    const [first, ...rest] = rows;
    const lead = first?.[1];
    if (first === undefined || lead === undefined || !/^[✓✗] /.test(lead.text)) return rows;
    return [[first[0]!, { ...lead, spoken: lead.text.slice(2) }, ...first.slice(2)], ...rest];
  });
}

const statusMark: Record<FlowEvent['status'], string> = { ok: symbols.check, fail: symbols.cross, skip: '·' };
/** The status marks in words, for a screen reader. */
export const statusWords: Record<FlowEvent['status'], string> = { ok: 'ok', fail: 'failed', skip: 'skipped' };

function clock(at: number): string {
  return new Date(at).toISOString().slice(11, 19);
}

/** One row per timeline event, then the selected event's why and detail, then the outcome. */
export function timelineRows(run: AppRun, selected: number, width: number): { rows: Line[]; selectedRow: number } {
  const rows: Line[] = [];
  let selectedRow = 0;
  run.events.forEach((event, index) => {
    const active = index === selected;
    if (active) selectedRow = rows.length;
    const color = event.status === 'fail' ? theme.bad : event.status === 'ok' ? theme.good : theme.muted;
    rows.push([
      span(active ? `${symbols.pointer} ` : '  ', active ? { color: 'accent', spoken: '(selected) ' } : {}),
      span(`${clock(event.at)} `, {
        dim: true,
        spoken: `step ${index + 1} of ${run.events.length}, ${clock(event.at)}, `,
      }),
      span(`${event.actor.padEnd(9)} `, { color: 'accent', spoken: `${event.actor}, ` }),
      span(`${statusMark[event.status]} `, { color, spoken: `${statusWords[event.status]}: ` }),
      span(event.what, active ? { bold: true } : {}),
    ]);
    if (active) {
      rows.push(...wrapBlock(event.why, width, { indent: 4, style: { dim: false } }));
      for (const extra of event.detail ?? [])
        rows.push(...wrapBlock(extra, width, { indent: 6, style: { dim: true } }));
    }
  });
  rows.push([], ...outcomeRows(run.outcome, width));
  return { rows, selectedRow };
}

/** How the run ended, marked ✓/✗ so it reads without colour (in words for a screen reader), then the IAM decision's summary. */
export function outcomeRows(outcome: AppOutcome, width: number): Line[] {
  const allowed = outcome.result === 'allowed';
  const verdict = allowed
    ? `The call was allowed${outcome.principalArn ? ` for ${outcome.principalArn}` : ''}.`
    : `${outcome.result}: ${outcome.error ? `${outcome.error.code}: ${outcome.error.message}` : 'see the events above'}`;
  const style = { bold: true, color: allowed ? theme.good : theme.bad };
  const rows = wrapBlock(verdict, width, {
    prefix: [
      span(`${allowed ? symbols.check : symbols.cross} `, { ...style, spoken: allowed ? 'outcome: ' : 'failed: ' }),
    ],
    style,
  });
  if (outcome.decision?.summary) rows.push(...wrapBlock(outcome.decision.summary, width, { indent: 2 }));
  return rows;
}
