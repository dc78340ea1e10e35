// The dashboard laid out as lines before Ink, pure: the join command, the agenda timer, who is
// stuck and idle, then a pane (attendees × steps, or per question) that takes the rows left and
// scrolls. Every name and text from the class goes through cleanText; nothing is wider than the body.
// For a screen reader (LineText speaks a span's `spoken`) the grid's marks, the × counts, the
// bullets and the scroll indicator are words: each attendee row says which steps are done.
import { agendaClock, type Cell, clockText, minutesOverPlan, questionText } from '../../../workshop/index.js';
import { plural } from '../../../plural.js';
import { cleanText } from '../../../untrusted/text.js';
import { fitText, type Line, line, span, textWidth, truncateText, wrapWords } from '../../text/index.js';
import { symbols, theme } from '../../theme.js';
import type { DashboardState } from './dashboardModel.js';

const CELL = { done: '✓', started: '~', todo: '·' } as const;
const CELL_COLOR = { done: theme.good, started: theme.warn, todo: theme.muted } as const;
/** "step 12 idle 99m" */
const STATUS_WIDTH = 17;

const c = (text: string) => cleanText(text).replace(/\s+/g, ' ');
const fitClean = (text: string, width: number) => fitText(c(text), width);

export function dashboardLines(state: DashboardState): Line[] {
  const head = headLines(state).map(spokenHead);
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
  const header: Line = [
    span(`${fitText('attendee', nameWidth)} ${numbers}${panned}`, {
      color: theme.muted,
      spoken: `Attendees and the ${plural(view.steps.length, 'agenda step')}:`,
    }),
  ];
  if (view.grid.length === 0) return [header, line('No one has joined yet.', { color: theme.muted })];
  const window = scrollWindow(state.row, view.grid.length, room - 2, 'attendees');
  const idle = new Map(view.idle.map((i) => [i.name, i.minutes]));
  const rows = view.grid.slice(window.start, window.start + window.rows).map((row): Line => {
    const cells = row.cells
      .slice(first, first + count)
      .map((cell) => span(`${CELL[cell]} `, { color: CELL_COLOR[cell], spoken: '' }));
    const step = row.currentStep === undefined ? 'all done' : `step ${row.currentStep + 1}`;
    const minutes = idle.get(row.name);
    const idleText = minutes === undefined ? '' : ` idle ${minutes}m`;
    // Every step in words, not only the ones panned into view: a listener has no columns.
    const spoken = `${c(row.name)}: ${stepsInWords(row.cells)}; ${row.currentStep === undefined ? 'all done' : `now on step ${row.currentStep + 1}`}${minutes === undefined ? '' : `, no progress for ${plural(minutes, 'minute')}`}.`;
    return [
      span(`${fitClean(row.name, nameWidth)} `, { spoken }),
      ...cells,
      span(step, { color: row.currentStep === undefined ? theme.good : undefined, spoken: '' }),
      span(idleText, { color: theme.warn, spoken: '' }),
    ];
  });
  return [header, ...rows, indicatorLine(window)];
}

const CELL_WORDS: Record<Cell, string> = { done: 'done', started: 'started', todo: 'not started' };

/** "done: steps 1, 2; started: step 3; not started: steps 4 to 9". */
export function stepsInWords(cells: readonly Cell[]): string {
  const groups: string[] = [];
  for (const kind of ['done', 'started', 'todo'] as const) {
    const numbers = cells.flatMap((cell, i) => (cell === kind ? [i + 1] : []));
    if (numbers.length === 0) continue;
    const runs: string[] = [];
    for (let i = 0; i < numbers.length; ) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
      runs.push(j - i >= 2 ? `${numbers[i]} to ${numbers[j]}` : numbers.slice(i, j + 1).join(', '));
      i = j + 1;
    }
    groups.push(`${CELL_WORDS[kind]}: ${numbers.length === 1 ? 'step' : 'steps'} ${runs.join(', ')}`);
  }
  return groups.join('; ');
}

/** The longest question id shown in full beside a stem; longer ones are cut. */
const ID_WIDTH = 24;

function questionLines(state: DashboardState, room: number): Line[] {
  const { questions } = state.view;
  const header = line('question (id); below: % right, the wrong answer chosen most', { color: theme.muted });
  if (questions.length === 0) return [header, line('No answers yet.', { color: theme.muted })];
  // Two rows a question: the stem with its id, then the share right and the wrong answer chosen
  // most. The stem has a row of its own: beside the share and a 21-character id, 60 columns left
  // it 19 characters ("An Amazon EC2 instan…"); alone it keeps 36.
  const window = scrollWindow(state.row, questions.length, Math.floor((room - 2) / 2), 'questions');
  const rows = questions.slice(window.start, window.start + window.rows).flatMap((q): Line[] => {
    const color = q.percentCorrect < 50 ? theme.bad : q.percentCorrect < 80 ? theme.warn : theme.good;
    const share = `${q.percentCorrect}% right of ${q.answered}`;
    const id = truncateText(c(q.questionId), ID_WIDTH);
    const text = c(questionText(q));
    const stemRoom = Math.max(1, state.width - textWidth(id) - 3);
    const wrong = q.mostChosenWrong;
    return [
      [
        span(`${truncateText(text, stemRoom)} `, { spoken: `Question: ${text} ` }),
        span(`(${id})`, { color: theme.muted, spoken: `(${c(q.questionId)})` }),
      ],
      [
        span(`  ${share}`, { color, spoken: `${share} ${q.answered === 1 ? 'answer' : 'answers'}` }),
        wrong
          ? span(` ${symbols.bullet} ${wrong.count}× ${c(wrong.text)}`, {
              color: theme.muted,
              spoken: `; wrong answer chosen most: ${wrong.count} chose ${c(wrong.text)}`,
            })
          : span(` ${symbols.bullet} no wrong answers`, { color: theme.muted, spoken: '; no wrong answers' }),
      ],
    ];
  });
  return [header, ...rows, indicatorLine(window)];
}

/**
 * The rows to show so `row` is on screen, and "3–12 of 30 ↑↓" when not everything fits (for a
 * screen reader "attendees 3 to 12 of 30 shown; ↑↓ scroll").
 */
export function scrollWindow(row: number, total: number, room: number, what = 'rows') {
  const rows = Math.max(1, room);
  const start = Math.max(0, Math.min(row, total - rows));
  const end = Math.min(total, start + rows);
  const more = total > rows;
  const indicator = more ? `${start + 1}–${end} of ${total} ↑↓` : '';
  const spoken = more ? `${what} ${start + 1} to ${end} of ${total} shown; up and down arrows scroll.` : '';
  return { start, rows, indicator, spoken };
}

function indicatorLine(window: { indicator: string; spoken: string }): Line {
  return [span(window.indicator, { color: theme.muted, spoken: window.spoken })];
}

/** A head line for a listener: bullets become commas, "14–28" "14 to 28". */
function spokenHead(row: Line): Line {
  return row.map((part) => {
    const words = (part.spoken ?? part.text).replaceAll(` ${symbols.bullet} `, ', ').replace(/(\d)–(\d)/g, '$1 to $2');
    return words === part.text ? part : { ...part, spoken: words };
  });
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
