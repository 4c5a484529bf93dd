#!/usr/bin/env bash
# Smoke test of the container images, as real pods with `podman kube play`:
#   1. renders the Helm chart (helm/skills-lab) with ci/podman-values.yaml and runs the six service Deployments (and the
#      ConfigMaps and Secrets they use) against the launcher's infrastructure, which must already run;
#   2. waits for every /q/health/ready and drives one complete assessment with launcher/tools/demo.mjs;
#   3. runs the sandbox runtime image once with the pod spec the orchestrator's Kubernetes backend generates
#      (SandboxPods, from the classes in the sandbox-orchestrator image) and checks the sandbox user, python3 and node inside it;
#   4. removes every pod it started (`podman kube down`), also when something failed (after submitting the attempt of a
#      demo that failed half-way, whose sandbox would otherwise vanish with the orchestrator's container).
# What podman 4.3 cannot take from the rendered YAML is rewritten by images/tools/kube-play-manifest.py (see there:
# Secrets inlined, host-network container ports dropped, the namespace fieldRef as a value); nothing else changes.
# Exit 0 only if all passed. Needs the images (./skillslab images) and ports 8080-8085 free (no `./skillslab up`).
#
#   bash ops/images-smoke.sh
#
# Environment: SKILLSLAB_CHART (chart directory, default helm/skills-lab), SMOKE_INFRA_WAIT (seconds to wait for the
# infrastructure, default 600), SMOKE_PORTS_WAIT (seconds to wait for 8080-8085 to be free, default 0),
# SMOKE_READY_WAIT (seconds for the services to be ready, default 900: six JVMs starting at once on two cores),
# SMOKE_MANIFEST (an already rendered manifest to use instead of rendering the chart).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=launcher/lib/common.sh
source "$ROOT/launcher/lib/common.sh"
# shellcheck source=launcher/lib/images.sh
source "$ROOT/launcher/lib/images.sh"

CHART=${SKILLSLAB_CHART:-$ROOT/helm/skills-lab}
RELEASE=skills-lab
NAMESPACE=skills-lab
INFRA_WAIT=${SMOKE_INFRA_WAIT:-600}
PORTS_WAIT=${SMOKE_PORTS_WAIT:-0}
READY_WAIT=${SMOKE_READY_WAIT:-900}
WORK="$LOG_DIR/images-smoke" # rendered manifests and container logs, kept for a look after a failure
# shellcheck source=ops/lib/kube-tools.sh
source "$ROOT/ops/lib/kube-tools.sh"

STARTED=$SECONDS
PLAYED=() # manifests started with `podman kube play`, taken down on exit

elapsed() { printf '%ss' "$((SECONDS - STARTED))"; }

# Container logs of every pod this run started, into $WORK; with "failed", the tail of any container not running.
smoke_containers() {
  local pod
  for pod in $(podman pod ps -q --filter label=skillslab.dev/smoke=images 2>/dev/null); do
    podman ps -a --filter "pod=$pod" --format '{{.Names}}' | grep -v -- '-infra$' || true
  done
}
collect_logs() {
  local container state
  for container in $(smoke_containers); do
    podman logs "$container" >"$WORK/$container.log" 2>&1 || true
    state=$(podman inspect --format '{{.State.Status}}' "$container" 2>/dev/null || echo gone)
    if [ "${1:-}" = failed ] && [ "$state" != running ]; then
      printf '%s\n' "  ${C_RED}$container is $state${C_OFF}; last lines of its log ($WORK/$container.log):" >&2
      tail -n 15 "$WORK/$container.log" | sed 's/^/      /' >&2
    fi
  done
}

cleanup() {
  local status=$? file
  trap - EXIT INT TERM
  if [ ${#PLAYED[@]} -gt 0 ]; then
    # Every container's log stays in $WORK; after a failure the tail of any that stopped is shown as well.
    if [ $status -eq 0 ]; then collect_logs; else collect_logs failed; fi
    # A demo that failed half-way leaves its attempt in progress, with its sandbox inside the orchestrator's container:
    # submit it while that still exists, or the next demo resumes an attempt that can never be finalized.
    local attempt
    attempt=$(grep -o 'assessment [0-9a-f-]\{36\}' "$WORK/demo.log" 2>/dev/null | head -1 | cut -d' ' -f2 || true)
    if [ $status -ne 0 ] && [ -n "$attempt" ]; then
      timeout 200 node "$ROOT/images/tools/submit-attempt.mjs" "$attempt" 2>&1 | sed 's/^/    /' ||
        warn "could not end the demo's attempt $attempt: the demo account has an attempt in progress"
    fi
    step "Removing the pods (podman kube down)"
    for file in "${PLAYED[@]}"; do
      podman kube down "$file" >>"$WORK/kube.log" 2>&1 && ok "down: $(basename "$file")" || warn "kube down $file failed (see $WORK/kube.log)"
    done
  fi
  if [ $status -eq 0 ]; then
    step "Images smoke test passed in $(elapsed)"
  else
    printf '%s\n' "${C_RED}Images smoke test FAILED after $(elapsed)${C_OFF} (manifests and logs in $WORK)" >&2
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # wait_for SECONDS WHAT CHECK...
  local timeout=$1 what=$2 deadline=$((SECONDS + $1))
  shift 2
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "$what not within ${timeout}s"
    sleep 2
  done
}

mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/*.yaml

step "Preconditions"
for tool in podman node java mvn unzip; do
  command -v "$tool" >/dev/null || die "$tool is missing (podman: ./skillslab images installs it)"
done
# Debian's python3, where apt puts python3-yaml (a python3 earlier on PATH, e.g. pyenv's, may lack it).
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
"$PY" -c 'import yaml' 2>/dev/null || apt_install python3-yaml
[ -n "${SMOKE_MANIFEST:-}" ] || ensure_kube_tools || die "could not install helm"
[ -n "${SMOKE_MANIFEST:-}" ] || [ -f "$CHART/Chart.yaml" ] || die "no chart at $CHART"
VERSION=$(project_version)
IMAGES=(gateway-service task-service assessment-service sandbox-orchestrator scoring-service notification-service
  sandbox-runtime)
for image in "${IMAGES[@]}"; do
  podman image exists "localhost/skillslab/$image:$VERSION" ||
    die "image localhost/skillslab/$image:$VERSION is missing: build it with ./skillslab images"
done
ok "images localhost/skillslab/*:$VERSION present"
ensure_userns_ranges

infra_up() {
  port_open "$PG_PORT" && port_open "$REDIS_PORT" && port_open "$KAFKA_PORT" && port_open "$S3_PORT" &&
    port_open "$SMTP_PORT" && http_ok "http://127.0.0.1:$KEYCLOAK_PORT/realms/skills-lab"
}
if ! infra_up; then
  info "waiting up to ${INFRA_WAIT}s for the infrastructure (PostgreSQL $PG_PORT, Redis $REDIS_PORT, Kafka $KAFKA_PORT, Keycloak $KEYCLOAK_PORT, S3Proxy $S3_PORT, SMTP $SMTP_PORT)"
  wait_for "$INFRA_WAIT" "the launcher's infrastructure was not up (start it with ./skillslab up, or the CI run that owns it)" infra_up
fi
ok "infrastructure up"

ports_free() {
  local entry
  for entry in "${SERVICES[@]}"; do port_open "${entry##*:}" && return 1; done
  return 0
}
if ! ports_free; then
  [ "$PORTS_WAIT" -gt 0 ] && info "waiting up to ${PORTS_WAIT}s for ports 8080-8085 to be free" &&
    wait_for "$PORTS_WAIT" "ports 8080-8085 free" ports_free || true
  if ! ports_free; then
    for entry in "${SERVICES[@]}"; do
      port_open "${entry##*:}" && warn "port ${entry##*:} (${entry%%:*}) is taken by $(port_owner "${entry##*:}" || echo 'another program')"
    done
    die "the platform's ports are taken: stop the services running on this machine (./skillslab down stops the launcher's) and run again"
  fi
fi
ok "ports 8080-8085 free"

if [ -n "${SMOKE_MANIFEST:-}" ]; then
  step "Using $SMOKE_MANIFEST instead of the chart"
  cp "$SMOKE_MANIFEST" "$WORK/rendered.yaml"
else
  step "Rendering the chart with ci/podman-values.yaml ($(elapsed))"
  # The secrets that have no default outside dev and test, in a values file only its owner can read: a results signing
  # key made for this run only (a key that signs public results must never be one anyone can read), and this
  # installation's own secrets from $SKILLSLAB_HOME/secrets, the ones the launcher's Keycloak and services use: each
  # service client's secret (Keycloak knows those), the BYOK and webhook keys (the data in the shared database).
  (umask 077 && printf 'results:\n  signingKey: "%s"\noidc:\n  clients:\n    gateway: {secret: "%s"}\n    assessment: {secret: "%s"}\n    sandbox: {secret: "%s"}\nai:\n  encryptionKey: "%s"\nwebhooks:\n  secretEncryptionKey: "%s"\n' \
    "$(openssl genpkey -algorithm ed25519 -outform DER | base64 | tr -d '\n')" \
    "$(local_secret gateway-service-client-secret)" "$(local_secret assessment-service-client-secret)" \
    "$(local_secret sandbox-orchestrator-client-secret)" "$(local_secret ai-key-encryption-key aes256)" \
    "$(local_secret webhook-secret-encryption-key aes256)" >"$WORK/run-secrets.yaml") ||
    die "could not write this run's secrets (openssl, $SKILLSLAB_HOME/secrets)"
  # Each pod logs in to the launcher's Kafka as its service, with the password the launcher made for it.
  printf 'kafka:\n  users:\n' >>"$WORK/run-secrets.yaml"
  for entry in gateway:gateway-service task:task-service assessment:assessment-service sandbox:sandbox-orchestrator \
    scoring:scoring-service notification:notification-service; do
    password_file="$SKILLSLAB_HOME/kafka-credentials/${entry#*:}.password"
    [ -s "$password_file" ] || die "no Kafka password for ${entry#*:} at $password_file (start the infrastructure: ./skillslab up)"
    printf '    %s: {password: "%s"}\n' "${entry%%:*}" "$(cat "$password_file")" >>"$WORK/run-secrets.yaml"
  done
  "$HELM" template "$RELEASE" "$CHART" -n "$NAMESPACE" -f "$CHART/ci/podman-values.yaml" -f "$WORK/run-secrets.yaml" \
    --set "global.image.tag=$VERSION" >"$WORK/rendered.yaml" 2>"$WORK/helm.log" ||
    { cat "$WORK/helm.log" >&2; die "helm template failed"; }
fi
"$PY" "$ROOT/images/tools/kube-play-manifest.py" "$NAMESPACE" <"$WORK/rendered.yaml" >"$WORK/services.yaml" ||
  die "could not select the service Deployments from the rendered chart"
ok "$(grep -c '^kind: Deployment' "$WORK/services.yaml") Deployments selected ($WORK/services.yaml)"

step "Starting the services with podman kube play ($(elapsed))"
PLAYED+=("$WORK/services.yaml")
podman kube play --replace "$WORK/services.yaml" >"$WORK/kube.log" 2>&1 ||
  { tail -n 20 "$WORK/kube.log" >&2; die "podman kube play failed"; }
ok "pods started"

stopped_container() { # a service container that stopped, or keeps being restarted (not merely starting)
  local container
  for container in $(smoke_containers); do
    case "$(podman inspect --format '{{.State.Status}}' "$container" 2>/dev/null)" in
    exited | stopped | dead) printf '%s' "$container" && return 0 ;;
    esac
    # The Deployments restart a container that exits: one refusing to start shows as restarts, not as stopped.
    [ "$(podman inspect --format '{{.RestartCount}}' "$container" 2>/dev/null || echo 0)" -lt 2 ] ||
      { printf '%s' "$container" && return 0; }
  done
  return 1
}
deadline=$((SECONDS + READY_WAIT))
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*} port=${entry##*:}
  until http_ok "$(health_url "$name" "$port")" 2>/dev/null; do
    if stopped=$(stopped_container); then
      podman logs --tail 15 "$stopped" 2>&1 | sed 's/^/      /' >&2 || true
      die "$stopped stopped (or keeps restarting) while $name was starting"
    fi
    [ $SECONDS -lt $deadline ] || die "$name was not ready within ${READY_WAIT}s"
    sleep 3
  done
  ok "$name ready on $port ($(elapsed))"
done

step "Demo against http://localhost:8080 ($(elapsed))"
if ! SKILLSLAB_URL=http://localhost:8080 node "$ROOT/launcher/tools/demo.mjs" 2>&1 | tee "$WORK/demo.log" | sed 's/^/    /'; then
  die "the demo failed against the containers"
fi
ok "demo passed"

step "Sandbox runtime with the pod spec SandboxPods generates ($(elapsed))"
# The classes and libraries come out of the sandbox-orchestrator image itself, into a private directory: the spec is
# the one the image's own SandboxPods generates, and a build running meanwhile cannot change it.
private=$(mktemp -d)
holder=$(podman create --label skillslab.dev/smoke=images "localhost/skillslab/sandbox-orchestrator:$VERSION")
podman cp "$holder:/deployments/." "$private/" && podman rm -f "$holder" >/dev/null ||
  { podman rm -f "$holder" >/dev/null 2>&1; rm -rf "$private"; die "could not copy /deployments out of the sandbox-orchestrator image"; }
digest=$(podman image inspect --format '{{.Digest}}' "localhost/skillslab/sandbox-runtime:$VERSION")
image="localhost/skillslab/sandbox-runtime@$digest"
assessment=$(cat /proc/sys/kernel/random/uuid)
java -cp "$private/app/*:$private/lib/main/*:$private/lib/boot/*" "$ROOT/images/tools/SandboxPodSpec.java" "$image" \
  "$assessment" >"$WORK/sandbox-generated.yaml" 2>"$WORK/sandbox-spec.log" ||
  { rm -rf "$private"; cat "$WORK/sandbox-spec.log" >&2; die "could not generate the sandbox pod spec"; }
rm -rf "$private"
"$PY" "$ROOT/images/tools/kube-play-manifest.py" --sandbox <"$WORK/sandbox-generated.yaml" >"$WORK/sandbox.yaml" ||
  die "could not adapt the sandbox pod spec"
ok "pod spec generated for assessment $assessment, image $image"
PLAYED+=("$WORK/sandbox.yaml")
podman kube play --replace "$WORK/sandbox.yaml" >>"$WORK/kube.log" 2>&1 ||
  { tail -n 20 "$WORK/kube.log" >&2; die "podman kube play of the sandbox pod failed"; }
container="sandbox-$assessment-sandbox"
sandbox_running() { [ "$(podman inspect --format '{{.State.Status}}' "$container" 2>/dev/null)" = running ]; }
wait_for 60 "the sandbox container running" sandbox_running
spec_uid=$("$PY" -c 'import sys, yaml; print(yaml.safe_load(sys.stdin)["spec"]["securityContext"]["runAsUser"])' <"$WORK/sandbox-generated.yaml")

in_sandbox() { podman exec "$@" 2>&1; }
# What the orchestrator does: exec into the pod as the pod's user.
out=$(in_sandbox "$container" sh -c 'id -u; python3 --version; node --version; git --version; cd /workspace && echo ok > probe && cat probe; touch /usr/probe 2>/dev/null && echo root-writable || echo root-read-only') ||
  { printf '%s\n' "$out" | sed 's/^/    /' >&2; die "a command in the sandbox pod failed"; }
printf '%s\n' "$out" | sed 's/^/    /'
actual_uid=$(printf '%s\n' "$out" | sed -n 1p)
[ "$actual_uid" = "$spec_uid" ] || die "the pod runs as uid $actual_uid, its spec says $spec_uid"
printf '%s\n' "$out" | grep -Eq '^Python 3\.(1[1-9]|[2-9][0-9])' || die "python3 3.11+ missing in the sandbox"
printf '%s\n' "$out" | grep -Eq '^v(20\.([6-9]|[1-9][0-9])|2[1-9]|[3-9][0-9])' || die "node 20.6+ missing in the sandbox"
printf '%s\n' "$out" | grep -qx ok || die "/workspace is not writable in the sandbox"
printf '%s\n' "$out" | grep -qx root-read-only || die "the sandbox's root filesystem is writable"
ok "pod user uid $actual_uid (spec runAsUser $spec_uid), python3, node, git present; /workspace writable; root read-only"
# The image's own user (USER sandbox, uid 1000, the uid SandboxPods runs sandbox pods as), as a container of the image
# without a pod's runAsUser gets it, with the read-only root a sandbox pod has.
out=$(podman run --rm --read-only --network=none --tmpfs /workspace:mode=1777 --tmpfs /tmp:mode=1777 \
  --label skillslab.dev/smoke=images "localhost/skillslab/sandbox-runtime:$VERSION" \
  sh -c 'id -u; id -un; echo "HOME=$HOME"; python3 -c "print(1 + 1)"; node -e "console.log(2 + 1)"; git init -q /workspace/repo && echo git-ok' 2>&1) ||
  { printf '%s\n' "$out" | sed 's/^/    /' >&2; die "the sandbox runtime image does not run with a read-only root"; }
printf '%s\n' "$out" | sed 's/^/    /'
[ "$(printf '%s\n' "$out" | sed -n 1p)" = 1000 ] || die "the image's user is not uid 1000"
printf '%s\n' "$out" | grep -qx 3 && printf '%s\n' "$out" | grep -qx git-ok || die "node or git did not work as the sandbox user"
ok "image user sandbox (uid 1000) runs python3, node and git with a read-only root"
[ "$spec_uid" = 1000 ] || die "SandboxPods runs sandbox pods as uid $spec_uid while the image's user is sandbox (1000)"
