// The sandbox screen's state as pure functions over the sandbox core: what the learner typed,
// what AWS answered, hints shown, the last app run. No Ink here, so it is tested directly.
import {
  advanceClock,
  type AppRun,
  applyAction,
  checkGoal,
  createWorld,
  formatCommand,
  getScenario,
  type GoalResult,
  parseCommand,
  type RunOptions,
  runApp,
  type Scenario,
  startScenario,
  isSandboxCommand,
  usageOf,
  verbNames,
  verbs,
  type World,
} from '../../../sandbox/index.js';
import { freePlayRun } from './freePlayRun.js';

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
  /** Guided build: the next step to run. */
  step: number;
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
  return { scenarioId: scenario?.id ?? null, world, log: intro, history: [], hintsShown: 0, step: 0, goalMet: false };
}

/** Resumes a saved world (from the progress store) inside a session. */
export function resumeSession(
  scenarioId: string | null,
  world: World,
  where: Partial<Pick<PlaySession, 'step' | 'hintsShown' | 'goalMet' | 'sdkRefresh'>> = {},
): PlaySession {
  return { ...startSession(scenarioId), ...where, world, log: [{ kind: 'note', text: 'Resumed your last world.' }] };
}

/** What the progress store keeps of a session: enough to resume it where the learner was. */
export function savedPlay(session: PlaySession): Record<string, unknown> {
  return {
    scenarioId: session.scenarioId,
    world: session.world,
    step: session.step,
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
  return resumeSession(scenarioId, world as World, {
    step: Math.min(count(saved.step), steps),
    hintsShown: count(saved.hintsShown),
    goalMet: saved.goalMet === true,
    sdkRefresh: saved.sdkRefresh !== false,
  });
}

/** Runs one typed command against the world, logging AWS's answer or error. */
export function runCommand(session: PlaySession, line: string): PlaySession {
  const text = line.trim();
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
  return {
    ...session,
    world: result.world,
    history,
    log: [...session.log, { kind: 'command', text: result.command }, ...answer],
  };
}

/** Guided build: applies the next explained step (as if the learner had typed it). */
export function runNextStep(session: PlaySession): PlaySession {
  const steps = scenarioOf(session)?.steps ?? [];
  const step = steps[session.step];
  if (step === undefined) return session;
  const typed = formatCommand(step.action);
  const announced: PlaySession = {
    ...session,
    log: [...session.log, { kind: 'note', text: `Step ${session.step + 1}: ${step.title}` }],
  };
  const next = runCommand(announced, typed);
  // A step AWS refused is not done: stay on it, so n retries once the learner has fixed things.
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
  return { ...next, step: session.step + 1 };
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

/** Tab completion: the verb (or sandbox command) the typed text starts, when there is one. */
export function completeVerb(typed: string): string {
  const text = typed.replace(/^\s+/, '');
  const bare = text.startsWith('aws ') ? text.slice(4) : text;
  const matches = verbNames.filter((verb) => verb.startsWith(bare) && verb !== bare);
  if (matches.length !== 1) return typed;
  const verb = matches[0]!;
  return `${isSandboxCommand(verb) ? '' : 'aws '}${verb} `;
}
