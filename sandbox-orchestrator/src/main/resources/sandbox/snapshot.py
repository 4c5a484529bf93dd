"""Prints the workspace as JSON {"files": [...], "skipped": [...]}: text as UTF-8, anything else as base64.

Runs inside the sandbox as the candidate's user. Symlinks are never followed and special files never opened, so the
snapshot holds exactly the workspace's regular files, within the limits given as arguments.
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
files, skipped, total = [], [], 0


def skip(path, size, reason):
    skipped.append({"path": path, "size": size, "reason": reason})


for dirpath, dirnames, filenames in os.walk(W, followlinks=False):
    kept = []
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

json.dump({"files": files, "skipped": skipped}, sys.stdout)
