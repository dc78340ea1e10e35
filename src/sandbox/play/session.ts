// A play session in the sandbox as pure functions over the core: what the learner typed, what AWS
// answered, hints shown, the last app run. It lived under ui/ (review 2026-12, 2b); the quiz's
// equivalent (quiz/practice.ts) is core too.
import { applyAction } from '../actions/apply.js';
import { verbNames, verbs } from '../actions/registry.js';
import { advanceClock } from '../clock.js';
import { formatCommand, parseCommand, usageOf } from '../command-line.js';
import { runApp } from '../credential-flow/run-app.js';
import type { AppRun, RunOptions } from '../credential-flow/types.js';
import { getScenario } from '../scenarios/registry.js';
import { checkGoal, type GoalResult, startScenario } from '../scenarios/run.js';
import type { Scenario } from '../scenarios/types.js';
import { createWorld } from '../world/create.js';
import type { World } from '../world/types.js';
import { withAws } from './complete.js';
import { freePlayRun } from './free-play-run.js';
import { guideNotes, nextUndone, reachedAfter, type StepStatus, stepStatuses } from './guide.js';

const MAX_SAVED_HISTORY = 100;

export type LogKind = 'command' | 'ok' | 'error' | 'note' | 'hint' | 'goal-met' | 'goal-missed';

export interface LogLine {
  kind: LogKind;
  text: string;
  /** A read command's whole answer (get-role, describe-instances, cat ...), shown folded to the pane. */
  answer?: unknown;
}

export interface PlaySession {
  /** Null in free play. */
  scenarioId: string | null;
  world: World;
  log: LogLine[];
  /** Commands typed, oldest first, for ↑/↓ recall. */
  history: string[];
  hintsShown: number;
  /** Guided build: the steps that were ever done (a step done once and undone since is broken). */
  reached: number[];
  lastRun?: AppRun;
  goalMet: boolean;
  /** False: the app copied its keys once and never fetches new ones (to watch them expire). */
  sdkRefresh?: boolean;
}

export function scenarioOf(session: PlaySession): Scenario | undefined {
  return session.scenarioId === null ? undefined : getScenario(session.scenarioId);
}

export function startSession(scenarioId: string | null): PlaySession {
  const scenario = scenarioId === null ? undefined : getScenario(scenarioId);
  const world = scenario ? startScenario(scenario) : createWorld();
  const intro: LogLine[] = scenario
    ? [{ kind: 'note', text: scenario.summary }]
    : [
        {
          kind: 'note',
          text: 'Free play: an empty account 111122223333 (and 444455556666 as --profile partner). Type any aws command.',
        },
      ];
  const reached = reachedAfter([], stepStatuses(scenario, world, []));
  return { scenarioId: scenario?.id ?? null, world, log: intro, history: [], hintsShown: 0, reached, goalMet: false };
}

/** Resumes a saved world (from the progress store) inside a session. */
export function resumeSession(
  scenarioId: string | null,
  world: World,
  where: Partial<Pick<PlaySession, 'reached' | 'hintsShown' | 'goalMet' | 'sdkRefresh' | 'history'>> = {},
): PlaySession {
  const started = { ...startSession(scenarioId), ...where, world };
  const reached = reachedAfter(started.reached, stepStatuses(scenarioOf(started), world, started.reached));
  return { ...started, reached, log: [{ kind: 'note', text: 'Resumed your last world.' }] };
}

/** What the progress store keeps of a session: enough to resume it where the learner was. */
export function savedPlay(session: PlaySession): Record<string, unknown> {
  return {
    scenarioId: session.scenarioId,
    world: session.world,
    reached: session.reached,
    // The prompt's ↑/↓ history comes back with the world (the newest commands only).
    history: session.history.slice(-MAX_SAVED_HISTORY),
    hintsShown: session.hintsShown,
    goalMet: session.goalMet,
    sdkRefresh: session.sdkRefresh ?? true,
  };
}

/** The session a saved record resumes, or null when the record is not one (older or damaged). */
export function resumeSaved(raw: unknown): PlaySession | null {
  if (raw === null || typeof raw !== 'object') return null;
  const saved = raw as Record<string, unknown>;
  const world = saved.world;
  if (world === null || typeof world !== 'object' || !('accounts' in world)) return null;
  const scenarioId = typeof saved.scenarioId === 'string' && getScenario(saved.scenarioId) ? saved.scenarioId : null;
  const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0);
  const steps = scenarioId === null ? 0 : (getScenario(scenarioId)?.steps?.length ?? 0);
  // Older saves kept the index of the next step instead of the steps done.
  const reached = Array.isArray(saved.reached)
    ? saved.reached.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < steps)
    : Array.from({ length: Math.min(count(saved.step), steps) }, (_, i) => i);
  const history = Array.isArray(saved.history)
    ? saved.history.filter((line): line is string => typeof line === 'string').slice(-MAX_SAVED_HISTORY)
    : [];
  return resumeSession(scenarioId, world as World, {
    reached,
    history,
    hintsShown: count(saved.hintsShown),
    goalMet: saved.goalMet === true,
    sdkRefresh: saved.sdkRefresh !== false,
  });
}

/** Runs one typed command against the world, logging AWS's answer or error. */
export function runCommand(session: PlaySession, line: string): PlaySession {
  const text = withAws(line);
  if (text === '') return session;
  const history = [...session.history, text];
  const parsed = parseCommand(text);
  if (!parsed.ok)
    return {
      ...session,
      history,
      log: [...session.log, { kind: 'command', text }, { kind: 'error', text: parsed.message }],
    };
  const result = applyAction(session.world, parsed.action);
  const answer: LogLine[] = result.outcome.ok
    ? [
        ...(result.outcome.output === undefined
          ? []
          : [
              verbs[parsed.action.verb].mutates
                ? { kind: 'ok' as const, text: summariseOutput(result.outcome.output) }
                : { kind: 'ok' as const, text: summariseOutput(result.outcome.output), answer: result.outcome.output },
            ]),
        ...(result.outcome.notes ?? []).map((note) => ({ kind: 'note' as const, text: note })),
        ...(result.outcome.output === undefined && !result.outcome.notes?.length
          ? [{ kind: 'ok' as const, text: 'OK' }]
          : []),
      ]
    : [
        { kind: 'error' as const, text: result.outcome.line },
        ...(result.outcome.error.hint ? [{ kind: 'note' as const, text: result.outcome.error.hint }] : []),
      ];
  return followGuide(session, {
    ...session,
    world: result.world,
    history,
    log: [...session.log, { kind: 'command', text: result.command }, ...answer],
  });
}

/** The guide after a change to the world: steps newly done or broken, noted in the log. */
function followGuide(before: PlaySession, after: PlaySession): PlaySession {
  const scenario = scenarioOf(after);
  if (!scenario?.steps || before.world === after.world) return after;
  const was = stepStatuses(scenario, before.world, before.reached);
  const now = stepStatuses(scenario, after.world, before.reached);
  const notes = guideNotes(scenario, was, now).map((text) => ({ kind: 'note' as const, text }));
  return { ...after, reached: reachedAfter(before.reached, now), log: [...after.log, ...notes] };
}

/** The guide's state in this session: each step's status and the one `n` does. */
export function guideOf(session: PlaySession): { statuses: StepStatus[]; next: number | undefined } {
  const statuses = stepStatuses(scenarioOf(session), session.world, session.reached);
  return { statuses, next: nextUndone(statuses) };
}

/**
 * Guided build: does the first step not done now (as if the learner had typed it). A step the
 * learner already did by hand counts as done, so `n` never repeats it.
 */
export function runNextStep(session: PlaySession): PlaySession {
  const steps = scenarioOf(session)?.steps ?? [];
  const index = guideOf(session).next;
  const step = index === undefined ? undefined : steps[index];
  if (index === undefined || step === undefined) return session;
  const announced: PlaySession = {
    ...session,
    log: [...session.log, { kind: 'note', text: `Step ${index + 1}: ${step.title}` }],
  };
  const next = runCommand(announced, formatCommand(step.action));
  // A step AWS refused is not done: it stays next, so n retries once the learner has fixed things.
  if (next.log.slice(announced.log.length).some((line) => line.kind === 'error')) {
    return {
      ...next,
      log: [
        ...next.log,
        {
          kind: 'note',
          text: 'This step did not go through; fix what the error says (or x to reset), then n retries it.',
        },
      ],
    };
  }
  return next;
}

export function revealHint(session: PlaySession): PlaySession {
  const hints = scenarioOf(session)?.hints ?? [];
  if (session.hintsShown >= hints.length) {
    return {
      ...session,
      log: [...session.log, { kind: 'note', text: hints.length === 0 ? 'No hints here.' : 'That was the last hint.' }],
    };
  }
  const hint = hints[session.hintsShown]!;
  return {
    ...session,
    hintsShown: session.hintsShown + 1,
    log: [...session.log, { kind: 'hint', text: `Hint ${session.hintsShown + 1}/${hints.length}: ${hint}` }],
  };
}

/** Checks the scenario's goal (running the app), logging why it is met or not. */
export function checkSession(session: PlaySession): { session: PlaySession; result: GoalResult | undefined } {
  const scenario = scenarioOf(session);
  if (scenario === undefined)
    return {
      session: { ...session, log: [...session.log, { kind: 'note', text: 'Free play has no goal to check.' }] },
      result: undefined,
    };
  const result = checkGoal(scenario, session.world);
  // Each reason carries its own mark: a goal not yet met can have parts that already hold.
  const holds = (reason: string) => result.met || (result.satisfied?.includes(reason) ?? false);
  const lines: LogLine[] = result.reasons.map((reason) => ({
    kind: holds(reason) ? ('goal-met' as const) : ('goal-missed' as const),
    text: reason,
  }));
  const headline: LogLine = result.met
    ? { kind: 'goal-met', text: 'Goal met.' }
    : { kind: 'goal-missed', text: 'Not yet:' };
  // The debrief, once: what to take away, and where AWS documents it.
  if (result.met && !session.goalMet) {
    lines.push(
      { kind: 'note', text: 'What to take away:' },
      ...scenario.debrief.takeaways.map((text) => ({ kind: 'note' as const, text: `• ${text}` })),
      ...scenario.debrief.docs.map((doc) => ({ kind: 'note' as const, text: `${doc.title}: ${doc.url}` })),
    );
  }
  return {
    session: {
      ...session,
      goalMet: session.goalMet || result.met,
      ...(result.run ? { lastRun: result.run } : {}),
      log: [...session.log, headline, ...lines],
    },
    result,
  };
}

/**
 * Starts the app afresh (r) for the timeline view: a scenario's app with its goal checked, or in
 * free play the newest instance, task or function reading the first table or bucket.
 */
export function runTheApp(session: PlaySession): PlaySession {
  if (scenarioOf(session) === undefined) {
    const chosen = freePlayRun(session.world);
    if ('missing' in chosen) return note(session, chosen.missing);
    const run = runApp(session.world, chosen.target, chosen.call, runOptions(session, undefined));
    return note({ ...session, lastRun: run }, `Ran the app: ${chosen.description}.`);
  }
  const { session: checked, result } = checkSession(session);
  if (result?.run) return { ...checked, lastRun: result.run };
  return note(session, 'There is no app to run yet: deploy one (app deploy ...) or finish the setup first.');
}

/**
 * The same app process later (f): the clock moves on and the SDK keeps the credentials it cached,
 * so the timeline shows them reused, refreshed before expiry, or (refresh off) expired.
 */
export function fastForward(session: PlaySession, ms: number): PlaySession {
  const later = advanceClock(session.world, ms);
  const scenario = scenarioOf(session);
  const spec = scenario ? scenario.goal.appRun(later) : freePlayRun(later);
  const moved: PlaySession = { ...session, world: later };
  if (spec === undefined || 'missing' in spec)
    return note(moved, `The clock moved on ${Math.round(ms / 60_000)} minutes; there is no app to run.`);
  const run = runApp(later, spec.target, spec.call, runOptions(session, session.lastRun));
  return note(
    { ...moved, lastRun: run },
    `${Math.round(ms / 60_000)} minutes later, the same app makes its call again.`,
  );
}

/** Switches between an SDK that refreshes its credentials and an app that never does. */
export function toggleRefresh(session: PlaySession): PlaySession {
  const sdkRefresh = !(session.sdkRefresh ?? true);
  return note(
    { ...session, sdkRefresh },
    sdkRefresh
      ? 'The app refreshes its credentials before they expire again, as the AWS SDKs do.'
      : 'The app now keeps the keys it first got and never fetches new ones; fast-forward to watch them expire.',
  );
}

function runOptions(session: PlaySession, previous: AppRun | undefined): RunOptions {
  return { refresh: session.sdkRefresh ?? true, ...(previous?.cache ? { cache: previous.cache } : {}) };
}

function note(session: PlaySession, text: string): PlaySession {
  return { ...session, log: [...session.log, { kind: 'note', text }] };
}

// The identifying fields of AWS's JSON answers: enough to see what was created, without the wall
// of JSON the CLI prints (the world view and the exports show everything).
const KEY_FIELDS = [
  'RoleName',
  'PolicyName',
  'InstanceProfileName',
  'InstanceId',
  'AssociationId',
  'State',
  'Arn',
  'taskDefinitionArn',
  'taskArn',
  'FunctionName',
  'TableName',
  'Bucket',
  'Account',
  'AccessKeyId',
];

function summariseOutput(output: unknown): string {
  if (typeof output === 'string') return output.length > 300 ? `${output.slice(0, 300)}…` : output;
  const found: string[] = [];
  const visit = (value: unknown, depth: number, parent?: string) => {
    if (depth > 4 || found.length >= 4 || value === null || typeof value !== 'object') return;
    const inList = Array.isArray(value);
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      // A bare "Arn" inside RunInstances' IamInstanceProfile reads as the instance's own ARN; name
      // it the way --query would (IamInstanceProfile.Arn).
      const label = key === 'Arn' && parent !== undefined ? `${parent}.Arn` : key;
      if (KEY_FIELDS.includes(key) && (typeof inner === 'string' || typeof inner === 'number') && found.length < 4)
        found.push(`${label}: ${inner}`);
      else visit(inner, depth + 1, inList ? parent : key);
    }
  };
  visit(output, 0);
  if (found.length > 0) return found.join(' · ');
  const text = JSON.stringify(output);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The verbs the sandbox understands, with their flags, for the "v" view. */
export function verbUsage(): string[] {
  // usageOf reads like the CLI's own "usage: aws ... \n what it does"; one entry per verb here.
  return verbNames.map((verb) =>
    usageOf(verb)
      .replace(/^usage: /, '')
      .replace(/\n/, ' — '),
  );
}

/**
 * Saves a file the learner edited into the world (the `file write` verb), so commands can read it
 * as file://NAME. The world's log keeps it like any command; the session log says where it went.
 */
export function saveFile(
  session: PlaySession,
  name: string,
  content: string,
): { session: PlaySession; error?: string } {
  const result = applyAction(session.world, { verb: 'file write', input: { name, content } });
  if (!result.outcome.ok) return { session, error: result.outcome.line };
  const lines = content.split('\n').length;
  return {
    session: note(
      { ...session, world: result.world },
      `Saved ${name} (${lines} line${lines === 1 ? '' : 's'}): use it as file://${name}.`,
    ),
  };
}
