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

/** The pieces of the file (in order) and the answer text to pass to the next call. */
export function serializeProgress(
  data: ProgressData,
  previous?: AnswersText,
): { chunks: Array<string | Buffer>; answersText: AnswersText } {
  const shell = JSON.stringify({ ...data, quiz: { ...data.quiz, answers: PLACEHOLDER } }, null, '\t');
  const at = shell.indexOf(`"${PLACEHOLDER}"`);
  const head = shell.slice(0, at);
  const tail = `${shell.slice(at + PLACEHOLDER.length + 2)}\n`;
  const text = answersText(data.quiz.answers, previous);
  const chunks =
    data.quiz.answers.length === 0 ? [head, '[]', tail] : [head, '[\n', ...text.blocks, text.pending, '\n\t\t]', tail];
  return { chunks, answersText: text };
}
