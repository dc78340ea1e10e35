// Warnings about one question: things that are probably wrong but may be deliberate. They read
// the raw YAML value, not the schema's output, so a question with errors still gets its
// warnings: the author sees every problem in one run.
import { beyondExamMentions } from './exam-scope.js';
import { canonicalChoose, chooseClauses } from './question-rules.js';
import type { ContentProblem } from './types.js';
import type { YamlSource } from './yaml-source.js';

export function questionWarnings(
  item: unknown,
  source: YamlSource,
  path: readonly (string | number)[],
  origin: 'bank' | 'check',
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return warnings;
  const q = item as Record<string, unknown>;
  const warn = (at: readonly (string | number)[], message: string) =>
    warnings.push({ file: source.file, line: source.lineOf([...path, ...at]), message, severity: 'warning' });

  if (origin === 'bank' && q.scope === 'beyond' && (q.domain !== undefined || q.task !== undefined)) {
    warn(
      [q.domain !== undefined ? 'domain' : 'task'],
      'domain and task describe CLF-C02 questions; this one is scope beyond',
    );
  }

  const stem = typeof q.stem === 'string' ? q.stem : undefined;
  if (stem !== undefined && q.type === 'multiple') {
    for (const clause of chooseClauses(stem)) {
      const want = canonicalChoose(clause.count);
      if (!clause.canonical && want !== undefined)
        warn(['stem'], `write "${want}" the way the exam does (found "${clause.text}")`);
    }
  }

  if (origin === 'bank' && q.scope === 'clf-c02' && stem !== undefined) {
    const options = Array.isArray(q.options) ? q.options : [];
    const texts = options.map((o: unknown) => {
      const text = (o as { text?: unknown } | null)?.text;
      return typeof text === 'string' ? text : '';
    });
    const mentions = beyondExamMentions(stem, texts);
    const first = mentions[0];
    if (first) {
      const labels = [...new Set(mentions.flatMap((m) => m.labels))];
      const where = mentions.map((m) => (m.field === 'stem' ? 'stem' : `options[${m.field}]`)).join(', ');
      warn(
        first.field === 'stem' ? ['stem'] : ['options', first.field, 'text'],
        `scope is clf-c02 but ${where} ${mentions.length === 1 ? 'mentions' : 'mention'} ${labels.join(', ')}, ` +
          'which the CLF-C02 exam guide does not name; ' +
          'consider scope: beyond (without domain and task)',
      );
    }
  }
  return warnings;
}
