// CLF-C02 content domains and their weights, from the AWS Certified Cloud Practitioner (CLF-C02)
// exam guide: https://d1.awsstatic.com/training-and-certification/docs-cloud-practitioner/AWS-Certified-Cloud-Practitioner_Exam-Guide.pdf

import type { Question } from '../content/types.js';

export type DomainNumber = 1 | 2 | 3 | 4;

/** Breakdown key for a question: its CLF-C02 domain, or `beyond` for material the exam does not cover. */
export type DomainKey = '1' | '2' | '3' | '4' | 'beyond';

export const DOMAIN_NUMBERS: readonly DomainNumber[] = [1, 2, 3, 4];

export const DOMAIN_NAMES: Readonly<Record<DomainKey, string>> = {
  '1': 'Cloud Concepts',
  '2': 'Security and Compliance',
  '3': 'Cloud Technology and Services',
  '4': 'Billing, Pricing, and Support',
  beyond: 'Beyond the exam guide',
};

/** Share of scored content per domain in the exam guide (sums to 1). */
export const DOMAIN_WEIGHTS: Readonly<Record<DomainNumber, number>> = {
  1: 0.24,
  2: 0.3,
  3: 0.34,
  4: 0.12,
};

/** The real exam: 65 questions in 90 minutes. */
export const EXAM_QUESTION_COUNT = 65;
export const EXAM_MINUTES = 90;

/**
 * A question counts towards a domain only when it is in scope and names one; a `clf-c02`
 * question without a domain would be rejected by the validator, so it is treated as beyond here.
 */
export function domainKeyOf(question: Question): DomainKey {
  if (question.scope === 'clf-c02' && question.domain !== undefined) {
    return String(question.domain) as DomainKey;
  }
  return 'beyond';
}
