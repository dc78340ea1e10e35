// The CLF-C02 blueprint below the domains: its task statements, the weight each task gets in
// this tutor, and how much of the blueprint a set of questions covers.
//
// Source: the CLF-C02 exam guide, "Content outline" (domains 1-4) and "Exam content" pages:
// https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02-domain1.html
// https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02-domain2.html
// https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02-domain3.html
// https://docs.aws.amazon.com/aws-certification/latest/cloud-practitioner-02/cloud-practitioner-02-domain4.html
// The guide weights domains (24/30/34/12% of scored content), lists 4 + 4 + 8 + 3 task statements,
// and says the exam has 65 questions of which 50 are scored and 15 unscored.

import type { Question } from '../content/types.js';
import { DOMAIN_NUMBERS, DOMAIN_WEIGHTS, type DomainNumber } from './domains.js';
import { plural } from '../plural.js';

/** Scored questions in the real exam; the other 15 of the 65 are unscored and not marked as such. */
export const EXAM_SCORED_COUNT = 50;

export interface TaskStatement {
  id: string;
  domain: DomainNumber;
  title: string;
  /** Bullets the guide lists under "Knowledge of" plus "Skills in" for this task. */
  items: number;
}

/**
 * Why weights by item count: the exam guide weights the four domains but gives NO weight to a
 * task statement. We weight each task by how many "Knowledge of" and "Skills in" bullets the
 * guide lists under it (counted on the pages above, guide version 1.0), as the best measure the
 * guide itself offers of how much ground a task covers. For domain 2 that is 6 + 9 + 10 + 6 = 31
 * bullets, so 2.1 ~19%, 2.2 ~29%, 2.3 ~32%, 2.4 ~19% of the domain. Equal shares (25% each)
 * would over-weight the narrow tasks 2.1 and 2.4; AWS publishes nothing finer, so this is OUR
 * rule, stated as such wherever the learner sees it.
 */
export const TASK_STATEMENTS: readonly TaskStatement[] = [
  { id: '1.1', domain: 1, title: 'Benefits of the AWS Cloud', items: 4 },
  { id: '1.2', domain: 1, title: 'Design principles of the AWS Cloud', items: 3 },
  { id: '1.3', domain: 1, title: 'Migration to the AWS Cloud', items: 4 },
  { id: '1.4', domain: 1, title: 'Cloud economics', items: 8 },
  { id: '2.1', domain: 2, title: 'Shared responsibility model', items: 6 },
  { id: '2.2', domain: 2, title: 'Security, governance, compliance', items: 9 },
  { id: '2.3', domain: 2, title: 'Access management', items: 10 },
  { id: '2.4', domain: 2, title: 'Security components and resources', items: 6 },
  { id: '3.1', domain: 3, title: 'Deploying and operating', items: 8 },
  { id: '3.2', domain: 3, title: 'Global infrastructure', items: 10 },
  { id: '3.3', domain: 3, title: 'Compute services', items: 6 },
  { id: '3.4', domain: 3, title: 'Database services', items: 7 },
  { id: '3.5', domain: 3, title: 'Network services', items: 6 },
  { id: '3.6', domain: 3, title: 'Storage services', items: 8 },
  { id: '3.7', domain: 3, title: 'AI/ML and analytics services', items: 4 },
  { id: '3.8', domain: 3, title: 'Other in-scope services', items: 15 },
  { id: '4.1', domain: 4, title: 'Pricing models', items: 8 },
  { id: '4.2', domain: 4, title: 'Billing, budget, cost management', items: 8 },
  { id: '4.3', domain: 4, title: 'Technical resources and Support', items: 13 },
];

export function tasksOfDomain(domain: DomainNumber): TaskStatement[] {
  return TASK_STATEMENTS.filter((task) => task.domain === domain);
}

export function taskStatement(id: string): TaskStatement | undefined {
  return TASK_STATEMENTS.find((task) => task.id === id);
}

/** A task's share of its domain (0-1) by the item-count rule above; 0 for an unknown task. */
export function taskShareOfDomain(id: string): number {
  const task = taskStatement(id);
  if (!task) return 0;
  const total = tasksOfDomain(task.domain).reduce((sum, t) => sum + t.items, 0);
  return task.items / total;
}

/** A task's share of the whole blueprint (0-1): its domain's weight times its share of the domain. */
export function taskShareOfBlueprint(id: string): number {
  const task = taskStatement(id);
  return task ? DOMAIN_WEIGHTS[task.domain] * taskShareOfDomain(id) : 0;
}

/** The task a question counts towards, when it is in scope and names a task the guide lists. */
export function taskKeyOf(question: Question): string | undefined {
  if (question.scope !== 'clf-c02' || question.task === undefined) return undefined;
  const task = taskStatement(question.task);
  return task && task.domain === question.domain ? task.id : undefined;
}

export interface DomainCoverage {
  domain: DomainNumber;
  /** The domain's weight in the blueprint (0-1). */
  weight: number;
  /** Task ids with at least one question, in guide order. */
  tasksWithQuestions: string[];
  tasks: number;
  /** In-scope questions in this domain. */
  questions: number;
  /** Share of the whole blueprint (0-1) that the tasks with questions stand for. */
  coveredShare: number;
  full: boolean;
}

export interface BlueprintCoverage {
  domains: DomainCoverage[];
  /** Share of the whole blueprint (0-1) covered by tasks that have at least one question. */
  coveredShare: number;
  /** Share (0-1) in domains whose every task has questions. */
  fullDomainsShare: number;
  /** Questions counted: all of them, and those in the CLF-C02 scope. */
  questions: number;
  inScope: number;
}

/**
 * Which part of the blueprint `questions` (a drawn exam, or a bank) covers. A task counts as
 * covered when at least one in-scope question names it; a domain is covered in full when all
 * its tasks are. Computed from the questions, never assumed, so new banks change the answer.
 */
export function blueprintCoverage(questions: readonly Question[]): BlueprintCoverage {
  const present = new Set<string>();
  const perDomain = new Map<number, number>();
  let inScope = 0;
  for (const question of questions) {
    if (question.scope === 'clf-c02') {
      inScope += 1;
      if (question.domain !== undefined) perDomain.set(question.domain, (perDomain.get(question.domain) ?? 0) + 1);
    }
    const task = taskKeyOf(question);
    if (task) present.add(task);
  }
  const domains = DOMAIN_NUMBERS.map((domain): DomainCoverage => {
    const tasks = tasksOfDomain(domain);
    const withQuestions = tasks.filter((t) => present.has(t.id)).map((t) => t.id);
    return {
      domain,
      weight: DOMAIN_WEIGHTS[domain],
      tasksWithQuestions: withQuestions,
      tasks: tasks.length,
      questions: perDomain.get(domain) ?? 0,
      coveredShare: withQuestions.reduce((sum, id) => sum + taskShareOfBlueprint(id), 0),
      full: withQuestions.length === tasks.length,
    };
  });
  return {
    domains,
    coveredShare: domains.reduce((sum, d) => sum + d.coveredShare, 0),
    fullDomainsShare: domains.filter((d) => d.full).reduce((sum, d) => sum + d.weight, 0),
    questions: questions.length,
    inScope,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/**
 * One sentence for the learner, e.g. "This mock covers 30% of the CLF-C02 blueprint in full
 * (domain 2) and touches 7 of 15 tasks of domains 1, 3 and 4 with 12 questions (a real exam of
 * this length asks about 46 there); 65 of 65 questions are in scope." Partly covered domains are
 * not given a blueprint share: one question per task would overstate them.
 */
export function describeCoverage(coverage: BlueprintCoverage): string {
  const full = coverage.domains.filter((d) => d.full);
  const partial = coverage.domains.filter((d) => !d.full && d.tasksWithQuestions.length > 0);
  const parts: string[] = [];
  if (full.length > 0) {
    const names = `domain${full.length > 1 ? 's' : ''} ${listNumbers(full.map((d) => d.domain))}`;
    parts.push(`covers ${percent(coverage.fullDomainsShare)} of the CLF-C02 blueprint in full (${names})`);
  }
  if (partial.length > 0) {
    const names = `domain${partial.length > 1 ? 's' : ''} ${listNumbers(partial.map((d) => d.domain))}`;
    const touched = partial.reduce((sum, d) => sum + d.tasksWithQuestions.length, 0);
    const tasks = partial.reduce((sum, d) => sum + d.tasks, 0);
    const asked = partial.reduce((sum, d) => sum + d.questions, 0);
    const real = Math.round(coverage.questions * partial.reduce((sum, d) => sum + d.weight, 0));
    parts.push(
      `touches ${touched} of ${plural(tasks, 'task')} of ${names} with ${plural(asked, 'question')} (a real exam of this length asks about ${real} there)`,
    );
  }
  const covers = parts.length > 0 ? parts.join(' and ') : 'covers none of the CLF-C02 blueprint';
  return `This mock ${covers}; ${coverage.inScope} of ${plural(coverage.questions, 'question')} ${coverage.inScope === 1 ? 'is' : 'are'} in scope.`;
}
