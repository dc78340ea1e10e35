// `iam-tutor validate PACK` checks workshop.yaml too. The content module's validate command
// offers an extension point (ValidateDirHandler.check); this fills it for workshop packs.
// Installed by the CLI before it validates, so the content module never imports this one.
import { join } from 'node:path';
import { workshopPackHandler } from '../content/validate-command.js';
import { checkWorkshopFile, WORKSHOP_FILE } from './load-pack.js';

export function installWorkshopValidation(): void {
  workshopPackHandler.check = (dir, content) => checkWorkshopFile(join(dir, WORKSHOP_FILE), content).problems;
}
