// aws dynamodb delete-table: delete a table, its items and its resource-based policy. The answer
// shows the table in state DELETING.
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html

import { authorizeProfile } from '../authorize.js';
import { awsError } from '../errors.js';
import { tableArn } from '../world/arns.js';
import { draftOf } from '../world/create.js';
import { done, failed, profileAccount } from './support.js';
import type { VerbSpec } from './types.js';

export const deleteTable: VerbSpec<'dynamodb delete-table'> = {
  verb: 'dynamodb delete-table',
  operation: 'DeleteTable',
  summary: 'Delete a DynamoDB table (and its resource-based policy).',
  mutates: true,
  params: [{ flag: '--table-name', key: 'tableName', kind: 'string', required: true }],
  run(world, input, ctx) {
    const account = world.accounts[ctx.profile.account]!;
    const table = account.tables[input.tableName];
    const denied = authorizeProfile(
      world,
      ctx.profile,
      { action: 'dynamodb:DeleteTable', resource: table?.arn ?? tableArn(account.id, input.tableName) },
      'dynamodb',
    );
    if (denied) return failed(denied);
    if (!table)
      return failed(
        awsError('ResourceNotFoundException', `Requested resource not found: Table: ${input.tableName} not found`),
      );
    const draft = draftOf(world);
    delete profileAccount(draft, ctx).tables[table.name];
    return done(draft, {
      TableDescription: {
        TableName: table.name,
        TableArn: table.arn,
        TableId: table.tableId,
        TableStatus: 'DELETING',
        BillingModeSummary: { BillingMode: table.billingMode },
      },
    });
  },
};
