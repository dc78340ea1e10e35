// A pure search index over lessons (to the section), questions and the glossary, with ranking.
//
// API for the search screen:
//   buildSearchIndex({ lessons, questions, glossary }) -> SearchIndex (build once per content set)
//   searchIndex(index, query, { limit })              -> SearchHit[], best first
// A hit names what to open: { kind: 'lesson', lessonId, section } opens the reader at that
// section; { kind: 'question', questionId }; { kind: 'glossary', termId }. `title` and `snippet`
// are plain text for the result list (the screen sanitises and fits them).
//
// Ranking, per query word (all words must match somewhere in a document, else no hit):
//   glossary term or alias equal to the whole query  +100
//   word in a title (term name, lesson/section title)   +10, +5 more when the title starts with it
//   word in the body (definition, section text, stem, options)  +1 per occurrence, at most +5
//   a whole-word match counts double a prefix match ("role" vs "roles")
// Ties: glossary, then lessons in curriculum order, then questions by id.
import type { GlossaryTerm } from './glossary.js';
import type { Lesson, Question } from './types.js';

export type SearchTarget =
  | { kind: 'lesson'; lessonId: string; section: number }
  | { kind: 'question'; questionId: string }
  | { kind: 'glossary'; termId: string };

export interface SearchHit {
  target: SearchTarget;
  title: string;
  snippet: string;
  score: number;
}

interface Doc {
  target: SearchTarget;
  title: string;
  /** Lower-cased. */
  titleText: string;
  body: string;
  bodyText: string;
  /** Exact names (glossary term and aliases), lower-cased. */
  names: string[];
  /** Tie-break order. */
  rank: number;
}

export interface SearchIndex {
  docs: Doc[];
}

const KIND_RANK = { glossary: 0, lesson: 1, question: 2 } as const;

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Lesson Markdown as the words a reader sees, for matching and snippets: without it a hit read
 * "The metadata option **HttpPutResponseHopLimit** sets…" in the result list.
 */
function readable(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(```|~~~).*$/gm, ' ')
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '');
}

export function buildSearchIndex(input: {
  lessons: readonly Lesson[];
  questions: readonly Question[];
  glossary: readonly GlossaryTerm[];
}): SearchIndex {
  const docs: Doc[] = [];
  const add = (doc: Omit<Doc, 'titleText' | 'bodyText'>): void => {
    docs.push({ ...doc, titleText: doc.title.toLowerCase(), bodyText: doc.body.toLowerCase() });
  };
  input.glossary.forEach((term, i) => {
    add({
      target: { kind: 'glossary', termId: term.id },
      title: term.term,
      body: flatten(`${(term.aliases ?? []).join(', ')} ${term.definition}`),
      names: [term.term, ...(term.aliases ?? [])].map((n) => n.toLowerCase()),
      rank: KIND_RANK.glossary * 1e6 + i,
    });
  });
  const lessons = [...input.lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  lessons.forEach((lesson, l) => {
    for (const section of lesson.sections) {
      const body = section.blocks
        .map((block) => (block.kind === 'markdown' ? readable(block.text) : block.question.stem))
        .join(' ');
      add({
        target: { kind: 'lesson', lessonId: lesson.id, section: section.index },
        title: `${lesson.title} › ${section.title}`,
        body: flatten(body),
        names: [],
        rank: KIND_RANK.lesson * 1e6 + l * 1000 + section.index,
      });
    }
  });
  [...input.questions]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach((question, i) => {
      add({
        target: { kind: 'question', questionId: question.id },
        title: flatten(question.stem),
        body: flatten(question.options.map((o) => o.text).join(' ')),
        names: [],
        rank: KIND_RANK.question * 1e6 + i,
      });
    });
  return { docs };
}

function words(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}:_-]+/u)
    .filter((w) => w.length > 0);
}

/** Occurrences of `word` in `text` as a whole word (weight 2) or a word prefix (weight 1). */
function occurrences(text: string, word: string): number {
  let score = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at === -1) return score;
    const before = at === 0 ? ' ' : text[at - 1]!;
    const after = text[at + word.length] ?? ' ';
    const startsWord = !/[\p{L}\p{N}]/u.test(before);
    if (startsWord) score += /[\p{L}\p{N}]/u.test(after) ? 1 : 2;
    from = at + word.length;
  }
}

function snippetOf(body: string, word: string): string {
  const at = body.toLowerCase().indexOf(word);
  if (at === -1) return body.slice(0, 120);
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${body.slice(start, start + 120)}${start + 120 < body.length ? '…' : ''}`;
}

export function searchIndex(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchHit[] {
  const terms = words(query);
  if (terms.length === 0) return [];
  const whole = terms.join(' ');
  const hits: { hit: SearchHit; rank: number }[] = [];
  for (const doc of index.docs) {
    let score = doc.names.includes(whole) ? 100 : 0;
    let all = true;
    for (const word of terms) {
      const inTitle = occurrences(doc.titleText, word);
      const inBody = occurrences(doc.bodyText, word);
      if (inTitle === 0 && inBody === 0 && !doc.names.some((n) => n.includes(word))) {
        all = false;
        break;
      }
      if (inTitle > 0) score += 10 * Math.min(inTitle, 2) + (doc.titleText.startsWith(word) ? 5 : 0);
      score += Math.min(inBody, 5);
    }
    if (!all || score === 0) continue;
    hits.push({
      hit: { target: doc.target, title: doc.title, snippet: snippetOf(doc.body, terms[0]!), score },
      rank: doc.rank,
    });
  }
  hits.sort((a, b) => b.hit.score - a.hit.score || a.rank - b.rank);
  return hits.slice(0, options.limit ?? 20).map((h) => h.hit);
}
