import { Box, Text } from 'ink';
import { theme } from '../theme.js';

/** In place of the screens below the minimum size; only q acts here (shellKeys.ts). */
export function TooSmall(props: { columns: number; rows: number; minColumns: number; minRows: number }) {
  return (
    <Box flexDirection="column">
      <Text color={theme.warn}>Terminal too small ({`${props.columns}x${props.rows}`}).</Text>
      <Text>
        iam-tutor needs at least {props.minColumns}x{props.minRows}; 80x24 is best. Enlarge the window, or press q to
        quit.
      </Text>
    </Box>
  );
}
