// DynamoDB tables and their resource-based policies.
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { newId } from '../ids.js';
import { tableArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { findTableByArn } from '../world/lookup.js';
import type { Table } from '../world/types.js';
import { loadPolicyArgument } from './policy-argument.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';
import { plural } from '../../plural.js';

function validation(message: string): ReturnType<typeof awsError> {
  return awsError('ValidationException', message);
}

/**
 * TableName: 3 to 255 characters from [a-zA-Z0-9_.-]. Each broken constraint is its own "Value ...
 * failed to satisfy constraint" clause: a short name of valid characters breaks only the length.
 */
function tableNameErrors(name: string): ReturnType<typeof awsError> | undefined {
  const constraints: string[] = [];
  if (!/^[a-zA-Z0-9_.-]+$/.test(name))
    constraints.push('Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+');
  if (name.length < 3) constraints.push('Member must have length greater than or equal to 3');
  if (name.length > 255) constraints.push('Member must have length less than or equal to 255');
  if (constraints.length === 0) return undefined;
  const clauses = constraints.map((c) => `Value '${name}' at 'tableName' failed to satisfy constraint: ${c}`);
  return validation(`${plural(clauses.length, 'validation error')} detected: ${clauses.join('; ')}`);
}

export const createTable: VerbSpec<'dynamodb create-table'> = {
  verb: 'dynamodb create-table',
  operation: 'CreateTable',
  summary: 'Create a DynamoDB table.',
  mutates: true,
  params: [
    { flag: '--table-name', key: 'tableName', kind: 'string', required: true },
    {
      flag: '--attribute-definitions',
      key: 'attributeDefinitions',
      kind: 'structure-list',
      required: true,
      fields: { AttributeName: 'string', AttributeType: 'string' },
    },
    {
      flag: '--key-schema',
      key: 'keySchema',
      kind: 'structure-list',
      required: true,
      fields: { AttributeName: 'string', KeyType: 'string' },
    },
    { flag: '--billing-mode', key: 'billingMode', kind: 'string' },
    {
      flag: '--provisioned-throughput',
      key: 'provisionedThroughput',
      kind: 'structure',
      fields: { ReadCapacityUnits: 'integer', WriteCapacityUnits: 'integer' },
    },
  ],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const arn = tableArn(account.id, input.tableName);
    const denied = authorizeProfile(world, ctx.profile, { action: 'dynamodb:CreateTable', resource: arn }, 'dynamodb');
    if (denied) return failed(denied);
    const badName = tableNameErrors(input.tableName);
    if (badName) return failed(badName);
    if (account.tables[input.tableName])
      return failed(awsError('ResourceInUseException', `Table already exists: ${input.tableName}`));
    const defined = new Set(input.attributeDefinitions.map((a) => a.AttributeName));
    const hashKeys = input.keySchema.filter((k) => k.KeyType === 'HASH');
    if (hashKeys.length !== 1 || input.keySchema.some((k) => k.KeyType !== 'HASH' && k.KeyType !== 'RANGE')) {
      return failed(
        validation('1 validation error detected: the key schema needs exactly one HASH key and at most one RANGE key.'),
      );
    }
    const undefinedKeys = input.keySchema.filter((k) => !defined.has(k.AttributeName)).map((k) => k.AttributeName);
    if (undefinedKeys.length > 0) {
      return failed(
        validation(
          `One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [${undefinedKeys.join(', ')}], AttributeDefinitions: [${[...defined].join(', ')}]`,
        ),
      );
    }
    const mode = input.billingMode ?? 'PROVISIONED';
    if (mode !== 'PROVISIONED' && mode !== 'PAY_PER_REQUEST')
      return failed(
        validation(
          `1 validation error detected: Value '${mode}' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]`,
        ),
      );
    const pt = input.provisionedThroughput;
    if (mode === 'PROVISIONED' && (pt?.ReadCapacityUnits === undefined || pt.WriteCapacityUnits === undefined)) {
      return failed(
        validation(
          'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED',
        ),
      );
    }
    const draft = draftOf(world);
    const table: Table = {
      name: input.tableName,
      arn,
      tableId: newId(draft, 'table'),
      createdAt: ctx.now,
      attributeDefinitions: input.attributeDefinitions,
      keySchema: input.keySchema,
      billingMode: mode,
    };
    if (mode === 'PROVISIONED' && pt?.ReadCapacityUnits !== undefined && pt.WriteCapacityUnits !== undefined) {
      table.provisionedThroughput = {
        ReadCapacityUnits: pt.ReadCapacityUnits,
        WriteCapacityUnits: pt.WriteCapacityUnits,
      };
    }
    profileAccount(draft, ctx).tables[table.name] = table;
    return done(draft, {
      TableDescription: {
        TableName: table.name,
        TableArn: arn,
        TableId: table.tableId,
        TableStatus: 'CREATING',
        AttributeDefinitions: table.attributeDefinitions,
        KeySchema: table.keySchema,
        BillingModeSummary: { BillingMode: mode },
      },
    });
  },
};

export const putResourcePolicy: VerbSpec<'dynamodb put-resource-policy'> = {
  verb: 'dynamodb put-resource-policy',
  operation: 'PutResourcePolicy',
  summary: 'Attach a resource-based policy to a DynamoDB table.',
  mutates: true,
  params: [
    { flag: '--resource-arn', key: 'resourceArn', kind: 'string', required: true },
    { flag: '--policy', key: 'policy', kind: 'document', required: true },
  ],
  run(world, input, ctx) {
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'dynamodb:PutResourcePolicy', resource: input.resourceArn },
      'dynamodb',
    );
    if (denied) return failed(denied);
    const found = findTableByArn(world, input.resourceArn);
    if (!found || found.account.id !== ctx.profile.account || found.table.arn !== input.resourceArn) {
      return failed(awsError('ResourceNotFoundException', `Requested resource not found: ${input.resourceArn}`));
    }
    const policy = loadPolicyArgument(world, '--policy', input.policy, 'resource', 'dynamodb');
    if (!policy.ok) return failed(policy.error);
    const draft = draftOf(world);
    profileAccount(draft, ctx).tables[found.table.name]!.resourcePolicy = policy.json;
    return done(draft, { RevisionId: String(ctx.now) });
  },
};
