// Every verb, by name. The command-line parser, the printer and applyAction all read this table.

import { createCluster } from './ecs-create-cluster.js';
import { deleteCluster } from './ecs-delete-cluster.js';
import { deregisterTaskDefinition } from './ecs-deregister-task-definition.js';
import { registerTaskDefinition } from './ecs-register-task-definition.js';
import { runTask } from './ecs-run-task.js';
import { createTable, putResourcePolicy } from './dynamodb.js';
import { deleteTable } from './dynamodb-delete-table.js';
import {
  associateIamInstanceProfile,
  describeIamInstanceProfileAssociations,
  disassociateIamInstanceProfile,
  replaceIamInstanceProfileAssociation,
} from './ec2-associations.js';
import { modifyInstanceMetadataOptions } from './ec2-modify-instance-metadata-options.js';
import { runInstances } from './ec2-run-instances.js';
import { terminateInstances } from './ec2-terminate-instances.js';
import { createPolicy } from './iam-create-policy.js';
import { createRole } from './iam-create-role.js';
import { deletePolicy } from './iam-delete-policy.js';
import { deleteRole } from './iam-delete-role.js';
import { getRoleVerb } from './iam-get-role.js';
import { getPolicy, getPolicyVersion } from './iam-inspect-policies.js';
import {
  getRolePolicy,
  listAttachedRolePolicies,
  listInstanceProfilesForRole,
  listRolePolicies,
} from './iam-inspect-roles.js';
import { describeInstances, describeTaskDefinition } from './inspect-compute.js';
import { catFile, listFiles } from './sandbox-files.js';
import { getCallerIdentity } from './sts-get-caller-identity.js';
import {
  addRoleToInstanceProfile,
  createInstanceProfile,
  deleteInstanceProfile,
  getInstanceProfile,
  removeRoleFromInstanceProfile,
} from './iam-instance-profiles.js';
import { attachRolePolicy, deleteRolePolicy, detachRolePolicy, putRolePolicy } from './iam-role-policies.js';
import { updateAssumeRolePolicy } from './iam-update-assume-role-policy.js';
import { updateRole } from './iam-update-role.js';
import { attachUserPolicy, deleteUserPolicy, detachUserPolicy, putUserPolicy } from './iam-user-policies.js';
import type { VerbName } from './inputs.js';
import { createFunction } from './lambda-create-function.js';
import { deleteFunction } from './lambda-delete-function.js';
import { attachOrganizationsPolicy, createOrganizationsPolicy, updateOrganizationsPolicy } from './organizations.js';
import { createBucket, putBucketPolicy } from './s3api.js';
import { deleteBucket } from './s3api-delete-bucket.js';
import { appDeploy, clockAdvance, fileWrite } from './sandbox-verbs.js';
import { stsAssumeRole } from './sts-assume-role.js';
import type { VerbSpec } from './types.js';

export const verbs: { readonly [V in VerbName]: VerbSpec<V> } = {
  'iam create-role': createRole,
  'iam get-role': getRoleVerb,
  'iam get-role-policy': getRolePolicy,
  'iam list-role-policies': listRolePolicies,
  'iam list-attached-role-policies': listAttachedRolePolicies,
  'iam list-instance-profiles-for-role': listInstanceProfilesForRole,
  'iam get-policy': getPolicy,
  'iam get-policy-version': getPolicyVersion,
  'iam update-role': updateRole,
  'iam update-assume-role-policy': updateAssumeRolePolicy,
  'iam attach-role-policy': attachRolePolicy,
  'iam detach-role-policy': detachRolePolicy,
  'iam put-role-policy': putRolePolicy,
  'iam delete-role-policy': deleteRolePolicy,
  'iam delete-role': deleteRole,
  'iam create-policy': createPolicy,
  'iam delete-policy': deletePolicy,
  'iam create-instance-profile': createInstanceProfile,
  'iam get-instance-profile': getInstanceProfile,
  'iam add-role-to-instance-profile': addRoleToInstanceProfile,
  'iam remove-role-from-instance-profile': removeRoleFromInstanceProfile,
  'iam delete-instance-profile': deleteInstanceProfile,
  'iam attach-user-policy': attachUserPolicy,
  'iam detach-user-policy': detachUserPolicy,
  'iam put-user-policy': putUserPolicy,
  'iam delete-user-policy': deleteUserPolicy,
  'ec2 run-instances': runInstances,
  'ec2 terminate-instances': terminateInstances,
  'ec2 associate-iam-instance-profile': associateIamInstanceProfile,
  'ec2 replace-iam-instance-profile-association': replaceIamInstanceProfileAssociation,
  'ec2 disassociate-iam-instance-profile': disassociateIamInstanceProfile,
  'ec2 describe-instances': describeInstances,
  'ec2 describe-iam-instance-profile-associations': describeIamInstanceProfileAssociations,
  'ec2 modify-instance-metadata-options': modifyInstanceMetadataOptions,
  'ecs create-cluster': createCluster,
  'ecs delete-cluster': deleteCluster,
  'ecs register-task-definition': registerTaskDefinition,
  'ecs deregister-task-definition': deregisterTaskDefinition,
  'ecs run-task': runTask,
  'ecs describe-task-definition': describeTaskDefinition,
  'lambda create-function': createFunction,
  'lambda delete-function': deleteFunction,
  's3api create-bucket': createBucket,
  's3api delete-bucket': deleteBucket,
  's3api put-bucket-policy': putBucketPolicy,
  'dynamodb create-table': createTable,
  'dynamodb delete-table': deleteTable,
  'dynamodb put-resource-policy': putResourcePolicy,
  'sts assume-role': stsAssumeRole,
  'sts get-caller-identity': getCallerIdentity,
  'organizations create-policy': createOrganizationsPolicy,
  'organizations attach-policy': attachOrganizationsPolicy,
  'organizations update-policy': updateOrganizationsPolicy,
  'clock advance': clockAdvance,
  'file write': fileWrite,
  'app deploy': appDeploy,
  ls: listFiles,
  cat: catFile,
};

export function verbSpec<V extends VerbName>(verb: V): VerbSpec<V> {
  return verbs[verb] as VerbSpec<V>;
}

export function isVerbName(value: string): value is VerbName {
  return Object.hasOwn(verbs, value);
}

export const verbNames = Object.keys(verbs) as VerbName[];
