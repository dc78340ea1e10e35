// Building blocks the scenario files share: commands written the way a learner types them,
// policy documents, and the ids the setups produce.

import type { Action } from '../actions/inputs.js';
import { parseCommand } from '../command-line/parse.js';
import { LEARNER_ACCOUNT, PARTNER_ACCOUNT } from '../constants.js';
import { nthId } from '../ids.js';

/** A command line as data. Scenario files are checked by tests, so a typo fails loudly there. */
export function cmd(line: string): Action {
  const parsed = parseCommand(line);
  if (!parsed.ok) throw new Error(`scenario command does not parse: ${line}\n${parsed.message}`);
  return parsed.action;
}

export function writeFile(name: string, document: unknown): Action {
  return {
    verb: 'file write',
    input: { name, content: typeof document === 'string' ? document : `${JSON.stringify(document, null, 2)}\n` },
  };
}

/** The AMI id AWS documentation uses in examples; the sandbox does not care which AMI it is. */
export const AMI = 'ami-0abcdef1234567890';

export const ORDERS_TABLE_ARN = `arn:aws:dynamodb:us-east-1:${LEARNER_ACCOUNT}:table/Orders`;
export const CUSTOMERS_TABLE_ARN = `arn:aws:dynamodb:us-east-1:${LEARNER_ACCOUNT}:table/Customers`;
export const PARTNER_TABLE_ARN = `arn:aws:dynamodb:us-east-1:${PARTNER_ACCOUNT}:table/PartnerOrders`;
export const APP_ROLE_ARN = `arn:aws:iam::${LEARNER_ACCOUNT}:role/app-role`;

/** The first instance any scenario launches. */
export const FIRST_INSTANCE = nthId('instance', 1);
export const FIRST_INSTANCE_ARN = `arn:aws:ec2:us-east-1:${LEARNER_ACCOUNT}:instance/${FIRST_INSTANCE}`;

export function trustService(service: string) {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
}

export const ORDERS_READ = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ReadOrders', Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: ORDERS_TABLE_ARN },
  ],
};

export function createTable(name: string, profile?: string): Action {
  return cmd(
    `aws dynamodb create-table --table-name ${name} --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST${profile ? ` --profile ${profile}` : ''}`,
  );
}

/** A role with a trust policy from a file, an inline permissions policy from another, in an instance profile of the same name pattern. */
export function roleWithProfile(
  role: string,
  trustFile: string,
  policyName: string,
  policyFile: string,
  profile: string,
): Action[] {
  return [
    cmd(`aws iam create-role --role-name ${role} --assume-role-policy-document file://${trustFile}`),
    cmd(
      `aws iam put-role-policy --role-name ${role} --policy-name ${policyName} --policy-document file://${policyFile}`,
    ),
    cmd(`aws iam create-instance-profile --instance-profile-name ${profile}`),
    cmd(`aws iam add-role-to-instance-profile --instance-profile-name ${profile} --role-name ${role}`),
  ];
}

/**
 * An instance whose role may read the Orders table, IMDSv2 required with hop limit 1, running an
 * app with the given SDK and runtime: the starting point of the metadata-service challenges.
 */
export function ordersAppOnImdsv2Instance(client: string, runtime: 'host' | 'container'): Action[] {
  return [
    writeFile('trust-ec2.json', trustService('ec2.amazonaws.com')),
    writeFile('orders-read.json', ORDERS_READ),
    createTable('Orders'),
    ...roleWithProfile('app-role', 'trust-ec2.json', 'orders-read', 'orders-read.json', 'app-profile'),
    cmd(
      `aws ec2 run-instances --image-id ${AMI} --iam-instance-profile Name=app-profile --metadata-options HttpTokens=required,HttpPutResponseHopLimit=1`,
    ),
    cmd(`app deploy --instance-id ${FIRST_INSTANCE} --client ${client} --runtime ${runtime}`),
  ];
}

export const ORDERS_CALL = { action: 'dynamodb:GetItem', resource: ORDERS_TABLE_ARN };
