// ARNs of the world's resources, built the way AWS builds them.

import { REGION } from '../constants.js';

export function roleArn(account: string, name: string, path = '/'): string {
  return `arn:aws:iam::${account}:role${path}${name}`;
}

export function userArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:user/${name}`;
}

export function customerPolicyArn(account: string, name: string, path = '/'): string {
  return `arn:aws:iam::${account}:policy${path}${name}`;
}

export function instanceProfileArn(account: string, name: string, path = '/'): string {
  return `arn:aws:iam::${account}:instance-profile${path}${name}`;
}

export function instanceArn(account: string, instanceId: string): string {
  return `arn:aws:ec2:${REGION}:${account}:instance/${instanceId}`;
}

/** The ARN of a role session: what a request signed with the role's temporary credentials comes from. */
export function assumedRoleArn(account: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`;
}

export function clusterArn(account: string, name: string): string {
  return `arn:aws:ecs:${REGION}:${account}:cluster/${name}`;
}

export function containerInstanceArn(account: string, cluster: string, id: string): string {
  return `arn:aws:ecs:${REGION}:${account}:container-instance/${cluster}/${id}`;
}

export function taskDefinitionArn(account: string, family: string, revision: number): string {
  return `arn:aws:ecs:${REGION}:${account}:task-definition/${family}:${revision}`;
}

export function taskArn(account: string, cluster: string, taskId: string): string {
  return `arn:aws:ecs:${REGION}:${account}:task/${cluster}/${taskId}`;
}

export function functionArn(account: string, name: string): string {
  return `arn:aws:lambda:${REGION}:${account}:function:${name}`;
}

export function bucketArn(name: string): string {
  return `arn:aws:s3:::${name}`;
}

export function tableArn(account: string, name: string): string {
  return `arn:aws:dynamodb:${REGION}:${account}:table/${name}`;
}

/** The name at the end of a role ARN (after any path), or undefined when it is not a role ARN. */
export function roleNameOfArn(arn: string): string | undefined {
  const m = arn.match(/^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/);
  return m?.[1];
}

export function accountOfRoleArn(arn: string): string | undefined {
  return arn.match(/^arn:aws:iam::(\d{12}):role\//)?.[1];
}
