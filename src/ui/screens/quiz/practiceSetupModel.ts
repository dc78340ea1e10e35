import type { Question } from '../../../content/index.js';
import { builtinTopics } from '../../../content/index.js';
import type { PracticeSettings } from '../../../progress/index.js';
import type { Routes } from '../../shell/routes.js';
import type { Keymap } from '../../shell/keymap.js';
import { on } from '../../shell/keymap.js';
import type { Message } from '../../widgets/status-line/index.js';
import { type QuizStep, requestQuizChange } from '../../../workshop/index.js';

export type Selection = { mode: 'all' } | { mode: 'weak' } | { mode: 'topics'; topics: string[] };
export type Count = number | 'all';

export interface TopicRow {
  id: string;
  title: string;
  count: number;
}

/** What the setup offers; fixed while the screen is open. */
export interface SetupEnv {
  topics: readonly TopicRow[];
  weak: readonly string[];
  choices: readonly Count[];
  /** How a topic id is named in messages. */
  topicTitle(id: string): string;
  /** A workshop's quiz step: its topics, count and seed are the pack's, and a change is refused. */
  fixed?: Pick<QuizStep, 'topics' | 'count' | 'seed'>;
}

export interface SetupState {
  cursor: number;
  selection: Selection;
  countIndex: number;
  message: Message | null;
}

export type SetupAction =
  | { type: 'move'; by: number }
  | { type: 'to'; row: 'first' | 'last' }
  | { type: 'count'; by: 1 | -1 }
  | { type: 'space' }
  | { type: 'start' }
  | { type: 'message'; message: Message | null };

/** Rows: All, Weak, one per topic, then the count row and the Start row. */
export const rowCount = (env: SetupEnv) => env.topics.length + 4;
export const countRow = (env: SetupEnv) => env.topics.length + 2;
export const startRow = (env: SetupEnv) => env.topics.length + 3;

function toggle(state: SetupState, env: SetupEnv, row: number): SetupState {
  const plain = { ...state, message: null };
  if (row === 0) return { ...plain, selection: { mode: 'all' } };
  if (row === 1) {
    if (env.weak.length === 0)
      return {
        ...state,
        message: {
          text: 'No weak topics yet: answer at least 5 questions in a topic first, or pick topics yourself.',
          tone: 'error',
        },
      };
    return { ...plain, selection: { mode: 'weak' } };
  }
  const topic = env.topics[row - 2];
  if (!topic) return state;
  if (topic.count === 0)
    return { ...state, message: { text: `“${env.topicTitle(topic.id)}” has no questions yet.`, tone: 'error' } };
  const current = state.selection.mode === 'topics' ? state.selection.topics : [];
  const next = current.includes(topic.id) ? current.filter((t) => t !== topic.id) : [...current, topic.id];
  return { ...plain, selection: next.length === 0 ? { mode: 'all' } : { mode: 'topics', topics: next } };
}

/** In a workshop a change of topics or count is asked of the pack, which refuses it with the reason. */
function refuseChange(env: SetupEnv, state: SetupState, next: SetupState): SetupState {
  if (!env.fixed || next.message?.tone === 'error') return next;
  const count = env.choices[next.countIndex];
  const asked = requestQuizChange(env.fixed, {
    topics: next.selection.mode === 'topics' ? next.selection.topics : [],
    count: typeof count === 'number' ? count : Number.MAX_SAFE_INTEGER,
  });
  return asked.ok ? next : { ...state, message: { text: asked.message, tone: 'error' } };
}

export function setupReduce(env: SetupEnv) {
  const reduce = freeReduce(env);
  return (state: SetupState, action: SetupAction): SetupState =>
    action.type === 'count' || action.type === 'space'
      ? refuseChange(env, state, reduce(state, action))
      : reduce(state, action);
}

function freeReduce(env: SetupEnv) {
  return (state: SetupState, action: SetupAction): SetupState => {
    const rows = rowCount(env);
    switch (action.type) {
      case 'move': {
        const raw = state.cursor + action.by;
        const cursor = Math.abs(action.by) === 1 ? (raw + rows) % rows : Math.min(Math.max(raw, 0), rows - 1);
        return { ...state, cursor };
      }
      case 'to':
        return { ...state, cursor: action.row === 'first' ? 0 : rows - 1 };
      case 'count':
        return {
          ...state,
          message: null,
          countIndex: (state.countIndex + action.by + env.choices.length) % env.choices.length,
        };
      case 'space':
        if (state.cursor < countRow(env)) return toggle(state, env, state.cursor);
        if (state.cursor === countRow(env))
          return { ...state, countIndex: (state.countIndex + 1) % env.choices.length };
        return state; // on Start, Space starts (see setupStarts)
      case 'message':
        return { ...state, message: action.message };
      default:
        return state;
    }
  };
}

/** Whether this action starts the session (the screen then creates it from the newest state). */
export const setupStarts = (env: SetupEnv, state: SetupState, action: SetupAction) =>
  action.type === 'start' || (action.type === 'space' && state.cursor === startRow(env));

export function setupKeymap(env: SetupEnv): Keymap<SetupState, SetupAction> {
  const spaceLabel = (state: SetupState) =>
    state.cursor < countRow(env) ? 'pick topic' : state.cursor === countRow(env) ? 'how many' : 'start';
  const refusedOnly = env.fixed ? { footer: false as const } : {};
  return [
    { keys: '↑↓', label: 'move', match: on.up, action: { type: 'move', by: -1 } },
    { keys: '↑↓', label: 'move', match: on.down, action: { type: 'move', by: 1 } },
    { keys: 'g/G', label: 'first/last', match: on.first, action: { type: 'to', row: 'first' }, footer: false },
    { keys: 'g/G', label: 'first/last', match: on.last, action: { type: 'to', row: 'last' }, footer: false },
    { keys: 'PgUp/PgDn', label: 'page', match: on.pageUp, action: { type: 'move', by: -10 }, footer: false },
    { keys: 'PgUp/PgDn', label: 'page', match: on.pageDown, action: { type: 'move', by: 10 }, footer: false },
    // In a workshop the pack fixes topics and count: Space and ←/→ only say so, so the footer
    // leaves them out (they stay in the ? overlay).
    { keys: 'Space', label: spaceLabel, match: on.space, action: { type: 'space' }, ...refusedOnly },
    {
      keys: '←/→',
      label: 'how many',
      match: (_i, key) => key.leftArrow,
      action: { type: 'count', by: -1 },
      ...refusedOnly,
    },
    {
      keys: '←/→',
      label: 'how many',
      match: (_i, key) => key.rightArrow,
      action: { type: 'count', by: 1 },
      ...refusedOnly,
    },
    { keys: 'Enter', label: 'start', match: on.enter, action: { type: 'start' } },
  ];
}

export const COUNT_CHOICES: readonly Count[] = [5, 10, 20, 'all'];

/**
 * The curriculum topics in order with their question counts; a pack's own topics follow, titled
 * by the pack's lesson of that id where there is one (the id only as a last resort).
 */
export function topicRows(questions: readonly Question[], titles: ReadonlyMap<string, string> = new Map()): TopicRow[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.topic, (counts.get(q.topic) ?? 0) + 1);
  const rows = builtinTopics.map((t) => ({ id: t.id, title: `${t.order}. ${t.title}`, count: counts.get(t.id) ?? 0 }));
  for (const [id, count] of counts)
    if (!rows.some((r) => r.id === id)) rows.push({ id, title: titles.get(id) ?? id, count });
  return rows;
}

type QuizParams = Routes['quiz'];

/**
 * What is picked on opening: the topics a workshop step, lesson link or `quiz TOPIC` passes;
 * else the setup last started (issue #16: "practise again" forgot it); else all topics.
 */
export function initialSelection(
  params: QuizParams,
  rows: readonly TopicRow[],
  weak: readonly string[],
  last?: PracticeSettings,
): Selection {
  const listed = params.topics ?? [];
  const id = params.id ?? params.topic;
  const wanted = [...listed, ...(id === undefined ? [] : [id])].filter((t, i, all) => all.indexOf(t) === i);
  const known = (ids: readonly string[]) => ids.filter((t) => rows.some((r) => r.id === t && r.count > 0));
  if (known(wanted).length > 0) return { mode: 'topics', topics: known(wanted) };
  if (wanted.length > 0 || last === undefined) return { mode: 'all' };
  if (last.topics === 'weak') return weak.length > 0 ? { mode: 'weak' } : { mode: 'all' };
  if (last.topics === 'all') return { mode: 'all' };
  const remembered = known(last.topics);
  return remembered.length > 0 ? { mode: 'topics', topics: remembered } : { mode: 'all' };
}

/** The count choices, with the asked (or remembered) count added in order when it is not one of them. */
export function countChoices(asked: number | undefined): Count[] {
  if (asked !== undefined && Number.isInteger(asked) && asked > 0 && !COUNT_CHOICES.includes(asked)) {
    const numbers = [...COUNT_CHOICES.filter((c): c is number => c !== 'all'), asked].sort((a, b) => a - b);
    return [...numbers, 'all'];
  }
  return [...COUNT_CHOICES];
}

/** The count asked by params, else the one last started. */
export const wantedCount = (params: QuizParams, last?: PracticeSettings) => params.count ?? last?.count;

export function initialCountIndex(choices: readonly Count[], wanted: number | undefined): number {
  const found = wanted === undefined ? -1 : choices.indexOf(wanted);
  return found >= 0 ? found : choices.indexOf(10);
}

/** How many questions the selection draws from. */
export function poolSize(questions: readonly Question[], selection: Selection, weak: readonly string[]): number {
  const chosen = selection.mode === 'all' ? null : selection.mode === 'weak' ? weak : selection.topics;
  return chosen === null ? questions.length : questions.filter((q) => chosen.includes(q.topic)).length;
}

/** The number to ask for: never more than match (the setup shows how many do), at least 1. */
export function askedCount(wanted: Count, matching: number): number {
  return wanted === 'all' ? Math.max(1, matching) : Math.max(1, Math.min(wanted, matching));
}

/** The setup as remembered for next time. */
export function practiceSettingsOf(selection: Selection, count: Count, matching: number): PracticeSettings {
  return {
    topics: selection.mode === 'topics' ? [...selection.topics] : selection.mode,
    count: count === 'all' ? Math.max(1, matching) : count,
    mode: 'practice',
  };
}
