// Kept only for src/ui/screens/sandbox/SandboxHome.tsx, which another change is rebuilding; it
// should import widgets/list directly and this file go. The list it draws now has the
// "more above/below" markers too.
export { type ListItem as MenuItem, ListView as Menu } from '../widgets/list/index.js';
