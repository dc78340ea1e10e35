// Text for the ? overlay on the quiz screens.

export const quizHelp =
  'Choose, then confirm: press the number or letter (or ↑↓ and Space) to choose, Enter to answer; with nothing chosen, Enter answers the option under the cursor. Multiple response: each number/letter or Space toggles, and it must be exactly the number the question asks for. After each answer every option is explained; while the explanation of your choice or of the right answer is below, Enter scrolls first. s skips a question; Esc ends the session and shows your score. Answers are saved as you go.';

export const examHelp =
  'Choose with the number or letter (f is flag, so option F is 6 or the cursor), Enter confirms and moves on. No feedback until you submit; unanswered questions count as wrong. →/n next, ←/p previous, f flag, x clear an answer, r review grid (Enter jumps, S submits). The clock runs while the exam is open; q or Esc asks before leaving, and the exam resumes with the time that was left.';
