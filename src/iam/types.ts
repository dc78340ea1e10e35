// Typed shapes shared by the IAM engine. Everything here is plain data so the UI can render it
// and tests can compare it; no functions, no classes.

import type { CheckId } from './checks/ids.js';

/** Which job a policy document does. The same JSON grammar serves all of them, the rules differ. */
export type PolicyKind = 'identity' | 'trust' | 'resource' | 'boundary' | 'scp' | 'rcp';

export type Effect = 'Allow' | 'Deny';

/** 1-based position of a JSON value in the text it was parsed from. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** JSON pointer (RFC 6901, e.g. "/Statement/0/Principal/AWS/1") -> where that value starts. */
export type SourceMap = ReadonlyMap<string, SourcePosition>;

export interface PolicyError {
  /** IAM's error code, e.g. 'MalformedPolicyDocument'. */
  code: string;
  /** Worded like IAM's own messages, e.g. 'Invalid principal in policy: "AWS":"arn:..."'. */
  message: string;
  line: number;
  column: number;
  /** JSON pointer of the offending value, when known. */
  path?: string;
  /** What to do instead; a tutor's addition, IAM does not say this. */
  hint?: string;
}

export interface LintWarning {
  id: LintId;
  message: string;
  why: string;
  fix: string;
  line?: number;
  column?: number;
  path?: string;
}

/** The warnings lint.ts writes, and those of the Access Analyzer style checks in checks/. */
export type LintId =
  | CheckId
  | 'action-star'
  | 'resource-star-write'
  | 'passrole-star'
  | 'notaction-resource-star'
  | 'duplicate-key'
  | 'cross-account-no-external-id'
  | 'trust-star-no-condition'
  | 'notprincipal-allow'
  | 'version-2008'
  | 'version-missing'
  | 'policy-size';

/** The principal element after parsing: "*" or a map of principal type to its values. */
export type PrincipalSpec =
  | { kind: 'any' }
  | {
      kind: 'map';
      AWS?: string[];
      Service?: string[];
      Federated?: string[];
      CanonicalUser?: string[];
    };

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

/** One "operator: { key: values }" pair of a Condition block. All clauses must hold (AND). */
export interface ConditionClause {
  /** The operator as written, e.g. 'ForAnyValue:StringLikeIfExists'. */
  operator: string;
  /** The operator with qualifier and IfExists removed, e.g. 'StringLike'. */
  base: string;
  qualifier?: SetQualifier;
  ifExists: boolean;
  /** Condition key as written (keys are compared case-insensitively). */
  key: string;
  /** Values as strings; any one of them may match (OR). */
  values: string[];
  /** JSON pointer of the key, for positions in traces and errors. */
  path: string;
}

export interface Statement {
  index: number;
  sid?: string;
  effect: Effect;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  condition?: ConditionClause[];
  /** JSON pointer of the statement object. */
  path: string;
}

export interface Policy {
  version?: string;
  id?: string;
  statements: Statement[];
  /** Positions of values when the policy came from text; empty for objects built in code. */
  sourceMap: SourceMap;
  /**
   * Object keys the text repeated (two "Action" keys in one statement ...), with the position of
   * each repeat. Only the last value of a repeated key is read. Absent for objects built in code.
   */
  duplicateKeys?: ReadonlyArray<{ path: string; key: string; line: number; column: number }>;
}

/** A policy document in its JSON form (what AWS documents and the managed-policy catalogue hold). */
export interface PolicyDocumentJson {
  Version?: string;
  Id?: string;
  Statement: PolicyStatementJson | PolicyStatementJson[];
}

export type StringOrList = string | string[];

export interface PolicyStatementJson {
  Sid?: string;
  Effect: Effect;
  Principal?: '*' | Partial<Record<PrincipalType, StringOrList>>;
  NotPrincipal?: '*' | Partial<Record<PrincipalType, StringOrList>>;
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Condition?: Record<string, Record<string, StringOrList | boolean | number | Array<boolean | number>>>;
}

export type ParseResult = { ok: true; policy: Policy; sourceMap: SourceMap } | { ok: false; errors: PolicyError[] };

/** Who makes the request. */
export type RequestPrincipalType =
  | 'user'
  | 'role-session'
  | 'root'
  | 'federated-user'
  | 'service'
  | 'web-identity'
  | 'anonymous';

export interface RequestPrincipal {
  /**
   * The caller's ARN (arn:aws:iam::111122223333:user/alice,
   * arn:aws:sts::111122223333:assumed-role/App/i-0abc...), or a service principal name such as
   * 'ec2.amazonaws.com' when type is 'service', or the identity provider (OIDC or SAML provider ARN,
   * or a name such as 'cognito-identity.amazonaws.com') when type is 'web-identity'.
   */
  arn: string;
  /** 12-digit account; derived from the ARN when left out. */
  account?: string;
  /** Derived from the ARN when left out. */
  type?: RequestPrincipalType;
  /**
   * For role sessions: the role's own ARN. Derived from the session ARN when left out, which loses
   * any role path, so pass it for roles with a path.
   */
  roleArn?: string;
}

export type ContextValue = string | number | boolean | ReadonlyArray<string | number | boolean>;

export interface RequestContext {
  principal: RequestPrincipal;
  /** service:Action, e.g. 's3:GetObject'. */
  action: string;
  /** The resource ARN, or '*' for actions that do not act on a resource. */
  resource: string;
  /**
   * Account that owns the resource; derived from the ARN when it has one. S3 ARNs carry no
   * account, so pass it for S3. When it is unknown the engine does not guess "same account": with a
   * resource-based policy it allows only what both sides allow (the answer that holds whether the
   * request is same-account or cross-account), and the trace says the account was unknown.
   */
  resourceAccount?: string;
  /** Condition context keys, e.g. { 'aws:SourceIp': '203.0.113.7', 'aws:MultiFactorAuthPresent': true }. */
  context?: Readonly<Record<string, ContextValue>>;
}

export interface EvaluationLayers {
  /** Identity-based policies attached to the principal (user, its groups, or the role). */
  identity: Policy[];
  /** The resource-based policy of the resource, if it has one (a bucket policy, a role trust policy ...). */
  resource?: Policy;
  boundary?: Policy;
  /**
   * SCPs in force for the principal's account, as one level: an Allow in any of them is enough.
   * Use `scpLevels` to model the organisation's hierarchy.
   */
  scps?: Policy[];
  /**
   * SCPs by level of the organisation, from the root down through each OU to the account. As in
   * AWS, every level must allow the action (an Allow at the root alone is not enough), and a Deny
   * at any level wins. When given, `scps` is ignored.
   */
  scpLevels?: Policy[][];
  sessionPolicies?: Policy[];
  /**
   * Resource control policies in force for the resource's account, as one level. RCPs are the
   * resource-side twin of SCPs: they cap what anyone (also callers from outside the organisation,
   * services and anonymous callers) can do to resources in member accounts.
   * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html)
   */
  rcps?: Policy[];
  /** RCPs by organisation level, root first, like `scpLevels`: every level must allow. Overrides `rcps`. */
  rcpLevels?: Policy[][];
  /** The organisation's management account: RCPs do not apply to resources in it. */
  managementAccount?: string;
  /** The resource is an AWS managed KMS key (alias/aws/...), which RCPs do not cover. */
  resourceIsAwsManagedKey?: boolean;
  /** Overrides the caller's account derived from the request. */
  principalAccount?: string;
  /** Overrides the resource's account derived from the request. */
  resourceAccount?: string;
}

export type Layer = 'identity' | 'resource' | 'boundary' | 'scp' | 'rcp' | 'session';

export type CheckElement = 'Principal' | 'Action' | 'Resource' | 'Condition';

export interface StatementCheck {
  element: CheckElement;
  ok: boolean;
  /** Plain English, e.g. 'action s3:GetObject matched "s3:Get*" by wildcard'. */
  detail: string;
}

/**
 * What one statement did for a request. Treat as read-only: entries for statements that did not
 * cover the action are frozen and shared between decisions, which keeps evaluation fast.
 */
export interface TraceEntry {
  kind: 'statement';
  layer: Layer;
  policyIndex: number;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  /** True when every element of the statement applied to the request. */
  matched: boolean;
  checks: StatementCheck[];
  /** One line of plain English summing the checks up. */
  reason: string;
  line?: number;
  column?: number;
}

export interface TraceNote {
  kind: 'note';
  /** Which rule of the evaluation order this note is about. */
  step:
    | 'input'
    | 'explicit-deny'
    | 'scp'
    | 'rcp'
    | 'resource'
    | 'identity'
    | 'cross-account'
    | 'boundary'
    | 'session'
    | 'trust'
    | 'decision';
  message: string;
}

export type TraceItem = TraceEntry | TraceNote;

export type DecisionValue = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export interface Decision {
  decision: DecisionValue;
  trace: TraceItem[];
  /** Plain English explanation of the outcome. */
  summary: string;
  /** Errors that made a policy unusable (for example a trust policy IAM would have refused). */
  errors?: PolicyError[];
}
