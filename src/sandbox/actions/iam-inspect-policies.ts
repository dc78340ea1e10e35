// Reading a managed policy back: get-policy says which version is the default, get-policy-version
// returns that version's document. The sandbox keeps one version per policy (v1); AWS managed
// policies show the version the IAM engine's catalogue copied.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicyVersion.html

import type { PolicyDocumentJson } from '../../iam/index.js';
import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { upperAlnumFrom } from '../hash.js';
import { awsManagedPolicies, isAwsManagedArn } from '../policies/catalogue.js';
import { isoCli } from '../time.js';
import type { Account, World } from '../world/types.js';
import { policyNameOfArn } from './iam-inspect-roles.js';
import { done, failed } from './support.js';
import type { VerbSpec } from './types.js';

interface PolicyFacts {
  arn: string;
  name: string;
  path: string;
  policyId: string;
  versionId: string;
  document: PolicyDocumentJson;
  description?: string;
  /** Absent for AWS managed policies: the sandbox does not know when AWS created them. */
  createdAt?: number;
}

function policyFacts(world: World, arn: string): PolicyFacts | undefined {
  if (isAwsManagedArn(arn)) {
    const managed = awsManagedPolicies().find((p) => p.arn === arn);
    if (!managed) return undefined;
    const path = arn.slice('arn:aws:iam::aws:policy'.length, arn.lastIndexOf('/') + 1);
    return {
      arn,
      name: policyNameOfArn(arn),
      path,
      // A stand-in id in AWS's format (ANPA + 17): the sandbox does not copy AWS's ids.
      policyId: `ANPA${upperAlnumFrom(arn, 17)}`,
      versionId: managed.version,
      document: managed.document,
      description: managed.description,
    };
  }
  for (const account of Object.values(world.accounts)) {
    const p = account.policies[arn];
    if (p)
      return {
        arn,
        name: p.name,
        path: p.path,
        policyId: p.policyId,
        versionId: 'v1',
        document: p.document,
        createdAt: p.createdAt,
        ...(p.description !== undefined ? { description: p.description } : {}),
      };
  }
  return undefined;
}

/** How many identities in the account have the policy attached. */
function attachmentCount(account: Account, arn: string): number {
  const users = Object.values(account.users).filter((u) => u.attachedPolicyArns.includes(arn)).length;
  const roles = Object.values(account.roles).filter((r) => r.attachedPolicyArns.includes(arn)).length;
  return users + roles;
}

function boundaryCount(account: Account, arn: string): number {
  return Object.values(account.roles).filter((r) => r.permissionsBoundaryArn === arn).length;
}

function notFound(arn: string) {
  return awsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`);
}

export const getPolicy: VerbSpec<'iam get-policy'> = {
  verb: 'iam get-policy',
  operation: 'GetPolicy',
  summary: 'Show a managed policy: its default version (get-policy-version shows the document).',
  mutates: false,
  params: [{ flag: '--policy-arn', key: 'policyArn', kind: 'string', required: true }],
  run(world, input, ctx) {
    const denied = authorizeProfile(world, ctx.profile, { action: 'iam:GetPolicy', resource: input.policyArn }, 'iam');
    if (denied) return failed(denied);
    const facts = policyFacts(world, input.policyArn);
    if (!facts) return failed(notFound(input.policyArn));
    const account = world.accounts[ctx.profile.account]!;
    return done(world, {
      Policy: {
        PolicyName: facts.name,
        PolicyId: facts.policyId,
        Arn: facts.arn,
        Path: facts.path,
        DefaultVersionId: facts.versionId,
        AttachmentCount: attachmentCount(account, facts.arn),
        PermissionsBoundaryUsageCount: boundaryCount(account, facts.arn),
        IsAttachable: true,
        ...(facts.description !== undefined ? { Description: facts.description } : {}),
        ...(facts.createdAt !== undefined
          ? { CreateDate: isoCli(facts.createdAt), UpdateDate: isoCli(facts.createdAt) }
          : {}),
      },
    });
  },
};

export const getPolicyVersion: VerbSpec<'iam get-policy-version'> = {
  verb: 'iam get-policy-version',
  operation: 'GetPolicyVersion',
  summary: "Show a managed policy's document (the version get-policy names as default).",
  mutates: false,
  params: [
    { flag: '--policy-arn', key: 'policyArn', kind: 'string', required: true },
    { flag: '--version-id', key: 'versionId', kind: 'string', required: true },
  ],
  run(world, input, ctx) {
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'iam:GetPolicyVersion', resource: input.policyArn },
      'iam',
    );
    if (denied) return failed(denied);
    const facts = policyFacts(world, input.policyArn);
    if (!facts) return failed(notFound(input.policyArn));
    if (input.versionId !== facts.versionId)
      return failed(
        awsError('NoSuchEntity', `Policy ${input.policyArn} version ${input.versionId} does not exist.`, {
          hint: `get-policy shows the default version: ${facts.versionId}.`,
        }),
      );
    return done(world, {
      PolicyVersion: {
        Document: facts.document,
        VersionId: facts.versionId,
        IsDefaultVersion: true,
        ...(facts.createdAt !== undefined ? { CreateDate: isoCli(facts.createdAt) } : {}),
      },
    });
  },
};
