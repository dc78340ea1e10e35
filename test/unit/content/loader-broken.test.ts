// Each broken fixture directory is loaded after the good pack; the test pins every problem it
// reports (file, line, severity and message), so an extra or a missing problem fails too.
import { describe, expect, it } from 'vitest';
import { loadCase, problemLines } from './helpers.js';

const cases: Record<string, string[]> = {
  'unknown-field': [
    'broken/unknown-field/alpha.yaml:7: error: unknown field "hint"',
    'broken/unknown-field/alpha.yaml:15: error: unknown field "options[1].explanation"',
  ],
  'option-count': [
    'broken/option-count/alpha.yaml:8: error: options: a single-answer question needs exactly 4 options (found 3)',
    'broken/option-count/alpha.yaml:24: error: options: a multiple-answer question needs 5 or more options (found 4)',
  ],
  'choose-mismatch': [
    'broken/choose-mismatch/alpha.yaml:7: error: stem: says "(Choose TWO.)" but 3 options are correct',
    'broken/choose-mismatch/alpha.yaml:29: error: stem: a multiple-answer stem must say "(Choose TWO.)" (2 options are correct)',
    'broken/choose-mismatch/alpha.yaml:50: error: stem: says "(Choose TWO.)" but the question type is single (exactly one correct option)',
  ],
  'duplicate-id': [
    'broken/duplicate-id/alpha.yaml:3: error: duplicate question id "alpha-001" (first defined at good/quizzes/alpha.yaml:3)',
  ],
  'duplicate-stem': [
    'broken/duplicate-stem/alpha.yaml:7: error: duplicate stem (same as question "alpha-001" at good/quizzes/alpha.yaml:9)',
  ],
  'unknown-topic': ['broken/unknown-topic/gamma.yaml:1: error: unknown topic "gamma": no lesson has this id'],
  'clf-rules': [
    'broken/clf-rules/alpha.yaml:4: error: scope: clf-c02 needs a "domain" (1-4)',
    'broken/clf-rules/alpha.yaml:4: error: scope: clf-c02 needs a "task" such as "2.3"',
    'broken/clf-rules/alpha.yaml:24: error: task: "3.1" is not in domain 2 (2.1 to 2.4)',
    'broken/clf-rules/alpha.yaml:44: error: task: must be text (found 2.3); quote it: "2.3"',
    'broken/clf-rules/alpha.yaml:63: error: domain: must be one of 1, 2, 3, 4 (found 5)',
  ],
  'option-rules': [
    'broken/option-rules/alpha.yaml:12: error: options[0].misconception: a misconception tag belongs on a wrong option, not a correct one',
    'broken/option-rules/alpha.yaml:14: error: options[1].why: must not be empty',
    'broken/option-rules/alpha.yaml:15: error: options[2].text: duplicate option text (same as option 2)',
  ],
  'option-types': [
    'broken/option-types/misnamed.yaml:1: warning: file name should be alpha.yaml to match its topic',
    'broken/option-types/misnamed.yaml:3: error: id: must be kebab-case (lowercase letters, digits and single dashes)',
    'broken/option-types/misnamed.yaml:5: error: difficulty: must be one of 1, 2, 3 (found 4)',
    'broken/option-types/misnamed.yaml:14: error: options[1].why: has no value',
    'broken/option-types/misnamed.yaml:20: error: docs[0]: must be an https:// URL',
    'broken/option-types/misnamed.yaml:21: error: verified: must be a date written YYYY-MM-DD',
  ],
  'front-matter-yaml': [
    'broken/front-matter-yaml/20-fm-yaml.md:5: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    'broken/front-matter-yaml/20-fm-yaml.md:8: error: the lesson needs at least one ```diagram block',
    'broken/front-matter-yaml/20-fm-yaml.md:8: error: the lesson has 0 check block(s); it needs 2 to 4',
  ],
  'front-matter-unknown': [
    'broken/front-matter-unknown/21-fm-unknown.md:5: error: unknown field "author"',
    'broken/front-matter-unknown/21-fm-unknown.md:14: error: unknown field "references[0].note"',
  ],
  'missing-references': ['broken/missing-references/22-no-refs.md:2: error: missing required field "references"'],
  'broken-links': [
    'broken/broken-links/23-links.md:13: error: unknown sandbox scenario "no-such-scenario"',
    'broken/broken-links/23-links.md:18: error: broken link lesson:no-such-lesson: no lesson has this id',
    'broken/broken-links/23-links.md:19: error: broken link quiz:alpha-check-1: no bank question has this id',
    'broken/broken-links/23-links.md:20: error: broken link sandbox:nope: no sandbox scenario has this id',
  ],
  'missing-takeaways': [
    'broken/missing-takeaways/24-no-takeaways.md:61: error: the last section must be "## Key takeaways" (found "## Summary")',
  ],
  structure: [
    'broken/structure/25-structure.md:14: error: text before the first "## " heading belongs to no section; start the body with a "## " heading',
    'broken/structure/25-structure.md:16: error: do not use "# " headings (the title comes from the front matter); use "## " for sections',
    'broken/structure/25-structure.md:18: error: the lesson needs at least one ```diagram block',
    'broken/structure/25-structure.md:22: error: the lesson has 1 check block(s); it needs 2 to 4',
  ],
  'check-errors': [
    'broken/check-errors/26-check-errors.md:23: error: unknown field "scope" (check questions take topic, scope, domain, task and verified from the lesson)',
    'broken/check-errors/26-check-errors.md:46: error: options: a single-answer question needs exactly 4 options (found 3)',
    'broken/check-errors/26-check-errors.md:62: error: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  'wide-diagram': [
    'broken/wide-diagram/27-wide.md:20: error: diagram line is 92 columns wide; keep diagram lines within 56 so they fit a 60-column terminal',
  ],
  // A diagram of exactly 56 columns passes; a wide code line and a non-exam "Choose" only warn.
  'code-warnings': [
    'broken/code-warnings/30-code-warnings.md:24: warning: json line is 83 columns wide; keep code lines within 76',
    'broken/code-warnings/30-code-warnings.md:31: warning: write "(Choose TWO.)" the way the exam does (found "(choose two)")',
  ],
  // docs outside the AWS documentation hosts are errors (S3 buckets on amazonaws.com too), and a
  // question with an error still shows its warnings.
  'docs-host': [
    'broken/docs-host/alpha.yaml:20: error: docs[1]: https://example.com/blog/iam-roles-explained is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)',
    'broken/docs-host/alpha.yaml:21: error: docs[2]: https://my-notes.s3.amazonaws.com/iam.html is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)',
    'broken/docs-host/alpha.yaml:25: warning: domain and task describe CLF-C02 questions; this one is scope beyond',
    'broken/docs-host/alpha.yaml:30: error: options: a single-answer question needs exactly 4 options (found 3)',
  ],
  'check-docs': [
    'broken/check-docs/31-check-docs.md:39: error: docs[0]: https://medium.com/some-post/iam-users is not an AWS documentation page (use docs.aws.amazon.com, aws.amazon.com, d1.awsstatic.com)',
  ],
  // "Choose N" in any spelling counts: on a single-answer question it is an error, on a
  // multiple-answer one it must match the key, and a non-exam spelling is a warning.
  // Prose such as "Which role should the administrator choose?" is not an instruction.
  'choose-variants': [
    'broken/choose-variants/alpha.yaml:7: error: stem: says "Choose two." but the question type is single (exactly one correct option)',
    'broken/choose-variants/alpha.yaml:25: error: stem: says "(choose 2)" but the question type is single (exactly one correct option)',
    'broken/choose-variants/alpha.yaml:43: warning: write "(Choose TWO.)" the way the exam does (found "(choose 2)")',
    'broken/choose-variants/alpha.yaml:64: error: stem: says "Choose TWO" but 3 options are correct',
    'broken/choose-variants/alpha.yaml:64: warning: write "(Choose TWO.)" the way the exam does (found "Choose TWO")',
  ],
  // clf-c02 questions whose stem or options name topics the exam guide does not; explanations
  // (why) and beyond questions are not checked.
  'exam-scope': [
    'broken/exam-scope/alpha.yaml:9: warning: scope is clf-c02 but stem mentions iam:PassRole, which the CLF-C02 exam guide does not name; consider scope: beyond (without domain and task)',
    'broken/exam-scope/alpha.yaml:56: warning: scope is clf-c02 but options[1] mentions ECS task execution roles, IMDS, the hop limit, which the CLF-C02 exam guide does not name; consider scope: beyond (without domain and task)',
  ],
  // The first two ask the same thing in other words; the last two share a scenario but contrast
  // same-account and cross-account access, with different keys.
  'near-duplicate': [
    'broken/near-duplicate/alpha.yaml:30: warning: near-duplicate of question "near-duplicate-001" at broken/near-duplicate/alpha.yaml:9 (their stems and options share 55% of their words); make them test different things or drop one',
  ],
  // Bank-level cues (issue 17): two of five keys are the longest option (40% > 30%), listed worst
  // first; one wrong option is in three questions, reported at each.
  'length-bias': [
    'broken/length-bias/alpha.yaml:4: warning: the correct option is the longest in 2 of 5 single-answer questions (40%, at most 30%), so picking the longest option beats chance; shorten the key or give a wrong option the same detail. Worst: length-bias-002 at broken/length-bias/alpha.yaml:28 (76 vs 36 characters); length-bias-001 at broken/length-bias/alpha.yaml:10 (66 vs 36 characters)',
    'broken/length-bias/alpha.yaml:17: warning: wrong option "A policy that a wrong option repeats" is in 3 questions (also broken/length-bias/alpha.yaml:35, broken/length-bias/alpha.yaml:53); at most 2 may share a distractor, so write one that fits this scenario',
    'broken/length-bias/alpha.yaml:35: warning: wrong option "A policy that a wrong option repeats" is in 3 questions (also broken/length-bias/alpha.yaml:17, broken/length-bias/alpha.yaml:53); at most 2 may share a distractor, so write one that fits this scenario',
    'broken/length-bias/alpha.yaml:53: warning: wrong option "A policy that a wrong option repeats" is in 3 questions (also broken/length-bias/alpha.yaml:17, broken/length-bias/alpha.yaml:35); at most 2 may share a distractor, so write one that fits this scenario',
  ],
  'duplicate-lesson': [
    'broken/duplicate-lesson/28-alpha.md:2: error: duplicate lesson id "alpha" (first defined at good/lessons/01-alpha.md:2)',
  ],
  'unclosed-fence': [
    'broken/unclosed-fence/29-unclosed.md:69: error: code fence opened here is never closed (add a line "```")',
  ],
};

describe('broken content is reported at the offending line', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => {
      expect(problemLines(loadCase(name))).toEqual(expected);
    });
  }
});

it('reports invalid YAML at the line that is wrong, in one friendly line', () => {
  const lines = problemLines(loadCase('bad-yaml'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /\/case\/alpha\.yaml:7: error: YAML: bad indentation \(a key is indented under the value above it\)$/,
  );
});

describe('broken content is left out of the set, good content stays', () => {
  it('drops an invalid question but keeps the good pack', () => {
    const content = loadCase('option-count');
    expect(content.questions.map((q) => q.id)).toEqual(['alpha-001', 'alpha-002']);
  });

  it('drops a lesson whose front matter is invalid', () => {
    const content = loadCase('front-matter-unknown');
    expect(content.lessons.map((l) => l.id)).toEqual(['alpha', 'beta']);
  });

  it('keeps a lesson with a broken check but leaves the check out', () => {
    const lesson = loadCase('check-errors').lessons.find((l) => l.id === 'check-errors');
    const checks = lesson?.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'check')) ?? [];
    expect(checks).toEqual([]);
  });

  it('keeps only the first definition of a duplicated question id', () => {
    const content = loadCase('duplicate-id');
    const kept = content.questions.filter((q) => q.id === 'alpha-001');
    expect(kept.map((q) => q.source.file)).toEqual([expect.stringContaining('good')]);
  });

  it('keeps only the first definition of a duplicated lesson id', () => {
    const content = loadCase('duplicate-lesson');
    expect(content.lessons.filter((l) => l.id === 'alpha').map((l) => l.title)).toEqual(['Alpha lesson']);
  });
});
