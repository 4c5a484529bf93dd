"""Runs unittest discovery and prints one marked JSON line per test: {"name", "passed", "message"}.

Usage: python3 -c <this> <marker> <start_dir> <top_level_dir>
Results go to the real stdout captured at start, so tests that replace sys.stdout do not hide them.
"""
import json
import sys
import traceback
import unittest

marker, start, top = sys.argv[1:4]
out = sys.__stdout__


def emit(name, passed, message):
    out.write(marker + " " + json.dumps({"name": name, "passed": passed, "message": message}) + "\n")
    out.flush()


def describe(err):
    text = "".join(traceback.format_exception_only(err[0], err[1])).strip()
    return text[:2000]


class JsonResult(unittest.TestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        emit(test.id(), True, None)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        emit(test.id(), False, describe(err))

    def addError(self, test, err):
        super().addError(test, err)
        emit(test.id(), False, describe(err))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        emit(test.id(), True, None)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        emit(test.id(), False, "unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            emit(subtest.id(), False, describe(err))


sys.path.insert(0, top)
suite = unittest.defaultTestLoader.discover(start, top_level_dir=top)
suite.run(JsonResult())
