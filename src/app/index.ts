// The application layer: what the screens ask of the core and the progress store, in plain
// TypeScript (no React, no Ink), so one rule lives in one place and is tested without a terminal.
export * from './quizClient.js';
export * from './sandboxController.js';
export * from './continueLesson.js';
export * from './summary.js';
export * from './progressPorts.js';
export * from './progressClient.js';
