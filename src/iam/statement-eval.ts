// Decides whether one compiled statement applies to a request, and records why in plain English.

import type { CompiledPolicy, CompiledStatement, PatternList } from './compile.js';
import { evaluateClause } from './conditions.js';
import { matchPrincipal, notPrincipalExcludes, type PrincipalMatch } from './principal.js';
import { type NormalizedRequest, variableLookup } from './request-context.js';
import type { Layer, StatementCheck, TraceEntry } from './types.js';
import { compileWithVariables } from './variables.js';

export interface StatementOutcome {
  entry: TraceEntry;
  /** For resource-based policies: how the Principal element named the caller. */
  principalMatch?: PrincipalMatch;
}

function findAction(actions: PatternList, actionLower: string): string | undefined {
  if (actions.all) return '*';
  const exact = actions.exact.get(actionLower);
  if (exact !== undefined) return exact;
  const known = actions.memo.get(actionLower);
  if (known !== undefined) return known ?? undefined;
  let found: string | null = null;
  for (const w of actions.wild) {
    if (w.match(actionLower)) {
      found = w.pattern;
      break;
    }
  }
  if (actions.memo.size >= 256) actions.memo.clear();
  actions.memo.set(actionLower, found);
  return found ?? undefined;
}

function findResource(resources: PatternList, req: NormalizedRequest, variablesEnabled: boolean): string | undefined {
  if (resources.all) return '*';
  for (const w of resources.wild) if (w.match(req.resource)) return w.pattern;
  if (variablesEnabled && resources.withVariables.length > 0) {
    const lookup = variableLookup(req);
    for (const p of resources.withVariables) {
      if (compileWithVariables(p, lookup, false)?.(req.resource)) return p;
    }
  }
  return undefined;
}

function actionCheck(cs: CompiledStatement, req: NormalizedRequest): StatementCheck {
  const actions = cs.actions;
  const element = cs.actionsNegated ? 'NotAction' : 'Action';
  if (!actions)
    return { element: 'Action', ok: false, detail: 'the statement has no Action or NotAction, so it covers no action' };
  const hit = findAction(actions, req.actionLower);
  const how = hit === undefined ? '' : hit.includes('*') || hit.includes('?') ? ' by wildcard' : '';
  if (!cs.actionsNegated) {
    return hit !== undefined
      ? { element: 'Action', ok: true, detail: `action ${req.action} matched ${JSON.stringify(hit)}${how}` }
      : { element: 'Action', ok: false, detail: `action ${req.action} is not in Action ${actions.shown}` };
  }
  return hit !== undefined
    ? {
        element: 'Action',
        ok: false,
        detail: `action ${req.action} is excluded by ${element} ${JSON.stringify(hit)}${how}`,
      }
    : {
        element: 'Action',
        ok: true,
        detail: `action ${req.action} is not listed in NotAction ${actions.shown}, so the statement covers it`,
      };
}

function resourceCheck(
  cs: CompiledStatement,
  req: NormalizedRequest,
  variablesEnabled: boolean,
  layer: Layer,
): StatementCheck {
  const resources = cs.resources;
  if (!resources) {
    // Role trust policies (and some resource policies) leave Resource out: the resource is the one the policy is attached to.
    // An RCP is attached to an account or OU, not a resource, so it always names its resources.
    if (layer === 'resource')
      return {
        element: 'Resource',
        ok: true,
        detail: 'no Resource element: the statement covers the resource the policy is attached to',
      };
    return {
      element: 'Resource',
      ok: false,
      detail: 'the statement has no Resource or NotResource, so it covers no resource',
    };
  }
  const hit = findResource(resources, req, variablesEnabled);
  const how =
    hit === undefined
      ? ''
      : hit.includes('${')
        ? ' after substituting policy variables'
        : /[*?]/.test(hit)
          ? ' by wildcard'
          : '';
  if (!cs.resourcesNegated) {
    return hit !== undefined
      ? { element: 'Resource', ok: true, detail: `resource ${req.resource} matched ${JSON.stringify(hit)}${how}` }
      : {
          element: 'Resource',
          ok: false,
          detail: `resource ${req.resource} is not in Resource ${resources.shown} (ARNs are case-sensitive)`,
        };
  }
  return hit !== undefined
    ? {
        element: 'Resource',
        ok: false,
        detail: `resource ${req.resource} is excluded by NotResource ${JSON.stringify(hit)}${how}`,
      }
    : {
        element: 'Resource',
        ok: true,
        detail: `resource ${req.resource} is not listed in NotResource, so the statement covers it`,
      };
}

function principalCheck(
  cs: CompiledStatement,
  req: NormalizedRequest,
): { check: StatementCheck; match: PrincipalMatch } {
  const spec = cs.principal;
  const who = req.principal.arn || 'an anonymous caller';
  if (!spec)
    return {
      check: { element: 'Principal', ok: false, detail: 'a resource-based statement without Principal names nobody' },
      match: { kind: 'none' },
    };
  const match = matchPrincipal(spec, req.principal);
  const named = match.kind !== 'none';
  if (!cs.principalNegated) {
    const detail = named
      ? match.kind === 'account'
        ? `caller ${who} is in account ${req.principal.account}, named by ${JSON.stringify(match.via)}`
        : `caller ${who} is named by ${JSON.stringify(match.via)}`
      : `caller ${who} is not named in Principal`;
    return { check: { element: 'Principal', ok: named, detail }, match };
  }
  if (
    cs.statement.effect === 'Deny' &&
    req.hasBoundary &&
    req.principal.type !== 'service' &&
    req.principal.type !== 'anonymous'
  ) {
    // AWS documents that a Deny with NotPrincipal always denies principals that have a permissions boundary.
    return {
      check: {
        element: 'Principal',
        ok: true,
        detail: `caller ${who} has a permissions boundary, and a Deny with NotPrincipal always applies to such principals`,
      },
      match: { kind: 'any', via: 'NotPrincipal' },
    };
  }
  if (cs.statement.effect === 'Allow') {
    // Allow + NotPrincipal "allows all principals except the one named in the NotPrincipal
    // element": naming any identity of the caller (its ARN, its role, its account) leaves it out.
    // The every-identity rule below is the Deny rule: there an exclusion has to be complete.
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html)
    return named
      ? {
          check: {
            element: 'Principal',
            ok: false,
            detail: `caller ${who} is excluded: an Allow with NotPrincipal covers everyone except what it lists, and it lists ${JSON.stringify(match.via)}`,
          },
          match: { kind: 'none' },
        }
      : {
          check: {
            element: 'Principal',
            ok: true,
            detail: `caller ${who} is not listed in NotPrincipal, so the Allow covers it`,
          },
          match: { kind: 'any', via: 'NotPrincipal' },
        };
  }
  const exclusion = notPrincipalExcludes(spec, req.principal);
  return exclusion.excluded
    ? {
        check: {
          element: 'Principal',
          ok: false,
          detail: `caller ${who} is excluded by NotPrincipal (every identity it is checked as is listed)`,
        },
        match: { kind: 'none' },
      }
    : {
        check: {
          element: 'Principal',
          ok: true,
          detail: `caller ${who} is not excluded by NotPrincipal${named ? ` (${exclusion.missing} is not listed)` : ''}, so the statement covers it`,
        },
        match: { kind: 'any', via: 'NotPrincipal' },
      };
}

export function evaluateStatement(
  cs: CompiledStatement,
  compiled: CompiledPolicy,
  req: NormalizedRequest,
  layer: Layer,
  policyIndex: number,
): StatementOutcome {
  // Fast path: the same action missed this statement last time, and the answer cannot differ.
  const miss = cs.actionMiss;
  // Resource-side layers check the principal first, so their misses are not by action alone.
  const resourceSide = layer === 'resource' || layer === 'rcp';
  if (!resourceSide && miss && miss.action === req.action && miss.layer === layer && miss.policyIndex === policyIndex) {
    return { entry: miss.entry };
  }
  const checks: StatementCheck[] = [];
  let principalMatch: PrincipalMatch | undefined;
  let matched = true;

  if (resourceSide) {
    const p = principalCheck(cs, req);
    checks.push(p.check);
    principalMatch = p.match;
    matched = p.check.ok;
  }
  if (matched) {
    const a = actionCheck(cs, req);
    checks.push(a);
    matched = a.ok;
  }
  if (matched) {
    const r = resourceCheck(cs, req, compiled.variablesEnabled, layer);
    checks.push(r);
    matched = r.ok;
  }
  if (matched && cs.conditions.length > 0) {
    const lookup = compiled.variablesEnabled ? variableLookup(req) : undefined;
    for (const clause of cs.conditions) {
      const c = evaluateClause(clause, req, lookup);
      checks.push({ element: 'Condition', ok: c.ok, detail: c.detail });
      if (!c.ok) {
        matched = false;
        break;
      }
    }
  }

  let reason: string;
  if (matched) {
    reason = `${cs.label} applies: ${checks.map((c) => c.detail).join('; ')}`;
  } else {
    // The failing check is always the last one: checks stop at the first element that does not apply.
    reason = `${cs.label} does not apply: ${checks[checks.length - 1]?.detail ?? 'it matches nothing'}`;
  }
  const entry: TraceEntry = {
    kind: 'statement',
    layer,
    policyIndex,
    statementIndex: cs.statement.index,
    effect: cs.statement.effect,
    matched,
    checks,
    reason,
  };
  if (cs.statement.sid !== undefined) entry.sid = cs.statement.sid;
  if (cs.position) {
    entry.line = cs.position.line;
    entry.column = cs.position.column;
  }
  if (!resourceSide && !matched && checks.length === 1 && checks[0]?.element === 'Action') {
    Object.freeze(checks[0]);
    Object.freeze(checks);
    cs.actionMiss = { action: req.action, layer, policyIndex, entry: Object.freeze(entry) };
  }
  const outcome: StatementOutcome = { entry };
  if (principalMatch && matched) outcome.principalMatch = principalMatch;
  return outcome;
}
