// Checks on Action/NotAction names and on whether the actions fit the resources they are paired
// with, against the Service Authorization Reference.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
// (Invalid action, Invalid service in action); Parliament calls the second one RESOURCE_MISMATCH.

import type { Statement } from '../types.js';
import { globMatches, hasGlob, nearest, resourceMayMatch, segmentPlaceholders } from './patterns.js';
import { type Findings, listWords, statementName } from './report.js';
import { type ActionInfo, type ServiceInfo, serviceInfo, servicePrefixes } from './service-data.js';

// The table never changes while the program runs, so expansions and segment sets are cached.
const expansions = new Map<string, ActionInfo[] | undefined>();
const segmentsByService = new WeakMap<ServiceInfo, Set<string>>();

/** The known actions an Action entry stands for: one, every match of a wildcard, or none when unknown. */
export function expandAction(entry: string): ActionInfo[] | undefined {
  const key = entry.toLowerCase();
  if (expansions.has(key)) return expansions.get(key);
  const result = expandUncached(entry);
  if (expansions.size >= 5000) expansions.clear();
  expansions.set(key, result);
  return result;
}

function expandUncached(entry: string): ActionInfo[] | undefined {
  const colon = entry.indexOf(':');
  if (entry === '*' || colon < 0) return undefined;
  const prefix = entry.slice(0, colon);
  if (hasGlob(prefix)) return undefined;
  const service = serviceInfo(prefix);
  if (!service) return [];
  const name = entry.slice(colon + 1);
  if (!hasGlob(name)) {
    const hit = service.actions.get(name.toLowerCase());
    return hit ? [hit] : [];
  }
  return [...service.actions.values()].filter((a) => globMatches(name, a.name.slice(colon + 1), true));
}

function segmentsOf(service: ServiceInfo | undefined): Set<string> {
  if (!service) return new Set();
  let set = segmentsByService.get(service);
  if (!set) {
    set = segmentPlaceholders(service.resourceTypes.flatMap((t) => t.arns));
    segmentsByService.set(service, set);
  }
  return set;
}

function actionNames(service: ServiceInfo): string[] {
  return [...service.actions.values()].map((a) => a.name);
}

export function checkActionNames(s: Statement, findings: Findings): void {
  const element = s.action ? 'Action' : 'NotAction';
  const list = s.action ?? s.notAction ?? [];
  list.forEach((entry, i) => {
    const colon = entry.indexOf(':');
    if (entry === '*' || colon < 0) return; // validation reports a missing service prefix
    const prefix = entry.slice(0, colon);
    const name = entry.slice(colon + 1);
    if (hasGlob(prefix)) return;
    const path = findings.entry(s, element, list, i);
    const service = serviceInfo(prefix);
    if (!service) {
      // Prefer near prefixes whose service has the action ("s3x:GetObject" -> "s3:GetObject").
      const guesses = findings.suggest(() => {
        const near = nearest(prefix, servicePrefixes(), 8);
        const having = near.filter((p) => hasGlob(name) || serviceInfo(p)?.actions.has(name.toLowerCase()));
        return (having.length > 0 ? having : near).slice(0, 3);
      });
      findings.add(
        'unknown-service',
        path,
        `${statementName(s)}: no AWS service has the prefix ${JSON.stringify(prefix)} (in ${JSON.stringify(entry)}).`,
        'IAM saves an action it does not know without a word, and the entry then matches no request: the permission you meant is simply missing.',
        guesses.length > 0
          ? `Did you mean ${listWords(guesses.map((g) => `"${g}:${name}"`))}? Service prefixes are listed in the Service Authorization Reference.`
          : 'Look the service prefix up in the Service Authorization Reference (e.g. "s3", "ec2", "dynamodb").',
      );
      return;
    }
    if (hasGlob(name)) {
      if (expandAction(entry)?.length === 0) {
        // Compare the stem before the first wildcard with the same number of leading characters
        // of each action name: "Gett*" is one letter away from "GetO..." and "GetB...".
        const stem = name.slice(0, name.search(/[*?]/));
        const guesses = findings.suggest(() => {
          const stems = actionNames(service).map((a) => a.slice(colon + 1, colon + 1 + stem.length));
          const lowerStems = stems.map((x) => x.toLowerCase());
          let k = stem.length - 1;
          while (k > 0 && !lowerStems.some((x) => x.startsWith(stem.slice(0, k).toLowerCase()))) k--;
          const longest = k > 0 ? [stem.slice(0, k)] : [];
          return stem === '' ? [] : [...longest, ...nearest(stem, stems, 3)].slice(0, 3);
        });
        findings.add(
          'unknown-action',
          path,
          `${statementName(s)}: the wildcard ${JSON.stringify(entry)} matches no ${service.prefix} action.`,
          'A pattern that matches nothing grants (or denies) nothing; usually the stem before the * is misspelled.',
          guesses.length > 0
            ? `Did you mean ${listWords(guesses.map((g) => `"${service.prefix}:${g}*"`))}?`
            : `Check the spelling against the list of ${service.prefix} actions in the Service Authorization Reference.`,
        );
      }
      return;
    }
    if (service.actions.has(name.toLowerCase())) return;
    const guesses = findings.suggest(() =>
      nearest(
        name,
        actionNames(service).map((a) => a.slice(colon + 1)),
        3,
      ),
    );
    findings.add(
      'unknown-action',
      path,
      `${statementName(s)}: ${service.prefix} has no action ${JSON.stringify(name)} (in ${JSON.stringify(entry)}).`,
      'IAM saves an action it does not know without a word, and the entry then matches no request: the permission you meant is simply missing.',
      guesses.length > 0
        ? `Did you mean ${listWords(guesses.map((g) => `"${service.prefix}:${g}"`))}?`
        : `See the list of ${service.prefix} actions in the Service Authorization Reference.`,
    );
  });
}

/** "arn:${Partition}:s3:::${BucketName}" -> "arn:aws:s3:::${BucketName}", easier to read in a fix. */
function readableArn(template: string): string {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder as AWS writes it
  return template.replace('${Partition}', 'aws');
}

/**
 * An action whose resource types match none of the statement's Resource entries never applies:
 * s3:ListBucket with only "arn:aws:s3:::reports/*" (an object ARN) grants no listing at all.
 * Statements with "*", NotAction or NotResource are skipped, and so are unknown actions (the
 * name check reports those).
 */
export function checkActionResourceFit(s: Statement, findings: Findings): void {
  const actions = s.action;
  const resources = s.resource;
  if (!actions || !resources || resources.length === 0 || resources.some((r) => r === '*')) return;
  const arns = resources.filter((r) => r.startsWith('arn:'));
  if (arns.length !== resources.length) return; // validation reports non-ARN resources
  actions.forEach((entry, i) => {
    const known = expandAction(entry);
    if (!known || known.length === 0) return;
    findings.pairsLeft -= known.length * arns.length;
    if (findings.pairsLeft < 0) return;
    const service = serviceInfo(entry.slice(0, entry.indexOf(':')));
    const segments = segmentsOf(service);
    const fits = known.some((a) =>
      arns.some((arn) => a.resourceTypes.some((t) => t.arns.some((tpl) => resourceMayMatch(arn, tpl, segments)))),
    );
    if (fits) return;
    const path = findings.entry(s, 'Action', actions, i);
    const sample = known[0]!;
    const shown = arns.map((a) => JSON.stringify(a));
    const resourceWord = arns.length === 1 ? `the resource ${shown[0]}` : `any of the resources ${listWords(shown)}`;
    if (known.every((a) => a.resourceTypes.length === 0)) {
      findings.add(
        'action-resource-mismatch',
        path,
        `${statementName(s)}: ${known.length === 1 ? sample.name : `every action ${JSON.stringify(entry)} matches`} works only with "Resource": "*", not with ${resourceWord}.`,
        'Some actions (List and Describe calls that span the account, for one) are not about a single resource; AWS checks them against "*", so a statement that names ARNs never covers them.',
        `Move ${JSON.stringify(entry)} to a statement with "Resource": "*".`,
      );
      return;
    }
    // Types whose ARN has the same empty Region/account fields as the policy's ARN come first
    // ("arn:aws:s3:::reports/*" is answered with the bucket format, not the access point one).
    const shape = (arn: string) => {
      const f = arn.split(':');
      return `${f[3] === '' ? 'r' : 'R'}${f[4] === '' ? 'a' : 'A'}`;
    };
    const wanted = shape(arns[0] ?? '');
    const types = [...new Set(known.length === 1 ? sample.resourceTypes : known.flatMap((a) => a.resourceTypes))].sort(
      (a, b) => Number(shape(b.arns[0] ?? '') === wanted) - Number(shape(a.arns[0] ?? '') === wanted),
    );
    findings.add(
      'action-resource-mismatch',
      path,
      `${statementName(s)}: ${known.length === 1 ? sample.name : `no action ${JSON.stringify(entry)} matches`} never applies to ${resourceWord}; it acts on ${listWords(types.map((t) => t.name))}.`,
      'IAM compares an action with the ARN of the resource the request is about. When no Resource entry can be a resource of the type the action works on, the statement never covers the action, so the permission silently does not exist.',
      `Add a Resource of the right type for ${JSON.stringify(entry)}, e.g. ${listWords(
        types.slice(0, 2).map((t) => `"${readableArn(t.arns[0] ?? '')}" (${t.name})`),
      )}, or move the action to its own statement.`,
    );
  });
}
