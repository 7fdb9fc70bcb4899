#!/usr/bin/env node
// `npm start`: until the playground lands (issue #7) this builds the protocol
// package, validates an example envelope with the real parser and prints it with
// its issues, so a fresh clone shows something real in one command.
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
execSync("npm run build --silent -w @prefab-ui/dsl", { cwd: root, stdio: "inherit" });
const { parseEnvelope, upgradeEnvelope, formatIssue, stripDefaults } = await import("@prefab-ui/dsl");

const file = process.argv[2] ?? join(root, "..", "shared", "prefab-examples", "metric-6.json");
const res = parseEnvelope(readFileSync(file, "utf8"));
console.log(`${file}: ${res.ok ? "valid" : "invalid"} (protocol ${res.version}, ${res.issues.length} issue(s))`);
for (const issue of res.issues) console.log(`  ${formatIssue(issue)}`);
if (res.envelope) {
  const upgraded = upgradeEnvelope(res.envelope);
  console.log(JSON.stringify({ ...upgraded, view: stripDefaults(upgraded.view) }, null, 2));
}
