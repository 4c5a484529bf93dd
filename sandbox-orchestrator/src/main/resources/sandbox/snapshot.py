"""Prints the workspace as JSON {"files": [...], "skipped": [...]}: text as UTF-8, anything else as base64.

Usage: python3 -I -S -B -c <this> <max_file> <max_total> <max_files> [scan], started in "/": it imports only the
standard library, whatever the workspace holds. Runs inside the sandbox as the candidate's user. Symlinks are never
followed and special files never opened, so the snapshot holds exactly the workspace's regular files, within the limits.

With "scan", the JSON also has "integrity": [{"code", "path"}], what in the final files would interfere with a test run:
a module named like one of the standard library's that the test machinery imports (stdlib-shadowing), a
sitecustomize.py or usercustomize.py (sitecustomize), a .pth file (pth-file), a conftest.py (conftest), a package in
node_modules named like a Node.js built-in (builtin-shadowing).
"""
import base64
import json
import os
import stat
import sys

W = "/workspace"
IGNORED = {"__pycache__", "node_modules", ".git", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".cache", ".npm",
           ".venv"}
max_file, max_total, max_files = (int(a) for a in sys.argv[1:4])
scan = sys.argv[4:5] == ["scan"]
files, skipped, total, findings = [], [], 0, []
NODE_BUILTINS = {
    "assert", "async_hooks", "buffer", "child_process", "cluster", "console", "constants", "crypto", "dgram",
    "diagnostics_channel", "dns", "domain", "events", "fs", "http", "http2", "https", "inspector", "module", "net",
    "os", "path", "perf_hooks", "process", "punycode", "querystring", "readline", "repl", "stream", "string_decoder",
    "sys", "test", "timers", "tls", "trace_events", "tty", "url", "util", "v8", "vm", "wasi", "worker_threads", "zlib",
}
if scan:
    # The standard library modules a hidden unittest run loads before the first test: these a workspace module could
    # try to stand in for. Names a project may well use for itself (time.py, types.py, random.py...) are left out: the
    # hidden run puts the standard library first on the path anyway.
    import hashlib  # noqa: F401
    import hmac  # noqa: F401
    import traceback  # noqa: F401
    import unittest  # noqa: F401

    COMMON = {"abc", "copy", "dis", "enum", "heapq", "inspect", "keyword", "operator", "random", "signal", "stat",
              "string", "textwrap", "time", "token", "types"}
    SHADOWABLE = ({m.split(".")[0] for m in sys.modules} & set(sys.stdlib_module_names) | {"site"}) - COMMON
    SHADOWABLE = {m for m in SHADOWABLE if not m.startswith("_")} - {"__main__", "sys", "builtins"}


def find(code, path):
    findings.append({"code": code, "path": path})


def module_name(name):
    for suffix in (".py", ".pyc", ".pyw"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name.split(".")[0] if name.endswith(".so") else None


def skip(path, size, reason):
    skipped.append({"path": path, "size": size, "reason": reason})


for dirpath, dirnames, filenames in os.walk(W, followlinks=False):
    kept = []
    if scan:
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), W)
            if name in ("sitecustomize.py", "usercustomize.py"):
                find("sitecustomize", rel)
            elif name.endswith(".pth"):
                find("pth-file", rel)
            elif name == "conftest.py":
                find("conftest", rel)
            elif dirpath == W and module_name(name) in SHADOWABLE:
                find("stdlib-shadowing", rel)
        for d in dirnames:
            rel = os.path.relpath(os.path.join(dirpath, d), W)
            if dirpath == W and d in SHADOWABLE:
                find("stdlib-shadowing", rel)
            if d == "node_modules":
                try:
                    packages = os.listdir(os.path.join(dirpath, d))
                except OSError:
                    packages = []
                for package in sorted(packages):
                    if package in NODE_BUILTINS:
                        find("builtin-shadowing", os.path.join(rel, package))
    for d in sorted(dirnames):
        rel = os.path.relpath(os.path.join(dirpath, d), W)
        if d in IGNORED:
            continue
        if os.path.islink(os.path.join(dirpath, d)):
            skip(rel, 0, "symlink")
            continue
        kept.append(d)
    dirnames[:] = kept
    for name in sorted(filenames):
        full = os.path.join(dirpath, name)
        rel = os.path.relpath(full, W)
        try:
            st = os.lstat(full)
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            skip(rel, 0, "symlink")
            continue
        if not stat.S_ISREG(st.st_mode):
            skip(rel, 0, "not a regular file")
            continue
        if st.st_size > max_file:
            skip(rel, st.st_size, "larger than the per-file limit")
            continue
        if len(files) >= max_files or total + st.st_size > max_total:
            skip(rel, st.st_size, "over the workspace snapshot limit")
            continue
        try:
            fd = os.open(full, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            with os.fdopen(fd, "rb") as f:
                data = f.read(max_file + 1)
        except OSError:
            skip(rel, st.st_size, "unreadable")
            continue
        if len(data) > max_file:
            skip(rel, len(data), "larger than the per-file limit")
            continue
        try:
            content, encoding = data.decode("utf-8"), "utf-8"
            if "\x00" in content:
                raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL")
        except UnicodeDecodeError:
            content, encoding = base64.b64encode(data).decode("ascii"), "base64"
        files.append({"path": rel, "encoding": encoding, "content": content, "size": len(data)})
        total += len(data)

result = {"files": files, "skipped": skipped}
if scan:
    result["integrity"] = findings
json.dump(result, sys.stdout)
