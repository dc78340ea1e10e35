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

const curriculum = new Map(builtinTopics.map((topic) => [topic.id, topic]));

/**
 * A topic's title: the loaded lesson's of that id (a pack's own included), else the curriculum's,
 * else the id as a last resort. Screens, exports and reports all name topics through this.
 */
export function topicTitle(id: string, lessons: readonly { id: string; title: string }[] = []): string {
  return lessons.find((lesson) => lesson.id === id)?.title ?? curriculum.get(id)?.title ?? id;
}

/**
 * Entries keyed by topic id in course order: the order of `course` (lesson ids; the curriculum by
 * default), then the topics it does not list by id.
 */
export function inCourseOrder<T>(
  entries: Iterable<readonly [string, T]>,
  course: readonly string[] = builtinTopics.map((topic) => topic.id),
): [string, T][] {
  const rank = new Map(course.map((id, i) => [id, i]));
  const at = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...entries]
    .map(([id, value]): [string, T] => [id, value])
    .sort(([a], [b]) => at(a) - at(b) || (a < b ? -1 : a > b ? 1 : 0));
}
