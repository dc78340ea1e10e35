// A small question bank for the screen tests, written out so assertions can name texts.

import type { Question, QuestionOption } from '../../../src/content/types.js';

const DOC = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html';

function question(q: Omit<Question, 'difficulty' | 'docs' | 'verified' | 'source'> & { docs?: string[] }): Question {
  return {
    difficulty: 2,
    docs: q.docs ?? [DOC],
    verified: '2026-11-22',
    source: { file: 'fixture.yaml', line: 1 },
    ...q,
  };
}

const o = (text: string, correct: boolean, why: string, misconception?: string): QuestionOption =>
  misconception === undefined ? { text, correct, why } : { text, correct, why, misconception };

export const trustQuestion = question({
  id: 'trust-policies-001',
  topic: 'trust-policies',
  scope: 'clf-c02',
  domain: 2,
  task: '2.3',
  type: 'single',
  stem: 'An application on EC2 must use a role. Which principal must the role trust?',
  options: [
    o('The ec2.amazonaws.com service principal', true, 'EC2 assumes the role on the instance’s behalf.'),
    o('The instance ARN', false, 'IAM rejects an instance ARN as a principal.', 'instance-arn-principal'),
    o('The account root user only', false, 'That lets the account delegate, not the EC2 service.', 'root-principal'),
    o('Nobody: instance roles need no trust policy', false, 'Every role has a trust policy.', 'no-trust-needed'),
  ],
});

export const profileQuestion = question({
  id: 'instance-profiles-001',
  topic: 'instance-profiles',
  scope: 'beyond',
  type: 'multiple',
  stem: 'Which statements about instance profiles are true? (Choose TWO.)',
  options: [
    o('A profile holds at most one role', true, 'One role per instance profile.'),
    o('The console creates a profile named after the role', true, 'The console does; the CLI does not.'),
    o(
      'The profile issues the credentials',
      false,
      'EC2 gets them from STS; IMDS serves them.',
      'profile-issues-credentials',
    ),
    o('The CLI creates a profile automatically', false, 'Only the console does that.', 'cli-auto-profile'),
    o('A profile restricts access to one account', false, 'Roles can reach other accounts.', 'same-account-only'),
  ],
});

export const ecsQuestion = question({
  id: 'ecs-roles-001',
  topic: 'ecs-roles',
  scope: 'beyond',
  type: 'single',
  stem: 'Which role do an ECS task’s containers use to call DynamoDB?',
  options: [
    o('The task role', true, 'The agent serves the task role’s credentials to the containers.'),
    o('The task execution role', false, 'That one pulls images and writes logs.', 'execution-role-for-app'),
    o('The container instance role', false, 'Tasks with a task role do not use it.', 'instance-role-for-tasks'),
    o('An access key baked into the image', false, 'Never bake keys into images.', 'static-keys'),
  ],
});

export const basicsQuestion = question({
  id: 'iam-basics-001',
  topic: 'iam-basics',
  scope: 'clf-c02',
  domain: 2,
  task: '2.3',
  type: 'single',
  stem: 'Which IAM identity is meant to be assumed by anyone who needs it?',
  options: [
    o('A role', true, 'Roles are assumed and give temporary credentials.'),
    o('A user', false, 'Users have long-term credentials of their own.', 'user-shared'),
    o('A group', false, 'Groups hold users; nobody assumes them.', 'group-assumed'),
    o('A policy', false, 'Policies are permissions, not identities.', 'policy-identity'),
  ],
});

const longWhy =
  'This explanation is deliberately long so that the feedback cannot fit on one screen and the learner has to scroll to read the rest of it, which is what the test checks.';

export const longQuestion = question({
  id: 'best-practices-001',
  topic: 'best-practices',
  scope: 'beyond',
  type: 'single',
  stem: `${'A team runs many services on EC2 and ECS across several accounts, and a long scenario follows here to make the stem wrap over many rows. '.repeat(4)}Which is the best practice?`,
  options: [
    o('Use roles with temporary credentials everywhere', true, longWhy),
    o('Share one access key among the services', false, longWhy, 'shared-keys'),
    o('Give every role AdministratorAccess', false, longWhy, 'admin-everywhere'),
    o('Store keys in environment variables of the AMI', false, longWhy, 'keys-in-ami'),
  ],
  docs: [DOC, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html'],
});

export const bank: Question[] = [trustQuestion, profileQuestion, ecsQuestion, basicsQuestion, longQuestion];
