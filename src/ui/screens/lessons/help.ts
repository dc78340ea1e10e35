// Text for the ? overlay on the lesson screens. Kept apart from the screens so the registry can
// name it without loading the screens' code at startup.

export const lessonListHelp =
  '✓ finished, ◐ started (3/9: at section 3 of 9), 13m: about 13 minutes. "Continue" reopens the lesson you were reading where you left it. Scope: CLF-C02 material, beyond the exam, or mixed; on a narrow terminal the details move to the line under the list. w opens the glossary, m your bookmarks, / searches everything.';

export const lessonReaderHelp =
  "Space/PageDown pages on (into the next section at the end), PageUp back, g/G top and bottom, ←→ or p/n change section, s lists them. Tab picks a ▸ link (shown in [brackets]) or a question; Enter opens or submits. At the end, Enter opens the next lesson and t the lesson's sandbox scenario. b bookmarks the section (Bookmarks on Home lists them); glossary terms are underlined where the section first uses them (without colour, followed by †), and w lists them with their definitions. Place, answers and completion are saved as you go.";
