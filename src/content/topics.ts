// The built-in curriculum (docs/CONTENT-FORMAT.md, "Topics"). Built-in lessons must use one of
// these ids; author packs may add lessons with other ids.
export interface Topic {
  order: number;
  id: string;
  title: string;
}

export const builtinTopics: readonly Topic[] = [
  { order: 1, id: 'iam-basics', title: 'IAM in one picture' },
  { order: 2, id: 'roles-and-sts', title: 'Roles and temporary credentials' },
  { order: 3, id: 'trust-policies', title: 'Trust policies' },
  { order: 4, id: 'permission-policies', title: 'Permission policies and evaluation' },
  { order: 5, id: 'instance-profiles', title: 'Instance profiles' },
  { order: 6, id: 'ec2-credentials', title: 'How credentials reach your code on EC2' },
  { order: 7, id: 'ecs-roles', title: 'ECS: instance role, task role, task execution role' },
  { order: 8, id: 'lambda-and-services', title: 'Lambda and other services' },
  { order: 9, id: 'cross-account-federation', title: 'Cross-account access and federation' },
  { order: 10, id: 'best-practices', title: 'Best practices and anti-patterns' },
  { order: 11, id: 'clf-c02-exam-corner', title: 'CLF-C02 exam corner' },
  { order: 12, id: 'shared-responsibility', title: 'The shared responsibility model' },
  { order: 13, id: 'governance-and-compliance', title: 'Governance, compliance, encryption and logs' },
  { order: 14, id: 'access-management', title: 'Access management beyond roles' },
  { order: 15, id: 'security-services', title: 'Security services and network protection' },
];
