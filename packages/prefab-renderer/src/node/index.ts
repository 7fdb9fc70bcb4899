/** Node entry (`@prefab-ui/renderer/node`): server-side helpers that need no browser. */
export {
  InvalidEnvelopeError,
  rendererHtmlPath,
  renderToStandaloneHtml,
  type StandaloneHtmlOptions,
  scriptSafeJson,
} from "./render-to-standalone-html.js";
