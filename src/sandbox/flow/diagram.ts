// The credential flow as a sequence diagram: one step per timeline event, in the timeline's order.
// It reads the same AppRun the timeline draws (no second simulation), so the two can never tell
// different stories: a step only adds where its message goes (which lane to which lane) and the
// error code a failing event names.

import type { AppRun, FlowEvent } from '../credential-flow/types.js';
import { errorCodeOf } from './error-code.js';

/** The six lanes, left to right, in the order the credentials travel. */
export const LANES = ['app', 'endpoint', 'compute', 'sts', 'iam', 'service'] as const;
export type Lane = (typeof LANES)[number];

/** A lane's header: the longest name first, shorter ones for narrow terminals. */
export interface LaneHeader {
  lane: Lane;
  names: readonly string[];
}

/**
 * request: a message to another lane; answer: the reply (a sequence diagram draws it dashed);
 * note: something the actor does alone (a provider it skips, a setting it reads).
 */
export type StepKind = 'request' | 'answer' | 'note';

export interface DiagramStep {
  /** The index of the timeline event this step draws. */
  event: number;
  from: Lane;
  to: Lane;
  kind: StepKind;
  status: FlowEvent['status'];
  /** The event's headline, as the timeline shows it. */
  label: string;
  /** The error a failing event names (401, AccessDenied, ImplicitDeny…); absent when it names none. */
  error?: string;
  /** The timeline's row for this event: time, actor and headline. */
  logLine: string;
  why: string;
  /** The HTTP request and answer, document or IAM trace the timeline shows under the event. */
  request: readonly string[];
}

export interface FlowDiagram {
  lanes: readonly LaneHeader[];
  steps: readonly DiagramStep[];
}

function clock(at: number): string {
  return new Date(at).toISOString().slice(11, 19);
}

const isHttp = (line: string | undefined) => line !== undefined && /^(GET|PUT|POST) /.test(line);

type Arrow = Pick<DiagramStep, 'from' | 'to' | 'kind'>;
const note = (lane: Lane): Arrow => ({ from: lane, to: lane, kind: 'note' });

/**
 * Where one event's message goes. `stsCaller` is the lane whose request STS answers: EC2, ECS or
 * Lambda assuming a role for the workload, or the app's own AssumeRole call.
 */
function arrowOf(event: FlowEvent, stsCaller: Lane): Arrow {
  const detail = event.detail ?? [];
  switch (event.actor) {
    case 'sdk':
      if (event.what.startsWith('signs the ')) return { from: 'app', to: 'service', kind: 'request' };
      if (event.what.startsWith('calls sts:')) return { from: 'app', to: 'sts', kind: 'request' };
      return note('app');
    case 'imds':
    case 'ecs-agent':
      // A request that never got an answer (dropped by the hop limit, blocked) points at the endpoint.
      if (detail.some((line) => line.startsWith('no response within')))
        return { from: 'app', to: 'endpoint', kind: 'request' };
      if (event.actor === 'imds' || isHttp(detail[0])) return { from: 'endpoint', to: 'app', kind: 'answer' };
      if (event.what.startsWith('asks ')) return { from: 'endpoint', to: 'compute', kind: 'request' };
      return note('endpoint');
    case 'ec2':
      return { from: 'compute', to: 'sts', kind: 'request' };
    case 'sts':
      return { from: 'sts', to: stsCaller, kind: 'answer' };
    case 'iam':
      // The service asks IAM to authorize the signed request; the decision goes back to it.
      return { from: 'iam', to: 'service', kind: 'answer' };
    case 'service':
      // Lambda assuming a function's execution role is the compute service's request to STS.
      if (event.what.startsWith('Lambda ')) return { from: 'compute', to: 'sts', kind: 'request' };
      return { from: 'service', to: 'app', kind: 'answer' };
  }
}

function stepOf(event: FlowEvent, index: number, arrow: Arrow): DiagramStep {
  const error = event.status === 'fail' ? errorCodeOf(event) : undefined;
  return {
    event: index,
    ...arrow,
    status: event.status,
    label: event.what,
    ...(error ? { error } : {}),
    logLine: `${clock(event.at)} ${event.actor} ${event.what}`,
    why: event.why,
    request: event.detail ?? [],
  };
}

const serviceNames: Record<string, readonly string[]> = {
  dynamodb: ['DynamoDB', 'DDB'],
  s3: ['Amazon S3', 'S3'],
  sqs: ['Amazon SQS', 'SQS'],
};

function headers(run: AppRun): LaneHeader[] {
  const actors = new Set(run.events.map((e) => e.actor));
  const ecs = run.events.some((e) => e.actor === 'ecs-agent');
  const lambda = run.events.some((e) => e.actor === 'service' && e.what.startsWith('Lambda '));
  const endpoint: readonly string[] =
    ecs && actors.has('imds')
      ? ['Agent/IMDS', 'Agt/IMDS', 'Cred']
      : ecs
        ? ['ECS agent', 'Agent', 'Agt']
        : lambda
          ? ['Env vars', 'Env']
          : ['IMDS'];
  const compute: readonly string[] =
    ecs && actors.has('ec2') ? ['ECS/EC2', 'ECS'] : ecs ? ['ECS'] : lambda ? ['Lambda', 'λ'] : ['EC2'];
  const called = run.events.map((e) => /^(?:the app calls|signs the) ([a-z0-9-]+):/.exec(e.what)?.[1]).find(Boolean);
  const service = (called ? serviceNames[called] : undefined) ?? [called ?? 'Service', 'Svc'];
  return [
    { lane: 'app', names: ['App/SDK', 'App'] },
    { lane: 'endpoint', names: endpoint },
    { lane: 'compute', names: compute },
    { lane: 'sts', names: ['STS'] },
    { lane: 'iam', names: ['IAM'] },
    { lane: 'service', names: service },
  ];
}

/** The run's timeline events as diagram steps, one for one and in the same order. */
export function flowDiagram(run: AppRun): FlowDiagram {
  let stsCaller: Lane = 'compute';
  const steps = run.events.map((event, index) => {
    const arrow = arrowOf(event, stsCaller);
    if (arrow.to === 'sts') stsCaller = arrow.from;
    return stepOf(event, index, arrow);
  });
  return { lanes: headers(run), steps };
}
