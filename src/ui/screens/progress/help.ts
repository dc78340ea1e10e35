// Kept apart from the screen so the registry can name it without importing the screen's code.
export const progressHelp =
  'Your progress at a glance. ←/→ or Tab switch tabs, 1-4 jump to one. Overview: d starts the due drill. ' +
  'Scores: mock exams as a chart, practice and drill sessions with their accuracy; e takes a mock exam. Settings: ↑/↓ choose, Enter changes, c clears the exam date.';
