/**
 * Registers every component family. Heavy families (charts, tables, Markdown,
 * code, Mermaid) register lazy views so their code is evaluated only when a view
 * uses them.
 */
import "./layout.js";
import "./typography.js";
import "./data-table/register.js";
import "./form/index.js";
import "./navigation.js";
import "./overlay.js";
import "./display.js";
import "./charts/register.js";
import "./media.js";
import "./content.js";
