// Property tests: the evaluator never throws, whatever it is given, and the laws of explicit deny
// hold for randomly built policies and requests.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parsePolicyValue } from '../../../src/iam/index.js';
import type { DecisionValue, EvaluationLayers, PolicyStatementJson, RequestContext } from '../../../src/iam/index.js';
import { ACCT, ALICE, APP_SESSION, BOB_OTHER, BUCKET, OBJECT, OTHER, P, TABLE } from './helpers.js';

const DECISIONS: DecisionValue[] = ['Allow', 'ExplicitDeny', 'ImplicitDeny'];
const ACTIONS = ['s3:GetObject', 's3:PutObject', 'dynamodb:GetItem', 'sts:AssumeRole', 'iam:PassRole'];
const ACTION_PATTERNS = [...ACTIONS, 's3:*', 's3:Get*', '*', 'dynamodb:*'];
const RESOURCES = [OBJECT, TABLE, 'arn:aws:s3:::other/x', '*'];
const RESOURCE_PATTERNS = [...RESOURCES, `${BUCKET}/*`, 'arn:aws:dynamodb:*:*:table/*'];
const PRINCIPALS = [
  '*',
  { AWS: ACCT },
  { AWS: ALICE },
  { AWS: OTHER },
  { AWS: `arn:aws:iam::${ACCT}:role/AppRole` },
  { Service: 'ec2.amazonaws.com' },
];

const condition = fc.constantFrom<PolicyStatementJson['Condition'] | undefined>(
  undefined,
  { Bool: { 'aws:SecureTransport': 'true' } },
  { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } },
);

const statement = (withPrincipal: boolean) =>
  fc
    .record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Deny'),
      actions: fc.subarray(ACTION_PATTERNS, { minLength: 1, maxLength: 3 }),
      notAction: fc.boolean(),
      resources: fc.subarray(RESOURCE_PATTERNS, { minLength: 1, maxLength: 2 }),
      principal: fc.constantFrom(...PRINCIPALS),
      condition,
    })
    .map((r): PolicyStatementJson => {
      const s: PolicyStatementJson = { Effect: r.effect, Resource: r.resources };
      if (r.notAction) s.NotAction = r.actions;
      else s.Action = r.actions;
      if (withPrincipal) s.Principal = r.principal as PolicyStatementJson['Principal'];
      if (r.condition) s.Condition = r.condition;
      return s;
    });

const policyDoc = (withPrincipal: boolean) =>
  fc
    .array(statement(withPrincipal), { minLength: 1, maxLength: 4 })
    .map((Statement) => ({ Version: '2012-10-17' as const, Statement }));

const layersArb = fc.record({
  identity: fc.array(policyDoc(false), { maxLength: 3 }),
  resource: fc.option(policyDoc(true), { nil: undefined }),
  boundary: fc.option(policyDoc(false), { nil: undefined }),
  scps: fc.option(fc.array(policyDoc(false), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  session: fc.option(fc.array(policyDoc(false), { minLength: 1, maxLength: 2 }), { nil: undefined }),
});

type LayerDocs = typeof layersArb extends fc.Arbitrary<infer T> ? T : never;

const requestArb: fc.Arbitrary<RequestContext> = fc.record({
  principal: fc.constantFrom(
    { arn: ALICE },
    { arn: APP_SESSION },
    { arn: BOB_OTHER },
    { arn: 'ec2.amazonaws.com', type: 'service' as const },
  ),
  action: fc.constantFrom(...ACTIONS),
  resource: fc.constantFrom(...RESOURCES),
  context: fc.record(
    {
      'aws:SecureTransport': fc.boolean(),
      'aws:SourceIp': fc.constantFrom('203.0.113.9', '198.51.100.1'),
      'aws:RequestedRegion': fc.constantFrom('us-east-1', 'eu-west-1'),
    },
    { requiredKeys: [] },
  ),
});

function toLayers(docs: LayerDocs): EvaluationLayers {
  const layers: EvaluationLayers = { identity: docs.identity.map(P) };
  if (docs.resource) layers.resource = P(docs.resource);
  if (docs.boundary) layers.boundary = P(docs.boundary);
  if (docs.scps) layers.scps = docs.scps.map(P);
  if (docs.session) layers.sessionPolicies = docs.session.map(P);
  return layers;
}

const LAYER_NAMES = ['identity', 'resource', 'boundary', 'scps', 'session'] as const;

/** Adds one Deny statement (random, or matching everything) to one layer. */
function withDeny(docs: LayerDocs, layer: (typeof LAYER_NAMES)[number], extra: PolicyStatementJson): LayerDocs {
  const copy: LayerDocs = structuredClone(docs);
  type PolicyDoc = { Version: '2012-10-17'; Statement: PolicyStatementJson[] };
  const add = (d: PolicyDoc | undefined): PolicyDoc => ({
    Version: '2012-10-17',
    Statement: [...(d?.Statement ?? []), extra],
  });
  if (layer === 'identity') copy.identity = [...copy.identity, add(undefined)];
  if (layer === 'resource') copy.resource = add(copy.resource);
  if (layer === 'boundary') copy.boundary = add(copy.boundary);
  if (layer === 'scps') copy.scps = [...(copy.scps ?? []), add(undefined)];
  if (layer === 'session') copy.session = [...(copy.session ?? []), add(undefined)];
  return copy;
}

describe('evaluate properties', () => {
  it('never throws on any JSON value, and always returns a decision with a summary', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (a, b, c) => {
        const attempts = [
          () => evaluate(a as never, b as never),
          () =>
            evaluate(
              { principal: { arn: ALICE }, action: 's3:GetObject', resource: OBJECT },
              {
                identity: [a, b] as never,
                resource: c as never,
                boundary: a as never,
                scps: b as never,
                sessionPolicies: c as never,
              },
            ),
          () =>
            evaluate({ principal: a, action: b, resource: c, context: a } as never, {
              identity: [P({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } })],
            }),
        ];
        for (const attempt of attempts) {
          const d = attempt();
          expect(DECISIONS).toContain(d.decision);
          expect(typeof d.summary).toBe('string');
          expect(Array.isArray(d.trace)).toBe(true);
        }
        // Whatever parses, evaluates.
        const parsed = parsePolicyValue(a);
        if (parsed.ok)
          expect(DECISIONS).toContain(
            evaluate(
              { principal: { arn: ALICE }, action: 's3:GetObject', resource: OBJECT },
              { identity: [parsed.policy] },
            ).decision,
          );
      }),
      { numRuns: 300 },
    );
  });

  it('adding an explicit Deny can never turn a deny into an allow', () => {
    fc.assert(
      fc.property(
        layersArb,
        requestArb,
        statement(false),
        statement(true),
        fc.constantFrom(...LAYER_NAMES),
        (docs, request, denyStatement, denyWithPrincipal, layer) => {
          const before = evaluate(request, toLayers(docs)).decision;
          const extra = { ...(layer === 'resource' ? denyWithPrincipal : denyStatement), Effect: 'Deny' as const };
          const after = evaluate(request, toLayers(withDeny(docs, layer, extra))).decision;
          if (before !== 'Allow') expect(after).not.toBe('Allow');
          if (before === 'ExplicitDeny') expect(after).toBe('ExplicitDeny');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a Deny that matches the request always ends in an explicit deny', () => {
    fc.assert(
      fc.property(layersArb, requestArb, (docs, request) => {
        const isService = request.principal.type === 'service';
        // Identity-side layers do not apply to AWS services, so the deny goes on the resource for them.
        const layer = isService ? 'resource' : 'identity';
        const everything: PolicyStatementJson = {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          ...(isService ? { Principal: '*' as const } : {}),
        };
        expect(evaluate(request, toLayers(withDeny(docs, layer, everything))).decision).toBe('ExplicitDeny');
      }),
      { numRuns: 300 },
    );
  });

  it('without any Allow statement nothing is allowed', () => {
    fc.assert(
      fc.property(layersArb, requestArb, (docs, request) => {
        const onlyDenies = (d: { Version: '2012-10-17'; Statement: PolicyStatementJson[] }) => ({
          ...d,
          Statement: d.Statement.map((s) => ({ ...s, Effect: 'Deny' as const })),
        });
        const stripped: LayerDocs = {
          identity: docs.identity.map(onlyDenies),
          resource: docs.resource && onlyDenies(docs.resource),
          boundary: docs.boundary,
          scps: docs.scps,
          session: docs.session,
        };
        expect(evaluate(request, toLayers(stripped)).decision).not.toBe('Allow');
      }),
      { numRuns: 300 },
    );
  });

  it('records one trace entry per statement it looked at', () => {
    fc.assert(
      fc.property(layersArb, requestArb, (docs, request) => {
        const d = evaluate(request, toLayers(docs));
        const isService = request.principal.type === 'service';
        const expected = isService
          ? (docs.resource?.Statement.length ?? 0)
          : docs.identity.reduce((n, p) => n + p.Statement.length, 0) +
            (docs.resource?.Statement.length ?? 0) +
            (docs.boundary?.Statement.length ?? 0) +
            (docs.scps ?? []).reduce((n, p) => n + p.Statement.length, 0) +
            (docs.session ?? []).reduce((n, p) => n + p.Statement.length, 0);
        expect(d.trace.filter((t) => t.kind === 'statement')).toHaveLength(expected);
      }),
      { numRuns: 200 },
    );
  });
});
