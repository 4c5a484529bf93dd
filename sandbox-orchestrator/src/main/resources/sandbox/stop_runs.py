# Stops the Run tab's commands in this sandbox: kills every process group that holds a process whose environment
# carries the run marker (argv[1], "NAME=VALUE"). A run command starts under timeout(1) with the marker, and timeout
# leads its own process group, so killing the group ends the command and everything it started; the terminal, the
# hidden tests and anything else started without the marker are left alone. Runs inside the sandbox as the candidate's
# user, so it reaches nothing else. Prints how many process groups it killed.
import os
import signal
import sys

marker = sys.argv[1].encode()
own = os.getpgrp()
groups = set()
for name in os.listdir("/proc"):
    if not name.isdigit():
        continue
    try:
        with open("/proc/" + name + "/environ", "rb") as environ:
            if marker in environ.read().split(b"\0"):
                groups.add(os.getpgid(int(name)))
    except OSError:
        continue  # ended meanwhile
killed = 0
for group in groups:
    # Never the sandbox's init (1) nor this script's own group.
    if group > 1 and group != own:
        try:
            os.killpg(group, signal.SIGKILL)
            killed += 1
        except OSError:
            pass
print(killed)
