// Values that differ in a real account, found in an exported world and replaced by what the
// format offers: CloudFormation pseudo parameters and parameters (AWS::AccountId, AWS::Region),
// Terraform data sources and variables (aws_caller_identity, aws_region). Each export decides what
// stands for each literal; this module finds the literals and rewrites strings.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
// https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/caller_identity

import type { Account, World } from '../world/types.js';
import { Commented, Tagged, type YamlValue } from './yaml-emitter.js';

/** A literal in the world and the expression (without ${ }) that stands for it. */
export type Substitution = readonly [literal: string, expression: string];

/** Another account, named by its label: `PartnerAccountId` (CloudFormation) or `partner_account_id` (Terraform). */
export function otherAccounts(world: World, exported: Account): Account[] {
  return Object.values(world.accounts).filter((a) => a.id !== exported.id);
}

export function mentions(value: unknown, literal: string): boolean {
  return JSON.stringify(value)?.includes(literal) ?? false;
}

/**
 * A CloudFormation value with every string that names a literal turned into !Sub: the literal
 * becomes ${Expression}, and any ${...} already there (an IAM policy variable such as
 * ${aws:username}) is written ${!...} so that Fn::Sub leaves it alone.
 */
export function subCloudFormation(value: YamlValue, subs: readonly Substitution[]): YamlValue {
  if (typeof value === 'string') {
    const found = subs.filter(([literal]) => value.includes(literal));
    if (found.length === 0) return value;
    let text = value.replace(/\$\{/g, '${!');
    for (const [literal, expression] of found) text = text.split(literal).join(`\${${expression}}`);
    return new Tagged('!Sub', text);
  }
  if (value === null || typeof value !== 'object' || value instanceof Tagged) return value;
  if (value instanceof Commented) return new Commented(value.comment, subCloudFormation(value.value, subs));
  if (Array.isArray(value)) return value.map((v) => subCloudFormation(v, subs));
  const out: { [key: string]: YamlValue | undefined } = {};
  for (const [k, v] of Object.entries(value)) out[k] = v === undefined ? undefined : subCloudFormation(v, subs);
  return out;
}

/**
 * Terraform text with each literal inside its quoted strings replaced by an interpolation
 * ${expression}; comment lines stay as they are. The rendered strings have every ${ of their own
 * escaped as $${, so only these interpolations are live.
 */
export function subTerraform(text: string, subs: readonly Substitution[]): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.trimStart().startsWith('#')) return line;
      let out = line;
      for (const [literal, expression] of subs) out = out.split(literal).join(`\${${expression}}`);
      return out;
    })
    .join('\n');
}
