/**
 * Scope: the variables a node sees besides state — `$item`/`$index` from ForEach,
 * `let` bindings, template `let`s. A chain of small frames (not merged objects),
 * so entering a loop iteration costs one allocation.
 */
export interface ScopeFrame {
  readonly vars: Readonly<Record<string, unknown>>;
  readonly parent: ScopeFrame | undefined;
}

export const ROOT_SCOPE: ScopeFrame = { vars: {}, parent: undefined };

export function pushScope(parent: ScopeFrame, vars: Readonly<Record<string, unknown>>): ScopeFrame {
  return { vars, parent };
}

/** Find a variable in the chain; `found` distinguishes "bound to undefined" from "absent". */
export function findInScope(scope: ScopeFrame | undefined, name: string): { found: boolean; value: unknown } {
  for (let f = scope; f; f = f.parent) {
    if (Object.hasOwn(f.vars, name)) return { found: true, value: f.vars[name] };
  }
  return { found: false, value: undefined };
}
