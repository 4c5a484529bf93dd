# File operations of the workspace API. They run inside the sandbox, as the candidate's user, so that a symlink or a
# race planted by the candidate can reach nothing beyond what the candidate already has; and they refuse any path that
# resolves outside /workspace. Arguments arrive positionally and are never evaluated.
# Exit codes: 90 outside the workspace, 91 not found, 92 wrong kind (directory vs file), 93 too large, 94 exists.
set -u
W=/workspace

inside() {
  case "$1" in "$W" | "$W"/*) return 0 ;; *) return 1 ;; esac
}

# The canonical form of a workspace path, following symlinks; fails when it leaves the workspace.
resolve() {
  r=$(realpath -m -- "$W/$1") || exit 90
  inside "$r" || exit 90
  [ "$r" = "$W" ] && exit 90
  printf '%s' "$r"
}

# The path itself (a symlink is not followed), inside a parent that resolves inside the workspace.
entry() {
  d=$(dirname -- "$1")
  p=$(realpath -m -- "$W/$d") || exit 90
  inside "$p" || exit 90
  printf '%s/%s' "$p" "$(basename -- "$1")"
}

op=$1
shift
case "$op" in
list)
  cd "$W" || exit 1
  find . -mindepth 1 \
    \( -name __pycache__ -o -name node_modules -o -name .git -o -name .pytest_cache -o -name .mypy_cache \
    -o -name .ruff_cache -o -name .cache -o -name .npm -o -name .venv \) -prune \
    -o \( -type d -printf 'd %s %P\0' \) -o \( -type f -printf 'f %s %P\0' \) | head -z -n "$1"
  ;;
read)
  r=$(resolve "$1") || exit $?
  [ -e "$r" ] || exit 91
  [ -f "$r" ] || exit 92
  s=$(stat -c %s -- "$r") || exit 91
  [ "$s" -le "$2" ] || exit 93
  exec head -c "$2" -- "$r"
  ;;
write)
  r=$(resolve "$1") || exit $?
  [ -d "$r" ] && exit 92
  old=0
  [ -f "$r" ] && old=$(stat -c %s -- "$r")
  used=$(du -sb -- "$W" | cut -f1)
  [ $((used - old + $2)) -le "$3" ] || exit 93
  mkdir -p -- "$(dirname -- "$r")" 2>/dev/null || exit 92
  # Exactly the announced bytes: an exec stream into a pod never signals the end of stdin.
  head -c "$2" >"$r" || exit 92
  s=$(stat -c %s -- "$r") || exit 92
  [ "$s" -eq "$2" ] || exit 1
  printf '%s\n' "$s"
  ;;
move)
  a=$(entry "$1") || exit $?
  b=$(entry "$2") || exit $?
  { [ -e "$a" ] || [ -L "$a" ]; } || exit 91
  { [ -e "$b" ] || [ -L "$b" ]; } && exit 94
  case "$b/" in "$a"/*) exit 92 ;; esac
  mkdir -p -- "$(dirname -- "$b")" 2>/dev/null || exit 92
  mv -T -- "$a" "$b" || exit 92
  printf '%s' "${b#"$W"/}"
  ;;
delete)
  a=$(entry "$1") || exit $?
  { [ -e "$a" ] || [ -L "$a" ]; } || exit 91
  rm -rf -- "$a"
  ;;
*)
  exit 2
  ;;
esac
