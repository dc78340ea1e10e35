// The progress file's text, exactly as JSON.stringify(data, null, '\t') writes it, built so that
// a save after appending answers neither stringifies nor re-encodes the whole answer log: the
// log's text is kept between saves as encoded blocks of about 1 MB, and only new records are
// added. On a 100 MB store the full stringify and UTF-8 encoding took over a second per save
// and most of the garbage collector's time.
import type { AnswerRecord, ProgressData } from './schema.js';

/** The answer log's text (the records joined by ",\n") for the records it was made from. */
export interface AnswersText {
  records: readonly AnswerRecord[];
  blocks: readonly Buffer[];
  pending: string;
}

const INDENT = '\t\t\t';
const BLOCK_CHARS = 1 << 20;
const PLACEHOLDER = `answers-${process.pid}-${Math.random().toString(36).slice(2)}`;

function recordText(record: AnswerRecord): string {
  return INDENT + JSON.stringify(record, null, '\t').replaceAll('\n', `\n${INDENT}`);
}

function appendRecords(
  text: { blocks: Buffer[]; pending: string; empty: boolean },
  records: readonly AnswerRecord[],
): void {
  for (const record of records) {
    text.pending += (text.empty ? '' : ',\n') + recordText(record);
    text.empty = false;
    if (text.pending.length >= BLOCK_CHARS) {
      text.blocks.push(Buffer.from(text.pending, 'utf8'));
      text.pending = '';
    }
  }
}

function answersText(answers: readonly AnswerRecord[], previous: AnswersText | undefined): AnswersText {
  const reuse =
    previous !== undefined &&
    previous.records.length > 0 &&
    previous.records.length <= answers.length &&
    previous.records.every((record, i) => answers[i] === record);
  const text = reuse
    ? { blocks: [...previous.blocks], pending: previous.pending, empty: false }
    : { blocks: [] as Buffer[], pending: '', empty: true };
  appendRecords(text, reuse ? answers.slice(previous.records.length) : answers);
  return { records: answers, blocks: text.blocks, pending: text.pending };
}

/** The file's text before and after the answer log's value. */
function shellParts(data: ProgressData): { head: string; tail: string } {
  const shell = JSON.stringify({ ...data, quiz: { ...data.quiz, answers: PLACEHOLDER } }, null, '\t');
  const at = shell.indexOf(`"${PLACEHOLDER}"`);
  return { head: shell.slice(0, at), tail: `${shell.slice(at + PLACEHOLDER.length + 2)}\n` };
}

/**
 * The answer text of a file this serializer wrote (as every iam-tutor did), taken from the text
 * just read instead of being built again at the first save: on a 100 MB store that took several
 * seconds. Undefined when the file is laid out any other way (hand-edited, migrated, a BOM).
 */
export function answersTextOfFile(text: string, data: ProgressData): AnswersText | undefined {
  const answers = data.quiz.answers;
  if (answers.length === 0) return undefined;
  const { head, tail } = shellParts(data);
  const open = `${head}[\n`;
  const close = `\n\t\t]${tail}`;
  if (text.length < open.length + close.length || !text.startsWith(open) || !text.endsWith(close)) return undefined;
  const body = text.slice(open.length, text.length - close.length);
  // One record per "\t\t\t{" at the start of a line: the body holds exactly the records parsed.
  let records = body.startsWith(`${INDENT}{`) ? 1 : 0;
  for (let at = body.indexOf(`,\n${INDENT}{`); at !== -1; at = body.indexOf(`,\n${INDENT}{`, at + 1)) records++;
  if (records !== answers.length) return undefined;
  return { records: answers, blocks: [Buffer.from(body, 'utf8')], pending: '' };
}

/** The pieces of the file (in order) and the answer text to pass to the next call. */
export function serializeProgress(
  data: ProgressData,
  previous?: AnswersText,
): { chunks: Array<string | Buffer>; answersText: AnswersText } {
  const { head, tail } = shellParts(data);
  const text = answersText(data.quiz.answers, previous);
  const chunks =
    data.quiz.answers.length === 0 ? [head, '[]', tail] : [head, '[\n', ...text.blocks, text.pending, '\n\t\t]', tail];
  return { chunks, answersText: text };
}
