// Measures the question banks for test-taking cues (issue 17): per bank, the share of
// single-answer questions whose correct option is strictly the longest, distractor texts that
// repeat across questions, distractors that restate the same idea in other words, and
// question pairs whose stems and options overlap. Usage: node scripts/content-bias.mjs [quizzes-dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2] ?? new URL('../quizzes/', import.meta.url).pathname;
const lessonsDir = process.argv[3] ?? new URL('../lessons/', import.meta.url).pathname;
const STOP = new Set(
  'a an the and or of to in on for is are be it its that this with by as at from not no can any all only your you their them when which what who'.split(
    ' ',
  ),
);
const norm = (t) => t.replace(/\s+/g, ' ').trim().toLowerCase();
const words = (t) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
const jaccard = (a, b) => {
  let s = 0;
  for (const w of a) if (b.has(w)) s++;
  return s / (a.size + b.size - s || 1);
};

const distractors = [];
const questions = [];
let totalSingle = 0;
let totalLongest = 0;
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const bank = parse(readFileSync(join(dir, name), 'utf8'));
  let single = 0;
  const longest = [];
  for (const q of bank.questions ?? []) {
    questions.push({ file: name, q });
    for (const o of q.options) if (!o.correct) distractors.push({ file: name, id: q.id, text: o.text });
    if (q.type !== 'single') continue;
    single++;
    const key = q.options.find((o) => o.correct);
    const others = q.options.filter((o) => o !== key).map((o) => o.text.length);
    if (key && key.text.length > Math.max(...others)) longest.push(q.id);
  }
  totalSingle += single;
  totalLongest += longest.length;
  const pct = single ? Math.round((100 * longest.length) / single) : 0;
  console.log(
    `${name.padEnd(32)} key longest ${String(longest.length).padStart(2)}/${String(single).padStart(2)} = ${pct}%`,
  );
  if (process.env.VERBOSE) console.log(`    ${longest.join(' ')}`);
}
// Lesson checks (```check blocks) count in the curriculum-wide figure the review quoted.
let checkSingle = 0;
let checkLongest = 0;
for (const name of readdirSync(lessonsDir).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(lessonsDir, name), 'utf8');
  for (const m of text.matchAll(/```check\n([\s\S]*?)\n```/g)) {
    const q = parse(m[1]);
    questions.push({ file: name, q });
    for (const o of q.options) if (!o.correct) distractors.push({ file: name, id: q.id, text: o.text });
    if (q.type !== 'single') continue;
    checkSingle++;
    const key = q.options.find((o) => o.correct);
    if (key.text.length > Math.max(...q.options.filter((o) => o !== key).map((o) => o.text.length))) checkLongest++;
  }
}
console.log(
  `${'lesson checks'.padEnd(32)} key longest ${String(checkLongest).padStart(2)}/${String(checkSingle).padStart(2)}`,
);
console.log(
  `${'banks + checks'.padEnd(32)} key longest ${totalLongest + checkLongest}/${totalSingle + checkSingle} = ${Math.round(
    (100 * (totalLongest + checkLongest)) / (totalSingle + checkSingle),
  )}%`,
);
console.log(
  `${'all banks'.padEnd(32)} key longest ${totalLongest}/${totalSingle} = ${Math.round((100 * totalLongest) / totalSingle)}%`,
);

// Exact repeats (normalised text) across questions.
const byText = new Map();
for (const d of distractors) {
  const k = norm(d.text);
  if (!byText.has(k)) byText.set(k, new Set());
  byText.get(k).add(d.id);
}
const exact = [...byText].filter(([, ids]) => ids.size > 2);
console.log(`\ndistractor texts in more than two questions: ${exact.length}`);
for (const [t, ids] of exact) console.log(`  ${ids.size}x "${t}" (${[...ids].join(', ')})`);

// Near-repeats: distractors of different questions whose word sets overlap heavily.
const T = Number(process.env.DISTRACTOR_SIM ?? 0.5);
const ws = distractors.map((d) => ({ ...d, w: words(d.text) }));
const groups = [];
const seen = new Set();
for (let i = 0; i < ws.length; i++) {
  if (seen.has(i)) continue;
  const group = [i];
  for (let j = i + 1; j < ws.length; j++)
    if (!seen.has(j) && ws[j].id !== ws[i].id && ws[i].w.size >= 3 && jaccard(ws[i].w, ws[j].w) >= T) group.push(j);
  const ids = new Set(group.map((g) => ws[g].id));
  if (ids.size > 2) {
    for (const g of group) seen.add(g);
    groups.push(group);
  }
}
console.log(`\nnear-repeated distractor ideas (word overlap >= ${T}) in more than two questions: ${groups.length}`);
for (const g of groups) console.log(`  ${g.map((k) => `${ws[k].id}: "${ws[k].text}"`).join('\n    ')}`);

// Keyword strawmen named in the issue.
for (const re of [/24 hours/i, /(root|team|shared).{0,20}password|password.{0,20}(root|team)/i]) {
  const hits = distractors.filter((d) => re.test(d.text));
  console.log(`\ndistractors matching ${re}: ${hits.length} in ${new Set(hits.map((h) => h.id)).size} questions`);
  for (const h of hits) console.log(`  ${h.id}: ${h.text}`);
}

// Question pairs that overlap: stems alone, or stems plus all options.
const QT = Number(process.env.QUESTION_SIM ?? 0.35);
const qs = questions.map(({ q }) => ({
  id: q.id,
  stem: words(q.stem),
  all: words([q.stem, ...q.options.map((o) => o.text)].join(' ')),
}));
const pairs = [];
for (let i = 0; i < qs.length; i++)
  for (let j = i + 1; j < qs.length; j++) {
    const s = Math.max(jaccard(qs[i].stem, qs[j].stem), jaccard(qs[i].all, qs[j].all));
    if (s >= QT) pairs.push([qs[i].id, qs[j].id, s]);
  }
pairs.sort((a, b) => b[2] - a[2]);
console.log(`\nquestion pairs with stem or stem+options overlap >= ${QT}: ${pairs.length}`);
for (const [a, b, s] of pairs) console.log(`  ${a} ~ ${b} ${Math.round(s * 100)}%`);
