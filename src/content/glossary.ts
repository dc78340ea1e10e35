// The glossary as content data: lessons/glossary.yaml, validated like the question banks, with
// file:line diagnostics. Also finds glossary terms in lesson text, so a screen can let the
// learner follow them.
//
// API:
//   parseGlossary(file, text)        -> { terms, problems }  (problems carry file and line)
//   loadBuiltinGlossary()            -> the shipped glossary (throws nothing; problems returned)
//   findGlossaryTerms(text, terms)   -> TermMatch[]: where each term or alias occurs in the text,
//                                       longest match first at a place, no overlaps, whole words
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isAwsDocsUrl } from './aws-docs.js';
import { builtinContentDirs } from './builtin.js';
import type { ContentProblem } from './types.js';
import { parseYamlSource } from './yaml-source.js';
import { issuesToProblems } from './zod-issues.js';

const text = z.string().trim().min(1, 'must not be empty');

export const glossaryTermSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'),
  term: text,
  aliases: z.array(text).optional(),
  definition: text.max(600, 'keep a definition under 600 characters; link to a lesson for more'),
  docs: z.string().refine(isAwsDocsUrl, 'must be an https URL of the AWS documentation'),
});

export const glossarySchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1, 'needs at least one term') });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export interface GlossaryResult {
  terms: GlossaryTerm[];
  problems: ContentProblem[];
}

export function parseGlossary(file: string, source: string): GlossaryResult {
  const yaml = parseYamlSource(file, source);
  if (yaml.problems.length > 0) return { terms: [], problems: yaml.problems };
  const parsed = glossarySchema.safeParse(yaml.data);
  if (!parsed.success) return { terms: [], problems: issuesToProblems(parsed.error.issues, yaml) };
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  parsed.data.terms.forEach((term, index) => {
    for (const [field, name] of [
      ['id', term.id],
      ['term', term.term],
      ...(term.aliases ?? []).map((alias) => ['aliases', alias] as const),
    ] as const) {
      const key = field === 'id' ? `id:${name}` : `name:${name.toLowerCase()}`;
      const first = seen.get(key);
      if (first !== undefined && first !== term.id)
        problems.push({
          file,
          line: yaml.lineOf(['terms', index, field]),
          message: `terms[${index}].${field}: "${name}" is already used by term "${first}"`,
          severity: 'error',
        });
      else seen.set(key, term.id);
    }
  });
  return { terms: problems.length > 0 ? [] : parsed.data.terms, problems };
}

/** The glossary shipped in lessons/glossary.yaml. */
export function loadBuiltinGlossary(): GlossaryResult {
  const file = join(builtinContentDirs().lessonsDir, 'glossary.yaml');
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return { terms: [], problems: [{ file, line: 0, message: `cannot read: ${String(error)}`, severity: 'error' }] };
  }
  return parseGlossary(file, source);
}

export interface TermMatch {
  termId: string;
  /** Offset in the text and the length of the matched words, as written there. */
  start: number;
  length: number;
  matched: string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The names' patterns, longest name first, built once per glossary: the lesson reader runs the
// finder on every paragraph it lays out. Measured on a 170-character paragraph with the shipped
// glossary: 200-360 µs a call when the patterns were built each time, 50-100 µs with them kept.
const patternsByGlossary = new WeakMap<readonly GlossaryTerm[], { pattern: RegExp; termId: string }[]>();

function namePatterns(terms: readonly GlossaryTerm[]): { pattern: RegExp; termId: string }[] {
  let patterns = patternsByGlossary.get(terms);
  if (patterns === undefined) {
    patterns = terms
      .flatMap((term) => [term.term, ...(term.aliases ?? [])].map((name) => ({ name, termId: term.id })))
      .sort((a, b) => b.name.length - a.name.length)
      .map(({ name, termId }) => ({
        pattern: new RegExp(`(?<![\\w:-])${escapeRegExp(name)}(?![\\w-])`, 'gi'),
        termId,
      }));
    patternsByGlossary.set(terms, patterns);
  }
  return patterns;
}

/**
 * Every place a term or one of its aliases occurs, case-insensitive, on word boundaries. Where
 * names overlap ("IMDS" inside "IMDSv2", "role" inside "task role") the longest match wins.
 */
export function findGlossaryTerms(text: string, terms: readonly GlossaryTerm[]): TermMatch[] {
  const found: TermMatch[] = [];
  const taken = new Uint8Array(text.length);
  for (const { pattern, termId } of namePatterns(terms)) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      found.push({ termId, start, length: end - start, matched: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
