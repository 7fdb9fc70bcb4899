/**
 * The development JSX runtime (`"jsx": "react-jsxdev"`, and what Vite/esbuild use in dev
 * mode). Source locations are dropped: nodes are plain JSON and carry nothing else.
 */
import { type ElementType, Fragment, type JSX, type JsxProps, jsx } from "./jsx-runtime.js";

export function jsxDEV(type: ElementType, props: JsxProps, key?: string | number): JSX.Element {
  return jsx(type, props, key);
}

export { Fragment, type JSX };
