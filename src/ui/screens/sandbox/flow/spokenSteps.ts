// The credential-flow diagram as a list of sentences, for a screen reader: lanes and arrows are
// shapes, so each step says in words who talks to whom, how it went and what it was.
import type { DiagramStep, FlowDiagram } from '../../../../sandbox/index.js';
import { statusWords } from '../logLines.js';

function laneName(diagram: FlowDiagram, lane: DiagramStep['from']): string {
  return diagram.lanes.find((header) => header.lane === lane)?.names[0] ?? lane;
}

/** "Step 2 of 7: App/SDK to IMDS, request, ok: GET /latest/api/token." */
export function spokenStep(diagram: FlowDiagram, index: number): string {
  const step = diagram.steps[index]!;
  const from = laneName(diagram, step.from);
  const who = step.kind === 'note' ? `${from}, on its own` : `${from} to ${laneName(diagram, step.to)}, ${step.kind}`;
  const error = step.error ? ` (${step.error})` : '';
  return `Step ${index + 1} of ${diagram.steps.length}: ${who}, ${statusWords[step.status]}${error}: ${step.label}`;
}
