// The simulated world as plain, JSON-serialisable data: no classes, no functions, no Maps, so a
// world can be saved in progress, compared in tests and replayed. Times are epoch milliseconds on
// the world's own clock (`now`), never the machine's.

import type { PolicyDocumentJson } from '../../iam/index.js';
import type { Action } from '../actions/inputs.js';

export type AccountId = string;

export type HttpTokens = 'optional' | 'required';
export type HttpEndpoint = 'enabled' | 'disabled';

/**
 * Which credential provider chain the app runs. 'imdsv1-only' stands for an old SDK that predates
 * IMDSv2 and never asks for a token.
 */
export type AppClient = 'js-v3' | 'boto3' | 'aws-cli' | 'imdsv1-only';
export const APP_CLIENTS: readonly AppClient[] = ['js-v3', 'boto3', 'aws-cli', 'imdsv1-only'];

/** Where the app runs on an EC2 instance: directly on the host, or in a Docker container on its default bridge network. */
export type AppRuntime = 'host' | 'container';
export const APP_RUNTIMES: readonly AppRuntime[] = ['host', 'container'];

/** The app the learner deploys: a sandbox overlay, AWS itself knows nothing of it. */
export interface AppConfig {
  client: AppClient;
  runtime: AppRuntime;
  /** The app assumes this role with the credentials it found (for cross-account access). */
  assumeRole?: { roleArn: string; externalId?: string; sessionName?: string };
}

export interface Tag {
  Key: string;
  Value: string;
}

export interface IamUser {
  name: string;
  arn: string;
  userId: string;
  attachedPolicyArns: string[];
  inlinePolicies: Record<string, PolicyDocumentJson>;
}

export interface Role {
  name: string;
  arn: string;
  path: string;
  roleId: string;
  createdAt: number;
  trustPolicy: PolicyDocumentJson;
  description?: string;
  /** Seconds, 3600 to 43200. */
  maxSessionDuration: number;
  attachedPolicyArns: string[];
  inlinePolicies: Record<string, PolicyDocumentJson>;
  tags: Tag[];
  permissionsBoundaryArn?: string;
}

export interface CustomerPolicy {
  name: string;
  arn: string;
  path: string;
  policyId: string;
  createdAt: number;
  description?: string;
  document: PolicyDocumentJson;
}

export interface InstanceProfile {
  name: string;
  arn: string;
  path: string;
  instanceProfileId: string;
  createdAt: number;
  /** At most one: the quota of one role per instance profile cannot be raised. */
  roleNames: string[];
}

export interface MetadataOptions {
  httpTokens: HttpTokens;
  /** 1 to 64. */
  httpPutResponseHopLimit: number;
  httpEndpoint: HttpEndpoint;
}

export interface ProfileAssociation {
  associationId: string;
  instanceProfileArn: string;
  state: 'associated';
  /** When EC2 started obtaining credentials for the profile's role; rotation windows count from here. */
  associatedAt: number;
}

/** Settings the ECS agent read from /etc/ecs/ecs.config and the user data at boot. */
export interface EcsAgentSettings {
  cluster: string;
  /** ECS_AWSVPC_BLOCK_IMDS=true: tasks in awsvpc mode cannot reach IMDS. */
  awsvpcBlockImds: boolean;
  /** An iptables rule in DOCKER-USER drops traffic from containers to 169.254.169.254 (bridge mode). */
  bridgeImdsBlocked: boolean;
}

export interface Instance {
  instanceId: string;
  arn: string;
  imageId: string;
  instanceType: string;
  launchedAt: number;
  state: 'running';
  metadataOptions: MetadataOptions;
  association?: ProfileAssociation;
  userData?: string;
  app: AppConfig;
  ecs?: EcsAgentSettings;
}

export interface Cluster {
  name: string;
  arn: string;
  createdAt: number;
}

/**
 * A container instance is derived, not stored: an instance whose user data names a cluster, whose
 * cluster exists, and whose instance role lets the ECS agent register (see ecs-registration.ts).
 */
export interface ContainerInstance {
  arn: string;
  clusterName: string;
  instanceId: string;
}

export interface LogConfiguration {
  logDriver: string;
  options: Record<string, string>;
}

export interface ContainerDefinition {
  name: string;
  image: string;
  essential: boolean;
  logConfiguration?: LogConfiguration;
}

export type NetworkMode = 'awsvpc' | 'bridge' | 'host';
export type LaunchType = 'EC2' | 'FARGATE';

export interface TaskDefinition {
  family: string;
  revision: number;
  arn: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  networkMode: NetworkMode;
  requiresCompatibilities: LaunchType[];
  cpu?: string;
  memory?: string;
  containerDefinitions: ContainerDefinition[];
  registeredAt: number;
  /** Set by deregister-task-definition: an INACTIVE revision runs no new tasks. Absent while ACTIVE. */
  status?: 'INACTIVE';
  deregisteredAt?: number;
  /** The app inside the task's first container (sandbox overlay). */
  app: AppConfig;
}

export interface Task {
  taskArn: string;
  taskId: string;
  clusterName: string;
  taskDefinitionArn: string;
  launchType: LaunchType;
  containerInstanceArn?: string;
  startedAt: number;
  lastStatus: 'RUNNING' | 'STOPPED';
  stoppedReason?: string;
  /** The id in AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (/v2/credentials/<id>), when the task has a task role. */
  credentialId: string;
}

export interface LambdaFunction {
  name: string;
  arn: string;
  runtime: string;
  roleArn: string;
  handler: string;
  createdAt: number;
}

export interface Bucket {
  name: string;
  arn: string;
  createdAt: number;
  policy?: PolicyDocumentJson;
}

export interface AttributeDefinition {
  AttributeName: string;
  AttributeType: string;
}

export interface KeySchemaElement {
  AttributeName: string;
  KeyType: string;
}

export interface Table {
  name: string;
  arn: string;
  tableId: string;
  createdAt: number;
  attributeDefinitions: AttributeDefinition[];
  keySchema: KeySchemaElement[];
  billingMode: 'PAY_PER_REQUEST' | 'PROVISIONED';
  provisionedThroughput?: { ReadCapacityUnits: number; WriteCapacityUnits: number };
  resourcePolicy?: PolicyDocumentJson;
}

export interface Account {
  id: AccountId;
  /** 'learner' or 'partner': who owns the account in the story. */
  label: string;
  users: Record<string, IamUser>;
  roles: Record<string, Role>;
  /** Customer managed policies, keyed by ARN. */
  policies: Record<string, CustomerPolicy>;
  instanceProfiles: Record<string, InstanceProfile>;
  instances: Record<string, Instance>;
  clusters: Record<string, Cluster>;
  /** Keyed by family:revision. */
  taskDefinitions: Record<string, TaskDefinition>;
  /** Keyed by ARN. */
  tasks: Record<string, Task>;
  functions: Record<string, LambdaFunction>;
  buckets: Record<string, Bucket>;
  tables: Record<string, Table>;
}

/** An AWS CLI profile: which IAM user in which account signs the command. */
export interface CliProfile {
  name: string;
  account: AccountId;
  userName: string;
}

/** One action that succeeded, with the command line that does the same against AWS. */
export interface LogEntry {
  at: number;
  action: Action;
  command: string;
  /** 'setup' for the actions a scenario ran before handing over to the learner. */
  origin?: 'setup';
}

/** A resource control policy of the simulated organisation, and the accounts it is attached to. */
export interface ResourceControlPolicy {
  id: string;
  name: string;
  document: PolicyDocumentJson;
  targets: AccountId[];
}

/**
 * The simulated AWS Organization, created by the first `organizations create-policy`. Its
 * management account is not one of the sandbox's accounts; the learner's account is a member, the
 * partner's is outside the organisation.
 */
export interface Organization {
  id: string;
  managementAccount: AccountId;
  members: AccountId[];
  /** Keyed by policy id. */
  policies: Record<string, ResourceControlPolicy>;
}

export interface World {
  schema: 1;
  /** Absent until a scenario or the learner creates an organisation policy. */
  organization?: Organization;
  /** The simulated clock, epoch milliseconds. */
  now: number;
  region: string;
  accounts: Record<AccountId, Account>;
  profiles: Record<string, CliProfile>;
  /** Small text files commands can read as file://NAME (trust.json, containers.json ...). */
  files: Record<string, string>;
  /** Counters behind every generated id, so ids are deterministic. */
  counters: Record<string, number>;
  log: LogEntry[];
}
