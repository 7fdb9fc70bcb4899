/**
 * Content views whose code is split out: Markdown (a compact GFM renderer to React elements) and Code
 * (tokenizer-based highlighting). Their chunks load the first time such a node renders.
 */
import { registerLazyViews } from "../render/registry.js";

// GFM parser and renderer: only Markdown views need it.
registerLazyViews(["Markdown"], () => import("./markdown-view.js"));
// Tokenizer-based highlighting: only Code views (and Markdown code blocks) need it.
registerLazyViews(["Code"], () => import("./code-view.js"));
