// What the export view can write: three formats, and for the two that deploy into one account
// (CloudFormation, Terraform) which account's resources to take.
import { LEARNER_ACCOUNT } from '../constants.js';
import { exportCliScript, exportCloudFormation, exportTerraform } from '../export/index.js';
import type { World } from '../world/types.js';

export interface Exporter {
  label: string;
  /** The CLI script covers every account (each command names its --profile). */
  perAccount: boolean;
  file(account: string, world: World): string;
  render(world: World, account: string): string;
}

const suffix = (account: string, world: World) =>
  account === LEARNER_ACCOUNT ? '' : `-${world.accounts[account]?.label ?? account}`;

export const exporters: Exporter[] = [
  { label: 'AWS CLI script', perAccount: false, file: () => 'iam-tutor-sandbox.sh', render: (w) => exportCliScript(w) },
  {
    label: 'CloudFormation',
    perAccount: true,
    file: (a, w) => `iam-tutor-sandbox${suffix(a, w)}.yaml`,
    render: (w, a) => exportCloudFormation(w, { account: a }),
  },
  {
    label: 'Terraform',
    perAccount: true,
    file: (a, w) => `iam-tutor-sandbox${suffix(a, w)}.tf`,
    render: (w, a) => exportTerraform(w, { account: a }),
  },
];

/** The accounts the learner built something in, the learner's own first (always listed). */
export function accountsWithResources(world: World): string[] {
  const built = Object.values(world.accounts)
    .filter((a) => a.id !== LEARNER_ACCOUNT)
    .filter((a) =>
      [
        a.roles,
        a.policies,
        a.instanceProfiles,
        a.instances,
        a.clusters,
        a.taskDefinitions,
        a.tasks,
        a.functions,
        a.buckets,
        a.tables,
      ].some((set) => Object.keys(set).length > 0),
    )
    .map((a) => a.id);
  return [LEARNER_ACCOUNT, ...built];
}
