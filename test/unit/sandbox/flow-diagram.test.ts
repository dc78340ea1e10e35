import { describe, expect, it } from 'vitest';
import { flowDiagram, type Lane, LANES, scenarios, startScenario } from '../../../src/sandbox/index.js';
import { otherRuns, scenarioRuns } from './flow-runs.js';

const allRuns = [...scenarioRuns(), ...otherRuns()];

describe('the credential flow diagram is the timeline, drawn as a sequence', () => {
  it('covers every scenario that runs an app, EC2 and ECS, broken and solved', () => {
    const runnable = scenarios.filter((s) => s.goal.appRun(startScenario(s)) !== undefined).length;
    expect(allRuns.filter((r) => r.name.endsWith('(start)')).length).toBe(runnable);
    expect(allRuns.some((r) => r.run.events.some((e) => e.actor === 'ecs-agent'))).toBe(true);
    expect(allRuns.some((r) => r.run.events.some((e) => e.actor === 'imds'))).toBe(true);
  });

  it.each(allRuns)('$name: one step per timeline event, in order, none invented or dropped', ({ run }) => {
    const diagram = flowDiagram(run);
    expect(diagram.steps.map((s) => s.event)).toEqual(run.events.map((_, i) => i));
    diagram.steps.forEach((step, i) => {
      const event = run.events[i]!;
      expect(step.status).toBe(event.status);
      expect(step.label).toBe(event.what);
      expect(step.logLine).toContain(`${event.actor} ${event.what}`);
      expect(step.request).toEqual(event.detail ?? []);
      expect(LANES).toContain(step.from);
      expect(LANES).toContain(step.to);
      expect(step.kind === 'note').toBe(step.from === step.to);
    });
    expect(diagram.lanes.map((l) => l.lane)).toEqual([...LANES]);
  });

  it.each(allRuns)('$name: a failing event is marked with the error it names', ({ run }) => {
    const steps = flowDiagram(run).steps;
    for (const step of steps) if (step.status !== 'fail') expect(step.error).toBeUndefined();
    // Read from the event, never made up: its headline, its HTTP answer or the IAM decision.
    for (const step of steps.filter((s) => s.error !== undefined)) {
      const event = run.events[step.event]!;
      const said = [event.what, ...(event.detail ?? []), event.decision?.decision ?? ''].join('\n');
      if (step.error === 'timeout') expect(said).toContain('no response within');
      else expect(said).toMatch(new RegExp(`(^|[\\s(:])${step.error}\\b`, 'm'));
    }
    // The error the app ends with is on one of the failing arrows.
    const code = run.outcome.error?.code;
    if (code && run.outcome.result !== 'failed') expect(steps.map((s) => s.error)).toContain(code);
  });

  it('draws the EC2 exchange: IMDS answers the app, EC2 asks STS, STS answers EC2, IAM decides for the service', () => {
    const run = allRuns.find((r) => r.name === 'implicit-deny (start)')!.run;
    const arrows = flowDiagram(run).steps.map((s) => `${s.from}>${s.to}:${s.kind}:${s.error ?? ''}`);
    const lanes = (from: Lane, to: Lane) => arrows.filter((a) => a.startsWith(`${from}>${to}:`));
    expect(lanes('endpoint', 'app')).toEqual(['endpoint>app:answer:', 'endpoint>app:answer:', 'endpoint>app:answer:']);
    expect(lanes('compute', 'sts')).toEqual(['compute>sts:request:']);
    expect(lanes('sts', 'compute')).toEqual(['sts>compute:answer:']);
    expect(lanes('app', 'service')).toEqual(['app>service:request:']);
    expect(lanes('iam', 'service')).toEqual(['iam>service:answer:ImplicitDeny']);
    expect(lanes('service', 'app')).toEqual(['service>app:answer:AccessDeniedException']);
  });

  it('the hop-limit failure: the token request gets no answer, then IMDSv1 is refused with 401', () => {
    const run = allRuns.find((r) => r.name === 'hop-limit-container (start)')!.run;
    const failing = flowDiagram(run).steps.filter((s) => s.status === 'fail');
    expect(failing.map((s) => [s.from, s.to, s.error])).toEqual([
      ['app', 'endpoint', 'timeout'],
      ['endpoint', 'app', '401'],
      ['app', 'app', 'CredentialsProviderError'],
    ]);
    expect(failing[0]!.request[0]).toMatch(/^PUT http:\/\/169\.254\.169\.254\/latest\/api\/token/);
  });

  it('ECS: the agent asks ECS, STS answers ECS, the agent serves the app; lanes are named for ECS', () => {
    const run = allRuns.find((r) => r.name === 'ecs-execution-role-mixup (solved)')!.run;
    const diagram = flowDiagram(run);
    const arrows = diagram.steps.filter((s) => s.kind !== 'note').map((s) => `${s.from}>${s.to}`);
    expect(arrows.slice(0, 3)).toEqual(['endpoint>compute', 'sts>compute', 'endpoint>app']);
    expect(diagram.lanes.find((l) => l.lane === 'endpoint')!.names[0]).toBe('ECS agent');
    expect(diagram.lanes.find((l) => l.lane === 'compute')!.names[0]).toBe('ECS');
    expect(diagram.lanes.find((l) => l.lane === 'service')!.names[0]).toBe('DynamoDB');
  });

  it('cross-account: the app calls STS itself and STS answers the app with AccessDenied', () => {
    const run = allRuns.find((r) => r.name === 'cross-account-externalid (start)')!.run;
    const steps = flowDiagram(run).steps;
    expect(steps.at(-2)).toMatchObject({ from: 'app', to: 'sts', kind: 'request' });
    expect(steps.at(-1)).toMatchObject({ from: 'sts', to: 'app', error: 'AccessDenied' });
  });

  it('expired keys: the service refuses with ExpiredTokenException; Lambda is the compute lane', () => {
    const expired = flowDiagram(allRuns.find((r) => r.name === 'expired keys (refresh off)')!.run);
    expect(expired.steps.at(-1)).toMatchObject({ from: 'service', to: 'app', error: 'ExpiredTokenException' });
    const lambda = flowDiagram(allRuns.find((r) => r.name === 'lambda')!.run);
    expect(lambda.lanes.find((l) => l.lane === 'compute')!.names[0]).toBe('Lambda');
    expect(lambda.steps.find((s) => s.label.startsWith('Lambda '))).toMatchObject({ from: 'compute', to: 'sts' });
  });
});
