// The flow diagram as rows of text, laid out before Ink: six lane lifelines on the left with one
// arrow per step, the step's headline beside it, and under them the step's log line and request.
// Lanes compress with the width (lane names fall back to shorter forms) and headlines are cut
// with …; the full text is in the detail below. Meaning never rests on colour alone: a failing
// arrow carries ✗ on its shaft and its error code at the front of its headline, and answers are
// dashed where requests are solid. Box-drawing characters are used at every width and under
// NO_COLOR, as the rest of the tutor does (the score chart, the frame's rules).

import { type AppRun, type DiagramStep, type FlowDiagram, LANES, type LaneHeader } from '../../../../sandbox/index.js';
import { type ColorRole, fitText, type Line, span, textWidth, wrapBlock } from '../../../text/index.js';
import { symbols, theme } from '../../../theme.js';
import { outcomeRows } from '../logLines.js';

export interface Geometry {
  width: number;
  laneWidth: number;
  /** Columns the lanes take; the step headlines start one column after. */
  lanesWidth: number;
  labelWidth: number;
}

const LANE_COUNT = LANES.length;

/** Just under half the width for the lanes, 5 to 12 columns each; the rest for headlines. */
export function geometry(width: number): Geometry {
  const laneWidth = Math.min(12, Math.max(5, Math.floor((width * 0.48) / LANE_COUNT)));
  // The last lane needs one column after its lifeline, not a whole cell.
  const lanesWidth = (LANE_COUNT - 1) * laneWidth + Math.floor((laneWidth - 1) / 2) + 2;
  return { width, laneWidth, lanesWidth, labelWidth: Math.max(8, width - lanesWidth - 1) };
}

const centre = (geo: Geometry, index: number) => index * geo.laneWidth + Math.floor((geo.laneWidth - 1) / 2);

/** The lanes' lifelines alone: │ at each lane's centre. */
function lifelineCells(geo: Geometry): string[] {
  const centres = new Set(LANES.map((_, i) => centre(geo, i)));
  return Array.from({ length: geo.lanesWidth }, (_, x) => (centres.has(x) ? '│' : ' '));
}

/** The longest of a lane's names that fits its column with a space to spare, else the shortest cut. */
export function laneName(header: LaneHeader, room: number): string {
  const fits = header.names.find((name) => textWidth(name) <= room);
  return fits ?? [...(header.names.at(-1) ?? '')].slice(0, Math.max(1, room)).join('');
}

function headerLine(diagram: FlowDiagram, geo: Geometry, status: string): Line {
  const cells = Array.from({ length: geo.lanesWidth }, () => ' ');
  diagram.lanes.forEach((header, i) => {
    const name = [...laneName(header, geo.laneWidth - 1)];
    const centred = centre(geo, i) - Math.floor((name.length - 1) / 2);
    const start = Math.max(0, Math.min(geo.lanesWidth - name.length, Math.max(i * geo.laneWidth, centred)));
    name.forEach((ch, k) => {
      cells[start + k] = ch;
    });
  });
  return [span(cells.join(''), { bold: true, color: theme.accent }), span(` ${fitText(status, geo.labelWidth)}`)];
}

const notes: Record<DiagramStep['status'], string> = { ok: symbols.bullet, fail: symbols.cross, skip: '·' };
const marks: Record<DiagramStep['status'], string> = { ok: symbols.check, fail: symbols.cross, skip: '·' };
const colours: Record<DiagramStep['status'], ColorRole> = { ok: 'good', fail: 'bad', skip: 'muted' };

/** The lanes' lifelines with this step's arrow (or note) drawn across them. */
function arrowCells(step: DiagramStep, geo: Geometry): { cells: string[]; from: number; to: number } {
  const cells = lifelineCells(geo);
  const a = centre(geo, LANES.indexOf(step.from));
  const b = centre(geo, LANES.indexOf(step.to));
  if (a === b) {
    cells[a] = notes[step.status];
    return { cells, from: a, to: a };
  }
  const right = b > a;
  const shaft = step.kind === 'answer' ? '┄' : '─';
  const [lo, hi] = right ? [a + 1, b - 2] : [b + 2, a - 1];
  for (let x = lo; x <= hi; x++) cells[x] = shaft;
  cells[a] = right ? '├' : '┤';
  cells[right ? b - 1 : b + 1] = right ? '▶' : '◀';
  if (step.status === 'fail' && hi >= lo) cells[Math.floor((lo + hi) / 2)] = symbols.cross;
  return { cells, from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * One step: its arrow (› in the first column for the current step), then its status, error code
 * and headline. When the error code would not fit the headline column (AssumeRoleUnauthorizedAccess
 * at 60 columns), the headline starts right after the arrow instead, over the idle lanes.
 */
export function stepLine(step: DiagramStep, geo: Geometry, current: boolean): Line {
  const { cells, from, to } = arrowCells(step, geo);
  if (current) cells[0] = symbols.pointer;
  const colour = colours[step.status];
  const error = step.error && !step.label.startsWith(step.error) ? `${step.error}: ` : '';
  const label = `${marks[step.status]} ${error}${step.label}`;
  const needs = textWidth(`${marks[step.status]} ${step.error ?? ''}`);
  const start = needs > geo.labelWidth && to + 2 < geo.lanesWidth ? to + 2 : geo.lanesWidth;
  return [
    span(cells.slice(0, from).join(''), { color: current ? theme.selected : theme.muted }),
    span(cells.slice(from, to + 1).join(''), step.status === 'ok' ? {} : { color: colour }),
    span(cells.slice(to + 1, start).join(''), { color: theme.muted }),
    span(
      ` ${fitText(label, geo.width - start - 1)}`,
      current ? { bold: true } : step.status === 'skip' ? { dim: true } : {},
    ),
  ];
}

function lifelines(geo: Geometry, text: string): Line {
  return [
    span(lifelineCells(geo).join(''), { color: theme.muted }),
    span(` ${fitText(text, geo.labelWidth)}`, { dim: true }),
  ];
}

/**
 * The lane headers and the steps up to the cursor (later ones are not drawn yet: the diagram grows
 * as it plays), the newest at the bottom; exactly `rows` lines.
 */
export function diagramLines(
  diagram: FlowDiagram,
  cursor: number,
  width: number,
  rows: number,
  status: string,
): Line[] {
  const geo = geometry(width);
  const shown = diagram.steps.slice(0, cursor + 1);
  const room = Math.max(1, rows - 1);
  const hidden = shown.length > room ? shown.length - (room - 1) : 0;
  const lines: Line[] = [headerLine(diagram, geo, status)];
  if (hidden > 0) lines.push(lifelines(geo, `⋮ ${hidden} earlier step${hidden === 1 ? '' : 's'} (Home)`));
  for (const step of shown.slice(hidden)) lines.push(stepLine(step, geo, step === diagram.steps[cursor]));
  while (lines.length < rows) lines.push(lifelines(geo, ''));
  return lines.slice(0, rows);
}

/**
 * A request or document line in rows of `room` columns, cut at the last space in the second half
 * of the row, else after the last /: word wrapping would leave "GET" alone on a row and then cut
 * the URL anyway.
 */
export function cutRows(text: string, room: number): string[] {
  const rows: string[] = [];
  let rest = [...text];
  while (rest.length > room && room > 8) {
    const space = rest.lastIndexOf(' ', room);
    const slash = rest.lastIndexOf('/', room - 1);
    const cut = space >= room / 2 ? space : slash >= room / 2 ? slash + 1 : room;
    rows.push(rest.slice(0, cut).join('').trimEnd());
    rest = rest.slice(cut);
    while (rest[0] === ' ') rest = rest.slice(1);
  }
  rows.push(rest.join(''));
  return rows;
}

/** Under the diagram: the current step's log line, its request and answer, why, and at the end the outcome. */
export function detailLines(
  run: AppRun,
  step: DiagramStep | undefined,
  last: boolean,
  width: number,
  rows: number,
): Line[] {
  if (!step) return outcomeRows(run.outcome, width).slice(0, rows);
  const lines: Line[] = [
    ...wrapBlock(step.logLine, width, {
      prefix: [span(`${marks[step.status]} `, { color: colours[step.status] })],
      style: { bold: true },
    }),
  ];
  if (last) lines.push(...outcomeRows(run.outcome, width));
  for (const request of step.request)
    for (const row of cutRows(request, width - 4)) lines.push([span(`    ${row}`, { dim: true })]);
  lines.push(...wrapBlock(step.why, width, { indent: 2 }));
  return lines.slice(0, rows);
}

/** Rows for the detail under the diagram: about two fifths of the height, 3 to 8. */
export function detailRows(height: number): number {
  return Math.min(8, Math.max(3, Math.round(height * 0.4)));
}

/** The whole view: diagram then detail, exactly `height` rows of at most `width` columns. */
export function flowLines(
  run: AppRun,
  diagram: FlowDiagram,
  player: { cursor: number; playing: boolean },
  width: number,
  height: number,
): Line[] {
  const total = diagram.steps.length;
  const cursor = Math.min(Math.max(0, player.cursor), Math.max(0, total - 1));
  const status = `${player.playing ? '▶ playing' : '‖ paused'} · step ${Math.min(total, cursor + 1)}/${total}`;
  const below = Math.min(detailRows(height), Math.max(0, height - 2));
  const lines = [
    ...diagramLines(diagram, cursor, width, height - below, status),
    ...detailLines(run, diagram.steps[cursor], cursor === total - 1, width, below),
  ];
  while (lines.length < height) lines.push([]);
  return lines;
}
