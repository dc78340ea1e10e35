// `iam-tutor workshop status URL --token TOKEN [--json]`: a live class's state without a TUI:
// the attendees × steps grid, who has made no progress for a while (the host's --idle-minutes), the step most attendees are
// on, and per question the share correct and the wrong option chosen most. Everything the host
// sends is treated as untrusted text.
import { inertJson } from '../../untrusted/formats.js';
import { cleanText } from '../../untrusted/text.js';
import { type ClassView, questionText } from '../../workshop/live/views.js';
import type { CliFlags } from '../args.js';
import type { BatchHandler } from '../command-table.js';
import type { CliIo } from '../io.js';
import { plural } from '../../plural.js';
// Display columns, not code points: a wide character takes two of the 80.
import { textWidth, truncateText as shorten } from '../../ui/text/index.js';

const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export async function workshopStatusCommand(args: string[], flags: CliFlags, io: CliIo): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`iam-tutor: ${message}\n`);
    return code;
  };
  const [given, ...extra] = args;
  if (given === undefined || flags.token === undefined) {
    return fail(
      2,
      'workshop status needs the host URL and the instructor token: iam-tutor workshop status URL --token TOKEN',
    );
  }
  if (extra.length > 0) return fail(2, `workshop status takes one URL (also got '${cleanText(extra[0]!)}')`);
  let origin: string;
  try {
    const url = new URL(given);
    if (url.protocol !== 'http:') throw new Error('not http');
    origin = url.origin;
  } catch {
    return fail(2, `'${cleanText(given)}' is not the host's http:// URL`);
  }
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(flags.token)) return fail(2, 'that is not an instructor token');
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${origin}/class`, {
      headers: { authorization: `Bearer ${flags.token}` },
      signal: AbortSignal.timeout(5000),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return fail(1, `cannot reach the class host at ${cleanText(origin)}: ${cleanText((error as Error).message)}`);
  }
  if (text.length > MAX_ANSWER_BYTES) return fail(1, 'the host sent more than expected');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(1, `the host answered ${status} with something that is not JSON`);
  }
  if (status === 401) return fail(1, 'the host refused the token: use the INSTRUCTOR_TOKEN it printed');
  if (status !== 200) {
    const error = (body as { error?: unknown }).error;
    return fail(1, `the host answered ${status}${typeof error === 'string' ? `: ${cleanText(error)}` : ''}`);
  }
  if (flags.json) {
    io.stdout.write(`${inertJson(JSON.stringify(body, null, 2))}\n`);
    return 0;
  }
  try {
    io.stdout.write(renderClassView(body as ClassView));
  } catch {
    return fail(1, 'the host sent a class state this version cannot read');
  }
  return 0;
}

const CELL: Record<string, string> = { done: '#', started: '~', todo: '.' };

/** A question and its id fit one line of this many columns (the id's length permitting). */
const LINE_WIDTH = 80;

/** Plain text, one screen for a class of 30: every string from the host goes through cleanText. */
export function renderClassView(view: ClassView): string {
  const c = (value: unknown) => cleanText(String(value));
  const lines: string[] = [];
  lines.push(
    `${c(view.title)} (${c(view.packName)}): ${plural(view.grid.length, 'attendee')}, ${plural(Number(view.events), 'event')}`,
  );
  lines.push('');
  lines.push('Steps:');
  for (const step of view.steps) lines.push(`  ${c(step)}`);
  lines.push('');
  const width = Math.min(24, Math.max(8, ...view.grid.map((row) => c(row.name).length)));
  const numbers = view.steps.map((_, i) => String((i + 1) % 10)).join('');
  lines.push(`${'attendee'.padEnd(width)}  ${numbers}   (# done, ~ started, . not started)`);
  for (const row of view.grid) {
    const name = c(row.name).slice(0, width).padEnd(width);
    lines.push(`${name}  ${row.cells.map((cell) => CELL[cell] ?? '?').join('')}`);
  }
  lines.push('');
  lines.push(
    view.stuck
      ? `Most attendees are on step ${Number(view.stuck.step) + 1} (${c(view.stuck.ref)}): ${Number(view.stuck.attendees)}`
      : 'No one is between steps.',
  );
  const idleMinutes = Number.isInteger(view.idleMinutes) ? Number(view.idleMinutes) : 5;
  lines.push(
    view.idle.length === 0
      ? `Everyone has made progress in the last ${idleMinutes} minutes.`
      : `No progress for ${idleMinutes}+ minutes: ${view.idle.map((i) => `${c(i.name)} (${Number(i.minutes)} min)`).join(', ')}`,
  );
  if (view.questions.length > 0) {
    lines.push('');
    lines.push('Questions (text and id; below: share correct, wrong answer chosen most):');
    for (const q of view.questions) {
      // The host's bank quotes the stem (the pack's questions included); the id follows it.
      const stem = typeof q.stem === 'string' ? { stem: q.stem } : {};
      const id = c(q.questionId);
      const room = Math.max(30, LINE_WIDTH - textWidth(id) - 5);
      lines.push(`  ${shorten(c(questionText(stem)), room)} (${id})`);
      const share = `    ${Number(q.percentCorrect)}% of ${Number(q.answered)}`;
      if (q.mostChosenWrong === undefined) {
        lines.push(share);
        continue;
      }
      const chose = `${share}; ${Number(q.mostChosenWrong.count)}× "`;
      const wrong = shorten(c(q.mostChosenWrong.text), Math.max(20, LINE_WIDTH - textWidth(chose) - 1));
      lines.push(`${chose}${wrong}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const runWorkshopStatus: BatchHandler = async ({ args, flags, io }) => workshopStatusCommand(args, flags, io);
