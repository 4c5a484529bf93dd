#!/usr/bin/env python3
"""Adapts rendered Kubernetes YAML (stdin) for `podman kube play` 4.3 (stdout), changing as little as possible.

  kube-play-manifest.py NAMESPACE   < rendered-chart.yaml   -> the six service Deployments + their ConfigMaps
  kube-play-manifest.py --sandbox   < sandbox-pod.yaml      -> the sandbox Pod

What podman 4.3 cannot take is rewritten; everything else passes through untouched:
  - Secrets: kube play turns a Secret into a podman secret that `secretKeyRef`/`secretRef` then cannot read
    ("secret ... is not valid JSON"), so their values are inlined as plain `env` values, and the Secret documents are
    dropped (nothing is stored in podman);
  - `fieldRef: metadata.namespace` is refused ("fieldPath ... not supported"): the namespace is put in as a value;
  - a host-network pod's container ports are dropped: podman 4.3 publishes every containerPort and refuses port
    mappings on the host network ("PortMappings can only be used with Bridge or slirp4netns networking"); on the host
    network they mean nothing anyway. Probes naming such a port get its number;
  - every pod gets the label skillslab.dev/smoke=images, by which the smoke test finds its pods and containers.
ConfigMaps (envFrom, configMapKeyRef, volumes) work as they are and are kept. Other kinds (Services, RBAC, PDBs, HPAs,
NetworkPolicies, Ingress) mean nothing to podman and are left out. Probes stay: without systemd podman cannot run
healthchecks, logs that and ignores them; readiness is polled by the smoke test itself.
"""
import base64
import sys

import yaml

SERVICES = {
    "gateway-service",
    "task-service",
    "assessment-service",
    "sandbox-orchestrator",
    "scoring-service",
    "notification-service",
}
SMOKE_LABEL = ("skillslab.dev/smoke", "images")


def image_module(image):
    """localhost/skillslab/task-service:1.0.0-SNAPSHOT -> task-service"""
    return image.rsplit("/", 1)[-1].split("@")[0].split(":")[0]


def secret_values(secret):
    values = {k: base64.b64decode(v).decode() for k, v in (secret.get("data") or {}).items()}
    values.update(secret.get("stringData") or {})
    return values


def inline(pod_spec, secrets, namespace):
    volumes = pod_spec.get("volumes") or []
    for volume in volumes:
        if "secret" in volume:
            sys.exit(f"volume {volume['name']} mounts a Secret, which podman kube play 4.3 cannot: not supported here")
    for container in (pod_spec.get("initContainers") or []) + pod_spec["containers"]:
        env = []
        from_secrets = []
        for source in container.get("envFrom") or []:
            if "secretRef" in source:
                name = source["secretRef"]["name"]
                if name not in secrets:
                    if source["secretRef"].get("optional"):
                        continue
                    sys.exit(f"Secret {name} is not in the rendered manifest")
                prefix = source.get("prefix", "")
                from_secrets += [{"name": prefix + k, "value": v} for k, v in sorted(secrets[name].items())]
        container_env_from = [s for s in container.get("envFrom") or [] if "secretRef" not in s]
        if container_env_from:
            container["envFrom"] = container_env_from
        else:
            container.pop("envFrom", None)
        # Explicit env wins over envFrom, as in Kubernetes: the inlined secret values go first.
        explicit = {e["name"] for e in container.get("env") or []}
        env += [e for e in from_secrets if e["name"] not in explicit]
        for entry in container.get("env") or []:
            source = entry.get("valueFrom") or {}
            if "secretKeyRef" in source:
                ref = source["secretKeyRef"]
                value = secrets.get(ref["name"], {}).get(ref["key"])
                if value is None:
                    if ref.get("optional"):
                        continue
                    sys.exit(f"env {entry['name']}: key {ref['key']} of Secret {ref['name']} is not in the manifest")
                entry = {"name": entry["name"], "value": value}
            elif source.get("fieldRef", {}).get("fieldPath") == "metadata.namespace":
                entry = {"name": entry["name"], "value": namespace}
            env.append(entry)
        if env:
            container["env"] = env


def drop_host_network_ports(pod_spec):
    if not pod_spec.get("hostNetwork"):
        return
    for container in (pod_spec.get("initContainers") or []) + pod_spec["containers"]:
        named = {p["name"]: p["containerPort"] for p in container.pop("ports", None) or [] if "name" in p}
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            for action in ("httpGet", "tcpSocket"):
                target = (container.get(probe) or {}).get(action)
                if target and isinstance(target.get("port"), str):
                    if target["port"] not in named:
                        sys.exit(f"{probe} of {container['name']} names an unknown port {target['port']}")
                    target["port"] = named[target["port"]]


def label(metadata):
    metadata.setdefault("labels", {})[SMOKE_LABEL[0]] = SMOKE_LABEL[1]


def services(docs, namespace):
    docs = [d for d in docs if d]
    secrets = {d["metadata"]["name"]: secret_values(d) for d in docs if d["kind"] == "Secret"}
    config_maps = {d["metadata"]["name"]: d for d in docs if d["kind"] == "ConfigMap"}
    selected, used_maps, found = [], set(), set()
    for doc in docs:
        if doc["kind"] != "Deployment":
            continue
        spec = doc["spec"]["template"]["spec"]
        modules = {image_module(c["image"]) for c in spec["containers"]} & SERVICES
        if not modules:
            continue
        found |= modules
        for container in (spec.get("initContainers") or []) + spec["containers"]:
            for source in container.get("envFrom") or []:
                if "configMapRef" in source:
                    used_maps.add(source["configMapRef"]["name"])
            for entry in container.get("env") or []:
                ref = (entry.get("valueFrom") or {}).get("configMapKeyRef")
                if ref:
                    used_maps.add(ref["name"])
        for volume in spec.get("volumes") or []:
            if "configMap" in volume:
                used_maps.add(volume["configMap"]["name"])
        inline(spec, secrets, namespace)
        drop_host_network_ports(spec)
        label(doc["spec"]["template"]["metadata"])
        selected.append(doc)
    missing = SERVICES - found
    if missing:
        sys.exit(f"no Deployment for {', '.join(sorted(missing))} in the rendered chart")
    unknown = used_maps - config_maps.keys()
    if unknown:
        sys.exit(f"ConfigMaps {', '.join(sorted(unknown))} are referenced but not rendered")
    return [config_maps[name] for name in sorted(used_maps)] + selected


def sandbox(docs):
    pods = [d for d in docs if d and d["kind"] == "Pod"]
    if len(pods) != 1:
        sys.exit("expected exactly one Pod")
    label(pods[0]["metadata"])
    return pods


def main():
    docs = list(yaml.safe_load_all(sys.stdin))
    if sys.argv[1:] == ["--sandbox"]:
        out = sandbox(docs)
    elif len(sys.argv) == 2:
        out = services(docs, sys.argv[1])
    else:
        sys.exit(__doc__)
    yaml.safe_dump_all(out, sys.stdout, sort_keys=False)


if __name__ == "__main__":
    main()
