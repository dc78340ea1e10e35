// Parse YAML while keeping positions, so that every problem found later (by zod or by a
// cross-file check) can name the line of the offending field, not just the start of the file.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { ContentProblem } from './types.js';

export interface YamlSource {
  file: string;
  /** The plain JavaScript value of the document (undefined when it could not be parsed). */
  data: unknown;
  /** Locate the line of a path such as ['questions', 3, 'options', 1, 'why']. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: ContentProblem[];
}

/**
 * Parse `text`, which starts at file line `firstLine` (front matter and check blocks sit inside
 * a Markdown file). YAML syntax errors come back as problems with a friendly one-line message.
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const report = (offset: number, message: string, severity: ContentProblem['severity']) => {
    const line = toLine(offset);
    const text = `YAML: ${firstSentence(message)}`;
    // One YAML mistake often produces several errors on the same line; show the first.
    if (seen.has(`${severity}:${line}`)) return;
    seen.add(`${severity}:${line}`);
    problems.push({ file, line, message: text, severity });
  };
  for (const error of doc.errors) {
    // A key indented too far reads to yaml as a two-line key starting on the line above; blame
    // the line that is actually wrong (where the key ends) and drop the echo on the line above.
    if (error.code === 'MULTILINE_IMPLICIT_KEY') {
      report(
        Math.max(error.pos[0], error.pos[1] - 1),
        'bad indentation (a key is indented under the value above it)',
        'error',
      );
    } else if (
      !(
        error.code === 'BLOCK_AS_IMPLICIT_KEY' &&
        doc.errors.some((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === error.pos[0])
      )
    ) {
      report(error.pos[0], error.message, 'error');
    }
  }
  for (const warning of doc.warnings) report(warning.pos[0], warning.message, 'warning');

  const contents = doc.contents as Node | null;
  const firstContentLine = contents?.range ? toLine(contents.range[0]) : firstLine;
  const data = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = contents;
    let line = firstContentLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
        );
        if (!pair) return line;
        // Point at the key: for `why:` with an empty value the key is the only thing on the line.
        const keyNode = pair.key as Node;
        if (keyNode.range) line = toLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as Node | undefined;
        if (!item) return line;
        if (item.range) line = toLine(item.range[0]);
        node = item;
      } else {
        return line;
      }
    }
    return line;
  };

  return { file, data, lineOf, problems };
}

/** yaml's messages can run over several lines with a source excerpt; keep the first. */
function firstSentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/\s+at line \d+, column \d+:?$/, '').trim();
}
