// The sandbox screen's state as pure functions over the sandbox core: what the learner typed,
// what AWS answered, hints shown, the last app run. No Ink here, so it is tested directly.
import {
  type AppRun,
  applyAction,
  checkGoal,
  createWorld,
  formatCommand,
  getScenario,
  type GoalResult,
  parseCommand,
  type Scenario,
  startScenario,
  usageOf,
  verbNames,
  type World,
} from '../../../sandbox/index.js';

export type LogKind = 'command' | 'ok' | 'error' | 'note' | 'hint' | 'goal-met' | 'goal-missed';

export interface LogLine {
  kind: LogKind;
  text: string;
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
}

export function scenarioOf(session: PlaySession): Scenario | undefined {
  return session.scenarioId === null ? undefined : getScenario(session.scenarioId);
}

export function startSession(scenarioId: string | null): PlaySession {
  const scenario = scenarioId === null ? undefined : getScenario(scenarioId);
  const world = scenario ? startScenario(scenario) : createWorld();
  const intro: LogLine[] = scenario
    ? [{ kind: 'note', text: scenario.summary }]
    : [{ kind: 'note', text: 'Free play: an empty account 111122223333 (and 444455556666 as --profile partner). Type any aws command.' }];
  return { scenarioId: scenario?.id ?? null, world, log: intro, history: [], hintsShown: 0, step: 0, goalMet: false };
}

/** Resumes a saved world (from the progress store) inside a session. */
export function resumeSession(scenarioId: string | null, world: World): PlaySession {
  return { ...startSession(scenarioId), world, log: [{ kind: 'note', text: 'Resumed your last world.' }] };
}

/** Runs one typed command against the world, logging AWS's answer or error. */
export function runCommand(session: PlaySession, line: string): PlaySession {
  const text = line.trim();
  if (text === '') return session;
  const history = [...session.history, text];
  const parsed = parseCommand(text);
  if (!parsed.ok) return { ...session, history, log: [...session.log, { kind: 'command', text }, { kind: 'error', text: parsed.message }] };
  const result = applyAction(session.world, parsed.action);
  const answer: LogLine[] = result.outcome.ok
    ? [
        ...(result.outcome.output === undefined ? [] : [{ kind: 'ok' as const, text: summariseOutput(result.outcome.output) }]),
        ...(result.outcome.notes ?? []).map((note) => ({ kind: 'note' as const, text: note })),
        ...(result.outcome.output === undefined && !result.outcome.notes?.length ? [{ kind: 'ok' as const, text: 'OK' }] : []),
      ]
    : [
        { kind: 'error' as const, text: result.outcome.line },
        ...(result.outcome.error.hint ? [{ kind: 'note' as const, text: result.outcome.error.hint }] : []),
      ];
  return { ...session, world: result.world, history, log: [...session.log, { kind: 'command', text: result.command }, ...answer] };
}

/** Guided build: applies the next explained step (as if the learner had typed it). */
export function runNextStep(session: PlaySession): PlaySession {
  const steps = scenarioOf(session)?.steps ?? [];
  const step = steps[session.step];
  if (step === undefined) return session;
  const typed = formatCommand(step.action);
  const next = runCommand({ ...session, log: [...session.log, { kind: 'note', text: `Step ${session.step + 1}: ${step.title}` }] }, typed);
  return { ...next, step: session.step + 1 };
}

export function revealHint(session: PlaySession): PlaySession {
  const hints = scenarioOf(session)?.hints ?? [];
  if (session.hintsShown >= hints.length) {
    return { ...session, log: [...session.log, { kind: 'note', text: hints.length === 0 ? 'No hints here.' : 'That was the last hint.' }] };
  }
  const hint = hints[session.hintsShown]!;
  return { ...session, hintsShown: session.hintsShown + 1, log: [...session.log, { kind: 'hint', text: `Hint ${session.hintsShown + 1}/${hints.length}: ${hint}` }] };
}

/** Checks the scenario's goal (running the app), logging why it is met or not. */
export function checkSession(session: PlaySession): { session: PlaySession; result: GoalResult | undefined } {
  const scenario = scenarioOf(session);
  if (scenario === undefined) return { session: { ...session, log: [...session.log, { kind: 'note', text: 'Free play has no goal to check.' }] }, result: undefined };
  const result = checkGoal(scenario, session.world);
  const lines: LogLine[] = result.reasons.map((reason) => ({ kind: result.met ? ('goal-met' as const) : ('goal-missed' as const), text: reason }));
  const headline: LogLine = result.met ? { kind: 'goal-met', text: 'Goal met.' } : { kind: 'goal-missed', text: 'Not yet:' };
  // The debrief, once: what to take away, and where AWS documents it.
  if (result.met && !session.goalMet) {
    lines.push(
      { kind: 'note', text: 'What to take away:' },
      ...scenario.debrief.takeaways.map((text) => ({ kind: 'note' as const, text: `• ${text}` })),
      ...scenario.debrief.docs.map((doc) => ({ kind: 'note' as const, text: `${doc.title}: ${doc.url}` })),
    );
  }
  return {
    session: { ...session, goalMet: session.goalMet || result.met, ...(result.run ? { lastRun: result.run } : {}), log: [...session.log, headline, ...lines] },
    result,
  };
}

/** Runs the scenario's app (the goal's app run) for the timeline view. */
export function runTheApp(session: PlaySession): PlaySession {
  const { session: checked, result } = checkSession(session);
  if (result?.run) return { ...checked, lastRun: result.run };
  return { ...session, log: [...session.log, { kind: 'note', text: 'There is no app to run yet: deploy one (app deploy ...) or finish the setup first.' }] };
}

// The identifying fields of AWS's JSON answers: enough to see what was created, without the wall
// of JSON the CLI prints (the world view and the exports show everything).
const KEY_FIELDS = ['RoleName', 'PolicyName', 'InstanceProfileName', 'InstanceId', 'AssociationId', 'State', 'Arn', 'taskDefinitionArn', 'taskArn', 'FunctionName', 'TableName', 'Bucket', 'Account', 'AccessKeyId'];

function summariseOutput(output: unknown): string {
  if (typeof output === 'string') return output.length > 300 ? `${output.slice(0, 300)}…` : output;
  const found: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || found.length >= 4 || value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (KEY_FIELDS.includes(key) && (typeof inner === 'string' || typeof inner === 'number') && found.length < 4) found.push(`${key}: ${inner}`);
      else visit(inner, depth + 1);
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
  return verbNames.map((verb) => usageOf(verb).replace(/^usage: /, '').replace(/\n/, ' — '));
}

/** Tab completion: the verb (or sandbox command) the typed text starts, when there is one. */
export function completeVerb(typed: string): string {
  const text = typed.replace(/^\s+/, '');
  const bare = text.startsWith('aws ') ? text.slice(4) : text;
  const matches = verbNames.filter((verb) => verb.startsWith(bare) && verb !== bare);
  if (matches.length !== 1) return typed;
  const verb = matches[0]!;
  const sandboxOnly = ['clock', 'file', 'app'].includes(verb.split(' ')[0]!);
  return `${sandboxOnly ? '' : 'aws '}${verb} `;
}
