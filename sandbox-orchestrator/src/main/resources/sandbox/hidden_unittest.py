"""Runs a task's hidden unittest suite and reports every test to the platform on a channel of its own.

Usage: python3 -I -S -B -c <this> <top_level_dir> <start_dir>, started in "/" (with -I -S neither the workspace, the
current directory, the user's site directory nor any .pth file is on the import path). Standard input: one line, the
hex key of this run; nothing else reads it.

The candidate's modules are imported by the hidden tests, in this process. So, before any of them is imported:
- the standard library modules the harness and unittest use are imported, and the workspace goes to the END of
  sys.path, after the standard library and the system's site-packages (pytest, FastAPI, pydantic, httpx, SQLAlchemy,
  uvicorn: what the sandbox installs; their directories only, no .pth file runs): a json.py, traceback.py, unittest/
  or fastapi/ of the workspace is never what an import finds;
- the real stdout moves to a descriptor with a random number, closed on exec; descriptors 1 and 2 then lead to an
  anonymous file, so whatever the candidate's code prints (fake results included) reaches nobody;
- every record is numbered and signed with HMAC-SHA256 under the key: the platform drops the lines it cannot verify
  and flags them (forged-results);
- the test framework is snapshotted (the unittest modules and classes, builtins, the harness's own modules,
  sys.modules, the import machinery, trace hooks). Before and after every test, and before every record, the harness
  compares and puts back what changed: a change before a test is undone before it runs, a change during a test fails
  that test; either is flagged (framework-patched). The hidden files' content is checked too (hidden-tests-changed).
Records (one per line, "<hmac hex> <json>", numbered by "seq"): {"kind": "test", "id", "name"} for each test of the
plan, all before the first runs; {"kind": "result", "id", "passed", "message"} per test; {"kind": "flag", "code",
"detail"}; {"kind": "end", "output"} with the tail of what the tests printed.
"""


def _harness():
    import builtins
    import hashlib
    import hmac
    import os
    import random
    import site
    import sys
    import traceback
    import types
    import unittest
    import unittest.async_case
    import unittest.loader

    top, start = sys.argv[1:3]
    top = os.path.abspath(top)
    hidden_root = os.path.join(top, start) + os.sep
    stdlib_root = os.path.dirname(os.__file__) + os.sep
    stdlib_path = [p for p in sys.path if p]
    # -S left the site-packages out; they come back as plain directories, behind the standard library.
    site_path = [p for p in site.getsitepackages() if os.path.isdir(p) and p not in stdlib_path]
    # Installed modules that add an import hook when first imported (six, which FastAPI's form parser imports, puts a
    # finder on sys.meta_path) are imported now, from the system's directories only: the hook is then part of the
    # snapshot below instead of a change to the import machinery while the tests load.
    sys.path[:] = stdlib_path + site_path
    for name in ("six",):
        try:
            __import__(name)
        except ImportError:
            pass
    sys.path[:] = stdlib_path

    def digest_hidden():
        # In a pod the hidden files belong to the same user as the code under test: their content is checked.
        digests = {}
        for dirpath, dirnames, filenames in os.walk(hidden_root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    with open(path, "rb") as f:
                        digests[path] = hashlib.sha256(f.read()).hexdigest()
                except OSError:
                    digests[path] = None
        return digests

    hidden_digests = digest_hidden()

    # The key, then standard input is closed to everyone else.
    key = bytes.fromhex(sys.stdin.readline().strip())
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)

    # The channel: the real stdout under a number nobody is told, not inherited by child processes.
    rng = random.SystemRandom()
    while True:
        channel = rng.randrange(200, 1000)
        try:
            os.fstat(channel)
        except OSError:
            break
    os.dup2(1, channel, inheritable=False)
    capture = os.open("/tmp", os.O_TMPFILE | os.O_RDWR, 0o600)
    os.dup2(capture, 1)
    os.dup2(capture, 2)

    signer = hmac.new(key, digestmod=hashlib.sha256)
    del key
    write = os.write
    function_type = types.FunctionType
    _ord, _str, _int, _isinstance, _getattr, _vars = ord, str, int, isinstance, getattr, vars
    hexdigits = "0123456789abcdef"

    # The framework as it is now, before any file of the workspace ran.
    watched_modules = [
        m
        for name, m in sorted(sys.modules.items())
        if name == "unittest"
        or name.startswith("unittest.")
        or name in ("builtins", "hmac", "hashlib", "_hashlib", "traceback", "os", "posix")
    ]
    watched_classes = [
        v
        for m in watched_modules
        if m.__name__.startswith("unittest")
        for v in list(_vars(m).values())
        if _isinstance(v, type) and v.__module__ == m.__name__
    ]
    module_state = [(m, dict(_vars(m))) for m in watched_modules]
    class_state = []
    loaded_modules = dict(sys.modules)
    import_state = [(sys.meta_path, list(sys.meta_path)), (sys.path_hooks, list(sys.path_hooks))]
    framework_names = {n for n in _vars(unittest.TestCase) if not n.startswith("__")}
    holder = {}

    def restore():
        """Puts back whatever changed in the framework since the snapshot; returns what it put back."""
        found = []
        for module, snapshot in module_state:
            current = _vars(module)
            for name, v in snapshot.items():
                if current.get(name, snapshot) is not v:
                    current[name] = v
                    found.append(module.__name__ + "." + name)
        for klass, snapshot in class_state:
            current = _vars(klass)
            for name, v in snapshot.items():
                if current.get(name, snapshot) is not v:
                    setattr(klass, name, v)
                    found.append(klass.__qualname__ + "." + name)
            for name in [n for n in current if n not in snapshot]:
                delattr(klass, name)
                found.append(klass.__qualname__ + "." + name)
        for name, module in loaded_modules.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
                found.append("sys.modules[" + name + "]")
        for live, snapshot in import_state:
            if len(live) != len(snapshot) or any(a is not b for a, b in zip(live, snapshot)):
                live[:] = snapshot
                found.append("the import machinery")
        if sys.gettrace() is not None or sys.getprofile() is not None:
            sys.settrace(None)
            sys.setprofile(None)
            found.append("a trace or profile hook")
        reporter = holder.get("reporter")
        if reporter is not None:
            if reporter.__class__ is not holder["class"]:
                reporter.__class__ = holder["class"]
                found.append("the harness's reporter")
            for name in list(_vars(reporter)):
                if _isinstance(_getattr(holder["class"], name, None), function_type):
                    delattr(reporter, name)
                    found.append("the harness's " + name)
        # Code that puts its own directory first (a common habit) is not tampering; the standard library goes back to
        # the front all the same, without a flag.
        front = stdlib_path + site_path
        if sys.path[: len(front)] != front:
            sys.path[:] = front + [p for p in sys.path if p not in front]
        return found

    def quote(text):
        # JSON by hand: json's module-level encoder is the candidate's to replace, and would then choose what is signed.
        out = ['"']
        for ch in text:
            code = _ord(ch)
            if ch == '"' or ch == "\\":
                out.append("\\" + ch)
            elif 0x20 <= code < 0x7F:
                out.append(ch)
            else:
                units = [code] if code <= 0xFFFF else [0xD800 | ((code - 0x10000) >> 10), 0xDC00 | (code & 0x3FF)]
                for unit in units:
                    out.append("\\u" + "".join(hexdigits[(unit >> s) & 15] for s in (12, 8, 4, 0)))
        out.append('"')
        return "".join(out)

    def value(v):
        if v is None:
            return "null"
        if v is True or v is False:
            return "true" if v else "false"
        if _isinstance(v, _int):
            return _str(_int(v))
        return quote(_str(v))

    seq = [0]
    flagged = set()

    def emit(kind, **fields):
        found = restore()
        parts = ['"seq":' + _str(seq[0]), '"kind":' + quote(kind)]
        seq[0] += 1
        for name, v in fields.items():
            parts.append(quote(name) + ":" + value(v))
        payload = ("{" + ",".join(parts) + "}").encode("ascii")
        mac = signer.copy()
        mac.update(payload)
        data = mac.hexdigest().encode("ascii") + b" " + payload + b"\n"
        while data:
            data = data[write(channel, data) :]
        if found:
            flag("framework-patched", "changed: " + ", ".join(found))

    def flag(code, detail):
        if code not in flagged:
            flagged.add(code)
            emit("flag", code=code, detail=detail[:1000])

    def describe(err):
        try:
            text = "".join(traceback.format_exception_only(err[0], err[1])).strip()
        except BaseException:
            text = "an exception that could not be described"
        return text[:2000]

    def planted(test):
        """A framework method, or the test itself, that the hidden tests did not define in their own class."""
        names = framework_names | {_getattr(test, "_testMethodName", "")}
        for klass in type(test).__mro__:
            if klass is object or any(klass is k for k, _ in class_state):
                continue
            for name in names & set(_vars(klass)):
                v = _vars(klass)[name]
                for fn in (v, _getattr(v, "__func__", None)):
                    code = _getattr(fn, "__code__", None)
                    filename = _getattr(code, "co_filename", "")
                    if code is not None and not (filename.startswith(hidden_root) or filename.startswith(stdlib_root)):
                        return klass.__qualname__ + "." + name
        return None

    plan = {}
    names = {}
    reported = set()

    class Reporter(unittest.TestResult):
        def startTest(self, test):
            super().startTest(test)
            self._verdict = None
            self._message = None
            put_back = restore()
            if put_back:
                flag("framework-patched", "changed before " + test.id() + ": " + ", ".join(put_back))
            foreign = planted(test)
            if foreign:
                self._verdict = False
                self._message = "the test's class holds a function the hidden tests did not define: " + foreign
                flag("framework-patched", self._message)

        def _set(self, passed, message):
            if self._verdict is None or (self._verdict and not passed):
                self._verdict = passed
                self._message = message

        def addSuccess(self, test):
            super().addSuccess(test)
            self._set(True, None)

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self._set(False, describe(err))

        def addError(self, test, err):
            super().addError(test, err)
            if id(test) in plan:
                self._set(False, describe(err))
                return
            # A setUpClass or setUpModule that failed: unittest runs none of its tests, each of them failed.
            description = _str(_getattr(test, "description", ""))
            scope = description[description.rfind("(") + 1 : -1] + "."
            message = describe(err)
            for other, index in list(plan.items()):
                if index not in reported and names[index].startswith(scope):
                    reported.add(index)
                    emit("result", id=_str(index), passed=False, message=description + ": " + message)

        def addSkip(self, test, reason):
            # A test skipped while it ran (SkipTest raised by the code under test) did not pass.
            super().addSkip(test, reason)
            self._set(False, "skipped: " + _str(reason)[:500])

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            self._set(True, None)

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            self._set(False, "unexpected success")

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None:
                self._set(False, describe(err))

        def stopTest(self, test):
            put_back = restore()
            if put_back:
                flag("framework-patched", "changed while " + test.id() + " ran: " + ", ".join(put_back))
                self._verdict = False
                self._message = "the test framework was changed while this test ran"
            index = plan.get(id(test))
            if index is not None and index not in reported:
                reported.add(index)
                emit("result", id=_str(index), passed=self._verdict is True, message=self._message)
            super().stopTest(test)

    watched_classes.append(Reporter)
    class_state.extend((k, dict(_vars(k))) for k in watched_classes)
    reporter = Reporter()
    holder["class"] = Reporter
    holder["reporter"] = reporter

    # The workspace comes last on the import path: the standard library and the installed packages always win. Tests
    # read files relative to it.
    sys.path[:] = stdlib_path + site_path + [top]
    os.chdir(top)

    def tests_of(suite):
        for item in suite:
            if _isinstance(item, unittest.TestSuite):
                yield from tests_of(item)
            else:
                yield item

    def skipped_by_author(test):
        method = _getattr(test, _getattr(test, "_testMethodName", ""), None)
        return _getattr(type(test), "__unittest_skip__", False) or _getattr(method, "__unittest_skip__", False)

    try:
        suite = unittest.TestLoader().discover(os.path.join(top, start), pattern="test*.py", top_level_dir=top)
    except BaseException as e:  # the suite cannot even be collected: one failing test says so
        suite = unittest.TestSuite([unittest.loader._make_failed_test(start, e, unittest.TestSuite, "")[0]])
    put_back = restore()
    if put_back:
        flag("framework-patched", "changed while the tests were loaded: " + ", ".join(put_back))
    if digest_hidden() != hidden_digests:
        flag("hidden-tests-changed", "the hidden test files changed while they were loaded")
    for test in tests_of(suite):
        if not skipped_by_author(test) and id(test) not in plan:
            plan[id(test)] = len(plan)
            names[plan[id(test)]] = test.id()
            emit("test", id=_str(plan[id(test)]), name=test.id())
    try:
        suite.run(reporter)
    except BaseException as e:  # the run broke off; the tests without a result count as failed
        print("the hidden suite stopped:", repr(e), file=sys.__stderr__)

    put_back = restore()
    if put_back:
        flag("framework-patched", "changed after the tests: " + ", ".join(put_back))
    if digest_hidden() != hidden_digests:
        flag("hidden-tests-changed", "the hidden test files changed while the tests ran")
    for name, module in list(sys.modules.items()):
        origin = _getattr(module, "__file__", None) or ""
        if name.split(".")[0] in sys.stdlib_module_names and origin.startswith(top + os.sep):
            flag("stdlib-shadowing", "the workspace's " + origin[len(top) + 1 :] + " was imported as " + name)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        pass
    size = os.fstat(capture).st_size
    tail = os.pread(capture, 4000, max(0, size - 4000)).decode("utf-8", "replace")
    emit("end", output=tail)
    os._exit(0)


_harness()
