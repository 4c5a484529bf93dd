# Container images of the platform, built with podman from Debian bookworm rootfs made by debootstrap (no registry
# but Debian's is needed): base-jre17 and the sandbox base, then the six services and the sandbox runtime.
#
#   ./skillslab images [--no-build] [name...]   (names: the services, sandbox-runtime; default all)

IMAGES_DIR="$ROOT/images"
IMAGES_CACHE="$CACHE_DIR/images" # rootfs tarballs (keyed by the hash of their package list) and the node build contexts
IMAGE_REGISTRY=localhost/skillslab
DEBIAN_SUITE=bookworm
DEBIAN_MIRROR=http://deb.debian.org/debian
IMAGE_TOOLS=(podman buildah skopeo runc catatonit uidmap fuse-overlayfs debootstrap)
IMAGE_NAMES=(gateway-service task-service assessment-service sandbox-orchestrator scoring-service notification-service
  sandbox-runtime)

# What podman needs on these machines. Written only when absent or different, since it is machine-wide configuration:
#  - the default nofile/nproc ulimits are raised through setrlimit, which fails without CAP_SYS_RESOURCE (dropped on
#    machines like this one), so containers get limits the host can grant;
#  - crun refuses a hybrid cgroup layout, runc works;
#  - `podman kube play` needs catatonit as its init (installed above).
CONTAINERS_CONF=/etc/containers/containers.conf
CONTAINERS_CONF_CONTENT='[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"'

# Elapsed seconds since a start taken with now_seconds, one decimal.
now_seconds() { date +%s.%N; }
elapsed_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# Sandbox pods ask for a user namespace of their own (hostUsers: false), which podman runs as --userns=auto: it takes
# ids from the subordinate ranges of the user "containers" and refuses ("could not find enough available IDs") without
# them. The range is the one podman's documentation gives, far above any real uid; added only when there is none.
ensure_userns_ranges() {
  local file
  for file in /etc/subuid /etc/subgid; do
    grep -q '^containers:' "$file" 2>/dev/null && continue
    printf 'containers:2147483647:2147483648\n' | run_privileged tee -a "$file" >/dev/null || die "could not add to $file"
    ok "added subordinate ids for user namespaces (containers:2147483647:2147483648) to $file"
  done
}

ensure_image_tools() {
  local tool missing=()
  for tool in "${IMAGE_TOOLS[@]}"; do
    dpkg-query -W -f='${Status}' "$tool" 2>/dev/null | grep -q 'install ok installed' || missing+=("$tool")
  done
  [ ${#missing[@]} -eq 0 ] || apt_install --no-install-recommends "${missing[@]}"
  if [ "$(cat "$CONTAINERS_CONF" 2>/dev/null)" != "$CONTAINERS_CONF_CONTENT" ]; then
    [ -f "$CONTAINERS_CONF" ] && run_privileged cp "$CONTAINERS_CONF" "$CONTAINERS_CONF.before-skillslab"
    printf '%s\n' "$CONTAINERS_CONF_CONTENT" | run_privileged tee "$CONTAINERS_CONF" >/dev/null ||
      die "could not write $CONTAINERS_CONF"
    ok "wrote $CONTAINERS_CONF (runc, ulimits this machine grants)"
  fi
  ensure_userns_ranges
}

project_version() {
  local version
  # Maven colours even -q -DforceStdout output on a terminal: strip escape sequences.
  version=$(cd "$ROOT" && mvn -B -ntp -q help:evaluate -Dexpression=project.version -DforceStdout -Dstyle.color=never \
    2>/dev/null | sed 's/\x1b\[[0-9;]*m//g') || true
  [[ "$version" =~ ^[0-9A-Za-z._-]+$ ]] || die "could not read the project version from pom.xml (got '$version')"
  printf '%s' "$version"
}

image_exists() { podman image exists "$1"; }
image_label() { podman image inspect --format "{{index .Labels \"$2\"}}" "$1" 2>/dev/null; }
image_size() { podman image inspect --format '{{.Size}}' "$1" | awk '{ printf "%.0f MB", $1 / 1000000 }'; }

# The packages of a rootfs list: one a line, `#` comments and blank lines ignored; comma-separated for debootstrap.
rootfs_packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$1" | grep -v '^$' | paste -sd, -; }

# build_base NAME IMAGE: the rootfs of images/rootfs/NAME.packages as a tarball in the cache, made once with
# debootstrap and made again only when the list (or the suite or mirror) changes; imported into podman as IMAGE
# unless the image already carries that hash.
build_base() {
  local name=$1 image=$2 list="$IMAGES_DIR/rootfs/$1.packages" hash tarball work started
  [ -f "$list" ] || die "missing package list $list"
  hash=$(printf '%s\n%s\n' "$DEBIAN_SUITE $DEBIAN_MIRROR" "$(cat "$list")" | sha256sum | cut -c1-16)
  tarball="$IMAGES_CACHE/$name-$hash.tar"
  started=$(now_seconds)
  if [ -f "$tarball" ]; then
    ok "rootfs $name cached ($tarball)"
  else
    info "debootstrap $DEBIAN_SUITE minbase + $(rootfs_packages "$list" | tr ',' ' ') (a few minutes, once)"
    work="$IMAGES_CACHE/$name.work"
    rm -rf "$work"
    mkdir -p "$work"
    run_privileged debootstrap --variant=minbase --include="$(rootfs_packages "$list")" "$DEBIAN_SUITE" \
      "$work/rootfs" "$DEBIAN_MIRROR" >"$LOG_DIR/debootstrap-$name.log" 2>&1 ||
      die "debootstrap of $name failed (see $LOG_DIR/debootstrap-$name.log)"
    # Downloaded packages and index files only make the image bigger; images install nothing at run time.
    rm -rf "$work"/rootfs/var/cache/apt/archives/*.deb "$work"/rootfs/var/lib/apt/lists/* "$work"/rootfs/var/log/*.log
    tar --numeric-owner -C "$work/rootfs" -cf "$work/rootfs.tar" . || die "could not pack the $name rootfs"
    rm -f "$IMAGES_CACHE/$name"-*.tar # an older list's tarball
    mv "$work/rootfs.tar" "$tarball"
    rm -rf "$work"
    ok "rootfs $name built in $(elapsed_since "$started")s ($tarball)"
  fi
  if image_exists "$image" && [ "$(image_label "$image" dev.skillslab.rootfs-hash)" = "$hash" ]; then
    ok "$image up to date"
  else
    # PATH must be set explicitly: `podman kube play` does not add a default one.
    podman import --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
      --change "ENV LANG=C.UTF-8" \
      --change "LABEL dev.skillslab.rootfs-hash=$hash" \
      --message "Debian $DEBIAN_SUITE minbase + $(rootfs_packages "$list")" \
      "$tarball" "$image" >>"$LOG_DIR/images.log" 2>&1 || die "podman import of $image failed (see $LOG_DIR/images.log)"
    ok "$image imported"
  fi
}

# The node binary (Node 20; bookworm's is 18) and npm of this machine, as a build context for the images that need them.
prepare_node_context() {
  local node dir="$IMAGES_CACHE/node-context"
  node=$(command -v node) || die "node is not installed (Node.js 20.6+ is a prerequisite)"
  node=$(readlink -f "$node")
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 6) ? 0 : 1)' ||
    die "node $(node --version) at $node is older than 20.6"
  mkdir -p "$dir"
  cp -p "$node" "$dir/node.new" && mv "$dir/node.new" "$dir/node"
  local npm_dir
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  [ -f "$npm_dir/package.json" ] || die "cannot find npm's package next to $(command -v npm)"
  rm -rf "$dir/npm" && cp -a "$npm_dir" "$dir/npm"
  NODE_CONTEXT=$dir
}

# The sandbox runtime's build context: the node context plus the sandboxes' Node packages (ensure_sandbox_node_modules,
# the tree the local jails bind at /node_modules), hard-linked where the filesystem allows.
prepare_sandbox_runtime_context() {
  local dir="$IMAGES_CACHE/sandbox-runtime-context" modules
  ensure_sandbox_node_modules
  modules=$(readlink -f "$SANDBOX_NODE_MODULES_LINK")
  rm -rf "$dir" && mkdir -p "$dir"
  cp -p "$NODE_CONTEXT/node" "$dir/node"
  cp -a "$NODE_CONTEXT/npm" "$dir/npm"
  cp -al "$modules" "$dir/node_modules" 2>/dev/null || { rm -rf "$dir/node_modules" && cp -a "$modules" "$dir/node_modules"; } ||
    die "could not copy $modules into the sandbox runtime's build context"
  SANDBOX_RUNTIME_CONTEXT=$dir
}

# podman_build IMAGE CONTEXT CONTAINERFILE [build args...]: builds, records seconds and size for the final table.
IMAGE_REPORT=()
podman_build() {
  local image=$1 context=$2 file=$3 started seconds
  shift 3
  started=$(now_seconds)
  # The build-specific labels go on the command line: podman 4.3 reuses a cached LABEL layer even when the build
  # arguments in it changed, which would leave an earlier build's revision and creation time on the image.
  podman build --pull=never --layers --network=host -f "$file" -t "$image" \
    --label "org.opencontainers.image.version=$IMAGES_VERSION" \
    --label "org.opencontainers.image.revision=$IMAGES_REVISION" \
    --label "org.opencontainers.image.created=$IMAGES_CREATED" \
    --label "org.opencontainers.image.source=$IMAGES_SOURCE" \
    "$@" "$context" >>"$LOG_DIR/images.log" 2>&1 || {
    printf '%s\n' "  ${C_RED}✗ podman build of $image failed.${C_OFF} Last lines of $LOG_DIR/images.log:" >&2
    tail -n 20 "$LOG_DIR/images.log" | sed 's/^/      /' >&2
    exit 1
  }
  seconds=$(elapsed_since "$started")
  IMAGE_REPORT+=("$image|$(image_size "$image")|$seconds")
  ok "$image in ${seconds}s"
}

service_port() {
  local entry
  for entry in "${SERVICES[@]}"; do
    [ "${entry%%:*}" = "$1" ] && printf '%s' "${entry##*:}" && return 0
  done
  return 1
}

cmd_images() {
  local build=true wanted=() name all_started started
  while [ $# -gt 0 ]; do
    case "$1" in
    --no-build) build=false ;;
    -*) die "unknown option $1 (usage: ./skillslab images [--no-build] [name...])" ;;
    *)
      [[ " ${IMAGE_NAMES[*]} " == *" $1 "* ]] || die "unknown image '$1' (one of: ${IMAGE_NAMES[*]})"
      wanted+=("$1")
      ;;
    esac
    shift
  done
  [ ${#wanted[@]} -gt 0 ] || wanted=("${IMAGE_NAMES[@]}")
  ensure_dirs
  mkdir -p "$IMAGES_CACHE"
  : >"$LOG_DIR/images.log"
  all_started=$(now_seconds)

  step "Container tools"
  started=$(now_seconds)
  ensure_image_tools
  ok "podman $(podman version --format '{{.Client.Version}}') ready ($(elapsed_since "$started")s)"
  IMAGES_VERSION=$(project_version)
  IMAGES_REVISION=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
  git -C "$ROOT" diff --quiet HEAD 2>/dev/null || IMAGES_REVISION="$IMAGES_REVISION-dirty"
  IMAGES_CREATED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  IMAGES_SOURCE=$(git -C "$ROOT" remote get-url origin 2>/dev/null || echo "https://github.com/smartsuccess-ai/skillslab")

  step "Base images (Debian $DEBIAN_SUITE, debootstrap)"
  build_base base-jre17 "$IMAGE_REGISTRY/base-jre17:$DEBIAN_SUITE"
  build_base sandbox "$IMAGE_REGISTRY/base-sandbox:$DEBIAN_SUITE"
  prepare_node_context

  local services=()
  for name in "${wanted[@]}"; do [ "$name" = sandbox-runtime ] || services+=("$name"); done
  if $build && [ ${#services[@]} -gt 0 ]; then
    step "Building the services (mvn package)"
    started=$(now_seconds)
    # A log of its own: build.log belongs to `up`, which may be running meanwhile.
    (cd "$ROOT" && mvn -B -ntp package -DskipTests >"$LOG_DIR/images-build.log" 2>&1) || {
      printf '%s\n' "  ${C_RED}✗ the build failed.${C_OFF} Errors from $LOG_DIR/images-build.log:" >&2
      grep -E 'ERROR|FAIL' "$LOG_DIR/images-build.log" | head -30 | sed 's/^/      /' >&2
      exit 1
    }
    ok "mvn package in $(elapsed_since "$started")s"
  fi

  step "Images $IMAGE_REGISTRY/*:$IMAGES_VERSION"
  for name in "${wanted[@]}"; do
    if [ "$name" = sandbox-runtime ]; then
      prepare_sandbox_runtime_context
      podman_build "$IMAGE_REGISTRY/sandbox-runtime:$IMAGES_VERSION" "$SANDBOX_RUNTIME_CONTEXT" \
        "$IMAGES_DIR/sandbox-runtime/Containerfile" --build-arg "TITLE=skillslab-sandbox-runtime"
      continue
    fi
    local app="$ROOT/$name/target/quarkus-app" base="$IMAGE_REGISTRY/base-jre17:$DEBIAN_SUITE"
    [ -f "$app/quarkus-run.jar" ] || die "$name has not been built ($app is missing; run without --no-build)"
    if [ "$name" = sandbox-orchestrator ]; then
      base="$IMAGE_REGISTRY/base-orchestrator:$DEBIAN_SUITE"
      podman_build "$base" "$NODE_CONTEXT" "$IMAGES_DIR/orchestrator-base/Containerfile"
    fi
    podman_build "$IMAGE_REGISTRY/$name:$IMAGES_VERSION" "$app" "$IMAGES_DIR/service/Containerfile" \
      --build-arg "BASE=$base" --build-arg "PORT=$(service_port "$name")" \
      --build-arg "HEALTH_PORT=$(health_url "$name" "$(service_port "$name")" | sed 's|^http://[^:]*:\([0-9]*\)/.*|\1|')" --build-arg "TITLE=skillslab-$name"
  done
  step "Done in $(elapsed_since "$all_started")s"
  local row
  printf '  %-58s %10s %8s\n' IMAGE SIZE SECONDS
  for row in "${IMAGE_REPORT[@]}"; do
    IFS='|' read -r name size started <<<"$row"
    printf '  %-58s %10s %8s\n' "$name" "$size" "$started"
  done
}
