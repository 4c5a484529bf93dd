#!/usr/bin/env node
// Validates rendered Kubernetes manifests offline: every object against the Kubernetes schemas (kubernetes-models),
// then the platform's own policies. One line per check and render, a summary, exit code 1 when anything failed.
//
// Usage: node validate.mjs [--operations FILE] [--chart-operations FILE] NAME=FILE...
//   NAME is the render's profile: "prod" and "kustomize-*" must also hold no literal secret.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

// --- arguments ---------------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
let operationsFile = join(repo, 'sandbox-orchestrator/src/test/resources/kubernetes-api-operations.txt');
let chartOperationsFile = join(repo, 'helm/skills-lab/files/orchestrator-operations.txt');
const renders = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--operations') operationsFile = args[++i];
  else if (args[i] === '--chart-operations') chartOperationsFile = args[++i];
  else if (args[i].includes('=')) {
    const [name, file] = args[i].split(/=(.*)/s);
    renders.push({ name, file });
  } else {
    console.error(`unknown argument: ${args[i]}`);
    process.exit(2);
  }
}
if (renders.length === 0) {
  console.error('usage: node validate.mjs [--operations FILE] NAME=FILE...');
  process.exit(2);
}

// --- reporting -----------------------------------------------------------------------------------------------------
const results = { passed: 0, failed: 0, skipped: 0 };
function check(render, title, problems, note = '') {
  if (problems === null) {
    results.skipped++;
    console.log(`skip  [${render}] ${title}${note ? ` (${note})` : ''}`);
    return;
  }
  if (problems.length === 0) {
    results.passed++;
    console.log(`ok    [${render}] ${title}${note ? ` (${note})` : ''}`);
  } else {
    results.failed++;
    console.log(`FAIL  [${render}] ${title}`);
    for (const p of problems) console.log(`        - ${p}`);
  }
}

// --- the orchestrator's operations ---------------------------------------------------------------------------------
function readOperations(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/).join(' '));
}
const operationsSource = existsSync(operationsFile) ? operationsFile : chartOperationsFile;
const operations = new Set(readOperations(operationsSource));
const operationsNote = `from ${relative(repo, operationsSource)}`;

// --- schema validation ---------------------------------------------------------------------------------------------
const modelCache = new Map();
async function modelFor(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    let model = null;
    try {
      const mod = await import(`kubernetes-models/${apiVersion}/${kind}`);
      model = mod[kind] ?? mod.default ?? null;
    } catch {
      model = null;
    }
    modelCache.set(key, model);
  }
  return modelCache.get(key);
}

// CRDs that kubernetes-models does not ship: checked for their required structure only.
const crdChecks = {
  'monitoring.coreos.com/v1/ServiceMonitor': (o) => {
    const p = [];
    if (!o.spec?.selector) p.push('spec.selector is required');
    if (!Array.isArray(o.spec?.endpoints) || o.spec.endpoints.length === 0) p.push('spec.endpoints must not be empty');
    for (const e of o.spec?.endpoints ?? []) if (!e.port && !e.targetPort) p.push('an endpoint needs port or targetPort');
    return p;
  },
};

async function validateSchema(objects) {
  const problems = [];
  let viaCrdCheck = 0;
  for (const o of objects) {
    const id = `${o.kind}/${o.metadata?.name}`;
    if (!o.apiVersion || !o.kind || !o.metadata?.name) {
      problems.push(`${id}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    const model = await modelFor(o.apiVersion, o.kind);
    if (model) {
      try {
        new model(o).validate();
      } catch (e) {
        problems.push(`${id}: ${(e.message || String(e)).split('\n').slice(0, 4).join(' | ')}`);
      }
    } else if (crdChecks[`${o.apiVersion}/${o.kind}`]) {
      viaCrdCheck++;
      for (const p of crdChecks[`${o.apiVersion}/${o.kind}`](o)) problems.push(`${id}: ${p}`);
    } else {
      problems.push(`${id}: no schema for ${o.apiVersion} ${o.kind}`);
    }
  }
  return { problems, viaCrdCheck };
}

// --- helpers -------------------------------------------------------------------------------------------------------
const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);
const podSpecOf = (d) => d.spec?.template?.spec ?? {};
const envOf = (objects, d) => {
  // The container's environment as the pod sees it: ConfigMaps from envFrom, then env.
  const env = {};
  for (const c of podSpecOf(d).containers ?? []) {
    for (const from of c.envFrom ?? []) {
      const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === from.configMapRef?.name);
      Object.assign(env, cm?.data ?? {});
    }
    for (const e of c.env ?? []) env[e.name] = e.value ?? e.valueFrom;
  }
  return env;
};
const orchestrator = (objects) =>
  byKind(objects, 'Deployment').find((d) => d.metadata.labels?.['app.kubernetes.io/name'] === 'sandbox-orchestrator');
const sandboxBackend = (objects) => {
  const d = orchestrator(objects);
  return d ? envOf(objects, d).SANDBOX_BACKEND ?? 'local' : null;
};

// --- policies ------------------------------------------------------------------------------------------------------
function deploymentsHardened(objects) {
  const problems = [];
  const exempt = [];
  for (const d of byKind(objects, 'Deployment')) {
    const spec = podSpecOf(d);
    const name = d.metadata.name;
    for (const c of spec.containers ?? []) {
      const sc = c.securityContext ?? {};
      const psc = spec.securityContext ?? {};
      if (sc.privileged === true) {
        // The local sandbox backend (one machine, podman) is the one documented exception.
        if (d.metadata.labels?.['app.kubernetes.io/name'] === 'sandbox-orchestrator' && sandboxBackend(objects) === 'local') {
          exempt.push(`${name} (local sandbox backend, privileged)`);
          continue;
        }
        problems.push(`${name}/${c.name}: privileged`);
      }
      if ((sc.runAsNonRoot ?? psc.runAsNonRoot) !== true) problems.push(`${name}/${c.name}: runAsNonRoot is not true`);
      if ((sc.runAsUser ?? psc.runAsUser) !== 185) problems.push(`${name}/${c.name}: runAsUser is not 185`);
      if (sc.allowPrivilegeEscalation !== false) problems.push(`${name}/${c.name}: allowPrivilegeEscalation is not false`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${name}/${c.name}: capabilities do not drop ALL`);
      if ((sc.seccompProfile?.type ?? psc.seccompProfile?.type) !== 'RuntimeDefault')
        problems.push(`${name}/${c.name}: seccomp profile is not RuntimeDefault`);
      if (sc.readOnlyRootFilesystem !== true) problems.push(`${name}/${c.name}: readOnlyRootFilesystem is not true`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
      const vol = tmp && (spec.volumes ?? []).find((v) => v.name === tmp.name);
      if (!vol?.emptyDir) problems.push(`${name}/${c.name}: /tmp is not an emptyDir`);
    }
  }
  return { problems, exempt };
}

function deploymentsProbed(objects) {
  const problems = [];
  for (const d of byKind(objects, 'Deployment')) {
    for (const c of podSpecOf(d).containers ?? []) {
      const where = `${d.metadata.name}/${c.name}`;
      if (c.livenessProbe?.httpGet?.path !== '/q/health/live') problems.push(`${where}: liveness probe is not /q/health/live`);
      if (c.readinessProbe?.httpGet?.path !== '/q/health/ready') problems.push(`${where}: readiness probe is not /q/health/ready`);
      if (!c.startupProbe) problems.push(`${where}: no startup probe`);
    }
  }
  return problems;
}

function deploymentsResourced(objects) {
  const problems = [];
  for (const d of byKind(objects, 'Deployment')) {
    for (const c of podSpecOf(d).containers ?? []) {
      for (const kind of ['requests', 'limits'])
        for (const r of ['cpu', 'memory'])
          if (c.resources?.[kind]?.[r] === undefined) problems.push(`${d.metadata.name}/${c.name}: no ${kind}.${r}`);
    }
  }
  return problems;
}

function tokensOnlyForOrchestrator(objects) {
  const problems = [];
  for (const d of byKind(objects, 'Deployment')) {
    const spec = podSpecOf(d);
    const isOrchestrator = d.metadata.labels?.['app.kubernetes.io/name'] === 'sandbox-orchestrator';
    const wants = isOrchestrator && sandboxBackend(objects) === 'kubernetes';
    if (spec.automountServiceAccountToken !== wants)
      problems.push(`${d.metadata.name}: automountServiceAccountToken is ${spec.automountServiceAccountToken}, expected ${wants}`);
  }
  return problems;
}

function roleMatchesOperations(objects) {
  if (sandboxBackend(objects) !== 'kubernetes') return null;
  const roles = byKind(objects, 'Role').filter((r) => r.metadata.labels?.['app.kubernetes.io/name'] === 'sandbox-orchestrator');
  if (roles.length !== 1) return [`expected one Role of the orchestrator, found ${roles.length}`];
  const role = roles[0];
  const granted = new Set();
  const problems = [];
  for (const rule of role.rules ?? []) {
    if ((rule.resourceNames ?? []).length) problems.push('rules must not be limited by resourceNames');
    for (const res of rule.resources ?? []) {
      const group = res.split('/')[0] === 'networkpolicies' ? 'networking.k8s.io' : '';
      if (!(rule.apiGroups ?? []).includes(group)) problems.push(`${res}: apiGroups ${JSON.stringify(rule.apiGroups)}, expected "${group}"`);
      for (const verb of rule.verbs ?? []) {
        if (verb === '*' || res === '*') problems.push(`wildcard in ${res} ${verb}`);
        granted.add(`${res} ${verb}`);
      }
    }
  }
  for (const op of operations) if (!granted.has(op)) problems.push(`missing: ${op}`);
  for (const op of granted) if (!operations.has(op)) problems.push(`granted but not in the operations list: ${op}`);
  const env = envOf(objects, orchestrator(objects));
  if (role.metadata.namespace !== env.SANDBOX_NAMESPACE)
    problems.push(`Role is in ${role.metadata.namespace}, sandboxes in ${env.SANDBOX_NAMESPACE}`);
  const binding = byKind(objects, 'RoleBinding').find((b) => b.roleRef?.name === role.metadata.name && b.roleRef?.kind === 'Role');
  const sa = podSpecOf(orchestrator(objects)).serviceAccountName;
  if (!binding) problems.push('no RoleBinding for the Role');
  else {
    if (binding.metadata.namespace !== role.metadata.namespace) problems.push('RoleBinding is not in the Role\'s namespace');
    if (!(binding.subjects ?? []).some((s) => s.kind === 'ServiceAccount' && s.name === sa))
      problems.push(`RoleBinding does not bind the orchestrator's ServiceAccount ${sa}`);
  }
  return problems;
}

function sandboxNamespaceGuarded(objects) {
  if (sandboxBackend(objects) !== 'kubernetes') return null;
  const namespace = envOf(objects, orchestrator(objects)).SANDBOX_NAMESPACE;
  const problems = [];
  const ns = byKind(objects, 'Namespace').find((n) => n.metadata.name === namespace);
  if (!ns) problems.push(`no Namespace ${namespace}`);
  else
    for (const mode of ['enforce', 'audit', 'warn'])
      if (ns.metadata.labels?.[`pod-security.kubernetes.io/${mode}`] !== 'restricted')
        problems.push(`${namespace}: pod-security.kubernetes.io/${mode} is not restricted`);
  const denyAll = byKind(objects, 'NetworkPolicy').filter(
    (p) =>
      p.metadata.namespace === namespace &&
      Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
      (p.spec?.policyTypes ?? []).includes('Ingress') &&
      (p.spec?.policyTypes ?? []).includes('Egress') &&
      Array.isArray(p.spec?.egress) &&
      p.spec.egress.length === 0 &&
      (p.spec?.ingress ?? []).length === 0,
  );
  if (denyAll.length === 0) problems.push(`${namespace}: no NetworkPolicy selecting every pod with empty ingress and egress: []`);
  for (const p of byKind(objects, 'NetworkPolicy').filter((p) => p.metadata.namespace === namespace))
    if ((p.spec?.egress ?? []).length > 0) problems.push(`${namespace}: NetworkPolicy ${p.metadata.name} allows egress`);
  if (!byKind(objects, 'ResourceQuota').some((q) => q.metadata.namespace === namespace)) problems.push(`${namespace}: no ResourceQuota`);
  if (!byKind(objects, 'LimitRange').some((q) => q.metadata.namespace === namespace)) problems.push(`${namespace}: no LimitRange`);
  return problems;
}

const SECRETISH = /(PASSWORD|SECRET|API_KEY|ACCESS_KEY|ENCRYPTION_KEY|TOKEN)$/;
/** The switch that lets a service start with the local infrastructure's credentials belongs to one machine only. */
function noLocalSecretsSwitch(objects) {
  const problems = [];
  for (const cm of byKind(objects, 'ConfigMap')) {
    if (cm.data && 'SKILLSLAB_ALLOW_LOCAL_SECRETS' in cm.data) problems.push(`ConfigMap ${cm.metadata.name} sets SKILLSLAB_ALLOW_LOCAL_SECRETS`);
  }
  for (const d of byKind(objects, 'Deployment')) {
    for (const c of podSpecOf(d).containers ?? []) {
      if ((c.env ?? []).some((e) => e.name === 'SKILLSLAB_ALLOW_LOCAL_SECRETS')) {
        problems.push(`Deployment ${d.metadata.name} sets SKILLSLAB_ALLOW_LOCAL_SECRETS`);
      }
    }
  }
  return problems;
}

/** Local webhook URLs (http, loopback and private addresses) would let a business reach a cluster's insides. */
function noLocalWebhookUrls(objects) {
  const problems = [];
  for (const cm of byKind(objects, 'ConfigMap')) {
    if (String(cm.data?.WEBHOOKS_ALLOW_LOCAL_URLS ?? '').toLowerCase() === 'true') {
      problems.push(`ConfigMap ${cm.metadata.name} sets WEBHOOKS_ALLOW_LOCAL_URLS=true`);
    }
  }
  for (const d of byKind(objects, 'Deployment')) {
    for (const c of podSpecOf(d).containers ?? []) {
      if ((c.env ?? []).some((e) => e.name === 'WEBHOOKS_ALLOW_LOCAL_URLS' && String(e.value).toLowerCase() === 'true')) {
        problems.push(`Deployment ${d.metadata.name} sets WEBHOOKS_ALLOW_LOCAL_URLS=true`);
      }
    }
  }
  return problems;
}

function noLiteralSecrets(objects) {
  const problems = [];
  for (const s of byKind(objects, 'Secret')) {
    const keys = [...Object.keys(s.data ?? {}), ...Object.keys(s.stringData ?? {})];
    if (keys.length) problems.push(`Secret ${s.metadata.name} carries literal values: ${keys.join(', ')}`);
  }
  for (const cm of byKind(objects, 'ConfigMap')) {
    for (const [k, v] of Object.entries(cm.data ?? {})) {
      if (SECRETISH.test(k) && v) problems.push(`ConfigMap ${cm.metadata.name}: ${k} is set literally`);
      if (/demo-password|skills-lab-local-service-secret|skillslab-local-secret|-service-test-secret|orchestrator-test-secret/.test(v))
        problems.push(`ConfigMap ${cm.metadata.name}: ${k} contains a development credential`);
      // A realm export may name a secret only as a ${PLACEHOLDER} Keycloak resolves from its environment.
      if (k.endsWith('.json')) {
        for (const m of v.matchAll(/"(secret|password|value)"\s*:\s*"([^"]*)"/g))
          if (m[2] && !/^\$\{[A-Z0-9_]+(:[^}]*)?\}$/.test(m[2])) problems.push(`ConfigMap ${cm.metadata.name}: "${m[1]}" is literal in ${k}`);
      }
    }
  }
  for (const d of byKind(objects, 'Deployment'))
    for (const c of podSpecOf(d).containers ?? [])
      for (const e of c.env ?? [])
        if (SECRETISH.test(e.name) && e.value !== undefined) problems.push(`${d.metadata.name}: env ${e.name} is a literal value`);
  return problems;
}

// The rendered realm (keycloak.realmImport): no client signs users in with their password (the launcher's local realm
// alone keeps that grant, for tests and demos), and passwords follow the sign-up rules Keycloak can check itself.
function realmHardened(objects) {
  const problems = [];
  let realms = 0;
  for (const cm of byKind(objects, 'ConfigMap')) {
    for (const [k, v] of Object.entries(cm.data ?? {})) {
      if (!k.endsWith('-realm.json')) continue;
      realms++;
      const realm = JSON.parse(v);
      for (const c of realm.clients ?? [])
        if (c.directAccessGrantsEnabled) problems.push(`${k}: client ${c.clientId} has the password grant (directAccessGrantsEnabled)`);
      const policy = realm.passwordPolicy ?? '';
      const length = Number(/length\((\d+)\)/.exec(policy)?.[1] ?? 0);
      if (length < 12) problems.push(`${k}: passwordPolicy asks fewer than 12 characters: "${policy}"`);
      for (const rule of ['notUsername', 'notEmail'])
        if (!policy.includes(rule)) problems.push(`${k}: passwordPolicy lacks ${rule}: "${policy}"`);
    }
  }
  return { problems, realms };
}

function noClusterScopedRbac(objects) {
  return objects
    .filter((o) => ['ClusterRole', 'ClusterRoleBinding'].includes(o.kind))
    .map((o) => `${o.kind}/${o.metadata.name}`);
}

function referencesResolve(objects) {
  const problems = [];
  const names = (kind) => new Set(byKind(objects, kind).map((o) => o.metadata.name));
  const configMaps = names('ConfigMap');
  const secrets = byKind(objects, 'Secret');
  for (const d of byKind(objects, 'Deployment')) {
    for (const c of podSpecOf(d).containers ?? []) {
      for (const from of c.envFrom ?? [])
        if (from.configMapRef && !configMaps.has(from.configMapRef.name))
          problems.push(`${d.metadata.name}: ConfigMap ${from.configMapRef.name} is not rendered`);
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        const rendered = ref && secrets.find((s) => s.metadata.name === ref.name);
        // Secrets not rendered here are the operator's existing Secrets.
        if (rendered && !(ref.key in (rendered.data ?? {}))) problems.push(`${d.metadata.name}: key ${ref.key} missing in Secret ${ref.name}`);
      }
    }
    const sa = podSpecOf(d).serviceAccountName;
    if (sa && !names('ServiceAccount').has(sa)) problems.push(`${d.metadata.name}: ServiceAccount ${sa} is not rendered`);
  }
  for (const s of byKind(objects, 'Service')) {
    const sel = s.spec?.selector ?? {};
    const match = byKind(objects, 'Deployment').some((d) =>
      Object.entries(sel).every(([k, v]) => d.spec?.template?.metadata?.labels?.[k] === v),
    );
    if (!match) problems.push(`Service ${s.metadata.name} selects no Deployment's pods`);
  }
  for (const h of byKind(objects, 'HorizontalPodAutoscaler')) {
    const target = h.spec?.scaleTargetRef?.name;
    const d = byKind(objects, 'Deployment').find((x) => x.metadata.name === target);
    if (!d) problems.push(`HPA ${h.metadata.name}: no Deployment ${target}`);
    else if (!['gateway', 'assessment', 'scoring'].includes(d.metadata.labels?.['app.kubernetes.io/component']))
      problems.push(`HPA ${h.metadata.name}: ${target} keeps per-instance state and is not autoscaled`);
  }
  return problems;
}

function networkPoliciesCoverServices(objects) {
  const deployments = byKind(objects, 'Deployment');
  if (deployments.some((d) => podSpecOf(d).hostNetwork)) return null;
  const problems = [];
  const policies = byKind(objects, 'NetworkPolicy');
  for (const d of deployments) {
    const labels = d.spec?.template?.metadata?.labels ?? {};
    const covering = policies.filter(
      (p) =>
        p.metadata.namespace === d.metadata.namespace &&
        Object.entries(p.spec?.podSelector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
        (p.spec?.policyTypes ?? []).includes('Ingress'),
    );
    if (covering.length === 0) problems.push(`${d.metadata.name}: no NetworkPolicy restricts its ingress`);
    const fromIngressController = covering.some((p) =>
      (p.spec?.ingress ?? []).some((r) => (r.from ?? []).some((f) => f.namespaceSelector && !f.podSelector?.matchLabels?.['app.kubernetes.io/part-of'])),
    );
    const component = d.metadata.labels?.['app.kubernetes.io/component'];
    if (component !== 'gateway') {
      for (const p of covering)
        for (const r of p.spec?.ingress ?? [])
          for (const f of r.from ?? [])
            if (f.ipBlock || (f.namespaceSelector && Object.keys(f.namespaceSelector).length === 0))
              problems.push(`${d.metadata.name}: NetworkPolicy ${p.metadata.name} admits traffic from anywhere`);
    } else if (!fromIngressController) {
      problems.push(`${d.metadata.name}: the ingress controller is not admitted`);
    }
  }
  return problems;
}

// --- run -----------------------------------------------------------------------------------------------------------
const started = Date.now();
let objectsTotal = 0;
console.log(`orchestrator operations ${operationsNote}: ${[...operations].join(', ')}`);
if (operationsSource === chartOperationsFile) {
  console.log('        (the orchestrator\'s own kubernetes-api-operations.txt is not there yet: the chart\'s copy stands in)');
} else {
  const chartOps = readOperations(chartOperationsFile);
  check('chart', 'files/orchestrator-operations.txt equals the orchestrator\'s operations list',
    [...new Set([...operations].filter((o) => !chartOps.includes(o)).map((o) => `missing in the chart: ${o}`)
      .concat(chartOps.filter((o) => !operations.has(o)).map((o) => `not in the orchestrator's list: ${o}`)))]);
}
for (const { name, file } of renders) {
  let objects;
  try {
    objects = yaml.loadAll(readFileSync(file, 'utf8')).filter((o) => o && typeof o === 'object');
  } catch (e) {
    check(name, `${relative(repo, file)} parses as YAML`, [String(e.message).split('\n')[0]]);
    continue;
  }
  objectsTotal += objects.length;
  const kinds = {};
  for (const o of objects) kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
  const { problems: schemaProblems, viaCrdCheck } = await validateSchema(objects);
  check(name, `${objects.length} objects valid against the Kubernetes schemas`, schemaProblems,
    Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ') + (viaCrdCheck ? `; ${viaCrdCheck} by structure only` : ''));
  const deploymentCount = byKind(objects, 'Deployment').length;
  check(name, `every Deployment has liveness, readiness and startup probes`, deploymentsProbed(objects), `${deploymentCount} Deployments`);
  check(name, `every Deployment has CPU and memory requests and limits`, deploymentsResourced(objects));
  const { problems: hardening, exempt } = deploymentsHardened(objects);
  check(name, 'every Deployment runs non-root (uid 185), no privilege escalation, drop ALL, seccomp RuntimeDefault, read-only root, /tmp emptyDir',
    hardening, exempt.length ? `exempt: ${exempt.join(', ')}` : '');
  check(name, 'only the orchestrator (kubernetes backend) mounts a service-account token', tokensOnlyForOrchestrator(objects));
  check(name, `the orchestrator's Role grants exactly the operations list`, roleMatchesOperations(objects),
    sandboxBackend(objects) === 'kubernetes' ? `${operations.size} operations` : 'local sandbox backend: no Role');
  check(name, 'the sandbox namespace enforces PSA restricted, denies all traffic (egress: []), has a quota and limits',
    sandboxNamespaceGuarded(objects), sandboxBackend(objects) === 'kubernetes' ? '' : 'local sandbox backend');
  check(name, 'no ClusterRole or ClusterRoleBinding', noClusterScopedRbac(objects));
  const realm = realmHardened(objects);
  check(name, 'the realm gives no client the password grant; passwords: length(12) or more, notUsername, notEmail',
    realm.realms ? realm.problems : null, realm.realms ? '' : 'no realm rendered');
  check(name, 'references resolve (ConfigMaps, Secret keys, ServiceAccount, Service selectors, HPA targets)', referencesResolve(objects));
  check(name, 'every service accepts only its callers (NetworkPolicy), the gateway only the ingress controller',
    networkPoliciesCoverServices(objects), byKind(objects, 'Deployment').some((d) => podSpecOf(d).hostNetwork) ? 'host network' : '');
  if (name === 'prod' || name.startsWith('kustomize-')) {
    check(name, 'no literal secret (Secrets, ConfigMaps, env values, realm export)', noLiteralSecrets(objects));
    check(name, 'the production secrets check is not switched off (SKILLSLAB_ALLOW_LOCAL_SECRETS)', noLocalSecretsSwitch(objects));
    check(name, 'webhooks accept public https URLs only (WEBHOOKS_ALLOW_LOCAL_URLS is not true)', noLocalWebhookUrls(objects));
  }
}

const seconds = ((Date.now() - started) / 1000).toFixed(2);
console.log(
  `\n${results.passed + results.failed} checks: ${results.passed} passed, ${results.failed} failed` +
    (results.skipped ? `, ${results.skipped} not applicable` : '') +
    `; ${objectsTotal} objects in ${renders.length} renders validated in ${seconds} s`,
);
process.exit(results.failed ? 1 : 0);
