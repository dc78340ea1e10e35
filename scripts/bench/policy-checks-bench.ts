// The Access Analyzer style policy checks (src/iam/checks): what the first call costs (decoding
// the service table), and how the time grows with the policy (it should be linear: 10x the
// statements, about 10x the time).

import { policyChecks } from '../../src/iam/checks/index.js';
import { type Policy, type PolicyStatementJson, parsePolicyValue } from '../../src/iam/index.js';

import type { BenchResult } from './bench-result.js';

export type { BenchResult };

const SERVICES = ['s3', 'dynamodb', 'sqs', 'sns', 'ec2', 'logs', 'kms', 'ssm', 'ecr', 'lambda'];

/** Real and misspelt actions, ARNs and conditions, so every check has work to do. */
function statement(i: number): PolicyStatementJson {
  const service = SERVICES[i % SERVICES.length] ?? 's3';
  return {
    Effect: 'Allow',
    Action: [`${service}:Get*`, `${service}:List*`, `${service}:Describe${i}`, 's3:GetObject', 's3:ListBucket'],
    Resource: [`arn:aws:${service}:us-east-1:111122223333:thing-${i}/*`, `arn:aws:s3:::bucket-${i}/*`],
    Condition: {
      StringEquals: { 'aws:SourceIp': '203.0.113.0/24', 's3:prefix': 'home/' },
      'ForAllValues:StringLike': { 'aws:TagKeys': 'team*' },
    },
  };
}

function policy(statements: number): Policy {
  const parsed = parsePolicyValue({
    Version: '2012-10-17',
    Statement: Array.from({ length: statements }, (_, i) => statement(i)),
  });
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return parsed.policy;
}

/** Best of several rounds, in milliseconds per call. */
function msPerCall(p: Policy, rounds = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    policyChecks(p, 'identity');
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function runPolicyChecksBench(): Promise<BenchResult[]> {
  const small = policy(50);
  const large = policy(500);
  const start = performance.now();
  policyChecks(small, 'identity');
  const first = performance.now() - start;
  const smallMs = msPerCall(small);
  const largeMs = msPerCall(large);
  return [
    { name: 'policy checks: first call (decodes the table)', value: first, unit: 'ms' },
    { name: 'policy checks: 50 statements', value: smallMs, unit: 'ms' },
    { name: 'policy checks: 500 statements', value: largeMs, unit: 'ms' },
    { name: '  ratio 500 / 50 statements', value: largeMs / smallMs, unit: 'x', target: 'target <= 15 (linear: 10)' },
  ];
}
