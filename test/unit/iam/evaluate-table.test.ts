// biome-ignore-all lint/suspicious/noTemplateCurlyInString: IAM policy variables are literal ${...} text in these fixtures
// Table-driven evaluation cases. Each row is one request against a set of policies and the
// decision AWS documents for it (IAM User Guide: policy evaluation logic, cross-account
// evaluation, condition operators, policy variables, permissions boundaries).

import { describe, expect, it } from 'vitest';
import { evaluate, managedPolicies } from '../../../src/iam/index.js';
import type { ContextValue, DecisionValue, EvaluationLayers, RequestPrincipal } from '../../../src/iam/index.js';
import {
  ACCT,
  ALICE,
  allow,
  APP_ROLE,
  APP_SESSION,
  BOB_OTHER,
  BUCKET,
  type Doc,
  deny,
  doc,
  INSTANCE,
  OBJECT,
  OTHER,
  OTHER_ROLE_SESSION,
  P,
  TABLE,
  trustAws,
  trustService,
} from './helpers.js';

interface Case {
  name: string;
  identity?: Doc[];
  resource?: Doc;
  boundary?: Doc;
  scps?: Doc[];
  /** SCPs by organisation level, root first. */
  scpLevels?: Doc[][];
  session?: Doc[];
  principal?: string | RequestPrincipal;
  action: string;
  on: string;
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
  /** Evaluate the resource policy as a role trust policy. */
  trust?: boolean;
  /** The request time (epoch ms) that fills aws:CurrentTime and aws:EpochTime. */
  now?: number;
  expect: DecisionValue;
}

const S3_READ = doc(allow(['s3:GetObject', 's3:ListBucket'], [BUCKET, `${BUCKET}/*`]));
const MFA_DENY = doc(allow('s3:*', '*'), deny('s3:DeleteObject', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }));
const cond = (condition: Record<string, Record<string, string | string[]>>): Doc => doc(allow('s3:GetObject', '*', { Condition: condition }));

const basics: Case[] = [
  { name: 'exact action and resource allowed', identity: [S3_READ], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'no policies at all is an implicit deny', identity: [], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'action not listed is an implicit deny', identity: [S3_READ], action: 's3:PutObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'action names are case-insensitive', identity: [S3_READ], action: 'S3:getobject', on: OBJECT, expect: 'Allow' },
  { name: 'policy action in odd case still matches', identity: [doc(allow('S3:GETOBJECT', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'action wildcard * inside the name', identity: [doc(allow('s3:Get*', '*'))], action: 's3:GetObjectTagging', on: OBJECT, expect: 'Allow' },
  { name: 'action wildcard does not cross services', identity: [doc(allow('s3:Get*', '*'))], action: 's3-object-lambda:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'action wildcard ? matches one character', identity: [doc(allow('ec2:Describe?olumes', '*'))], action: 'ec2:DescribeVolumes', on: '*', expect: 'Allow' },
  { name: 'action wildcard ? does not match two characters', identity: [doc(allow('ec2:Describe?umes', '*'))], action: 'ec2:DescribeVolumes', on: '*', expect: 'ImplicitDeny' },
  { name: 'Action "*" allows any action', identity: [doc(allow('*', '*'))], action: 'dynamodb:DeleteTable', on: TABLE, expect: 'Allow' },
  { name: 'service wildcard allows the whole service', identity: [doc(allow('dynamodb:*', TABLE))], action: 'dynamodb:PutItem', on: TABLE, expect: 'Allow' },
  { name: 'resource not covered is an implicit deny', identity: [S3_READ], action: 's3:GetObject', on: 'arn:aws:s3:::other-bucket/x', expect: 'ImplicitDeny' },
  { name: 'resource ARNs are case-sensitive', identity: [S3_READ], action: 's3:GetObject', on: 'arn:aws:s3:::Demo-Bucket/reports/q1.csv', expect: 'ImplicitDeny' },
  { name: 'bucket ARN does not cover its objects', identity: [doc(allow('s3:GetObject', BUCKET))], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'resource wildcard spans path segments', identity: [doc(allow('s3:GetObject', `${BUCKET}/*`))], action: 's3:GetObject', on: 'arn:aws:s3:::demo-bucket/a/b/c.txt', expect: 'Allow' },
  { name: 'resource ? wildcard', identity: [doc(allow('s3:GetObject', 'arn:aws:s3:::demo-bucket/reports/q?.csv'))], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'Resource "*" matches a request without resource', identity: [doc(allow('s3:ListAllMyBuckets', '*'))], action: 's3:ListAllMyBuckets', on: '*', expect: 'Allow' },
  { name: 'specific ARN does not match a "*" request', identity: [doc(allow('s3:ListAllMyBuckets', BUCKET))], action: 's3:ListAllMyBuckets', on: '*', expect: 'ImplicitDeny' },
  { name: 'NotAction allows everything else', identity: [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NotAction excludes the listed service', identity: [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })], action: 'iam:CreateUser', on: '*', expect: 'ImplicitDeny' },
  { name: 'NotResource allows other resources', identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/secret/*` })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NotResource excludes the listed resource', identity: [doc({ Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/secret/*` })], action: 's3:GetObject', on: `${BUCKET}/secret/key`, expect: 'ImplicitDeny' },
  { name: 'Deny with NotAction denies everything else', identity: [doc(allow('*', '*'), { Effect: 'Deny', NotAction: ['iam:Get*', 'iam:List*'], Resource: '*' })], action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'Deny with NotAction leaves the listed actions', identity: [doc(allow('*', '*'), { Effect: 'Deny', NotAction: ['iam:Get*', 'iam:List*'], Resource: '*' })], action: 'iam:GetRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'explicit deny overrides allow in the same policy', identity: [doc(allow('s3:*', '*'), deny('s3:DeleteBucket', '*'))], action: 's3:DeleteBucket', on: BUCKET, expect: 'ExplicitDeny' },
  { name: 'explicit deny in another policy overrides allow', identity: [doc(allow('s3:*', '*')), doc(deny('s3:*', BUCKET))], action: 's3:ListBucket', on: BUCKET, expect: 'ExplicitDeny' },
  { name: 'a deny for another action does not matter', identity: [doc(allow('s3:*', '*'), deny('s3:DeleteBucket', '*'))], action: 's3:ListBucket', on: BUCKET, expect: 'Allow' },
  { name: 'allows from several policies add up', identity: [doc(allow('s3:GetObject', '*')), doc(allow('s3:PutObject', '*'))], action: 's3:PutObject', on: OBJECT, expect: 'Allow' },
  { name: 'a Deny alone never allows', identity: [doc(deny('s3:DeleteObject', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'an action outside the listed service is denied', identity: [doc(allow('s3:*', '*'))], action: 'sqs:SendMessage', on: `arn:aws:sqs:us-east-1:${ACCT}:jobs`, expect: 'ImplicitDeny' },
];

const conditions: Case[] = [
  { name: 'StringEquals matches', identity: [cond({ StringEquals: { 'aws:PrincipalTag/team': 'data' } })], context: { 'aws:PrincipalTag/team': 'data' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringEquals is case-sensitive on values', identity: [cond({ StringEquals: { 'aws:PrincipalTag/team': 'data' } })], context: { 'aws:PrincipalTag/team': 'Data' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'StringEquals with missing key is false', identity: [cond({ StringEquals: { 'aws:PrincipalTag/team': 'data' } })], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'condition keys are case-insensitive', identity: [cond({ StringEquals: { 'AWS:PRINCIPALTAG/TEAM': 'data' } })], context: { 'aws:PrincipalTag/team': 'data' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'several values are ORed', identity: [cond({ StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } })], context: { 'aws:RequestedRegion': 'eu-central-1' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'several keys are ANDed', identity: [cond({ StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'data' } })], context: { 'aws:RequestedRegion': 'eu-west-1' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'StringNotEquals with a different value is true', identity: [cond({ StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } })], context: { 'aws:RequestedRegion': 'eu-west-1' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringNotEquals with the same value is false', identity: [cond({ StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } })], context: { 'aws:RequestedRegion': 'us-east-1' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'StringNotEquals with a missing key is true', identity: [cond({ StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringEqualsIgnoreCase ignores case', identity: [cond({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'DATA' } })], context: { 'aws:PrincipalTag/team': 'data' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringNotEqualsIgnoreCase', identity: [cond({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'DATA' } })], context: { 'aws:PrincipalTag/team': 'data' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'StringLike with *', identity: [cond({ StringLike: { 's3:prefix': 'home/*' } })], context: { 's3:prefix': 'home/alice/' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringLike with ?', identity: [cond({ StringLike: { 'aws:PrincipalTag/team': 'dat?' } })], context: { 'aws:PrincipalTag/team': 'date' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringEquals treats * literally', identity: [cond({ StringEquals: { 's3:prefix': 'home/*' } })], context: { 's3:prefix': 'home/alice/' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'StringNotLike', identity: [cond({ StringNotLike: { 's3:prefix': 'private/*' } })], context: { 's3:prefix': 'private/x' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'NumericLessThan true', identity: [cond({ NumericLessThan: { 's3:max-keys': '10' } })], context: { 's3:max-keys': 5 }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NumericLessThan false at the bound', identity: [cond({ NumericLessThan: { 's3:max-keys': '10' } })], context: { 's3:max-keys': 10 }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'NumericLessThanEquals at the bound', identity: [cond({ NumericLessThanEquals: { 's3:max-keys': '10' } })], context: { 's3:max-keys': '10' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NumericGreaterThan', identity: [cond({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } })], context: { 'aws:MultiFactorAuthAge': '7200' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NumericGreaterThanEquals false', identity: [cond({ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '3600' } })], context: { 'aws:MultiFactorAuthAge': '60' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'NumericEquals', identity: [cond({ NumericEquals: { 's3:max-keys': '10' } })], context: { 's3:max-keys': '10.0' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NumericNotEquals', identity: [cond({ NumericNotEquals: { 's3:max-keys': '10' } })], context: { 's3:max-keys': '10' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'numeric operator with a non-number value is false', identity: [cond({ NumericEquals: { 's3:max-keys': '10' } })], context: { 's3:max-keys': 'ten' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'DateLessThan with aws:CurrentTime before', identity: [cond({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })], context: { 'aws:CurrentTime': '2026-05-01T12:00:00Z' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'DateLessThan with aws:CurrentTime after', identity: [cond({ DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } })], context: { 'aws:CurrentTime': '2026-05-01T12:00:00Z' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'DateGreaterThan and DateLessThan make a window', identity: [cond({ DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2026-12-31T23:59:59Z' } })], context: { 'aws:CurrentTime': '2026-06-15T00:00:00Z' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'Date condition with epoch seconds', identity: [cond({ DateGreaterThanEquals: { 'aws:EpochTime': '1700000000' } })], context: { 'aws:EpochTime': '1800000000' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  // aws:CurrentTime and aws:EpochTime are always in the request context (global condition keys, Availability).
  { name: 'aws:CurrentTime comes from the clock when the request leaves it out: before the date', identity: [cond({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })], now: Date.UTC(2026, 4, 1), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'aws:CurrentTime comes from the clock when the request leaves it out: after the date', identity: [cond({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })], now: Date.UTC(2031, 0, 1), action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'aws:CurrentTime set in the request wins over the clock', identity: [cond({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } })], now: Date.UTC(2026, 4, 1), context: { 'aws:CurrentTime': '2031-01-01T00:00:00Z' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'aws:EpochTime comes from the clock, in seconds', identity: [cond({ NumericLessThan: { 'aws:EpochTime': '1900000000' } })], now: 1_800_000_000_000, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'aws:EpochTime from the clock works with date operators', identity: [cond({ DateGreaterThan: { 'aws:EpochTime': '1900000000' } })], now: 1_800_000_000_000, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'Bool MFA true matches', identity: [cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })], context: { 'aws:MultiFactorAuthPresent': true }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'Bool MFA false does not match true', identity: [cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })], context: { 'aws:MultiFactorAuthPresent': false }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'Bool with missing MFA key is false', identity: [cond({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } })], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'deny without MFA: BoolIfExists false with key false denies', identity: [MFA_DENY], context: { 'aws:MultiFactorAuthPresent': 'false' }, action: 's3:DeleteObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'deny without MFA: missing key (long-term keys) denies too', identity: [MFA_DENY], action: 's3:DeleteObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'deny without MFA: MFA present allows', identity: [MFA_DENY], context: { 'aws:MultiFactorAuthPresent': 'true' }, action: 's3:DeleteObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringEqualsIfExists passes when the key is missing', identity: [cond({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'StringEqualsIfExists checks the key when present', identity: [cond({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } })], context: { 'ec2:InstanceType': 'm5.large' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'IpAddress inside the range', identity: [cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })], context: { 'aws:SourceIp': '203.0.113.77' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'IpAddress outside the range', identity: [cond({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } })], context: { 'aws:SourceIp': '198.51.100.7' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'IpAddress with a single address', identity: [cond({ IpAddress: { 'aws:SourceIp': '198.51.100.7' } })], context: { 'aws:SourceIp': '198.51.100.7' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'IpAddress IPv6 range', identity: [cond({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } })], context: { 'aws:SourceIp': '2001:db8:1234::1' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'IpAddress IPv4 request against IPv6 range', identity: [cond({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } })], context: { 'aws:SourceIp': '203.0.113.1' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'NotIpAddress outside the range is true', identity: [cond({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })], context: { 'aws:SourceIp': '203.0.113.9' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'deny from outside the office network', identity: [doc(allow('s3:*', '*'), deny('*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }))], context: { 'aws:SourceIp': '192.0.2.10' }, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'ArnEquals on ec2:SourceInstanceARN matches', identity: [cond({ ArnEquals: { 'ec2:SourceInstanceARN': INSTANCE } })], context: { 'ec2:SourceInstanceARN': INSTANCE }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ArnEquals on ec2:SourceInstanceARN: other instance', identity: [cond({ ArnEquals: { 'ec2:SourceInstanceARN': INSTANCE } })], context: { 'ec2:SourceInstanceARN': `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0fff` }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ArnLike with wildcards per segment', identity: [cond({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/app-*` } })], principal: { arn: `arn:aws:sts::${ACCT}:assumed-role/app-web/s1` }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ArnLike does not match another account', identity: [cond({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/app-*` } })], principal: { arn: `arn:aws:sts::${ACCT}:assumed-role/db-admin/s1` }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ArnNotLike with missing key is true', identity: [cond({ ArnNotLike: { 'ec2:SourceInstanceARN': INSTANCE } })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  // ARN operators compare the six colon-separated components; a value that is not an ARN has none to compare.
  { name: 'ArnLike "*" does not match a value that is not an ARN', identity: [cond({ ArnLike: { 'aws:SourceArn': '*' } })], context: { 'aws:SourceArn': 'foo' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ArnEquals with a wildcard does not match a value that is not an ARN', identity: [cond({ ArnEquals: { 'aws:SourceArn': 'arn:*' } })], context: { 'aws:SourceArn': 'arn:x' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ArnLike "*" still matches an ARN', identity: [cond({ ArnLike: { 'aws:SourceArn': '*' } })], context: { 'aws:SourceArn': INSTANCE }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ArnNotLike on a value that is not an ARN is true (nothing matches the forbidden ARN)', identity: [cond({ ArnNotLike: { 'aws:SourceArn': '*' } })], context: { 'aws:SourceArn': 'foo' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ArnNotEquals on a value that is not an ARN is true', identity: [cond({ ArnNotEquals: { 'aws:SourceArn': INSTANCE } })], context: { 'aws:SourceArn': 'i-0abc1234def567890' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'Null true: key absent', identity: [cond({ Null: { 'aws:TokenIssueTime': 'true' } })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'Null true: key present', identity: [cond({ Null: { 'aws:TokenIssueTime': 'true' } })], context: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'Null false: key present', identity: [cond({ Null: { 'aws:TokenIssueTime': 'false' } })], context: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ForAnyValue: one value matches', identity: [cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } })], context: { 'aws:TagKeys': ['owner', 'team'] }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ForAnyValue: no value matches', identity: [cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } })], context: { 'aws:TagKeys': ['owner'] }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ForAnyValue: missing key is false', identity: [cond({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ForAllValues: every value allowed', identity: [cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } })], context: { 'aws:TagKeys': ['env'] }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ForAllValues: one value not allowed', identity: [cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } })], context: { 'aws:TagKeys': ['env', 'cost'] }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'ForAllValues: missing key is true', identity: [cond({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } })], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'ForAllValues:StringLike with wildcard', identity: [cond({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['app-*'] } })], context: { 'aws:TagKeys': ['app-name', 'app-tier'] }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'single-valued key given as a list: any value may match', identity: [cond({ StringEquals: { 'aws:PrincipalTag/team': 'data' } })], context: { 'aws:PrincipalTag/team': ['ops', 'data'] }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
];

const variables: Case[] = [
  { name: '${aws:username} in Resource matches own folder', identity: [doc(allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`))], action: 's3:GetObject', on: `${BUCKET}/home/alice/notes.txt`, expect: 'Allow' },
  { name: "${aws:username} in Resource rejects another user's folder", identity: [doc(allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`))], action: 's3:GetObject', on: `${BUCKET}/home/bob/notes.txt`, expect: 'ImplicitDeny' },
  { name: 'variables are literal text in 2008-10-17 policies', identity: [{ Version: '2008-10-17', Statement: [allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`)] }], action: 's3:GetObject', on: `${BUCKET}/home/alice/notes.txt`, expect: 'ImplicitDeny' },
  { name: 'variables are literal text without Version', identity: [{ Statement: [allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`)] }], action: 's3:GetObject', on: `${BUCKET}/home/\${aws:username}/notes.txt`, expect: 'Allow' },
  { name: 'a variable with no value matches nothing (role sessions have no aws:username)', identity: [doc(allow('s3:GetObject', `${BUCKET}/home/\${aws:username}/*`))], principal: APP_SESSION, action: 's3:GetObject', on: `${BUCKET}/home/AppRole/x`, expect: 'ImplicitDeny' },
  { name: 'a variable default value is used when the key is missing', identity: [doc(allow('s3:GetObject', `${BUCKET}/home/\${aws:username, 'shared'}/*`))], principal: APP_SESSION, action: 's3:GetObject', on: `${BUCKET}/home/shared/x`, expect: 'Allow' },
  { name: '${*} is a literal asterisk, not a wildcard', identity: [doc(allow('s3:GetObject', `${BUCKET}/\${*}`))], action: 's3:GetObject', on: `${BUCKET}/anything`, expect: 'ImplicitDeny' },
  { name: '${*} matches a literal asterisk', identity: [doc(allow('s3:GetObject', `${BUCKET}/\${*}`))], action: 's3:GetObject', on: `${BUCKET}/*`, expect: 'Allow' },
  { name: 'variable in a condition value', identity: [cond({ StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } })], context: { 'aws:ResourceTag/owner': 'alice' }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'variable in a condition value, other owner', identity: [cond({ StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } })], context: { 'aws:ResourceTag/owner': 'bob' }, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'principal tag variable', identity: [doc(allow('dynamodb:GetItem', `arn:aws:dynamodb:us-east-1:${ACCT}:table/\${aws:PrincipalTag/team}-*`))], context: { 'aws:PrincipalTag/team': 'data' }, action: 'dynamodb:GetItem', on: `arn:aws:dynamodb:us-east-1:${ACCT}:table/data-orders`, expect: 'Allow' },
];

const bucketPolicy = (principal: unknown, extra: Record<string, unknown> = {}): Doc =>
  ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: `${BUCKET}/*`, ...extra }] }) as Doc;

const resourcePolicies: Case[] = [
  { name: 'same account: bucket policy naming the user allows without an identity policy', resource: bucketPolicy({ AWS: ALICE }), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'same account: identity policy alone allows', identity: [S3_READ], resource: bucketPolicy({ AWS: BOB_OTHER }), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'same account: bucket policy naming only the account needs an identity allow', resource: bucketPolicy({ AWS: `arn:aws:iam::${ACCT}:root` }), action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'same account: account principal plus identity allow', identity: [S3_READ], resource: bucketPolicy({ AWS: ACCT }), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'same account: bucket policy naming someone else gives nothing', resource: bucketPolicy({ AWS: `arn:aws:iam::${ACCT}:user/carol` }), action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'same account: Principal "*" allows a user', resource: bucketPolicy('*'), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'resource-policy Deny overrides an identity Allow', identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `${BUCKET}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }, context: { 'aws:SecureTransport': false }, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'resource-policy Deny on TLS does not hit TLS requests', identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `${BUCKET}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }, context: { 'aws:SecureTransport': true }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'resource policy naming a role allows its sessions', principal: APP_SESSION, resource: bucketPolicy({ AWS: APP_ROLE }), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'role-ARN grant is still capped by the permissions boundary', principal: APP_SESSION, resource: bucketPolicy({ AWS: APP_ROLE }), boundary: doc(allow('dynamodb:*', '*')), action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'role-session-ARN grant is not capped by the boundary', principal: APP_SESSION, resource: bucketPolicy({ AWS: APP_SESSION }), boundary: doc(allow('dynamodb:*', '*')), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'user-ARN grant is not capped by the boundary', resource: bucketPolicy({ AWS: ALICE }), boundary: doc(allow('dynamodb:*', '*')), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NotPrincipal Deny denies everyone not listed', identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: APP_ROLE }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }] }, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'NotPrincipal listing only the role still denies its sessions', principal: APP_SESSION, identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: APP_ROLE }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }] }, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'NotPrincipal listing account, role and session spares the session', principal: APP_SESSION, identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${ACCT}:root`, APP_ROLE, APP_SESSION] }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }] }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'NotPrincipal listing the user without its account still denies', identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: ALICE }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }] }, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'NotPrincipal listing the user and its account spares the user', identity: [S3_READ], resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: [ACCT, ALICE] }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }] }, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'Deny with NotPrincipal always applies to a caller with a permissions boundary', identity: [S3_READ], boundary: doc(allow('s3:*', '*')), resource: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: [ACCT, ALICE] }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }] }, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'resource policy statement for another action does not apply', resource: bucketPolicy({ AWS: ALICE }), action: 's3:PutObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'resource policy condition on aws:PrincipalArn', resource: bucketPolicy('*', { Condition: { ArnEquals: { 'aws:PrincipalArn': ALICE } } }), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'resource policy condition on aws:PrincipalAccount', resource: bucketPolicy('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': OTHER } } }), action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
];

const crossAccount: Case[] = [
  { name: 'cross-account: both resource and identity policy allow', principal: BOB_OTHER, identity: [S3_READ], resource: bucketPolicy({ AWS: BOB_OTHER }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'cross-account: resource policy allows, identity policy does not', principal: BOB_OTHER, resource: bucketPolicy({ AWS: BOB_OTHER }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'cross-account: identity allows, no resource policy', principal: BOB_OTHER, identity: [S3_READ], resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'cross-account: identity allows, resource policy names someone else', principal: BOB_OTHER, identity: [S3_READ], resource: bucketPolicy({ AWS: ALICE }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'cross-account: resource policy names the whole other account', principal: BOB_OTHER, identity: [S3_READ], resource: bucketPolicy({ AWS: `arn:aws:iam::${OTHER}:root` }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'cross-account: resource policy names the 12-digit account', principal: BOB_OTHER, identity: [S3_READ], resource: bucketPolicy({ AWS: OTHER }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'cross-account: resource Deny wins', principal: BOB_OTHER, identity: [S3_READ], resource: doc({ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 's3:*', Resource: `${BUCKET}/*` }, { Effect: 'Deny', Principal: { AWS: OTHER }, Action: 's3:GetObject', Resource: `${BUCKET}/*` }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'cross-account: account is read from a resource ARN that carries one', principal: BOB_OTHER, identity: [doc(allow('dynamodb:GetItem', TABLE))], action: 'dynamodb:GetItem', on: TABLE, expect: 'ImplicitDeny' },
  { name: 'cross-account role session with both sides allowing', principal: OTHER_ROLE_SESSION, identity: [S3_READ], resource: bucketPolicy({ AWS: `arn:aws:iam::${OTHER}:role/Deployer` }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'cross-account: the caller boundary still applies', principal: BOB_OTHER, identity: [S3_READ], boundary: doc(allow('sqs:*', '*')), resource: bucketPolicy({ AWS: BOB_OTHER }), resourceAccount: ACCT, action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
];

const boundaries: Case[] = [
  { name: 'boundary and identity both allow', identity: [S3_READ], boundary: doc(allow('s3:*', '*')), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'boundary does not include the action', identity: [doc(allow('*', '*'))], boundary: doc(allow('s3:*', '*')), action: 'iam:CreateUser', on: '*', expect: 'ImplicitDeny' },
  { name: 'boundary allows but identity does not', boundary: doc(allow('*', '*')), identity: [], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'deny in the boundary is explicit', identity: [doc(allow('*', '*'))], boundary: doc(allow('*', '*'), deny('iam:*', '*')), action: 'iam:DeleteRole', on: APP_ROLE, expect: 'ExplicitDeny' },
  { name: 'boundary restricts to resources', identity: [doc(allow('s3:*', '*'))], boundary: doc(allow('s3:*', `${BUCKET}/*`)), action: 's3:GetObject', on: 'arn:aws:s3:::other/x', expect: 'ImplicitDeny' },
];

const scpsCases: Case[] = [
  { name: 'SCP FullAWSAccess plus identity allow', identity: [S3_READ], scps: [doc(allow('*', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'SCP deny wins over identity allow', identity: [doc(allow('*', '*'))], scps: [doc(allow('*', '*'), deny('organizations:LeaveOrganization', '*'))], action: 'organizations:LeaveOrganization', on: '*', expect: 'ExplicitDeny' },
  { name: 'SCP allow list without the action', identity: [doc(allow('*', '*'))], scps: [doc(allow(['s3:*', 'ec2:*'], '*'))], action: 'dynamodb:Scan', on: TABLE, expect: 'ImplicitDeny' },
  { name: 'SCPs grant nothing on their own', identity: [], scps: [doc(allow('*', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'SCP region deny with aws:RequestedRegion', identity: [doc(allow('*', '*'))], scps: [doc(allow('*', '*'), deny('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } }))], context: { 'aws:RequestedRegion': 'us-east-1' }, action: 'ec2:RunInstances', on: '*', expect: 'ExplicitDeny' },
  { name: 'SCP region deny spares the allowed region', identity: [doc(allow('*', '*'))], scps: [doc(allow('*', '*'), deny('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } }))], context: { 'aws:RequestedRegion': 'eu-west-1' }, action: 'ec2:RunInstances', on: '*', expect: 'Allow' },
  { name: 'an SCP allow in one of several attached SCPs is enough (one level)', identity: [S3_READ], scps: [doc(allow('ec2:*', '*')), doc(allow('s3:*', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  // root → OU → account: every level must allow.
  { name: 'SCP levels: an action allowed at every level is allowed', identity: [S3_READ], scpLevels: [[doc(allow('*', '*'))], [doc(allow('s3:*', '*'))], [doc(allow('*', '*'))]], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'SCP levels: FullAWSAccess at the root does not make up for an OU that omits the action', identity: [doc(allow('*', '*'))], scpLevels: [[doc(allow('*', '*'))], [doc(allow('s3:*', '*'))], [doc(allow('*', '*'))]], action: 'ec2:RunInstances', on: '*', expect: 'ImplicitDeny' },
  { name: 'SCP levels: the account level must allow too', identity: [doc(allow('*', '*'))], scpLevels: [[doc(allow('*', '*'))], [doc(allow('*', '*'))], [doc(allow('s3:*', '*'))]], action: 'dynamodb:Scan', on: TABLE, expect: 'ImplicitDeny' },
  { name: 'SCP levels: an allow at one level among several SCPs there is enough for that level', identity: [S3_READ], scpLevels: [[doc(allow('*', '*'))], [doc(allow('ec2:*', '*')), doc(allow('s3:*', '*'))]], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'SCP levels: a deny at the OU wins over allows everywhere', identity: [doc(allow('*', '*'))], scpLevels: [[doc(allow('*', '*'))], [doc(allow('*', '*'), deny('s3:DeleteBucket', '*'))], [doc(allow('*', '*'))]], action: 's3:DeleteBucket', on: BUCKET, expect: 'ExplicitDeny' },
];

const sessions: Case[] = [
  { name: 'session policy and role policy both allow', principal: APP_SESSION, identity: [S3_READ], session: [doc(allow('s3:GetObject', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'session policy narrows the role', principal: APP_SESSION, identity: [S3_READ], session: [doc(allow('s3:ListBucket', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'session policy grants nothing beyond the role', principal: APP_SESSION, identity: [S3_READ], session: [doc(allow('*', '*'))], action: 's3:PutObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'session policy deny is explicit', principal: APP_SESSION, identity: [S3_READ], session: [doc(allow('*', '*'), deny('s3:GetObject', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'ExplicitDeny' },
  { name: 'grant to the session ARN is not limited by the session policy', principal: APP_SESSION, resource: bucketPolicy({ AWS: APP_SESSION }), session: [doc(allow('sqs:*', '*'))], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
];

const services: Case[] = [
  { name: 'service principal allowed by a resource policy', principal: { arn: 'cloudtrail.amazonaws.com', type: 'service' }, resource: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${BUCKET}/AWSLogs/*` }] }, action: 's3:PutObject', on: `${BUCKET}/AWSLogs/${ACCT}/x.json.gz`, expect: 'Allow' },
  { name: 'another service is not covered', principal: { arn: 'config.amazonaws.com', type: 'service' }, resource: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${BUCKET}/AWSLogs/*` }] }, action: 's3:PutObject', on: `${BUCKET}/AWSLogs/x`, expect: 'ImplicitDeny' },
  { name: 'identity policies do not apply to a service caller', principal: 'cloudtrail.amazonaws.com', identity: [doc(allow('*', '*'))], action: 's3:PutObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'anonymous caller and a public-read bucket policy', principal: { arn: '', type: 'anonymous' }, resource: bucketPolicy('*'), action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'anonymous caller is not an account principal', principal: { arn: '', type: 'anonymous' }, resource: bucketPolicy({ AWS: ACCT }), action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
];

const trusts: Case[] = [
  { name: 'trust: ec2.amazonaws.com may assume an EC2 role', principal: { arn: 'ec2.amazonaws.com', type: 'service' }, resource: trustService('ec2.amazonaws.com'), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'trust: ec2 cannot assume a role trusting ecs-tasks', principal: { arn: 'ec2.amazonaws.com', type: 'service' }, resource: trustService('ecs-tasks.amazonaws.com'), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ImplicitDeny' },
  { name: 'trust: service principal names compare case-insensitively', principal: { arn: 'EC2.amazonaws.com', type: 'service' }, resource: trustService('ec2.amazonaws.com'), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'trust: identity Allow alone never assumes a role', identity: [doc(allow('sts:AssumeRole', APP_ROLE))], resource: trustService('ec2.amazonaws.com'), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ImplicitDeny' },
  { name: 'trust: same account, trust names the user: no identity policy needed', resource: trustAws(ALICE), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'trust: same account, trust names the account: identity policy needed', resource: trustAws(`arn:aws:iam::${ACCT}:root`), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ImplicitDeny' },
  { name: 'trust: same account, account trust plus identity policy', identity: [doc(allow('sts:AssumeRole', APP_ROLE))], resource: trustAws(ACCT), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'trust: cross-account needs the caller identity policy', principal: BOB_OTHER, resource: trustAws(BOB_OTHER), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ImplicitDeny' },
  { name: 'trust: cross-account with both sides', principal: BOB_OTHER, identity: [doc(allow('sts:AssumeRole', APP_ROLE))], resource: trustAws(`arn:aws:iam::${OTHER}:root`), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'trust: cross-account identity policy for another role', principal: BOB_OTHER, identity: [doc(allow('sts:AssumeRole', `arn:aws:iam::${ACCT}:role/Other`))], resource: trustAws(OTHER), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ImplicitDeny' },
  { name: 'trust: external ID given', principal: BOB_OTHER, identity: [doc(allow('sts:AssumeRole', '*'))], resource: trustAws(OTHER, { Condition: { StringEquals: { 'sts:ExternalId': 'tenant-42' } } }), context: { 'sts:ExternalId': 'tenant-42' }, trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'trust: external ID missing', principal: BOB_OTHER, identity: [doc(allow('sts:AssumeRole', '*'))], resource: trustAws(OTHER, { Condition: { StringEquals: { 'sts:ExternalId': 'tenant-42' } } }), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ImplicitDeny' },
  { name: 'trust: a Deny statement in the trust policy', principal: BOB_OTHER, identity: [doc(allow('sts:AssumeRole', '*'))], resource: doc({ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { AWS: BOB_OTHER }, Action: 'sts:AssumeRole' }), trust: true, action: 'sts:AssumeRole', on: APP_ROLE, expect: 'ExplicitDeny' },
  { name: 'trust: role chaining from a role session named by role ARN', principal: APP_SESSION, resource: trustAws(APP_ROLE), trust: true, action: 'sts:AssumeRole', on: `arn:aws:iam::${ACCT}:role/Next`, expect: 'Allow' },
  { name: 'trust: sts:TagSession needs its own allow', principal: BOB_OTHER, identity: [doc(allow(['sts:AssumeRole', 'sts:TagSession'], '*'))], resource: trustAws(OTHER), trust: true, action: 'sts:TagSession', on: APP_ROLE, expect: 'ImplicitDeny' },
];

const managed: Case[] = [
  { name: 'AmazonS3ReadOnlyAccess allows GetObject', identity: [managedPolicies.AmazonS3ReadOnlyAccess!.document], action: 's3:GetObject', on: OBJECT, expect: 'Allow' },
  { name: 'AmazonS3ReadOnlyAccess does not allow PutObject', identity: [managedPolicies.AmazonS3ReadOnlyAccess!.document], action: 's3:PutObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'AmazonDynamoDBReadOnlyAccess allows Query', identity: [managedPolicies.AmazonDynamoDBReadOnlyAccess!.document], action: 'dynamodb:Query', on: TABLE, expect: 'Allow' },
  { name: 'AmazonDynamoDBReadOnlyAccess does not allow PutItem', identity: [managedPolicies.AmazonDynamoDBReadOnlyAccess!.document], action: 'dynamodb:PutItem', on: TABLE, expect: 'ImplicitDeny' },
  { name: 'ECS instance role policy lets the agent register', principal: APP_SESSION, identity: [managedPolicies.AmazonEC2ContainerServiceforEC2Role!.document], action: 'ecs:RegisterContainerInstance', on: '*', expect: 'Allow' },
  { name: 'ECS instance role policy: TagResource only while creating', principal: APP_SESSION, identity: [managedPolicies.AmazonEC2ContainerServiceforEC2Role!.document], context: { 'ecs:CreateAction': 'RunTask' }, action: 'ecs:TagResource', on: '*', expect: 'ImplicitDeny' },
  { name: 'task execution role policy pulls images', principal: APP_SESSION, identity: [managedPolicies.AmazonECSTaskExecutionRolePolicy!.document], action: 'ecr:BatchGetImage', on: `arn:aws:ecr:us-east-1:${ACCT}:repository/web`, expect: 'Allow' },
  { name: 'task execution role policy does not read S3', principal: APP_SESSION, identity: [managedPolicies.AmazonECSTaskExecutionRolePolicy!.document], action: 's3:GetObject', on: OBJECT, expect: 'ImplicitDeny' },
  { name: 'CloudWatchAgentServerPolicy reads its own parameters', principal: APP_SESSION, identity: [managedPolicies.CloudWatchAgentServerPolicy!.document], action: 'ssm:GetParameter', on: `arn:aws:ssm:us-east-1:${ACCT}:parameter/AmazonCloudWatch-linux`, expect: 'Allow' },
  { name: 'CloudWatchAgentServerPolicy does not read other parameters', principal: APP_SESSION, identity: [managedPolicies.CloudWatchAgentServerPolicy!.document], action: 'ssm:GetParameter', on: `arn:aws:ssm:us-east-1:${ACCT}:parameter/db-password`, expect: 'ImplicitDeny' },
  { name: 'AWSLambdaBasicExecutionRole writes logs', principal: APP_SESSION, identity: [managedPolicies.AWSLambdaBasicExecutionRole!.document], action: 'logs:PutLogEvents', on: `arn:aws:logs:us-east-1:${ACCT}:log-group:/aws/lambda/f:log-stream:x`, expect: 'Allow' },
  { name: 'ReadOnlyAccess reads IAM', identity: [managedPolicies.ReadOnlyAccess!.document], action: 'iam:GetRole', on: APP_ROLE, expect: 'Allow' },
  { name: 'ReadOnlyAccess does not write IAM', identity: [managedPolicies.ReadOnlyAccess!.document], action: 'iam:CreateRole', on: APP_ROLE, expect: 'ImplicitDeny' },
];

const rootUser: Case[] = [
  { name: 'the root user has full access to its own account without policies', principal: `arn:aws:iam::${ACCT}:root`, action: 'dynamodb:DeleteTable', on: TABLE, expect: 'Allow' },
  { name: 'an SCP deny still applies to the root user of a member account', principal: `arn:aws:iam::${ACCT}:root`, scps: [doc(allow('*', '*'), deny('dynamodb:DeleteTable', '*'))], action: 'dynamodb:DeleteTable', on: TABLE, expect: 'ExplicitDeny' },
  { name: "the root user of another account needs the resource's policy", principal: `arn:aws:iam::${OTHER}:root`, action: 'dynamodb:GetItem', on: TABLE, expect: 'ImplicitDeny' },
];

const all: Array<[string, Case[]]> = [
  ['basics', basics],
  ['conditions', conditions],
  ['policy variables', variables],
  ['resource-based policies', resourcePolicies],
  ['cross-account', crossAccount],
  ['permissions boundaries', boundaries],
  ['SCPs', scpsCases],
  ['session policies', sessions],
  ['services and anonymous callers', services],
  ['role trust', trusts],
  ['managed policies', managed],
  ['root user', rootUser],
];

describe('evaluate (table)', () => {
  it('has at least 120 cases', () => {
    expect(all.reduce((n, [, cases]) => n + cases.length, 0)).toBeGreaterThanOrEqual(120);
  });

  for (const [group, cases] of all) {
    describe(group, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const principal = typeof c.principal === 'string' ? { arn: c.principal } : (c.principal ?? { arn: ALICE });
        const layers: EvaluationLayers = { identity: (c.identity ?? []).map(P) };
        if (c.resource) layers.resource = P(c.resource);
        if (c.boundary) layers.boundary = P(c.boundary);
        if (c.scps) layers.scps = c.scps.map(P);
        if (c.scpLevels) layers.scpLevels = c.scpLevels.map((level) => level.map(P));
        if (c.session) layers.sessionPolicies = c.session.map(P);
        const request = { principal, action: c.action, resource: c.on, ...(c.resourceAccount ? { resourceAccount: c.resourceAccount } : {}), ...(c.context ? { context: c.context } : {}) };
        const decision = evaluate(request, layers, { ...(c.trust ? { resourceMustAllow: true } : {}), ...(c.now !== undefined ? { now: c.now } : {}) });
        expect(decision.decision, decision.summary).toBe(c.expect);
        expect(decision.summary.length).toBeGreaterThan(0);
      });
    });
  }
});
