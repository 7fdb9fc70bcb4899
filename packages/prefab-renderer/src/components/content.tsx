/**
 * Content views whose code is split out: Markdown (a compact GFM renderer to React elements) and Code
 * (tokenizer-based highlighting). Their chunks load the first time such a node renders.
 */
import { registerLazyViews } from "../render/registry.js";

registerLazyViews(["Markdown"], () => import("./markdown-view.js"));
registerLazyViews(["Code"], () => import("./code-view.js"));
