#!/usr/bin/env node
// The compiled CLI lives in dist/ (npm run build -w @prefab-ui/dsl).
import { main } from "../dist/cli/main.js";

await main();
