// Text for the ? overlay on search, the glossary and bookmarks; apart from the screens so the
// registry can name it without loading their code at startup.

export const searchHelp =
  'Type words to find: every word must match. Glossary terms rank first, then lesson sections, then questions. ↑↓ choose, Enter opens the lesson at that section, the question or the glossary entry; ←→ move in the query, Backspace erases, Ctrl+U erases to its start; Esc goes back.';

export const glossaryHelp =
  'Terms used in the lessons, each with the AWS documentation page behind it (a link where the terminal supports them). ↑↓ choose a term; its definition is shown under the list. Opened with w from a lesson, the list holds the terms of that section in the order it uses them; Enter shows the chosen one among all the terms, and Esc from there returns to the lesson where you were.';

export const bookmarksHelp =
  'Sections and questions you marked with b in the lesson reader or after answering a question. Enter opens one, d removes it.';
