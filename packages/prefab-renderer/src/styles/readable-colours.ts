/**
 * Eager entry point of readable author colours (author-colours.ts). The checker only matters for views with author
 * classes, so it ships in the "$cssClass" lazy chunk (author-classes.ts), which hosts preload before rendering any
 * envelope with a `cssClass` (components/class-merge.ts); until it has run, props pass through unchanged.
 */
type ReadableColours = <P extends Record<string, unknown>>(node: object, type: string, props: P) => P;

let impl: ReadableColours | undefined;

/** `props` with readable author colours once the checker is installed (see author-colours.ts). */
export function withReadableColours<P extends Record<string, unknown>>(
  node: object,
  type: string,
  props: P,
): P {
  return impl ? impl(node, type, props) : props;
}

export function installReadableColours(fn: ReadableColours): void {
  impl = fn;
}

let ensure: ((classes: string | undefined) => void) | undefined;

/**
 * Queue author classes for the lazy class compiler (jit/ensure-classes.ts, also in the "$cssClass" chunk). Every
 * envelope with a `cssClass` preloads that chunk, so a class seen before it has run can only come from a view
 * rendered without the preload; such classes are compiled when the next render sees them.
 */
export function ensureClasses(classes: string | undefined): void {
  ensure?.(classes);
}

export function installEnsureClasses(fn: (classes: string | undefined) => void): void {
  ensure = fn;
}
