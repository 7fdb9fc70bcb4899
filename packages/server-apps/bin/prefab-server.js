#!/usr/bin/env node
// The compiled server CLI lives in dist/ (npm run build -w @prefab-ui/server-apps).
import { main } from "../dist/cli.js";

const code = await main();
// A running server keeps the event loop alive; only usage errors exit here.
if (code !== 0) process.exit(code);
