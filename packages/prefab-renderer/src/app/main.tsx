/**
 * Entry of `dist/renderer.html`, the MCP App (see mcp-app.tsx). Built by vite.config.ts into one self-contained
 * file; heavy views are embedded as lazy chunks and only parsed when a view needs them.
 */
import "../styles/index.css";
import { version } from "../../package.json";
import { startMcpApp } from "./mcp-app.js";

const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
startMcpApp({ container, version });
