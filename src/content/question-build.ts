// Build typed Questions from schema-checked input, and the raw records the cross-file checks use.
import type { OptionInput } from './schemas.js';
import type { QuestionRecord } from './records.js';
import type { QuestionOption, SourceRef } from './types.js';
import type { YamlSource } from './yaml-source.js';

export function toOptions(options: readonly OptionInput[]): QuestionOption[] {
  return options.map((o) => ({
    text: o.text,
    correct: o.correct === true,
    why: o.why,
    ...(o.misconception !== undefined ? { misconception: o.misconception } : {}),
  }));
}

/** Raw id, stem and topic of a question item, read before (and regardless of) validation. */
export function questionRecord(
  source: YamlSource,
  item: unknown,
  path: readonly PropertyKey[],
  origin: QuestionRecord['origin'],
  where: SourceRef,
): QuestionRecord {
  const raw = (item !== null && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const options = (Array.isArray(raw.options) ? raw.options : []).map((o: unknown) =>
    o !== null && typeof o === 'object' ? (o as Record<string, unknown>) : {},
  );
  const textOf = (o: Record<string, unknown>) => (typeof o.text === 'string' ? o.text : '');
  return {
    file: where.file,
    line: where.line,
    origin,
    ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    idLine: source.lineOf([...path, 'id']),
    ...(typeof raw.stem === 'string' ? { stem: raw.stem } : {}),
    stemLine: source.lineOf([...path, 'stem']),
    ...(typeof raw.topic === 'string' ? { topic: raw.topic } : {}),
    topicLine: source.lineOf([...path, 'topic']),
    optionTexts: options.map(textOf),
    keyedTexts: options.filter((o) => o.correct === true).map(textOf),
    ...(typeof raw.type === 'string' ? { type: raw.type } : {}),
    options: options.map((o, i) => ({
      text: textOf(o),
      correct: o.correct === true,
      line: source.lineOf([...path, 'options', i, 'text']),
    })),
  };
}
