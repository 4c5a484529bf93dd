"""Writes files into the fresh workspace of a sandbox pod: a session's starter files, or the final files and the hidden
tests of an isolated hidden-test run.

Usage: python3 -I -S -B -c <this> <length> [read-only directory], started in "/"; stdin: exactly <length> bytes of JSON
[{"path", "contentBase64"}]. The length is given because an exec stream never signals the end of stdin. The paths were
validated by the service. The read-only directory (the hidden tests) loses every write permission once written: in a
pod its files belong to the same user as the code under test, so this is as far as a pod goes (the harness also
checks their content).
"""
import base64
import json
import os
import stat
import sys

W = "/workspace"
files = json.loads(sys.stdin.buffer.read(int(sys.argv[1])))
for item in files:
    path = os.path.normpath(os.path.join(W, item["path"]))
    if not path.startswith(W + os.sep):
        sys.exit("refusing " + item["path"])
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(base64.b64decode(item["contentBase64"]))
if len(sys.argv) > 2:
    top = os.path.normpath(os.path.join(W, sys.argv[2]))
    if not top.startswith(W + os.sep):
        sys.exit("refusing " + sys.argv[2])
    for dirpath, dirnames, filenames in os.walk(top, topdown=False):
        for name in filenames:
            os.chmod(os.path.join(dirpath, name), stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        os.chmod(dirpath, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
