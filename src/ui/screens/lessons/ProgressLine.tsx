import { truncateText } from '../../text/index.js';
import { Text } from 'ink';
import { theme } from '../../theme.js';

interface ProgressLineProps {
  width: number;
  /** 0-based. */
  section: number;
  sections: number;
  /** How much of the current section has been on screen, 0 to 1. */
  fraction: number;
  note: string;
  /** The note as a screen reader hears it (no ★ or ▸, no column gap). */
  spokenNote: string;
  noteIsAction: boolean;
}

/** "section 3/7 ▓▓▓░░░ 42%": sections before this one count whole, this one by what was shown. */
export function lessonPercent(section: number, sections: number, fraction: number): number {
  if (sections <= 0) return 0;
  return Math.floor((100 * (section + Math.min(1, Math.max(0, fraction)))) / sections);
}

export function ProgressLine({
  width,
  section,
  sections,
  fraction,
  note,
  spokenNote,
  noteIsAction,
}: ProgressLineProps) {
  const percent = lessonPercent(section, sections, fraction);
  const barWidth = Math.min(20, Math.max(6, Math.floor(width / 6)));
  const filled = Math.round((barWidth * percent) / 100);
  const label = `section ${section + 1}/${sections} `;
  const tail = ` ${percent}%`;
  const room = width - label.length - barWidth - tail.length - 2;
  // For a screen reader the bar is a progress bar in words, and the note is whole.
  return (
    <Text
      wrap="truncate-end"
      aria-label={`Lesson progress: section ${section + 1} of ${sections}, ${percent}% read. ${spokenNote}`}
    >
      <Text color={theme.muted}>{label}</Text>
      <Text color={theme.accent}>{'▓'.repeat(filled)}</Text>
      <Text color={theme.muted}>{'░'.repeat(barWidth - filled)}</Text>
      <Text>{tail}</Text>
      {room > 4 ? (
        <Text color={noteIsAction ? theme.accent : theme.muted}>{`  ${truncateText(note, room)}`}</Text>
      ) : null}
    </Text>
  );
}
