// Every scenario, in the order the menu shows them. ids.ts must list the same ids (a test checks).

import { crossAccountExternalId } from './cross-account-externalid.js';
import { ecsExecutionRoleMixup } from './ecs-execution-role-mixup.js';
import { explicitDeny } from './explicit-deny.js';
import { guidedEc2Dynamodb } from './guided-ec2-dynamodb.js';
import { hopLimitContainer } from './hop-limit-container.js';
import { imdsv2V1Client } from './imdsv2-v1-client.js';
import { implicitDeny } from './implicit-deny.js';
import { leastPrivilege } from './least-privilege.js';
import { missingInstanceProfile } from './missing-instance-profile.js';
import { rcpDataPerimeter } from './rcp-data-perimeter.js';
import { trustInstanceArn } from './trust-instance-arn.js';
import { trustNamesLambda } from './trust-names-lambda.js';
import type { Scenario } from './types.js';

export const scenarios: readonly Scenario[] = [
  guidedEc2Dynamodb,
  missingInstanceProfile,
  trustNamesLambda,
  trustInstanceArn,
  implicitDeny,
  explicitDeny,
  imdsv2V1Client,
  hopLimitContainer,
  ecsExecutionRoleMixup,
  crossAccountExternalId,
  leastPrivilege,
  rcpDataPerimeter,
];

export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
