// The node side of the hidden-suite harness, started by hidden_node.py. One data: URL is both node's --import module
// (it runs before any file of the workspace) and the test reporter: node imports it once, so both share this module.
//
// - Reads its settings from standard input (key, channel descriptor, test files) and signs every record with
//   HMAC-SHA256 under the key, numbered; a record is built by hand from functions taken now, so that code of the
//   workspace patching JSON, String or crypto later changes nothing of what is signed.
// - Snapshots the test framework and the runtime it relies on (node:assert, node:test, node:module, events, streams,
//   the core prototypes and globals) and, in hooks around every test, puts back what changed: a change before a test
//   is undone before it runs, a change during a test fails it; either is flagged (framework-patched). Loader hooks
//   (module.register) and the inspector, which could rewrite or steer the tests, are refused. The hidden files' content
//   is checked at the end (hidden-tests-changed).
// - Counts only the tests declared in the hidden test files (a test registered by the workspace's code is run but not
//   counted), qualifying names by their suites ("suite > test"); a suite counts only when it failed without tests.
// Records: {"kind": "test", "id", "name"} when a test is queued, {"kind": "result", "id", "passed", "message",
// "counted"}, {"kind": "flag", "code", "detail"}, {"kind": "end", "output"}.
import assert from 'node:assert';
import crypto from 'node:crypto';
import events from 'node:events';
import fs from 'node:fs';
import inspector from 'node:inspector';
import nodeModule from 'node:module';
import stream from 'node:stream';
import nodeTest from 'node:test';
import { pathToFileURL } from 'node:url';

const uncurry = Function.prototype.bind.bind(Function.prototype.call);
const charCodeAt = uncurry(String.prototype.charCodeAt);
const startsWith = uncurry(String.prototype.startsWith);
const arrayPush = uncurry(Array.prototype.push);
const arrayShift = uncurry(Array.prototype.shift);
const arrayJoin = uncurry(Array.prototype.join);
const mapGet = uncurry(Map.prototype.get);
const mapSet = uncurry(Map.prototype.set);
const getOwnDescriptor = Reflect.getOwnPropertyDescriptor;
const defineProperty = Reflect.defineProperty;
const deleteProperty = Reflect.deleteProperty;
const ownKeys = Reflect.ownKeys;
const getPrototypeOf = Reflect.getPrototypeOf;
const { readFileSync, writeSync, readSync, fstatSync } = fs;
const createHmac = crypto.createHmac;
const hmacProto = getPrototypeOf(createHmac('sha256', 'x'));
const hmacUpdate = uncurry(hmacProto.update);
const hmacDigest = uncurry(hmacProto.digest);
const syncBuiltins = nodeModule.syncBuiltinESMExports;
const exit = process.exit;
const setTimer = setTimeout;
const clearTimer = clearTimeout;
const parseJson = JSON.parse;
const HEX = '0123456789abcdef';

const settings = parseJson(readFileSync(0, 'utf8'));
const { readdirSync } = fs;
const createHash = crypto.createHash;
const hashProto = getPrototypeOf(createHash('sha256'));
const hashUpdate = uncurry(hashProto.update);
const hashDigest = uncurry(hashProto.digest);
// In a pod the hidden files belong to the same user as the code under test: their content is checked.
function digestHidden() {
  let all = '';
  try {
    const names = readdirSync(settings.hidden, { recursive: true });
    names.sort();
    for (let i = 0; i < names.length; i++) {
      let content = '';
      try {
        content = readFileSync(settings.hidden + names[i]);
      } catch {
        content = 'not a readable file';
      }
      const hash = createHash('sha256');
      hashUpdate(hash, content);
      all += names[i] + ':' + hashDigest(hash, 'hex') + ';';
    }
  } catch {
    all = 'unreadable';
  }
  return all;
}
const hiddenDigest = digestHidden();
const key = Buffer.from(settings.key, 'hex');
const channel = settings.fd;
const hiddenFiles = new Set(settings.files);
const hasHidden = uncurry(Set.prototype.has);

function quote(text) {
  const s = '' + text;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = charCodeAt(s, i);
    if (c === 34 || c === 92) out += '\\' + s[i];
    else if (c >= 32 && c < 127) out += s[i];
    else out += '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
  }
  return out + '"';
}

function json(value) {
  if (value === null || value === undefined) return 'null';
  if (value === true || value === false) return value ? 'true' : 'false';
  if (typeof value === 'number') return '' + value;
  return quote(value);
}

let seq = 0;
function emit(kind, fields) {
  const found = restore();
  let payload = '{"seq":' + seq++ + ',"kind":' + quote(kind);
  const names = ownKeys(fields);
  for (let i = 0; i < names.length; i++) payload += ',' + quote(names[i]) + ':' + json(fields[names[i]]);
  payload += '}';
  const mac = createHmac('sha256', key);
  hmacUpdate(mac, payload);
  writeSync(channel, hmacDigest(mac, 'hex') + ' ' + payload + '\n');
  if (found.length > 0) flag('framework-patched', 'changed: ' + arrayJoin(found, ', '));
}

const flagged = new Set();
const addFlag = uncurry(Set.prototype.add);
function flag(code, detail) {
  if (hasHidden(flagged, code)) return;
  addFlag(flagged, code);
  emit('flag', { code, detail: ('' + detail).slice(0, 1000) });
}

// Refused for the whole run: a loader hook could rewrite the hidden tests, the inspector could steer them.
function refuse(what) {
  return function refused() {
    flag('framework-patched', 'the tests\' process called ' + what);
    throw new Error(what + ' is not available while the hidden tests run');
  };
}
nodeModule.register = refuse('module.register');
inspector.open = refuse('inspector.open');
inspector.Session.prototype.connect = refuse('inspector.Session.connect');
inspector.Session.prototype.connectToMainThread = refuse('inspector.Session.connectToMainThread');
syncBuiltins();

// What the tests rely on, as it is before any file of the workspace ran. Node's own modules use primordials taken at
// start-up, so what matters is what they look up at run time (events, streams, the module loader), what the tests
// call (assert, node:test) and what every lookup falls back to (Object.prototype). Values that are not objects or
// functions (Error.stackTraceLimit, a counter) are nobody's concern. With `strict`, a property added is a change too.
const AsyncGeneratorPrototype = getPrototypeOf(getPrototypeOf((async function* generator() {})()));
const watched = [
  ['assert', assert, true],
  ['assert.strict', assert.strict, true],
  ['assert.AssertionError.prototype', assert.AssertionError.prototype, true],
  ['node:test', nodeTest, true],
  ['node:module', nodeModule, true],
  ['Module.prototype', nodeModule.prototype, true],
  ['inspector', inspector, true],
  ['inspector.Session.prototype', inspector.Session.prototype, true],
  ['EventEmitter', events, true],
  ['EventEmitter.prototype', events.prototype, true],
  ['Readable.prototype', stream.Readable.prototype, true],
  ['Writable.prototype', stream.Writable.prototype, true],
  ['Duplex.prototype', stream.Duplex.prototype, true],
  ['Transform.prototype', stream.Transform.prototype, true],
  ['Object.prototype', Object.prototype, true],
  ['AsyncGenerator.prototype', AsyncGeneratorPrototype, true],
  ['Object', Object, false],
  ['Function.prototype', Function.prototype, false],
  ['Array.prototype', Array.prototype, false],
  ['String.prototype', String.prototype, false],
  ['Promise', Promise, false],
  ['Promise.prototype', Promise.prototype, false],
  ['Map.prototype', Map.prototype, false],
  ['Set.prototype', Set.prototype, false],
  ['Error', Error, false],
  ['Reflect', Reflect, false],
  ['JSON', JSON, false],
  ['process', process, false],
];
const globalNames = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Promise', 'Error',
  'TypeError', 'RangeError', 'JSON', 'Reflect', 'Map', 'Set', 'WeakMap', 'RegExp', 'Date', 'Buffer', 'setTimeout',
  'setImmediate', 'queueMicrotask', 'process'];

function label(property) {
  return typeof property === 'symbol' ? 'a symbol' : property;
}

function tracked(descriptor) {
  if (descriptor === undefined) return false;
  if (descriptor.get !== undefined || descriptor.set !== undefined) return true;
  const type = typeof descriptor.value;
  return type === 'function' || (type === 'object' && descriptor.value !== null);
}

const snapshots = [];
for (let i = 0; i < watched.length; i++) {
  const target = watched[i][1];
  const names = ownKeys(target);
  const properties = [];
  const descriptors = [];
  const known = new Map();
  for (let j = 0; j < names.length; j++) {
    const descriptor = getOwnDescriptor(target, names[j]);
    mapSet(known, names[j], true);
    if (tracked(descriptor)) {
      arrayPush(properties, names[j]);
      arrayPush(descriptors, descriptor);
    }
  }
  arrayPush(snapshots, { name: watched[i][0], target, strict: watched[i][2], properties, descriptors, known });
}
const globalValues = [];
for (let i = 0; i < globalNames.length; i++) arrayPush(globalValues, globalThis[globalNames[i]]);

function same(a, b) {
  return a !== undefined && a.value === b.value && a.get === b.get && a.set === b.set;
}

/** Puts back whatever changed since the snapshot; returns what it put back. */
function restore() {
  const found = [];
  for (let i = 0; i < snapshots.length; i++) {
    const entry = snapshots[i];
    if (entry.strict) {
      const names = ownKeys(entry.target);
      for (let j = 0; j < names.length; j++) {
        if (mapGet(entry.known, names[j]) === undefined && deleteProperty(entry.target, names[j])) {
          arrayPush(found, entry.name + '.' + label(names[j]) + ' (added)');
        }
      }
    }
    for (let j = 0; j < entry.properties.length; j++) {
      if (!same(getOwnDescriptor(entry.target, entry.properties[j]), entry.descriptors[j])) {
        defineProperty(entry.target, entry.properties[j], entry.descriptors[j]);
        arrayPush(found, entry.name + '.' + label(entry.properties[j]));
      }
    }
  }
  for (let i = 0; i < globalNames.length; i++) {
    if (globalThis[globalNames[i]] !== globalValues[i]) {
      globalThis[globalNames[i]] = globalValues[i];
      arrayPush(found, 'globalThis.' + globalNames[i]);
    }
  }
  if (found.length > 0) syncBuiltins();
  return found;
}

nodeTest.beforeEach(() => {
  const found = restore();
  if (found.length > 0) flag('framework-patched', 'changed before a test: ' + arrayJoin(found, ', '));
});
nodeTest.afterEach(() => {
  const found = restore();
  if (found.length > 0) {
    flag('framework-patched', 'changed while a test ran: ' + arrayJoin(found, ', '));
    throw new Error('the test framework was changed while this test ran');
  }
});

// Bookkeeping of the hidden files' tests, from the reporter's events (node runs them one after the other).
let nextId = 0;
const queued = new Map(); // where a test was declared -> ids queued there, oldest first
const idPath = [];
const namePath = [];
const children = new Map();
let pending = 0;
let importsDone = false;
let ended = false;
let finishTimer = null;

function place(data) {
  return data.file + ':' + data.line + ':' + data.column + ':' + data.nesting + ':' + data.name;
}

function isHidden(data) {
  return typeof data.file === 'string' && hasHidden(hiddenFiles, data.file);
}

function onEnqueue(data) {
  const id = '' + nextId++;
  const at = place(data);
  if (mapGet(queued, at) === undefined) mapSet(queued, at, []);
  arrayPush(mapGet(queued, at), id);
  const names = [];
  for (let i = 0; i < data.nesting; i++) arrayPush(names, namePath[i]);
  arrayPush(names, data.name);
  if (data.nesting > 0 && idPath[data.nesting - 1] !== undefined) {
    const parent = idPath[data.nesting - 1];
    mapSet(children, parent, (mapGet(children, parent) || 0) + 1);
  }
  pending++;
  emit('test', { id, name: arrayJoin(names, ' > ') });
}

function onDequeue(data) {
  const ids = mapGet(queued, place(data));
  if (ids !== undefined && ids.length > 0) {
    idPath[data.nesting] = ids[0];
    namePath[data.nesting] = data.name;
    idPath.length = data.nesting + 1;
    namePath.length = data.nesting + 1;
  }
}

function onResult(data, passed) {
  const ids = mapGet(queued, place(data));
  if (ids === undefined || ids.length === 0) return;
  const id = arrayShift(ids);
  const details = data.details || {};
  const suite = details.type === 'suite';
  const counted = !data.skip && !data.todo && (!suite || (!passed && !(mapGet(children, id) > 0)));
  let message = null;
  if (!passed) {
    const error = details.error;
    const cause = error && error.cause;
    message = ('' + ((cause && cause.message) || (error && error.message) || 'failed')).slice(0, 2000);
  }
  pending--;
  emit('result', { id, passed, message, counted });
  maybeFinish();
}

function outputTail() {
  try {
    const size = fstatSync(1).size;
    const length = Math.min(size, 4000);
    const buffer = Buffer.alloc(length);
    readSync(1, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } catch {
    return '';
  }
}

function finish() {
  if (ended) return;
  ended = true;
  const found = restore();
  if (found.length > 0) flag('framework-patched', 'changed after the tests: ' + arrayJoin(found, ', '));
  if (digestHidden() !== hiddenDigest) flag('hidden-tests-changed', 'the hidden test files changed while they ran');
  emit('end', { output: outputTail() });
  exit(0);
}

// Open servers or timers of the code under test would keep node alive after the last test: once every queued test
// has its result and nothing new was queued for a moment, the run is over.
function maybeFinish() {
  if (finishTimer !== null) clearTimer(finishTimer);
  finishTimer = null;
  if (importsDone && pending === 0) finishTimer = setTimer(finish, 100);
}

let claimed = false;
let reporterReady;
const ready = new Promise((resolve) => { reporterReady = resolve; });

export default async function* hiddenTestsReporter(source) {
  // Node calls this once, before any file of the workspace is imported; nobody else gets the events.
  if (claimed) return;
  claimed = true;
  reporterReady();
  for await (const event of source) {
    const data = event.data;
    if (!data || !isHidden(data)) continue;
    if (event.type === 'test:enqueue') onEnqueue(data);
    else if (event.type === 'test:dequeue') onDequeue(data);
    else if (event.type === 'test:pass') onResult(data, true);
    else if (event.type === 'test:fail') onResult(data, false);
  }
  finish();
}

process.chdir(settings.top);
setImmediate(async () => {
  await ready;
  for (const file of settings.files) {
    try {
      await import(pathToFileURL(file).href);
    } catch (error) {
      const id = '' + nextId++;
      emit('test', { id, name: file.slice(settings.top.length + 1) });
      emit('result', { id, passed: false, message: ('cannot be loaded: ' + error).slice(0, 2000), counted: true });
    }
  }
  importsDone = true;
  maybeFinish();
});
