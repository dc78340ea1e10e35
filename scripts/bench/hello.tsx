// The reference for startup: the smallest Ink app, bundled exactly like the tutor.
import { Text, render } from 'ink';

render(<Text>Hello reference frame</Text>);
setTimeout(() => process.exit(0), 5000);
