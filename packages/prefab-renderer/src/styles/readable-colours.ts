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
