// Kept apart from the screen so the registry can name it without importing the screen's code.
export const workshopHelp =
  'The workshop agenda, in order. ✓ marks a finished step and ▸ the step to do next. ' +
  'Enter opens the selected step; Esc comes back here. Your answers are saved as you go.';
