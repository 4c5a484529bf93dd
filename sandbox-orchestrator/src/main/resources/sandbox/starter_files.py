"""Writes a task's starter files into the fresh workspace of a sandbox pod.

Usage: python3 -c <this> <length>; stdin: exactly <length> bytes of JSON [{"path", "contentBase64"}]. The length is
given because an exec stream never signals the end of stdin. The paths were validated by the service.
"""
import base64
import json
import os
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
