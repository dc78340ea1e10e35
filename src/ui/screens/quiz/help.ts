// Text for the ? overlay on the quiz screens.

export const quizHelp =
  'Single answer: ↑↓ then Enter, or press the number or letter. Multiple response: Space (or the number/letter) toggles, Enter submits; it must be exactly the number the question asks for. After each answer every option is explained. s skips a question; Esc ends the session and shows your score. Answers are saved as you go.';

export const examHelp =
  'No feedback until you submit; unanswered questions count as wrong. →/n next, ←/p previous, f flag, x clear an answer, r review grid (Enter jumps, S submits). The clock runs while the exam is open; q or Esc asks before leaving, and the exam resumes with the time that was left.';
