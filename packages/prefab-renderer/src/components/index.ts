/**
 * Registers every component family. Heavy families (charts, tables, Markdown,
 * code, Mermaid) and the Radix-based ones (families.tsx, form/index.tsx), Svg and
 * the icon set are lazy: their code is evaluated only when a view uses them.
 */
import "./class-merge.js";
import "./layout.js";
import "./typography.js";
import "./data-table/register.js";
import "./form/index.js";
import "./families.js";
import "./display.js";
import "./charts/register.js";
import "./media.js";
import "./content.js";
