// The dashboard laid out as lines before Ink, pure: the join command, the agenda timer, who is
// stuck and idle, then a pane (attendees × steps, or per question) that takes the rows left and
// scrolls. Every name and text from the class goes through cleanText; nothing is wider than the body.
import { agendaClock, clockText, minutesOverPlan } from '../../../workshop/index.js';
import { cleanText } from '../../../untrusted/text.js';
import { fitText, type Line, line, span, wrapWords } from '../../text/index.js';
import { symbols, theme } from '../../theme.js';
import type { DashboardState } from './dashboardModel.js';

const CELL = { done: '✓', started: '~', todo: '·' } as const;
const CELL_COLOR = { done: theme.good, started: theme.warn, todo: theme.muted } as const;
/** "step 12 idle 99m" */
const STATUS_WIDTH = 17;

const c = (text: string) => cleanText(text).replace(/\s+/g, ' ');
const fitClean = (text: string, width: number) => fitText(c(text), width);

export function dashboardLines(state: DashboardState): Line[] {
  const head = headLines(state);
  const room = Math.max(2, state.height - head.length);
  const pane = state.pane === 'grid' ? gridLines(state, room) : questionLines(state, room);
  const lines = [...head, ...pane];
  if (state.confirmEnd) {
    lines.splice(Math.max(0, state.height - 1), lines.length, [
      span('End the class? ', { bold: true, color: theme.warn }),
      span('It stops the server and writes the report; y ends, n keeps it running.'),
    ]);
  }
  return lines.slice(0, state.height).map((row) => clip(row, state.width));
}

function headLines(state: DashboardState): Line[] {
  const { config, view, width } = state;
  const lines: Line[] = wrapWords(`Attendees run: ${c(config.joinCommand)}`, width).map((row) => line(row));
  // The token reads every answer and this screen is often projected: it shows only on t.
  const access = state.showToken
    ? `Code ${config.code} ${symbols.bullet} instructor token (yours only): ${config.token}`
    : `Code ${config.code} ${symbols.bullet} instructor token hidden (t shows it)`;
  lines.push(...wrapWords(access, width).map((row) => line(row, { color: theme.muted })));
  if (config.networkWarning) lines.push(line(c(config.networkWarning), { color: theme.warn }));
  const clock = agendaClock(config.input.workshop, config.startedAt, state.nowMs);
  const planned = clock.plannedStep === undefined ? undefined : clock.plan[clock.plannedStep];
  const plan =
    planned === undefined
      ? ''
      : ` ${symbols.bullet} by plan: step ${clock.plannedStep! + 1} (minutes ${planned.start}–${planned.end})`;
  lines.push(line(`Time ${clockText(clock.elapsedSeconds)} of ${clock.plannedMinutes} min${plan}`, { bold: true }));
  const over = view.stuck === undefined ? undefined : minutesOverPlan(clock, view.stuck.step);
  lines.push(
    view.stuck === undefined
      ? line(
          `${view.grid.length} attendees ${symbols.bullet} ${view.events} events ${symbols.bullet} no one is mid-agenda`,
        )
      : [
          span(`${view.grid.length} attendees ${symbols.bullet} most on `),
          span(`step ${view.stuck.step + 1} ${c(view.stuck.ref)} (${view.stuck.attendees})`, { color: theme.accent }),
          span(over ? ` ${symbols.bullet} ${over} min over plan` : '', { color: theme.warn }),
        ],
  );
  const idle = view.idle.map((i) => `${c(i.name)} ${i.minutes}m`).join(', ');
  lines.push(
    view.idle.length === 0
      ? line(`Everyone moved in the last ${config.idleMinutes} min`, { color: theme.muted })
      : line(`No progress for ${config.idleMinutes}+ min (${view.idle.length}): ${idle}`, { color: theme.warn }),
  );
  return lines;
}

/** How many agenda steps fit beside the names, two columns each. */
export function stepsShown(state: DashboardState): { first: number; count: number; nameWidth: number } {
  const names = state.view.grid.map((row) => [...c(row.name)].length);
  const nameWidth = Math.min(16, Math.max(8, ...names));
  const fits = Math.max(1, Math.floor((state.width - nameWidth - 1 - STATUS_WIDTH) / 2));
  const count = Math.min(state.view.steps.length, fits);
  const first = Math.min(state.column, state.view.steps.length - count);
  return { first, count, nameWidth };
}

function gridLines(state: DashboardState, room: number): Line[] {
  const { view } = state;
  const { first, count, nameWidth } = stepsShown(state);
  const numbers = Array.from({ length: count }, (_, i) => String((first + i + 1) % 100).padEnd(2)).join('');
  const panned = count < view.steps.length ? ` steps ${first + 1}–${first + count} of ${view.steps.length} ←→` : '';
  const header = line(`${fitText('attendee', nameWidth)} ${numbers}${panned}`, { color: theme.muted });
  if (view.grid.length === 0) return [header, line('No one has joined yet.', { color: theme.muted })];
  const window = scrollWindow(state.row, view.grid.length, room - 2);
  const idle = new Map(view.idle.map((i) => [i.name, i.minutes]));
  const rows = view.grid.slice(window.start, window.start + window.rows).map((row): Line => {
    const cells = row.cells
      .slice(first, first + count)
      .map((cell) => span(`${CELL[cell]} `, { color: CELL_COLOR[cell] }));
    const step = row.currentStep === undefined ? 'all done' : `step ${row.currentStep + 1}`;
    const minutes = idle.get(row.name);
    return [
      span(`${fitClean(row.name, nameWidth)} `),
      ...cells,
      span(step, { color: row.currentStep === undefined ? theme.good : undefined }),
      span(minutes === undefined ? '' : ` idle ${minutes}m`, { color: theme.warn }),
    ];
  });
  return [header, ...rows, line(window.indicator, { color: theme.muted })];
}

function questionLines(state: DashboardState, room: number): Line[] {
  const { questions } = state.view;
  const header = line('question: share right; the wrong answer chosen most', { color: theme.muted });
  if (questions.length === 0) return [header, line('No answers yet.', { color: theme.muted })];
  // Two rows a question: the answer's text matters more than its id.
  const window = scrollWindow(state.row, questions.length, Math.floor((room - 2) / 2));
  const rows = questions.slice(window.start, window.start + window.rows).flatMap((q): Line[] => {
    const color = q.percentCorrect < 50 ? theme.bad : q.percentCorrect < 80 ? theme.warn : theme.good;
    const wrong = q.mostChosenWrong
      ? `  ${q.mostChosenWrong.count}× ${c(q.mostChosenWrong.text)}`
      : '  no wrong answers';
    return [
      [span(`${c(q.questionId)} `), span(`${q.percentCorrect}% right of ${q.answered}`, { color })],
      line(wrong, { color: theme.muted }),
    ];
  });
  return [header, ...rows, line(window.indicator, { color: theme.muted })];
}

/** The rows to show so `row` is on screen, and "3–12 of 30 ↑↓" when not everything fits. */
export function scrollWindow(row: number, total: number, room: number) {
  const rows = Math.max(1, room);
  const start = Math.max(0, Math.min(row, total - rows));
  const indicator = total > rows ? `${start + 1}–${Math.min(total, start + rows)} of ${total} ↑↓` : '';
  return { start, rows, indicator };
}

/** Cuts a row to the body width, with … where it was cut. */
function clip(row: Line, width: number): Line {
  const out: Line = [];
  let left = width;
  for (const part of row) {
    const chars = [...part.text];
    if (chars.length <= left) {
      out.push(part);
      left -= chars.length;
      continue;
    }
    out.push({ ...part, text: `${chars.slice(0, Math.max(0, left - 1)).join('')}…` });
    break;
  }
  return out;
}
