// Parse YAML while keeping positions, so that every problem found later (by zod or by a
// cross-file check) can name the line of the offending field, not just the start of the file.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { formatBytes } from '../untrusted/read-file.js';
import { cleanParsedValue } from './control-characters.js';
import { MAX_CONTENT_FILE_BYTES } from './content-files.js';
import type { ContentProblem } from './types.js';

/**
 * Aliases (*name) expanded per document. A "billion laughs" file of 10 nested anchors used 10
 * times each is stopped here instead of expanding to 10^9 nodes; no real file uses more than a few.
 */
export const MAX_YAML_ALIASES = 100;

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
  // Files are capped when read; this guards callers that pass text from elsewhere.
  if (text.length > MAX_CONTENT_FILE_BYTES) {
    const message = `YAML: the text is ${formatBytes(text.length)}, over the ${formatBytes(MAX_CONTENT_FILE_BYTES)} limit; it was not parsed`;
    return {
      file,
      data: undefined,
      lineOf: () => firstLine,
      problems: [{ file, line: firstLine, message, severity: 'error' }],
    };
  }
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
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      const alias = error instanceof ReferenceError && /alias/i.test(error.message);
      const message = alias
        ? `too many aliases (*name): more than ${MAX_YAML_ALIASES} expansions; the file was not read further`
        : firstSentence((error as Error).message);
      problems.push({
        file,
        line: alias ? firstAliasLine() : firstContentLine,
        message: `YAML: ${message}`,
        severity: 'error',
      });
    }
  }

  function firstAliasLine(): number {
    let line = firstContentLine;
    visit(doc, {
      Alias(_key, node) {
        if (node.range) line = toLine(node.range[0]);
        return visit.BREAK;
      },
    });
    return line;
  }

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

  // Control characters written as YAML escapes ("\e]52;…") exist only now; literal ones were
  // cleaned (and reported) with the raw text by whoever read the file.
  const found = cleanParsedValue(data);
  // Nothing downstream should walk a value that deep (zod recurses).
  if (found.some((f) => f.kind === 'depth')) data = undefined;
  for (const hit of found) {
    const message =
      hit.kind === 'depth'
        ? 'YAML: nested too deeply (more than 64 levels)'
        : `a value holds control character ${hit.shown} (a YAML escape such as "\\e"): terminal control codes are not allowed in content`;
    problems.push({ file, line: lineOf(hit.path), message, severity: 'error' });
  }
  return { file, data, lineOf, problems };
}

/** yaml's messages can run over several lines with a source excerpt; keep the first. */
function firstSentence(message: string): string {
  // yaml reports a stack overflow from very deep nesting under V8's own wording.
  if (/call stack size/i.test(message)) return 'nested too deeply to read';
  const first = message.split('\n')[0] ?? message;
  return first.replace(/\s+at line \d+, column \d+:?$/, '').trim();
}
