// Text for the ? overlay on the lesson screens. Kept apart from the screens so the registry can
// name it without loading the screens' code at startup.

export const lessonListHelp =
  '✓ finished, ◐ started (with the section reached). "Continue" reopens the lesson you were reading where you left it. Scope: CLF-C02 material, beyond the exam, or mixed.';

export const lessonReaderHelp =
  'Space/PageDown pages on (into the next section at the end), b/PageUp back, g/G top and bottom, ←→ or p/n change section, s lists them. Tab picks a ▸ link or a question; Enter opens or submits. Place, answers and completion are saved as you go.';
