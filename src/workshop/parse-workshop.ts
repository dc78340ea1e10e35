// Reads workshop.yaml into a Workshop, with every problem as file:line. The header is parsed
// first, then each agenda step by its `kind`, so a step with a bad kind says "kind must be one
// of lesson, challenge, quiz" instead of zod's generic "no matching union member".
import type { z } from 'zod';
import type { ContentProblem } from '../content/types.js';
import { issuesToProblems } from '../content/zod-issues.js';
import { parseYamlSource, type YamlSource } from '../content/yaml-source.js';
import { type AgendaStep, stepKindSchema, stepSchemas, type Workshop, workshopHeaderSchema } from './schema.js';

export interface ParsedWorkshop {
  /** Present only when the whole file is valid. */
  workshop?: Workshop;
  problems: ContentProblem[];
  /** The line of a path in the file, e.g. ['agenda', 2, 'topics', 0]. */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseWorkshopFile(file: string, text: string): ParsedWorkshop {
  const source = parseYamlSource(file, text);
  const problems = [...source.problems];
  const done = (workshop?: Workshop): ParsedWorkshop =>
    workshop === undefined ? { problems, lineOf: source.lineOf } : { workshop, problems, lineOf: source.lineOf };
  if (problems.some((p) => p.severity === 'error')) return done();

  if (source.data === null || source.data === undefined) {
    problems.push({
      file,
      line: 1,
      message: 'the file is empty: it needs title, minutes and agenda',
      severity: 'error',
    });
    return done();
  }
  const header = workshopHeaderSchema.safeParse(source.data);
  if (!header.success) {
    // Step problems are still worth reporting when only the header is wrong.
    problems.push(...issuesToProblems(header.error.issues, source));
    const agenda = (source.data as { agenda?: unknown } | null | undefined)?.agenda;
    if (Array.isArray(agenda)) {
      agenda.forEach((raw, index) => {
        parseStep(raw, index, source, problems);
      });
    }
    return done();
  }

  const agenda: AgendaStep[] = [];
  header.data.agenda.forEach((raw, index) => {
    const step = parseStep(raw, index, source, problems);
    if (step) agenda.push(step);
  });
  if (problems.some((p) => p.severity === 'error')) return done();
  const { agenda: _raw, ...rest } = header.data;
  return done({ ...stripUndefined(rest), agenda, file });
}

function parseStep(
  raw: unknown,
  index: number,
  source: YamlSource,
  problems: ContentProblem[],
): AgendaStep | undefined {
  const prefix = ['agenda', index];
  const report = (issues: readonly z.core.$ZodIssue[]) =>
    problems.push(
      ...issuesToProblems(
        issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
        source,
      ),
    );
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({
      file: source.file,
      line: source.lineOf(prefix),
      message: `agenda[${index}]: each step must be a mapping with a kind (lesson, challenge or quiz)`,
      severity: 'error',
    });
    return undefined;
  }
  const kind = stepKindSchema.safeParse((raw as { kind?: unknown }).kind);
  if (!kind.success) {
    report(kind.error.issues.map((issue) => ({ ...issue, path: ['kind', ...issue.path] })));
    return undefined;
  }
  const parsed = stepSchemas[kind.data].safeParse(raw);
  if (!parsed.success) {
    report(parsed.error.issues);
    return undefined;
  }
  return { ...stripUndefined(parsed.data), index, line: source.lineOf(prefix) } as AgendaStep;
}

/** exactOptionalPropertyTypes-friendly: optional fields absent rather than undefined. */
function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
