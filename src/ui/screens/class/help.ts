// Kept apart from the screen so the registry can name it without importing the screen's code.
export const classDashboardHelp =
  'Your live class. The grid shows each attendee (rows) against the agenda steps (columns): ' +
  '✓ done, ~ started, · not started; "step N" is where they are and "idle Nm" how long since ' +
  'their last progress. Tab switches to the questions: the share answered right and the wrong ' +
  'answer chosen most. The instructor token is hidden because this screen is often projected and ' +
  'the token reads every answer; t shows it. q ends the class after asking: the server stops and ' +
  'the class report is written (Markdown and CSV). Starting the same pack again resumes the class.';
