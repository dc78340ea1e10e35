// Topics the CLF-C02 exam guide does not name. A question tagged clf-c02 whose stem or options
// rely on one of them is probably deeper than the exam and should be scope beyond
// (docs/CONTENT-FORMAT.md: "The exam guide never names instance profiles, trust policy syntax,
// iam:PassRole or ECS task roles"). This is a warning: a distractor may name such a thing on
// purpose, and the author decides.
export interface BeyondExamTopic {
  /** How the warning names the topic. */
  label: string;
  pattern: RegExp;
}

export const beyondExamTopics: readonly BeyondExamTopic[] = [
  { label: 'iam:PassRole', pattern: /\b(?:iam:)?PassRole\b/i },
  { label: 'instance profiles', pattern: /\binstance[- ]profiles?\b/i },
  {
    // JSON keys of a trust policy, a service principal name, or the ExternalId condition.
    label: 'trust policy syntax',
    pattern:
      /"(?:Not)?Principal"|\bPrincipal\s*[:{]|"(?:Service|Federated)"\s*:|\b[a-z0-9-]+\.amazonaws\.com\b|\b(?:sts:)?ExternalId\b/,
  },
  { label: 'ECS task execution roles', pattern: /\btask execution roles?\b/i },
  { label: 'ECS task roles', pattern: /\btask roles?\b/i },
  { label: 'ecsInstanceRole', pattern: /\becsInstanceRole\b|\bcontainer instance role\b/i },
  { label: 'IMDS', pattern: /\bIMDS(?:v[12])?\b|\binstance metadata service\b|\b169\.254\.169\.254\b|\bHttpTokens\b/i },
  { label: 'the hop limit', pattern: /\bhop limit\b|\bHttpPutResponseHopLimit\b/i },
  {
    label: 'sts:AssumeRole API details',
    pattern:
      /\bsts:\w+|\bAssumeRole(?:WithWebIdentity|WithSAML)?\b|\bDurationSeconds\b|\bMaxSessionDuration\b|\bRoleSessionName\b|\brole chaining\b/i,
  },
];

export interface BeyondExamMention {
  /** Which field mentions it: 'stem' or an option index. */
  field: 'stem' | number;
  labels: string[];
}

/** The beyond-exam topics each of `stem` and `optionTexts` mentions, fields without any left out. */
export function beyondExamMentions(stem: string, optionTexts: readonly string[]): BeyondExamMention[] {
  const fields: { field: 'stem' | number; text: string }[] = [
    { field: 'stem', text: stem },
    ...optionTexts.map((text, i) => ({ field: i, text })),
  ];
  return fields.flatMap(({ field, text }) => {
    const labels = beyondExamTopics.filter((t) => t.pattern.test(text)).map((t) => t.label);
    return labels.length > 0 ? [{ field, labels }] : [];
  });
}
