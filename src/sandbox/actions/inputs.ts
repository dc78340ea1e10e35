// What each verb takes: one interface per `aws SERVICE OPERATION`, keys are the CLI flags in
// camelCase (--role-name -> roleName). Document parameters hold the raw CLI argument: inline JSON
// or file://NAME, exactly as typed, so the command line can be printed back unchanged.

import type { AppClient, AppRuntime, AttributeDefinition, KeySchemaElement, Tag } from '../world/types.js';

export interface CreateRoleInput {
  roleName: string;
  assumeRolePolicyDocument: string;
  path?: string;
  description?: string;
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Tag[];
}
export interface RoleNameInput {
  roleName: string;
}
export interface UpdateRoleInput {
  roleName: string;
  description?: string;
  maxSessionDuration?: number;
}
export interface UpdateAssumeRolePolicyInput {
  roleName: string;
  policyDocument: string;
}
export interface RolePolicyArnInput {
  roleName: string;
  policyArn: string;
}
export interface PutRolePolicyInput {
  roleName: string;
  policyName: string;
  policyDocument: string;
}
export interface DeleteRolePolicyInput {
  roleName: string;
  policyName: string;
}
export interface UserPolicyArnInput {
  userName: string;
  policyArn: string;
}
export interface PutUserPolicyInput {
  userName: string;
  policyName: string;
  policyDocument: string;
}
export interface DeleteUserPolicyInput {
  userName: string;
  policyName: string;
}
export interface CreatePolicyInput {
  policyName: string;
  policyDocument: string;
  path?: string;
  description?: string;
}
export interface PolicyArnInput {
  policyArn: string;
}
export interface InstanceProfileNameInput {
  instanceProfileName: string;
  path?: string;
}
export interface InstanceProfileRoleInput {
  instanceProfileName: string;
  roleName: string;
}
/** --iam-instance-profile Name=NAME or Arn=ARN. */
export interface IamInstanceProfileSpec {
  Name?: string;
  Arn?: string;
}
export interface MetadataOptionsSpec {
  HttpTokens?: string;
  HttpPutResponseHopLimit?: number;
  HttpEndpoint?: string;
}
export interface RunInstancesInput {
  imageId: string;
  instanceType?: string;
  count?: number;
  iamInstanceProfile?: IamInstanceProfileSpec;
  metadataOptions?: MetadataOptionsSpec;
  userData?: string;
}
export interface TerminateInstancesInput {
  instanceIds: string[];
}
export interface AssociateIamInstanceProfileInput {
  instanceId: string;
  iamInstanceProfile: IamInstanceProfileSpec;
}
export interface ReplaceIamInstanceProfileAssociationInput {
  associationId: string;
  iamInstanceProfile: IamInstanceProfileSpec;
}
export interface AssociationIdInput {
  associationId: string;
}
export interface DescribeIamInstanceProfileAssociationsInput {
  associationIds?: string[];
}
export interface ModifyInstanceMetadataOptionsInput {
  instanceId: string;
  httpTokens?: string;
  httpPutResponseHopLimit?: number;
  httpEndpoint?: string;
}
export interface CreateClusterInput {
  clusterName?: string;
}
export interface ClusterInput {
  cluster: string;
}
export interface RegisterTaskDefinitionInput {
  family: string;
  containerDefinitions: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  networkMode?: string;
  requiresCompatibilities?: string[];
  cpu?: string;
  memory?: string;
}
export interface TaskDefinitionInput {
  taskDefinition: string;
}
export interface RunTaskInput {
  taskDefinition: string;
  cluster?: string;
  launchType?: string;
  count?: number;
  networkConfiguration?: string;
}
export interface CreateFunctionInput {
  functionName: string;
  runtime: string;
  role: string;
  handler: string;
  zipFile?: string;
}
export interface FunctionNameInput {
  functionName: string;
}
export interface CreateBucketInput {
  bucket: string;
}
export interface BucketInput {
  bucket: string;
}
export interface PutBucketPolicyInput {
  bucket: string;
  policy: string;
}
export interface ProvisionedThroughputSpec {
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
}
export interface CreateTableInput {
  tableName: string;
  attributeDefinitions: AttributeDefinition[];
  keySchema: KeySchemaElement[];
  billingMode?: string;
  provisionedThroughput?: ProvisionedThroughputSpec;
}
export interface TableNameInput {
  tableName: string;
}
export interface PutResourcePolicyInput {
  resourceArn: string;
  policy: string;
}
export interface AssumeRoleInput {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number;
  externalId?: string;
}
export interface ClockAdvanceInput {
  duration: string;
}
export interface FileWriteInput {
  name: string;
  content: string;
}
/** Sandbox-only: which app runs on an instance or in a task definition's container, and how. */
export interface AppDeployInput {
  instanceId?: string;
  taskDefinition?: string;
  client?: AppClient;
  runtime?: AppRuntime;
  assumeRoleArn?: string;
  externalId?: string;
}

export interface PolicyVersionInput {
  policyArn: string;
  versionId: string;
}
export interface DescribeInstancesInput {
  instanceIds?: string[];
}
/** Sandbox addition: `--as app` asks as the app (its instance or task role), not as the learner. */
export interface GetCallerIdentityInput {
  as?: string;
}
export interface CatInput {
  name: string;
}
export type LsInput = Record<string, never>;

/** Every verb the sandbox understands and its input. */
export interface CreateOrganizationsPolicyInput {
  name: string;
  type: string;
  content: string;
  description?: string;
}
export interface OrganizationsPolicyTargetInput {
  policyId: string;
  targetId: string;
}
export interface UpdateOrganizationsPolicyInput {
  policyId: string;
  content: string;
}

export interface ActionInputs {
  'iam create-role': CreateRoleInput;
  'iam get-role': RoleNameInput;
  'iam get-role-policy': DeleteRolePolicyInput;
  'iam list-role-policies': RoleNameInput;
  'iam list-attached-role-policies': RoleNameInput;
  'iam list-instance-profiles-for-role': RoleNameInput;
  'iam get-policy': PolicyArnInput;
  'iam get-policy-version': PolicyVersionInput;
  'iam update-role': UpdateRoleInput;
  'iam update-assume-role-policy': UpdateAssumeRolePolicyInput;
  'iam attach-role-policy': RolePolicyArnInput;
  'iam detach-role-policy': RolePolicyArnInput;
  'iam put-role-policy': PutRolePolicyInput;
  'iam delete-role-policy': DeleteRolePolicyInput;
  'iam delete-role': RoleNameInput;
  'iam create-policy': CreatePolicyInput;
  'iam delete-policy': PolicyArnInput;
  'iam create-instance-profile': InstanceProfileNameInput;
  'iam get-instance-profile': InstanceProfileNameInput;
  'iam add-role-to-instance-profile': InstanceProfileRoleInput;
  'iam remove-role-from-instance-profile': InstanceProfileRoleInput;
  'iam delete-instance-profile': InstanceProfileNameInput;
  'iam attach-user-policy': UserPolicyArnInput;
  'iam detach-user-policy': UserPolicyArnInput;
  'iam put-user-policy': PutUserPolicyInput;
  'iam delete-user-policy': DeleteUserPolicyInput;
  'ec2 run-instances': RunInstancesInput;
  'ec2 terminate-instances': TerminateInstancesInput;
  'ec2 associate-iam-instance-profile': AssociateIamInstanceProfileInput;
  'ec2 replace-iam-instance-profile-association': ReplaceIamInstanceProfileAssociationInput;
  'ec2 disassociate-iam-instance-profile': AssociationIdInput;
  'ec2 describe-instances': DescribeInstancesInput;
  'ec2 describe-iam-instance-profile-associations': DescribeIamInstanceProfileAssociationsInput;
  'ec2 modify-instance-metadata-options': ModifyInstanceMetadataOptionsInput;
  'ecs create-cluster': CreateClusterInput;
  'ecs delete-cluster': ClusterInput;
  'ecs register-task-definition': RegisterTaskDefinitionInput;
  'ecs deregister-task-definition': TaskDefinitionInput;
  'ecs run-task': RunTaskInput;
  'ecs describe-task-definition': TaskDefinitionInput;
  'lambda create-function': CreateFunctionInput;
  'lambda delete-function': FunctionNameInput;
  's3api create-bucket': CreateBucketInput;
  's3api delete-bucket': BucketInput;
  's3api put-bucket-policy': PutBucketPolicyInput;
  'dynamodb create-table': CreateTableInput;
  'dynamodb delete-table': TableNameInput;
  'dynamodb put-resource-policy': PutResourcePolicyInput;
  'sts assume-role': AssumeRoleInput;
  'sts get-caller-identity': GetCallerIdentityInput;
  'organizations create-policy': CreateOrganizationsPolicyInput;
  'organizations attach-policy': OrganizationsPolicyTargetInput;
  'organizations update-policy': UpdateOrganizationsPolicyInput;
  'clock advance': ClockAdvanceInput;
  'file write': FileWriteInput;
  'app deploy': AppDeployInput;
  cat: CatInput;
  ls: LsInput;
}

export type VerbName = keyof ActionInputs;

/** One action: a verb, its input, and the CLI profile that signs it (default: `default`, the learner). */
export type Action = { [V in VerbName]: { verb: V; input: ActionInputs[V]; profile?: string } }[VerbName];

export type ActionOf<V extends VerbName> = Extract<Action, { verb: V }>;
