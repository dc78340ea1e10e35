// Screen tests render synchronously: load the lazily imported screens before any test runs.
import { preloadScreens } from '../src/ui/screens/registry.js';

await preloadScreens();
