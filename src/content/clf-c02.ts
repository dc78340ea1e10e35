// CLF-C02 exam guide structure: the task statements of each content domain. A question tagged
// clf-c02 names one domain and one task of that domain.
export type ClfDomain = 1 | 2 | 3 | 4;

export const clfDomainNames: Readonly<Record<ClfDomain, string>> = {
  1: 'Cloud Concepts',
  2: 'Security and Compliance',
  3: 'Cloud Technology and Services',
  4: 'Billing, Pricing, and Support',
};

/** Number of task statements per domain: domain 3 has 3.1 to 3.8, and so on. */
const taskCounts: Readonly<Record<ClfDomain, number>> = { 1: 4, 2: 4, 3: 8, 4: 3 };

export function clfTasks(domain: ClfDomain): string[] {
  return Array.from({ length: taskCounts[domain] }, (_, i) => `${domain}.${i + 1}`);
}

export function isClfTask(task: string): boolean {
  const domain = Number(task.split('.')[0]);
  return domain in taskCounts && clfTasks(domain as ClfDomain).includes(task);
}

export function taskBelongsToDomain(task: string, domain: ClfDomain): boolean {
  return clfTasks(domain).includes(task);
}
