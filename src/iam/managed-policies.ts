// AWS managed policies the lessons use, with their real statements as published in the AWS
// Managed Policy Reference Guide (docs.aws.amazon.com/aws-managed-policy/latest/reference/).
// AWS edits managed policies over time; `version` records which default version was copied.

import type { PolicyDocumentJson } from './types.js';

export interface ManagedPolicy {
  arn: string;
  description: string;
  /** The policy's default version when it was copied here. */
  version: string;
  document: PolicyDocumentJson;
  /** The AWS documentation page for the policy. */
  docs: string;
  /** True when `document` is a faithful excerpt, not the whole policy. */
  abbreviated?: boolean;
}

const REFERENCE = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference';

export const managedPolicies: Record<string, ManagedPolicy> = {
  AmazonS3ReadOnlyAccess: {
    arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    description: 'Read-only access to every S3 bucket and object in the account (Get, List, Describe).',
    version: 'v3',
    docs: `${REFERENCE}/AmazonS3ReadOnlyAccess.html`,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'],
          Resource: '*',
        },
      ],
    },
  },

  AmazonDynamoDBReadOnlyAccess: {
    arn: 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
    description:
      'Read-only access to DynamoDB tables and DAX, plus the read calls the DynamoDB console makes to related services.',
    version: 'v15',
    docs: `${REFERENCE}/AmazonDynamoDBReadOnlyAccess.html`,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'GeneralReadOnlyAccess',
          Action: [
            'application-autoscaling:DescribeScalableTargets',
            'application-autoscaling:DescribeScalingActivities',
            'application-autoscaling:DescribeScalingPolicies',
            'cloudwatch:DescribeAlarmHistory',
            'cloudwatch:DescribeAlarms',
            'cloudwatch:DescribeAlarmsForMetric',
            'cloudwatch:GetMetricStatistics',
            'cloudwatch:ListMetrics',
            'cloudwatch:GetMetricData',
            'datapipeline:DescribeObjects',
            'datapipeline:DescribePipelines',
            'datapipeline:GetPipelineDefinition',
            'datapipeline:ListPipelines',
            'datapipeline:QueryObjects',
            'dynamodb:BatchGetItem',
            'dynamodb:Describe*',
            'dynamodb:List*',
            'dynamodb:GetAbacStatus',
            'dynamodb:GetItem',
            'dynamodb:GetResourcePolicy',
            'dynamodb:Query',
            'dynamodb:Scan',
            'dynamodb:PartiQLSelect',
            'dax:Describe*',
            'dax:List*',
            'dax:GetItem',
            'dax:BatchGetItem',
            'dax:Query',
            'dax:Scan',
            'ec2:DescribeVpcs',
            'ec2:DescribeSubnets',
            'ec2:DescribeSecurityGroups',
            'iam:GetRole',
            'iam:ListRoles',
            'kms:DescribeKey',
            'kms:ListAliases',
            'sns:ListSubscriptionsByTopic',
            'sns:ListTopics',
            'lambda:ListFunctions',
            'lambda:ListEventSourceMappings',
            'lambda:GetFunctionConfiguration',
            'resource-groups:ListGroups',
            'resource-groups:ListGroupResources',
            'resource-groups:GetGroup',
            'resource-groups:GetGroupQuery',
            'tag:GetResources',
            'kinesis:ListStreams',
            'kinesis:DescribeStream',
            'kinesis:DescribeStreamSummary',
          ],
          Effect: 'Allow',
          Resource: '*',
        },
        {
          Sid: 'CCIAccess',
          Action: 'cloudwatch:GetInsightRuleReport',
          Effect: 'Allow',
          Resource: 'arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*',
        },
      ],
    },
  },

  AmazonEC2ContainerServiceforEC2Role: {
    arn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    description:
      'For the ECS container instance role: lets the ECS agent on an EC2 instance register with a cluster, poll for work, pull images from ECR and send container logs.',
    version: 'v10',
    docs: `${REFERENCE}/AmazonEC2ContainerServiceforEC2Role.html`,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'ec2:DescribeTags',
            'ecs:CreateCluster',
            'ecs:DeregisterContainerInstance',
            'ecs:DiscoverPollEndpoint',
            'ecs:Poll',
            'ecs:RegisterContainerInstance',
            'ecs:StartTelemetrySession',
            'ecs:UpdateContainerInstancesState',
            'ecs:Submit*',
            'ecr:GetAuthorizationToken',
            'ecr:BatchCheckLayerAvailability',
            'ecr:GetDownloadUrlForLayer',
            'ecr:BatchGetImage',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
          ],
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Action: 'ecs:TagResource',
          Resource: '*',
          Condition: {
            StringEquals: {
              'ecs:CreateAction': ['CreateCluster', 'RegisterContainerInstance'],
            },
          },
        },
        {
          Effect: 'Allow',
          Action: ['ecs:ListTagsForResource'],
          Resource: ['arn:aws:ecs:*:*:task/*/*', 'arn:aws:ecs:*:*:container-instance/*/*'],
        },
      ],
    },
  },

  AmazonECSTaskExecutionRolePolicy: {
    arn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    description:
      "For the ECS task execution role: lets the ECS or Fargate agent pull the task's images from ECR and write its logs to CloudWatch Logs. It is not the task role your code uses.",
    version: 'v1',
    docs: `${REFERENCE}/AmazonECSTaskExecutionRolePolicy.html`,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'ecr:GetAuthorizationToken',
            'ecr:BatchCheckLayerAvailability',
            'ecr:GetDownloadUrlForLayer',
            'ecr:BatchGetImage',
            'logs:CreateLogStream',
            'logs:PutLogEvents',
          ],
          Resource: '*',
        },
      ],
    },
  },

  CloudWatchAgentServerPolicy: {
    arn: 'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy',
    description:
      'For instances running the CloudWatch agent: publish metrics and logs (and X-Ray traces) and read the agent configuration from Parameter Store parameters named AmazonCloudWatch-*.',
    version: 'v3',
    docs: `${REFERENCE}/CloudWatchAgentServerPolicy.html`,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'CWACloudWatchServerPermissions',
          Effect: 'Allow',
          Action: [
            'cloudwatch:PutMetricData',
            'ec2:DescribeVolumes',
            'ec2:DescribeTags',
            'logs:PutLogEvents',
            'logs:PutRetentionPolicy',
            'logs:DescribeLogStreams',
            'logs:DescribeLogGroups',
            'logs:CreateLogStream',
            'logs:CreateLogGroup',
            'xray:PutTraceSegments',
            'xray:PutTelemetryRecords',
            'xray:GetSamplingRules',
            'xray:GetSamplingTargets',
            'xray:GetSamplingStatisticSummaries',
          ],
          Resource: '*',
        },
        {
          Sid: 'CWASSMServerPermissions',
          Effect: 'Allow',
          Action: ['ssm:GetParameter'],
          Resource: 'arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*',
        },
      ],
    },
  },

  AWSLambdaBasicExecutionRole: {
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    description: 'For Lambda execution roles: create log groups and streams and write log events to CloudWatch Logs.',
    version: 'v1',
    docs: `${REFERENCE}/AWSLambdaBasicExecutionRole.html`,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: '*',
        },
      ],
    },
  },

  ReadOnlyAccess: {
    arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    description:
      'Read-only access across nearly every AWS service. ABBREVIATED here: the real policy lists well over a thousand actions in two statements; this copy keeps those statements, Sids and Resource, with only the entries for the services the lessons use (DynamoDB, EC2, ECR, ECS, IAM, KMS, Lambda, CloudWatch Logs, S3, SNS, SQS, SSM, STS).',
    version: 'v178',
    docs: `${REFERENCE}/ReadOnlyAccess.html`,
    abbreviated: true,
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadOnlyActionsGroup1',
          Effect: 'Allow',
          Action: [
            'dynamodb:BatchGet*',
            'dynamodb:Describe*',
            'dynamodb:Get*',
            'dynamodb:List*',
            'dynamodb:PartiQLSelect',
            'dynamodb:Query',
            'dynamodb:Scan',
            'ec2:Describe*',
            'ec2:Get*',
            'ecr:BatchCheck*',
            'ecr:BatchGet*',
            'ecr:Describe*',
            'ecr:Get*',
            'ecr:List*',
            'ecs:Describe*',
            'ecs:List*',
            'iam:Generate*',
            'iam:Get*',
            'iam:List*',
            'iam:Simulate*',
          ],
          Resource: '*',
        },
        {
          Sid: 'ReadOnlyActionsGroup2',
          Effect: 'Allow',
          Action: [
            'kms:Describe*',
            'kms:Get*',
            'kms:List*',
            'lambda:Get*',
            'lambda:List*',
            'logs:Describe*',
            'logs:FilterLogEvents',
            'logs:Get*',
            'logs:StartQuery',
            'logs:StopQuery',
            'logs:TestMetricFilter',
            's3:DescribeJob',
            's3:Get*',
            's3:List*',
            'sns:Check*',
            'sns:Get*',
            'sns:List*',
            'sqs:Get*',
            'sqs:List*',
            'sqs:Receive*',
            'ssm:Describe*',
            'ssm:Get*',
            'ssm:List*',
            'sts:GetAccessKeyInfo',
            'sts:GetCallerIdentity',
            'sts:GetSessionToken',
          ],
          Resource: '*',
        },
      ],
    },
  },
};
