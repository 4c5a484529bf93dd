# The real infrastructure the platform runs on: PostgreSQL, Redis, Kafka (KRaft), Keycloak, S3Proxy, GreenMail.
# Each start_* function is idempotent: a component that already runs is left alone.

LAUNCHER_DIR="$ROOT/launcher"
# Debian packages of the sandboxes' Python (bookworm: pytest 7.2, FastAPI 0.92, pydantic 1.10, httpx 0.23, SQLAlchemy
# 1.4, uvicorn 0.17). Keep in step with images/rootfs/sandbox.packages.
SANDBOX_PYTHON_PACKAGES=(python3-pytest python3-fastapi python3-uvicorn python3-httpx python3-sqlalchemy python3-pydantic)

ensure_system_packages() {
  local missing=()
  command -v bwrap >/dev/null || missing+=(bubblewrap)
  # The local sandboxes' seccomp filter is built with libseccomp's Python binding (and loaded with perl, always there).
  /usr/bin/python3 -c 'import seccomp' 2>/dev/null || missing+=(python3-seccomp)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v curl >/dev/null || missing+=(curl)
  command -v ss >/dev/null || missing+=(iproute2)
  # What a sandbox offers a candidate's Python code (the local jails see this machine's /usr, read-only): pytest and
  # the web stack the default tasks use. The Kubernetes image gets the same from images/rootfs/sandbox.packages.
  local package
  for package in "${SANDBOX_PYTHON_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  command -v java >/dev/null || die "java (JDK 17) is required: apt-get install openjdk-17-jdk-headless"
  command -v mvn >/dev/null || die "Maven is required: apt-get install maven"
  command -v node >/dev/null || die "Node.js 20 is required to build the web app"
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" -ge 20 ] || die "Node.js 20 or newer is required (found $(node --version))"
}

ensure_chromium() {
  command -v chromium >/dev/null || apt_install chromium
  # The UI uses a few emoji; without a colour emoji font the browser tests' screenshots show empty boxes instead.
  dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || (apt_install fonts-noto-color-emoji) || warn "no colour emoji font: screenshots show boxes for emoji"
}

# ---------------------------------------------------------------------------------------------------------- PostgreSQL
psql_admin() {
  # Trust auth on 127.0.0.1 where the machine allows it, else the local postgres superuser over the socket.
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -w -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -w -v ON_ERROR_STOP=1 -tA "$@"
  else
    run_privileged su postgres -c "psql -d postgres -v ON_ERROR_STOP=1 -tA $(printf '%q ' "$@")"
  fi
}

start_postgres() {
  if ! command -v pg_isready >/dev/null; then
    apt_install postgresql
  fi
  if ! pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; then
    info "starting PostgreSQL"
    local version
    version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$version" ] || die "PostgreSQL is installed but has no cluster under /etc/postgresql"
    run_privileged pg_ctlcluster --skip-systemctl-redirect "$version" main start >>"$LOG_DIR/postgres.log" 2>&1 ||
      die "PostgreSQL failed to start (see $LOG_DIR/postgres.log and /var/log/postgresql)"
    local deadline=$((SECONDS + 30))
    until pg_isready -h "$PG_HOST" -p "$PG_PORT" -q; do
      [ $SECONDS -lt $deadline ] || die "PostgreSQL was not ready within 30s (see /var/log/postgresql)"
      sleep 0.5
    done
  fi
  psql_admin -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
      END IF;
    END \$\$;" >/dev/null || die "could not create the PostgreSQL role $PG_USER"
  local db
  for db in "${PG_DATABASES[@]}"; do
    if [ "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
      psql_admin -c "create database $db owner $PG_USER" >/dev/null || die "could not create database $db"
    fi
  done
  ok "PostgreSQL on $PG_PORT (databases ${PG_DATABASES[*]})"
}

# --------------------------------------------------------------------------------------------------------------- Redis
redis_ping() { [ "$(printf 'PING\r\n' | timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$REDIS_PORT; cat >&3; head -c 5 <&3" 2>/dev/null)" = "+PONG" ]; }

start_redis() {
  if ! redis_ping; then
    command -v redis-server >/dev/null || apt_install redis-server
    info "starting Redis"
    run_privileged mkdir -p /var/lib/redis /var/log/redis
    run_privileged redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/skillslab.log >/dev/null ||
      die "Redis failed to start (see /var/log/redis/skillslab.log)"
    local deadline=$((SECONDS + 15))
    until redis_ping; do
      [ $SECONDS -lt $deadline ] || die "Redis was not ready within 15s (see /var/log/redis/skillslab.log)"
      sleep 0.3
    done
  fi
  ok "Redis on $REDIS_PORT"
}

# --------------------------------------------------------------------------------------------------------------- Kafka
KAFKA_HOME="$CACHE_DIR/kafka-$KAFKA_VERSION"

install_kafka() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  info "downloading Apache Kafka $KAFKA_VERSION from Maven Central (once)"
  rm -rf "$KAFKA_HOME"
  mvn -q -B -ntp -f "$LAUNCHER_DIR/config/kafka/pom.xml" dependency:copy-dependencies \
    -Dkafka.version="$KAFKA_VERSION" -DoutputDirectory="$KAFKA_HOME/libs" -DincludeScope=runtime \
    >>"$LOG_DIR/downloads.log" 2>&1 || die "could not download Kafka (see $LOG_DIR/downloads.log)"
  touch "$KAFKA_HOME/.complete"
}

kafka_java() { java -Xms128m -Xmx768m -Dskillslab.component=kafka -Dlog4j2.configurationFile="$LAUNCHER_DIR/config/kafka/log4j2.properties" "$@"; }

# Clients authenticate with SCRAM-SHA-512: one user per service (named like it) and `admin`, the broker's super user
# (topics, ACLs, and tests that read or write any topic). Their passwords are made once per installation and kept in
# $SKILLSLAB_HOME, readable by this user only, never in the repository; module tests read them there (platform module,
# LocalKafkaCredentials; platform-test, TestKafka).
KAFKA_ADMIN_CLIENT_CONFIG="$KAFKA_CREDENTIALS_DIR/admin-client.properties"
KAFKA_ACLS="$LAUNCHER_DIR/config/kafka/acls.txt"

kafka_users() {
  local entry
  printf '%s\n' admin
  for entry in "${SERVICES[@]}"; do printf '%s\n' "${entry%%:*}"; done
}

ensure_kafka_credentials() {
  local user
  for user in $(kafka_users); do kafka_password "$user" >/dev/null; done
  (umask 077 && printf '%s\n' "bootstrap.servers=127.0.0.1:$KAFKA_PORT" security.protocol=SASL_PLAINTEXT \
    sasl.mechanism=SCRAM-SHA-512 \
    "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$(kafka_password admin)\";" \
    >"$KAFKA_ADMIN_CLIENT_CONFIG.tmp" && mv "$KAFKA_ADMIN_CLIENT_CONFIG.tmp" "$KAFKA_ADMIN_CLIENT_CONFIG") ||
    die "could not write $KAFKA_ADMIN_CLIENT_CONFIG"
}

# The broker's configuration as this checkout wants it (mode 600: it holds the admin password).
render_kafka_config() {
  (umask 077 && sed -e "s#@DATA@#$DATA_DIR/kafka/log#" -e "s#@PORT@#$KAFKA_PORT#" \
    -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" -e "s#@ADMIN_PASSWORD@#$(kafka_password admin)#" \
    "$LAUNCHER_DIR/config/kafka/server.properties" >"$1")
}

create_topics() {
  java -cp "$KAFKA_HOME/libs/*" "$LAUNCHER_DIR/tools/CreateTopics.java" "$KAFKA_ADMIN_CLIENT_CONFIG" 3 \
    "${KAFKA_TOPICS[@]}" "${KAFKA_TEST_TOPICS[@]}"
}

# The users' SCRAM credentials and the ACLs of acls.txt, as admin; idempotent.
kafka_security() {
  java -cp "$KAFKA_HOME/libs/*" "$LAUNCHER_DIR/tools/KafkaSecurity.java" "$KAFKA_ADMIN_CLIENT_CONFIG" \
    "$KAFKA_CREDENTIALS_DIR" "$KAFKA_ACLS"
}

kafka_ready() {
  kafka_security >>"$(log_file kafka)" 2>&1 && create_topics >>"$(log_file kafka)" 2>&1
}

# The admin user must exist before anyone can log in to create users: a data directory formatted by an older checkout
# (no users) or freshly, or one whose admin password file was made anew, is started once without authentication, on
# loopback and for the few seconds it takes to add the users through its client listener (KRaft's controller listener
# does not take that request; `kafka-storage format --add-scram` would need the password on a command line and serves
# fresh data only). Marked by the hash of the admin password the data directory has.
KAFKA_ADMIN_MARK_FILE=.admin-user
kafka_admin_mark() { kafka_password admin | sha256sum | cut -d' ' -f1; }

kafka_bootstrap_users() {
  local data=$1 config=$2 mark
  mark=$(kafka_admin_mark)
  [ "$(cat "$data/$KAFKA_ADMIN_MARK_FILE" 2>/dev/null)" = "$mark" ] && return 0
  info "adding the Kafka users to the broker's data (once): broker started without authentication for a moment"
  # The same configuration with a plain, unauthorized client listener (the last value of a key wins).
  (umask 077 && cp "$config" "$config.bootstrap" && printf '%s\n' \
    "listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT" \
    "advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT" \
    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT" \
    "inter.broker.listener.name=PLAINTEXT" "authorizer.class.name=" >>"$config.bootstrap")
  printf '%s\n' "bootstrap.servers=127.0.0.1:$KAFKA_PORT" >"$RUN_DIR/kafka-bootstrap-client.properties"
  start_kafka_process "$config.bootstrap"
  wait_until kafka 90 port_open "$KAFKA_PORT"
  wait_until kafka 90 kafka_bootstrap_security
  stop_component kafka >/dev/null
  rm -f "$config.bootstrap" "$RUN_DIR/kafka-bootstrap-client.properties"
  echo "$mark" >"$data/$KAFKA_ADMIN_MARK_FILE"
}

kafka_bootstrap_security() {
  java -cp "$KAFKA_HOME/libs/*" "$LAUNCHER_DIR/tools/KafkaSecurity.java" "$RUN_DIR/kafka-bootstrap-client.properties" \
    "$KAFKA_CREDENTIALS_DIR" >>"$(log_file kafka)" 2>&1
}

start_kafka_process() {
  start_background kafka java -Xms256m -Xmx768m -Dskillslab.component=kafka \
    -Dlog4j2.configurationFile="$LAUNCHER_DIR/config/kafka/log4j2.properties" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$1"
  # Until the background shell has become java, the process does not carry its component name yet (is_running).
  local tries=0
  until is_running kafka || [ $tries -ge 20 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
}

start_kafka() {
  install_kafka
  ensure_kafka_credentials
  local data="$DATA_DIR/kafka" config="$RUN_DIR/kafka-server.properties"
  render_kafka_config "$config.next"
  if is_running kafka; then
    if cmp -s "$config.next" "$config"; then
      rm -f "$config.next"
      # A broker started by an older checkout may lack topics, users or ACLs added since: applying them is idempotent.
      kafka_ready || fail_with_log "kafka users, ACLs or topics could not be applied"
      ok "Kafka on $KAFKA_PORT (already running)"
      return 0
    fi
    # E.g. the broker of an older checkout, without authentication: it restarts with this configuration and keeps its
    # data (kafka_bootstrap_users adds the users). Services connected to it would lose it (and an older service has no
    # Kafka credentials): they are stopped, and `up` starts them again.
    warn "Kafka's configuration changed: restarting the broker with it (its topics and data stay)"
    if services_running; then
      warn "the running services are stopped first: they are connected to this broker"
      services_down
    fi
    stop_component kafka
  fi
  mv "$config.next" "$config"
  require_free_port Kafka "$KAFKA_PORT"
  require_free_port "Kafka controller" "$KAFKA_CONTROLLER_PORT"
  mkdir -p "$data"
  if [ ! -f "$data/log/meta.properties" ]; then
    [ -f "$data/cluster-id" ] || kafka_java -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1 >"$data/cluster-id"
    kafka_java -cp "$KAFKA_HOME/libs/*" kafka.tools.StorageTool format -t "$(cat "$data/cluster-id")" -c "$config" \
      >>"$(log_file kafka)" 2>&1 || fail_with_log "kafka storage could not be formatted"
    rm -f "$data/$KAFKA_ADMIN_MARK_FILE"
  fi
  kafka_bootstrap_users "$data" "$config"
  require_free_port Kafka "$KAFKA_PORT"
  start_kafka_process "$config"
  wait_until kafka 90 port_open "$KAFKA_PORT"
  wait_until kafka 90 kafka_ready
  ok "Kafka $KAFKA_VERSION (KRaft, SASL/SCRAM-SHA-512, ACLs) on $KAFKA_PORT, topics: ${KAFKA_TOPICS[*]} and their .dlq"
}

# ------------------------------------------------------------------------------------------------------------ Keycloak
KEYCLOAK_HOME="$DATA_DIR/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$LAUNCHER_DIR/config/keycloak/skills-lab-realm.json"
THEMES_DIR="$LAUNCHER_DIR/config/keycloak/themes"
REALM_URL="http://127.0.0.1:$KEYCLOAK_PORT/realms/skills-lab"

install_keycloak() {
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] && return 0
  local zip="$CACHE_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  if [ ! -f "$zip" ]; then
    info "downloading Keycloak $KEYCLOAK_VERSION from Maven Central (once)"
    maven_fetch "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$CACHE_DIR"
  fi
  local tmp="$DATA_DIR/.keycloak-unpack"
  rm -rf "$tmp" && mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || die "could not unpack $zip"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME" && rm -rf "$tmp"
}

# True when something listens on Keycloak's port on an address other than loopback (a Keycloak an older checkout
# started on every interface, with its administrator still admin/admin).
keycloak_listens_beyond_loopback() {
  ss -ltnH "sport = :$KEYCLOAK_PORT" 2>/dev/null | awk '{ print $4 }' | grep -qvE '^(127\.0\.0\.1|\[::1\]|\[::ffff:127\.0\.0\.1\]):'
}

start_keycloak() {
  if is_running keycloak && keycloak_listens_beyond_loopback; then
    warn "Keycloak listens on every interface (started by an older checkout): restarting it on 127.0.0.1 (its realm stays)"
    stop_component keycloak
  fi
  if is_running keycloak; then
    # Keycloak in dev mode reads theme files as they are; realm changes go through its admin API.
    install_keycloak_themes
    sync_realm
    ok "Keycloak on $KEYCLOAK_PORT (already running)"
    return 0
  fi
  require_free_port Keycloak "$KEYCLOAK_PORT"
  require_free_port "Keycloak management" "$KEYCLOAK_MANAGEMENT_PORT"
  local java_home
  java_home=$(find_modern_java_home) || die "Keycloak needs a JDK 21 or newer; install one (for example Temurin 25) or set KEYCLOAK_JAVA_HOME"
  install_keycloak
  install_keycloak_themes
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/skills-lab-realm.json"
  # The bootstrap administrator exists only in the local master realm, to apply realm changes; its password is this
  # installation's own. The realm file's ${SKILLSLAB_*_CLIENT_SECRET} placeholders are resolved at import from the
  # environment. Loopback only (the management port follows --http-host): the browser and the pods of the images smoke
  # test (host network) reach it at localhost:8180.
  (
    export_keycloak_secrets
    JAVA_HOME="$java_home" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
      JAVA_OPTS_APPEND="-Dskillslab.component=keycloak" \
      start_background keycloak "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --import-realm --health-enabled=true
  )
  wait_until keycloak 420 http_ok "$REALM_URL/.well-known/openid-configuration"
  sync_realm
  ok "Keycloak $KEYCLOAK_VERSION on 127.0.0.1:$KEYCLOAK_PORT (realm skills-lab)"
}

keycloak_admin_password() { local_secret keycloak-admin-password; }

# Exports, into the calling (sub)shell only, what Keycloak's import and the realm sync need: the administrator's
# password (KEYCLOAK_ADMIN_PASSWORD) and each service client's secret under its realm-file name.
export_keycloak_secrets() {
  local svc value
  KEYCLOAK_ADMIN_PASSWORD=$(keycloak_admin_password) || exit 1
  export KEYCLOAK_ADMIN_PASSWORD
  for svc in "${SERVICE_CLIENTS[@]}"; do
    value=$(local_secret "$svc-client-secret") || exit 1
    export "$(service_client_secret_variable "$svc")=$value"
  done
}

# The product's themes (login, email, account) replace any earlier copy in Keycloak's themes folder.
install_keycloak_themes() {
  local theme
  for theme in "$THEMES_DIR"/*/; do
    theme=$(basename "$theme")
    rm -rf "$KEYCLOAK_HOME/themes/$theme.new"
    cp -R "$THEMES_DIR/$theme" "$KEYCLOAK_HOME/themes/$theme.new"
    rm -rf "$KEYCLOAK_HOME/themes/$theme"
    mv "$KEYCLOAK_HOME/themes/$theme.new" "$KEYCLOAK_HOME/themes/$theme"
  done
}

# A realm imported by an earlier run keeps its users; changes to the realm file are applied over the admin API, with the
# local platform's own additions (demo accounts, the test suites' clients: LOCAL_REALM_FILE, never shipped by Helm).
# Runs again when either file or a secret changes (the stamp hashes the secrets, never stores them).
LOCAL_REALM_FILE="$LAUNCHER_DIR/config/keycloak/local-realm.json"
sync_realm() {
  local stamp="$KEYCLOAK_HOME/data/.realm-sha" sha
  sha=$( (
    export_keycloak_secrets
    cat "$REALM_FILE" "$LOCAL_REALM_FILE"
    env | grep -E '^(KEYCLOAK_ADMIN_PASSWORD|SKILLSLAB_[A-Z]+_CLIENT_SECRET)=' | sort
  ) | sha256sum | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sha" ] && return 0
  (
    export_keycloak_secrets
    python3 "$LAUNCHER_DIR/tools/sync_realm.py" --local "$LOCAL_REALM_FILE" "http://127.0.0.1:$KEYCLOAK_PORT" "$REALM_FILE"
  ) >>"$(log_file keycloak)" 2>&1 || fail_with_log "keycloak realm update failed"
  echo "$sha" >"$stamp"
}

# ------------------------------------------------------------------------------------------------------------- S3Proxy
start_s3proxy() {
  if is_running s3proxy; then
    ok "S3Proxy on $S3_PORT (already running)"
    return 0
  fi
  require_free_port S3Proxy "$S3_PORT"
  local jar="$CACHE_DIR/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar"
  if [ ! -f "$jar" ]; then
    info "downloading S3Proxy $S3PROXY_VERSION from Maven Central (once)"
    maven_fetch "org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" "$CACHE_DIR"
  fi
  local data="$DATA_DIR/s3" config="$RUN_DIR/s3proxy.properties" bucket
  for bucket in "${S3_BUCKETS[@]}"; do mkdir -p "$data/$bucket"; done
  sed -e "s#@DATA@#$data#" -e "s#@PORT@#$S3_PORT#" -e "s#@ACCESS_KEY@#$S3_ACCESS_KEY#" -e "s#@SECRET_KEY@#$S3_SECRET_KEY#" \
    "$LAUNCHER_DIR/config/s3proxy/s3proxy.properties" >"$config"
  start_background s3proxy java -Xmx256m -Dskillslab.component=s3proxy -jar "$jar" --properties "$config"
  wait_until s3proxy 60 port_open "$S3_PORT"
  ok "S3Proxy $S3PROXY_VERSION on $S3_PORT (buckets ${S3_BUCKETS[*]})"
}

# ----------------------------------------------------------------------------------------------------------- GreenMail
start_greenmail() {
  if is_running greenmail; then
    ok "GreenMail SMTP on $SMTP_PORT, API on $GREENMAIL_API_PORT (already running)"
    return 0
  fi
  require_free_port "GreenMail SMTP" "$SMTP_PORT"
  require_free_port "GreenMail API" "$GREENMAIL_API_PORT"
  local jar="$CACHE_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"
  if [ ! -f "$jar" ]; then
    info "downloading GreenMail $GREENMAIL_VERSION from Maven Central (once)"
    maven_fetch "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$CACHE_DIR"
  fi
  start_background greenmail java -Xmx256m -Dskillslab.component=greenmail -Dgreenmail.setup.test.smtp \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 \
    -Dgreenmail.api.port="$GREENMAIL_API_PORT" -jar "$jar"
  wait_until greenmail 60 http_ok "http://127.0.0.1:$GREENMAIL_API_PORT/api/service/readiness"
  ok "GreenMail $GREENMAIL_VERSION: SMTP on $SMTP_PORT, web API on http://127.0.0.1:$GREENMAIL_API_PORT"
}

infra_up() {
  step "Infrastructure"
  ensure_dirs
  ensure_system_packages
  ensure_sandbox_node_modules
  start_postgres
  start_redis
  start_kafka
  start_s3proxy
  start_greenmail
  start_keycloak
}

infra_components=(keycloak greenmail s3proxy kafka)

infra_down() {
  local name
  for name in "${infra_components[@]}"; do stop_component "$name"; done
}
