// Exports of a sandbox world: what was built, as an AWS CLI script, a CloudFormation template or a
// Terraform configuration.

export { exportCliScript } from './cli-script.js';
export { type CloudFormationOptions, exportCloudFormation } from './cloudformation.js';
export { exportTerraform, type TerraformOptions } from './terraform.js';
export { type ChosenWorld, savedWorldOf, type WorldSource, worldToExport } from './choose-world.js';
