// The quiz engine: practice, due drill and mock exam sessions, scoring, review, spaced
// repetition and attempt history. Pure: no I/O, no clock, no Math.random, no Ink.

export * from './attempts.js';
export * from './blueprint.js';
export * from './concepts.js';
export * from './domains.js';
export * from './drill.js';
export * from './exam.js';
export * from './exam-result.js';
export * from './exam-timing.js';
export * from './grading.js';
export * from './persist.js';
export * from './practice.js';
export * from './question-view.js';
export * from './competency-rule.js';
export * from './mistakes.js';
export * from './study-plan.js';
export * from './readiness.js';
export * from './result.js';
export * from './review.js';
export * from './rng.js';
export * from './scoring.js';
export * from './selection.js';
export * from './session-items.js';
export * from './srs.js';
export * from './answer.js';
