# Shared helpers of the launcher: paths, versions, output, ports, background processes.
# Sourced by ./skillslab; every function here is safe under `set -euo pipefail`.

SKILLSLAB_HOME="${SKILLSLAB_HOME:-$HOME/.skillslab}"
CACHE_DIR="$SKILLSLAB_HOME/cache"   # downloaded distributions, kept across runs
DATA_DIR="$SKILLSLAB_HOME/data"     # what the platform stores; removed only by `down --purge`
LOG_DIR="$SKILLSLAB_HOME/logs"
RUN_DIR="$SKILLSLAB_HOME/run"       # pid files and generated configuration

KAFKA_VERSION=4.1.1
KEYCLOAK_VERSION=26.5.6
S3PROXY_VERSION=4.1.0
GREENMAIL_VERSION=2.1.13

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=skillslab
PG_PASSWORD=skillslab
PG_DATABASES=(skillslab skillslab_test)
REDIS_PORT=6379
# Another pair of ports (and SKILLSLAB_HOME) runs a second broker beside the usual one, e.g. to try a change of its
# configuration.
KAFKA_PORT="${SKILLSLAB_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${SKILLSLAB_KAFKA_CONTROLLER_PORT:-9093}"
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=9180
S3_PORT=9000
S3_ACCESS_KEY=skillslab
S3_SECRET_KEY=skillslab-local-secret
S3_BUCKETS=(task-files submissions tracking reports)
SMTP_PORT=3025
GREENMAIL_API_PORT="${SKILLSLAB_GREENMAIL_API_PORT:-8025}"
KAFKA_TOPICS=(assessment-lifecycle score-results invitations sandbox-lifecycle account-lifecycle sandbox-activity
  plan-changes audit)
# Module tests publish and consume on their own copies of the topics, so they never mix with a running platform.
KAFKA_TEST_TOPICS=(test.assessment-lifecycle test.score-results test.invitations test.sandbox-lifecycle
  test.account-lifecycle test.sandbox-activity test.plan-changes test.audit)

# name:port, in start order.
SERVICES=(task-service:8081 sandbox-orchestrator:8083 assessment-service:8082 scoring-service:8084
  notification-service:8085 gateway-service:8080)

# Where a service reports its readiness: the gateway on its management port (9080, loopback), never on its public one
# (there /q/* is a 404); the others on their own port.
health_url() { # <service> <port>
  case "$1" in
  gateway-service) printf 'http://127.0.0.1:9080/q/health/ready' ;;
  *) printf 'http://127.0.0.1:%s/q/health/ready' "$2" ;;
  esac
}

if [ -t 1 ]; then
  C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_BOLD=$'\e[1m' C_OFF=$'\e[0m'
else
  C_RED='' C_GREEN='' C_YELLOW='' C_BOLD='' C_OFF=''
fi

info() { printf '%s\n' "  $*"; }
ok() { printf '%s\n' "  ${C_GREEN}✓${C_OFF} $*"; }
warn() { printf '%s\n' "  ${C_YELLOW}!${C_OFF} $*" >&2; }
step() { printf '%s\n' "${C_BOLD}$*${C_OFF}"; }
die() {
  printf '%s\n' "  ${C_RED}✗ $*${C_OFF}" >&2
  exit 1
}

ensure_dirs() { mkdir -p "$CACHE_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR"; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who listens on a port, for error messages.
port_owner() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -1; }

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }

# The pid of a component this launcher started, if that process is still alive. Every process started here carries
# SKILLSLAB_COMPONENT=<name> in its environment, so a recycled pid never counts.
component_pid() {
  local file pid
  file=$(pid_file "$1")
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/environ" ] || return 1
  tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx -- "SKILLSLAB_COMPONENT=$1" || return 1
  printf '%s' "$pid"
}

is_running() { component_pid "$1" >/dev/null; }

# Refuses to start on a port that some other program holds.
require_free_port() {
  local name=$1 port=$2 tries=0
  # A component stopped a moment ago may still be releasing its port.
  while port_open "$port" && [ $tries -lt 10 ]; do
    sleep 0.5
    tries=$((tries + 1))
  done
  if port_open "$port"; then
    die "$name cannot start: port $port is already taken by another program ($(port_owner "$port" || echo unknown)). Stop it or free the port."
  fi
}

# start_background NAME COMMAND... : runs detached in its own session; output goes to the component's log.
start_background() {
  local name=$1
  shift
  local log
  log=$(log_file "$name")
  printf '\n===== %s starting %s =====\n' "$(date -Is)" "$name" >>"$log"
  SKILLSLAB_COMPONENT="$name" setsid nohup "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
}

# wait_until NAME TIMEOUT_SECONDS CHECK_COMMAND... : polls until the check passes; on timeout or early death says which
# component failed and where its log is.
wait_until() {
  local name=$1 timeout=$2
  shift 2
  local deadline=$((SECONDS + timeout))
  while ! "$@" >/dev/null 2>&1; do
    if ! is_running "$name"; then
      fail_with_log "$name stopped while starting"
    fi
    if [ $SECONDS -ge $deadline ]; then
      fail_with_log "$name was not ready within ${timeout}s"
    fi
    sleep 0.5
  done
}

fail_with_log() {
  local name=${1%% *} log
  log=$(log_file "$name")
  printf '%s\n' "  ${C_RED}✗ $1.${C_OFF} Last lines of its log ($log):" >&2
  tail -n 25 "$log" 2>/dev/null | sed 's/^/      /' >&2 || true
  exit 1
}

# Stops a component started by this launcher: TERM to its whole process group, KILL after a grace period.
stop_component() {
  local name=$1 pid
  pid=$(component_pid "$name") || {
    rm -f "$(pid_file "$name")"
    return 0
  }
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 60 ]; do
    sleep 0.5
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  ok "$name stopped"
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

# Fetches one artifact from Maven Central (through the local Maven repository) into the cache.
maven_fetch() {
  local coords=$1 dest_dir=$2
  (cd "$CACHE_DIR" && mvn -q -B -ntp dependency:copy -Dartifact="$coords" -DoutputDirectory="$dest_dir" -Dmdep.useBaseVersion=true) \
    >>"$LOG_DIR/downloads.log" 2>&1 || die "could not download $coords from Maven Central (see $LOG_DIR/downloads.log)"
}

run_privileged() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {
  step "Installing $* with apt"
  run_privileged env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$LOG_DIR/apt.log" 2>&1 &&
    run_privileged env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>"$LOG_DIR/apt.log" 2>&1 ||
    die "could not install $* with apt (see $LOG_DIR/apt.log); install them by hand and run again"
}

# A JDK 21+ for Keycloak: Temurin 25 where present, else any JDK 21+ under /usr/lib/jvm or JAVA_HOME.
find_modern_java_home() {
  local candidate version
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/* "${JAVA_HOME:-}"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ]; then
      printf '%s' "$candidate"
      return 0
    fi
  done
  return 1
}

# Kafka users' passwords (one per service, and admin), made on first use; here because every script that starts a
# service needs its service's password, not only the infrastructure's.
KAFKA_CREDENTIALS_DIR="$SKILLSLAB_HOME/kafka-credentials"
# The password of one Kafka user, made on first use.
kafka_password() {
  local file="$KAFKA_CREDENTIALS_DIR/$1.password"
  if [ ! -s "$file" ]; then
    (umask 077 && mkdir -p "$KAFKA_CREDENTIALS_DIR" &&
      head -c 32 /dev/urandom | base64 | tr -d '\n/+=' >"$file.tmp" && mv "$file.tmp" "$file") ||
      die "could not make $file"
  fi
  cat "$file"
}

# Secrets of this installation, made once and kept in $SKILLSLAB_HOME/secrets (never in the repository, where anyone
# could read them): the service clients' secrets, the Keycloak administrator's password, the encryption keys. Each is
# handed to its own process only, through the environment (never a command line, which ps shows).
SECRETS_DIR="$SKILLSLAB_HOME/secrets"
# The OIDC clients that call another service with their own token, and the services they belong to.
SERVICE_CLIENTS=(gateway-service assessment-service sandbox-orchestrator)
# Usage: local_secret NAME [token|aes256]; prints the value, making it first if needed (aes256: base64 of 32 bytes).
local_secret() {
  local name=$1 kind=${2:-token} file="$SECRETS_DIR/$1"
  if [ ! -s "$file" ]; then
    (umask 077 && mkdir -p "$SECRETS_DIR") || die "could not make $SECRETS_DIR"
    case "$kind" in
    aes256) (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n' >"$file.tmp") ;;
    *) (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n=' | tr '+/' '-_' >"$file.tmp") ;;
    esac && mv "$file.tmp" "$file" || die "could not make $file"
  fi
  cat "$file"
}

# The environment variable of the realm file that holds a service client's secret (${SKILLSLAB_..._CLIENT_SECRET}).
service_client_secret_variable() {
  case "$1" in
  gateway-service) echo SKILLSLAB_GATEWAY_CLIENT_SECRET ;;
  assessment-service) echo SKILLSLAB_ASSESSMENT_CLIENT_SECRET ;;
  sandbox-orchestrator) echo SKILLSLAB_SANDBOX_CLIENT_SECRET ;;
  esac
}
