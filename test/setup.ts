// ink-testing-library: with CI=true Ink renders only the final frame, which empties lastFrame()
// after unmount. Colour is pinned off so assertions see plain text.
delete process.env.CI;
process.env.FORCE_COLOR = '0';
