// Every store of the local platform, read as an auditor would to find what it still holds about a person: the
// PostgreSQL database (all schemas: the services' tables and their outboxes), S3Proxy's filesystem store (objects
// decompressed when gzip), Redis (every key and value of every database) and the broker's compacted topics
// (lib/KafkaProbe.java). Each scan answers what it read and where a marker was found; nothing is changed.
//
//   PGHOST, PGPORT, SKILLSLAB_DB        the database (default 127.0.0.1:5432, skillslab; trust auth as postgres)
//   SKILLSLAB_HOME                      the launcher's home (default ~/.skillslab): S3 store, Kafka credentials and jars
//   REDIS_HOST, REDIS_PORT              Redis (default 127.0.0.1:6379)
//   KAFKA_BOOTSTRAP                     the broker (default 127.0.0.1:9092)
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';
import { E2E_DIR } from './browser.mjs';

export const SKILLSLAB_HOME = process.env.SKILLSLAB_HOME ?? join(homedir(), '.skillslab');
const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: process.env.PGPORT ?? '5432',
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.SKILLSLAB_DB ?? 'skillslab',
};
const REDIS = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: process.env.REDIS_PORT ?? '6379' };
export const KAFKA_BOOTSTRAP = process.env.KAFKA_BOOTSTRAP ?? '127.0.0.1:9092';
export const KAFKA_CREDENTIALS = join(SKILLSLAB_HOME, 'kafka-credentials');

export function run(command, args, { input, timeoutMs = 120_000, maxBuffer = 512 * 1024 * 1024 } = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { timeout: timeoutMs, maxBuffer, encoding: 'buffer' }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${command} ${args.join(' ')} failed: ${error.message} ${stderr.toString().slice(0, 500)}`));
      } else {
        resolve({ stdout, stderr: stderr.toString() });
      }
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

const lower = (markers) => markers.map((m) => m.toLowerCase());

function hitsIn(text, markers) {
  const haystack = text.toLowerCase();
  return lower(markers).filter((m) => haystack.includes(m));
}

/**
 * `pg_dump --data-only` of the whole database (every schema, the outboxes and Flyway's tables included), read table
 * by table. Answers { tables, rows, hits: [{ table, marker, row }] } (a row shortened to 300 characters).
 */
export async function scanDatabase(markers) {
  const { stdout } = await run('pg_dump', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '--data-only', '--no-owner', '--encoding=UTF8', PG.database]);
  const lines = stdout.toString('utf8').split('\n');
  let table = null;
  const tables = new Map();
  const hits = [];
  for (const line of lines) {
    if (table === null) {
      const copy = line.match(/^COPY ([^ ]+) /);
      if (copy) {
        table = copy[1];
        tables.set(table, 0);
      }
      continue;
    }
    if (line === '\\.') {
      table = null;
      continue;
    }
    tables.set(table, tables.get(table) + 1);
    for (const marker of hitsIn(line, markers)) hits.push({ table, marker, row: line.slice(0, 300) });
  }
  const rows = [...tables.values()].reduce((a, b) => a + b, 0);
  return { tables: tables.size, rows, perSchema: countPerSchema(tables), hits };
}

function countPerSchema(tables) {
  const schemas = {};
  for (const [name, rows] of tables) {
    const schema = name.includes('.') ? name.split('.')[0] : 'public';
    schemas[schema] = (schemas[schema] ?? 0) + rows;
  }
  return schemas;
}

async function* files(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Every object of S3Proxy's filesystem store (one directory per bucket), its key and its bytes; gzip-compressed
 * objects (also .tar.gz snapshots) are read decompressed, and so are a PDF's Flate streams. Answers { buckets, objects, bytes, gzipped, pdfs, hits }.
 */
export async function scanObjectStore(markers, root = join(SKILLSLAB_HOME, 'data', 's3')) {
  const buckets = {};
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) if (entry.isDirectory()) buckets[entry.name] = 0;
  let objects = 0;
  let bytes = 0;
  let gzipped = 0;
  let pdfs = 0;
  const hits = [];
  for await (const path of files(root)) {
    const key = path.slice(root.length + 1);
    const bucket = key.split('/')[0];
    buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    objects++;
    let content = await readFile(path);
    bytes += content.length;
    if (content.length > 2 && content[0] === 0x1f && content[1] === 0x8b) {
      gzipped++;
      try {
        content = gunzipSync(content);
      } catch {
        // not gzip after all: searched as it is
      }
    }
    let text = `${key}\n${content.toString('latin1')}\n${content.toString('utf8')}`;
    if (content.subarray(0, 5).toString('latin1') === '%PDF-') {
      pdfs++;
      text += `\n${pdfStreams(content)}`;
    }
    for (const marker of hitsIn(text, markers)) hits.push({ object: key, marker });
  }
  return { buckets, objects, bytes, gzipped, pdfs, hits };
}

/** The streams of a PDF, Flate-decoded where they are, as text (a rendered report's words are in them). */
function pdfStreams(content) {
  const raw = content.toString('latin1');
  const parts = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = content.subarray(start, end);
    let text;
    try {
      text = inflateSync(bytes).toString('latin1');
    } catch {
      text = bytes.toString('latin1');
    }
    parts.push(text);
    // Text shown with an embedded TrueType subset is two-byte glyph ids; in the fonts the reports use these are the
    // character's code minus 29 (a heuristic: a font with another order is only searched as it is).
    const shown = [...text.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    parts.push(shown.map((run) => [...run].filter((_, i) => i % 2 === 1).map((ch) => String.fromCharCode(ch.charCodeAt(0) + 29)).join('')).join(' '));
  }
  return parts.join('\n');
}

// Every key of the current database with its type and value(s), flattened to one string per key; run in Redis.
const DUMP_SCRIPT = `
local out = {}
local cursor = '0'
repeat
  local page = redis.call('SCAN', cursor, 'COUNT', 1000)
  cursor = page[1]
  for _, key in ipairs(page[2]) do
    local kind = redis.call('TYPE', key).ok
    local parts = {}
    if kind == 'string' then parts = { redis.call('GET', key) }
    elseif kind == 'hash' then parts = redis.call('HGETALL', key)
    elseif kind == 'list' then parts = redis.call('LRANGE', key, 0, -1)
    elseif kind == 'set' then parts = redis.call('SMEMBERS', key)
    elseif kind == 'zset' then parts = redis.call('ZRANGE', key, 0, -1)
    elseif kind == 'stream' then
      for _, entry in ipairs(redis.call('XRANGE', key, '-', '+')) do
        table.insert(parts, entry[1])
        for _, field in ipairs(entry[2]) do table.insert(parts, field) end
      end
    end
    table.insert(out, cjson.encode({ key, kind, table.concat(parts, '\\n') }))
  end
until cursor == '0'
return out
`;

/** Every key and value of every Redis database that holds keys. Answers { databases, keys, hits }. */
export async function scanRedis(markers) {
  const base = ['-h', REDIS.host, '-p', REDIS.port, '--no-auth-warning'];
  const info = (await run('redis-cli', [...base, 'INFO', 'keyspace'])).stdout.toString();
  const databases = [...info.matchAll(/^db(\d+):keys=(\d+)/gm)].map((m) => Number(m[1]));
  let keys = 0;
  const hits = [];
  for (const db of databases) {
    const { stdout } = await run('redis-cli', [...base, '-n', String(db), '--raw', 'EVAL', DUMP_SCRIPT, '0']);
    for (const line of stdout.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      let key;
      let value;
      try {
        [key, , value] = JSON.parse(line);
      } catch {
        [key, value] = ['(unparsed)', line];
      }
      keys++;
      for (const marker of hitsIn(`${key}\n${value}`, markers)) hits.push({ db, key, marker });
    }
  }
  return { databases, keys, hits };
}

/** The libs directory of the Kafka distribution the launcher downloaded (~/.skillslab/cache/kafka-<version>/libs). */
export async function kafkaLibs() {
  const cache = join(SKILLSLAB_HOME, 'cache');
  const dirs = (await readdir(cache)).filter((d) => /^kafka-[\d.]+$/.test(d)).sort();
  if (dirs.length === 0) throw new Error(`no Kafka distribution under ${cache}`);
  const libs = join(cache, dirs.at(-1), 'libs');
  await stat(libs);
  return libs;
}

/** Runs lib/KafkaProbe.java (a single-file program) with the broker's client jars; answers its output lines. */
export async function kafkaProbe(...args) {
  const libs = await kafkaLibs();
  const { stdout } = await run('java', ['-cp', `${libs}/*`, join(E2E_DIR, 'lib', 'KafkaProbe.java'), args[0], KAFKA_BOOTSTRAP, KAFKA_CREDENTIALS, ...args.slice(1)], {
    timeoutMs: 120_000,
  });
  return stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => /^(RESULT|POLICY|TOPIC|FOUND|NONE)\b/.test(line));
}

/** The compacted topics (cleanup.policy with compact), each read to its end for the markers. */
export async function scanCompactedTopics(markers) {
  const lines = await kafkaProbe('compacted', ...markers);
  const policies = lines.filter((l) => l.startsWith('POLICY ')).map((l) => l.split(' ').slice(1));
  const compacted = lines.filter((l) => l.startsWith('TOPIC ')).map((l) => ({ topic: l.split(' ')[1], records: Number(l.split(' ')[2]) }));
  const hits = lines.filter((l) => l.startsWith('FOUND ')).map((l) => {
    const [, topic, at, marker] = l.split(' ');
    return { topic, at, marker };
  });
  return { topics: policies.length, compacted, hits };
}
