// The reference for keypress latency: the smallest Ink app that redraws a list on every arrow key,
// bundled exactly like the tutor.
import { Text, render, useInput } from 'ink';
import { useState } from 'react';

function Counter() {
  const [index, setIndex] = useState(0);
  useInput((_input, key) => {
    if (key.downArrow) setIndex((i) => (i + 1) % 10);
  });
  return (
    <Text>
      Keys reference{'\n'}
      {Array.from({ length: 10 }, (_, i) => `${i === index ? '›' : ' '} row ${i}`).join('\n')}
    </Text>
  );
}

render(<Counter />);
setTimeout(() => process.exit(0), 60_000);
