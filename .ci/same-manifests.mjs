// Compares the committed Kubernetes manifests with the ones the build generated, as Kubernetes
// reads them: quarkus-kubernetes does not always list a container's ports (or other named items)
// in the same order, so lists whose items all have a name are compared by name, not by position.
// Usage: node same-manifests.mjs committed.yml generated.yml (the committed copy's header lines are
// comments, which the YAML reader skips).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

function normalised(value) {
  if (Array.isArray(value)) {
    const items = value.map(normalised);
    const named = items.length > 0 && items.every((i) => i && typeof i === "object" && "name" in i);
    return named ? items.sort((a, b) => String(a.name).localeCompare(String(b.name))) : items;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, normalised(value[k])]),
    );
  }
  return value;
}

function manifests(file) {
  return parseAllDocuments(readFileSync(file, "utf8"))
    .map((d) => d.toJS())
    .filter((m) => m != null)
    .map(normalised);
}

const [committed, generated] = process.argv.slice(2).map(manifests);
const a = JSON.stringify(committed, null, 1);
const b = JSON.stringify(generated, null, 1);
if (a !== b) {
  console.error("The committed manifests differ from the generated ones:");
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      console.error(`  line ${i + 1}: committed ${left[i]} | generated ${right[i]}`);
    }
  }
  process.exit(1);
}
console.log(`the committed manifests are the generated ones (${committed.length} documents)`);
