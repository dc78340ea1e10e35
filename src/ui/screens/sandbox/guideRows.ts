// The guided build under the log: the steps the learner broke, then the one `n` does next.
import { guideOf, type PlaySession, scenarioOf } from '../../../sandbox/index.js';
import { type Line, wrapBlock } from '../../text/index.js';
import { theme } from '../../theme.js';

export function guideRows(session: PlaySession, width: number): Line[] {
  const steps = scenarioOf(session)?.steps;
  if (steps === undefined) return [];
  const { statuses, next } = guideOf(session);
  const broken = statuses.flatMap((status, index) => (status === 'broken' ? [index] : []));
  const rows = broken.flatMap((index) =>
    wrapBlock(`✗ Step ${index + 1} was done and no longer holds: ${steps[index]!.title}.`, width, {
      style: { color: theme.bad },
      // The ✗ is for the eye; the sentence says it for a screen reader.
    }).map((row, i) =>
      i === 0 ? row.map((piece, at) => (at === 0 ? { ...piece, spoken: piece.text.replace(/^✗ /, '') } : piece)) : row,
    ),
  );
  if (next === undefined) return rows;
  const done = statuses.filter((status) => status === 'done').length;
  const step = steps[next]!;
  return [
    ...rows,
    ...wrapBlock(`Next step (n), ${done}/${steps.length} done: ${step.title}. ${step.explanation}`, width, {
      style: { color: theme.accent },
    }),
  ];
}
