// Validates Kubernetes manifests against the Kubernetes API's JSON schemas, as compiled into the npm
// package kubernetes-models (MIT), without a cluster or a validator binary. .ci/run installs the
// package into a scratch folder, copies this script there and runs it on deploy/k8s/*.yml.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let problems = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      console.error(`${file}: not YAML: ${document.errors[0].message}`);
      problems++;
      continue;
    }
    const manifest = document.toJS();
    if (manifest == null) {
      continue;
    }
    const { apiVersion, kind } = manifest;
    const name = `${file}: ${kind}/${manifest.metadata?.name}`;
    let model;
    try {
      model = await import(`kubernetes-models/${apiVersion}/${kind}`);
    } catch (e) {
      console.error(`${name}: no schema for ${apiVersion} ${kind}`);
      problems++;
      continue;
    }
    try {
      new model[kind](manifest).validate();
      checked++;
      console.log(`${name}: valid ${apiVersion} ${kind}`);
    } catch (e) {
      console.error(`${name}: ${e.message}`);
      problems++;
    }
  }
}
if (problems > 0 || checked === 0) {
  console.error(`${problems} manifests do not match the Kubernetes schemas`);
  process.exit(1);
}
