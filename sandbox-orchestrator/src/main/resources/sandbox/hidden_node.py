"""Starts node's in-process run of a task's hidden node:test suite, with a results channel of its own.

Usage: python3 -I -S -B -c <this> <top_level_dir> <start_dir>, started in "/". Standard input: one JSON line
{"key": "<hex>", "harness": "<hidden_node.mjs>"}; nothing else reads it.

Node cannot move descriptors, so this does it before node starts: the real stdout goes to a descriptor with a random
number, descriptors 1 and 2 to an anonymous file (what the tests print reaches nobody), and node's standard input
becomes a pipe holding the key, that number and the test files, read by the harness before any file of the workspace
is imported. The harness is both node's --import module and its test reporter (one data: URL, one module instance).
The test files are those `node --test <start_dir>` runs: *.test.?(c|m)js, *-test.*, *_test.*, test-*.*, test.* and
everything under a test/ directory, in sorted order.
"""
import base64
import json
import os
import random
import re
import sys

top, start = sys.argv[1:3]
top = os.path.abspath(top)
root = os.path.join(top, start)
config = json.loads(sys.stdin.readline())

PATTERN = re.compile(r"^(?:.+[.\-_]test|test-.+|test)\.(?:c|m)?js$")
files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d != "node_modules")
    in_test_dir = "test" in os.path.relpath(dirpath, root).split(os.sep)
    for name in sorted(filenames):
        if PATTERN.match(name) or (in_test_dir and re.search(r"\.(?:c|m)?js$", name)):
            files.append(os.path.join(dirpath, name))

rng = random.SystemRandom()
while True:
    channel = rng.randrange(200, 1000)
    try:
        os.fstat(channel)
    except OSError:
        break
os.dup2(1, channel, inheritable=True)
capture = os.open("/tmp", os.O_TMPFILE | os.O_RDWR, 0o600)
os.dup2(capture, 1)
os.dup2(capture, 2)
os.close(capture)

settings = json.dumps({"key": config["key"], "fd": channel, "top": top, "hidden": root + os.sep, "files": files})
read_end, write_end = os.pipe()
os.dup2(read_end, 0)
os.close(read_end)
os.write(write_end, settings.encode())
os.close(write_end)

url = "data:text/javascript;base64," + base64.b64encode(config["harness"].encode()).decode()
os.execv(
    "/usr/bin/node",
    [
        "node",
        "--import",
        url,
        "--test-reporter",
        url,
        "--test-reporter-destination",
        "stderr",
        "/dev/null",
    ],
)
