// The sandbox scenario ids that lessons may link to (`sandbox:<id>`). The content validator
// resolves links against this list, so it lives apart from the scenario code and stays cheap
// to import. The sandbox owns this file: add an id here when a scenario is added.
export const scenarioIds: readonly string[] = [
  'guided-ec2-dynamodb',
  'missing-instance-profile',
  'trust-names-lambda',
  'trust-instance-arn',
  'implicit-deny',
  'explicit-deny',
  'imdsv2-v1-client',
  'hop-limit-container',
  'ecs-execution-role-mixup',
  'cross-account-externalid',
  'least-privilege',
  'rcp-data-perimeter',
];
