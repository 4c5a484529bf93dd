// A stand-in for the gateway's API, the identity provider and the terminal WebSocket, installed
// with Playwright routing so that the built SPA can be exercised without any backend running.
// It follows the API contract of the services (JSON shapes, problem+json errors, SSE chat): every JSON answer is
// checked against the services' OpenAPI documents (lib/contract.mjs).
import { contractViolation } from './contract.mjs';

export const MOCK_AUTHORITY = 'http://idp.mock.test/realms/skills-lab';
export const MOCK_USER = { email: 'candidate@demo.skillslab.dev', password: 'demo-password', name: 'Casey Candidate' };
export const MOCK_BUSINESS = {
  email: 'business@demo.skillslab.dev',
  password: 'demo-password',
  name: 'Bea Business',
  company: { name: 'Demo Corp', size: '11-50', industry: 'technology' },
};

const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-500', '500+'];
const INDUSTRIES = ['technology', 'finance', 'healthcare', 'retail', 'manufacturing', 'other'];
const TASK_TYPES = ['code_generation', 'refactoring', 'bug_fix', 'system_design', 'multi_agent', 'open_ended'];
const DIFFICULTIES = ['basic', 'intermediate', 'advanced'];
const BUILT_IN = {
  planning: ['task_breakdown', 'time_estimation', 'milestone_definition', 'problem_understanding'],
  prompt_engineering: ['clarity_specificity', 'context_management', 'iteration_efficiency', 'error_recovery'],
  tool_orchestration: ['tool_selection', 'multi_tool_coordination', 'workflow_efficiency', 'resource_utilization'],
  outcome_quality: ['correctness', 'code_quality', 'documentation', 'edge_case_handling'],
};
const SIGNALS = Object.values(BUILT_IN).flat();
const NOTICE_KINDS = ['candidate.scored', 'candidate.submitted', 'invitation.accepted'];
const LEVELS = ['explorer', 'operator', 'architect', 'innovator'];
const TEXT_EXTENSIONS = ['py', 'js', 'ts', 'json', 'md', 'txt', 'csv', 'yaml', 'yml', 'toml', 'html', 'css', 'sh', 'sql'];
const MAX_MOCK_FILE_BYTES = 64 * 1024;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP of [name, text] entries, stored without compression (what the personal data export answers). */
export function storedZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
const RUN_TIME_LIMIT_SECONDS = 60;

const WEIGHTS = {
  categoryWeights: { planning: 25, prompt_engineering: 25, tool_orchestration: 25, outcome_quality: 25 },
  subitemWeights: {
    planning: { task_breakdown: 20, time_estimation: 25, milestone_definition: 25, problem_understanding: 30 },
    prompt_engineering: { clarity_specificity: 35, context_management: 25, iteration_efficiency: 25, error_recovery: 15 },
    tool_orchestration: { tool_selection: 30, multi_tool_coordination: 20, workflow_efficiency: 30, resource_utilization: 20 },
    outcome_quality: { correctness: 40, code_quality: 30, documentation: 15, edge_case_handling: 15 },
  },
  levelThresholds: {
    explorer: { min: 0, max: 39 },
    operator: { min: 40, max: 64 },
    architect: { min: 65, max: 84 },
    innovator: { min: 85, max: 100 },
  },
  customCategories: [],
};

/** task-service's subitem weights per task type (planning, prompt, tools, outcome; design 3.3). */
const SUBITEM_DEFAULTS = {
  code_generation: [[20, 25, 25, 30], [35, 25, 25, 15], [30, 20, 30, 20], [40, 30, 15, 15]],
  refactoring: [[30, 20, 25, 25], [25, 30, 25, 20], [25, 25, 30, 20], [35, 35, 15, 15]],
  bug_fix: [[20, 25, 20, 35], [25, 30, 30, 15], [25, 20, 35, 20], [45, 25, 15, 15]],
  system_design: [[35, 20, 25, 20], [25, 25, 25, 25], [30, 30, 25, 15], [30, 25, 25, 20]],
  multi_agent: [[35, 20, 25, 20], [25, 30, 25, 20], [35, 35, 20, 10], [35, 25, 20, 20]],
  open_ended: [[30, 20, 25, 25], [20, 25, 25, 30], [30, 30, 25, 15], [25, 20, 30, 25]],
};

/** `GET /api/tasks/evaluation-defaults`: equal category weights, the type's subitem weights, the standard levels. */
const EVALUATION_DEFAULTS = Object.fromEntries(
  TASK_TYPES.map((type) => [
    type,
    {
      categoryWeights: WEIGHTS.categoryWeights,
      subitemWeights: Object.fromEntries(
        Object.entries(BUILT_IN).map(([category, subitems], row) => [
          category,
          Object.fromEntries(subitems.map((sub, i) => [sub, SUBITEM_DEFAULTS[type][row][i]])),
        ]),
      ),
      levelThresholds: WEIGHTS.levelThresholds,
      customCategories: [],
    },
  ]),
);

const TASK_ROWS = [
  ['0', 'Build a REST API with AI Assistance', 'code_generation', 'basic', 120, 'Build a simple REST API for a todo list application using AI assistance.'],
  ['1', 'Create a React Dashboard Component', 'code_generation', 'intermediate', 180, 'Build a data dashboard component using React and AI assistance.'],
  ['2', 'Migrate Express API to FastAPI', 'refactoring', 'intermediate', 240, 'Refactor an existing Express.js API to Python FastAPI using AI assistance.'],
  ['3', 'Debug Authentication Flow', 'bug_fix', 'basic', 120, 'Fix authentication bugs in a provided codebase using AI assistance.'],
  ['4', 'Fix Race Condition in Async Code', 'bug_fix', 'intermediate', 180, 'Identify and fix race conditions in an async Python application.'],
  ['5', 'Design an AI-Powered Search Feature', 'system_design', 'intermediate', 180, 'Design and prototype an AI-powered semantic search feature.'],
  ['6', 'Design Real-Time Notification System', 'system_design', 'advanced', 240, 'Design a scalable real-time notification system with AI assistance.'],
  ['7', 'Build a Code Review Agent Workflow', 'multi_agent', 'advanced', 240, 'Create a multi-agent workflow for automated code review.'],
  ['8', 'Create a Research Assistant Pipeline', 'multi_agent', 'advanced', 300, 'Build a multi-agent research assistant that can gather, analyze, and summarize information.'],
  ['9', 'Improve User Retention with AI', 'open_ended', 'advanced', 240, 'Propose and prototype an AI-powered feature to improve user retention for a SaaS product.'],
  ['10', 'Automate Customer Support Workflow', 'open_ended', 'advanced', 300, 'Design and implement an AI-powered customer support automation system.'],
];

export const TASKS = TASK_ROWS.map(([n, title, taskType, difficulty, timeLimitMinutes, summary]) => ({
  id: `a1b2c3d4-e5f6-7890-abcd-ef${1234567890 + Number(n)}`,
  title,
  description: `## Task Description\n\n${summary}\n\n## Requirements\n\n1. Create endpoints for CRUD operations on todos\n2. Implement proper error handling\n3. Add input validation\n4. Write basic tests\n\n## Tech Stack\n- Python with FastAPI\n- SQLite for simplicity\n\n## Evaluation Focus\n- How you use AI to scaffold the project\n- Your iteration process with AI\n- Code quality of the final result`,
  taskType,
  difficulty,
  timeLimitMinutes,
  isDefault: true,
  isPublic: true,
  usesPlatformKeys: true,
  maxAttempts: 3,
  creatorId: null,
  createdAt: '2025-01-01T00:00:00Z',
  status: 'published',
  publishedAt: '2025-01-01T00:00:00Z',
}));

const STARTER_FILES = {
  'README.md': '# Todo API\n\nBuild the CRUD endpoints in `app/main.py` and make the tests pass.\n',
  'requirements.txt': 'fastapi==0.115.0\npytest==8.3.0\n',
  'app/__init__.py': '',
  'app/main.py':
    'from fastapi import FastAPI, HTTPException\nfrom pydantic import BaseModel\n\napp = FastAPI(title="Todo API")\n\n\nclass TodoIn(BaseModel):\n    title: str\n    done: bool = False\n\n\ntodos: dict[int, dict] = {}\n\n\n@app.get("/todos")\ndef list_todos():\n    return list(todos.values())\n',
  'tests/test_main.py':
    'from fastapi.testclient import TestClient\n\nfrom app.main import app\n\nclient = TestClient(app)\n\n\ndef test_list_is_empty():\n    assert client.get("/todos").json() == []\n',
};

/** As the service lists them: models with a key first (the platform's Anthropic key here), the offline assistant last. */
export const MODELS = [
  { id: 'claude-sonnet-4', name: 'Claude Sonnet 4', provider: 'anthropic', maxTokens: 8192, offline: false, source: 'platform', keyProvider: 'anthropic', keyHint: null, default: true },
  { id: 'offline-assistant', name: 'Skills Lab Assistant', provider: 'offline', maxTokens: 4096, offline: true, source: 'offline', keyProvider: null, keyHint: null, default: false },
];

/** What the mocked own server (an Ollama) lists at GET /models. */
export const OWN_SERVER_MODELS = ['qwen2.5-coder:7b', 'llama3.2:3b'];

/** The service's check of an own server's base URL, in short: an http(s) URL, https unless local, no private address. */
function baseUrlProblem(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (!['http:', 'https:'].includes(url.protocol)) return 'must be an http or https URL, e.g. https://llm.example.com/v1';
  if (url.username || url.password) return 'must not carry a user name or password: put the key in apiKey';
  const host = url.hostname;
  if (host === 'localhost' || host === '127.0.0.1') return null;
  if (url.protocol !== 'https:') return 'must use https (plain http is accepted only for hosts the operator allows)';
  if (/^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host) || host.startsWith('[')) {
    return 'points at a private, loopback or link-local address, which this platform does not call (an operator can allow the host)';
  }
  return null;
}

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function fakeJwt(claims) {
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.sig`;
}

/** Answers of /api routes that break the services' OpenAPI contract, for the test that met them to report. */
export const contractViolations = [];

function json(route, status, body, headers = {}) {
  const request = route.request();
  const { pathname } = new URL(request.url());
  const violation = pathname.startsWith('/api/') ? contractViolation(request.method(), pathname, status, body) : null;
  if (violation) {
    // Loudly: the page gets a server error instead of the bad shape, the log says why and the test process fails.
    contractViolations.push(violation);
    console.error(`mock backend contract violation: ${violation}`);
    process.exitCode = 1;
    return problem(route, 500, 'Mock backend contract violation', violation);
  }
  return route.fulfill({
    status,
    contentType: 'application/json',
    headers: { 'Access-Control-Allow-Origin': '*', ...headers },
    body: JSON.stringify(body),
  });
}

function problem(route, status, title, detail, extra = {}) {
  return route.fulfill({
    status,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title, status, detail, ...extra }),
  });
}

function unknownField(route, body, allowed) {
  const extra = Object.keys(body ?? {}).find((key) => !allowed.includes(key));
  if (!extra) return null;
  return problem(route, 400, 'Unknown field', `Unknown field '${extra}'.`, { errors: [{ field: extra, message: 'is not a known field' }] });
}

function claimsOf(authorization) {
  try {
    return JSON.parse(Buffer.from(authorization.replace(/^Bearer\s+/, '').split('.')[1], 'base64url').toString());
  } catch {
    return null;
  }
}

/** The evaluation-config rules of task-service, enough to catch a wrong payload. */
function evaluationProblems(config) {
  const errors = [];
  const push = (field, message) => errors.push({ field: `evaluationConfig.${field}`, message });
  const allowed = ['categoryWeights', 'subitemWeights', 'levelThresholds', 'customCategories'];
  for (const key of Object.keys(config ?? {})) if (!allowed.includes(key)) push(key, 'is not a known field');
  const customs = config.customCategories ?? [];
  const categories = { ...BUILT_IN };
  customs.forEach((custom, i) => {
    const keys = Object.keys(custom);
    for (const key of keys) if (!['key', 'name', 'description', 'subitems'].includes(key)) push(`customCategories[${i}].${key}`, 'is not a known field');
    if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(custom.key ?? '')) push(`customCategories[${i}].key`, 'must be snake_case');
    if (BUILT_IN[custom.key]) push(`customCategories[${i}].key`, 'is a built-in category');
    if (!custom.name?.trim()) push(`customCategories[${i}].name`, 'is required');
    if (!custom.description?.trim()) push(`customCategories[${i}].description`, 'is required');
    if (!Array.isArray(custom.subitems) || custom.subitems.length === 0) push(`customCategories[${i}].subitems`, 'must list at least one subitem');
    (custom.subitems ?? []).forEach((sub, j) => {
      for (const key of Object.keys(sub)) if (!['key', 'name', 'description', 'signal'].includes(key)) push(`customCategories[${i}].subitems[${j}].${key}`, 'is not a known field');
      if (!SIGNALS.includes(sub.signal)) push(`customCategories[${i}].subitems[${j}].signal`, 'must be a built-in subitem');
      if (!sub.name?.trim() || !sub.description?.trim()) push(`customCategories[${i}].subitems[${j}]`, 'needs a name and a description');
    });
    categories[custom.key] = (custom.subitems ?? []).map((sub) => sub.key);
  });
  const weights = config.categoryWeights ?? {};
  const sum = (values) => values.reduce((a, b) => a + b, 0);
  if (Object.keys(weights).sort().join() !== Object.keys(categories).sort().join()) push('categoryWeights', 'must give every category');
  if (!Object.values(weights).every((w) => Number.isInteger(w) && w >= 0 && w <= 100)) push('categoryWeights', 'must be integers from 0 to 100');
  if (sum(Object.values(weights)) !== 100) push('categoryWeights', `must add up to 100 (got ${sum(Object.values(weights))})`);
  for (const [category, subitems] of Object.entries(categories)) {
    const given = config.subitemWeights?.[category] ?? {};
    if (Object.keys(given).sort().join() !== [...subitems].sort().join()) push(`subitemWeights.${category}`, 'must give exactly its subitems');
    if (sum(Object.values(given)) !== 100) push(`subitemWeights.${category}`, 'must add up to 100');
  }
  const levels = config.levelThresholds ?? {};
  let expected = 0;
  for (const level of LEVELS) {
    if (!levels[level] || levels[level].min !== expected || levels[level].max < levels[level].min) push(`levelThresholds.${level}`, 'must be contiguous from 0 to 100');
    expected = (levels[level]?.max ?? 0) + 1;
  }
  if (levels.innovator?.max !== 100) push('levelThresholds.innovator.max', 'must be 100');
  return errors;
}

const TASK_FIELDS = [
  'title',
  'description',
  'taskType',
  'difficulty',
  'timeLimitMinutes',
  'isPublic',
  'usesPlatformKeys',
  'maxAttempts',
  'accessStartDate',
  'accessEndDate',
  'runtime',
  'visibleTestCommand',
  'hiddenTestRunner',
  'evaluationConfig',
];

function taskProblems(input) {
  const errors = [];
  if (typeof input.title !== 'string' || input.title.trim().length < 3 || input.title.trim().length > 255) errors.push({ field: 'title', message: 'must be 3 to 255 characters' });
  if (typeof input.description !== 'string' || !input.description.trim()) errors.push({ field: 'description', message: 'is required' });
  if (!TASK_TYPES.includes(input.taskType)) errors.push({ field: 'taskType', message: 'must be a task type' });
  if (!DIFFICULTIES.includes(input.difficulty)) errors.push({ field: 'difficulty', message: 'must be basic, intermediate or advanced' });
  if (!Number.isInteger(input.timeLimitMinutes) || input.timeLimitMinutes < 30 || input.timeLimitMinutes > 480) errors.push({ field: 'timeLimitMinutes', message: 'must be from 30 to 480' });
  for (const flag of ['isPublic', 'usesPlatformKeys']) if (typeof input[flag] !== 'boolean') errors.push({ field: flag, message: 'must be true or false' });
  if (input.maxAttempts !== null && (!Number.isInteger(input.maxAttempts) || input.maxAttempts < 1)) errors.push({ field: 'maxAttempts', message: 'must be at least 1, or null' });
  if (input.accessStartDate && input.accessEndDate && Date.parse(input.accessEndDate) <= Date.parse(input.accessStartDate)) errors.push({ field: 'accessEndDate', message: 'must be after accessStartDate' });
  if (input.evaluationConfig) errors.push(...evaluationProblems(input.evaluationConfig));
  return errors;
}

/** The parts of a multipart/form-data body: { name: { filename?, contentType?, data: Buffer } }. */
function multipart(request) {
  const type = request.headers()['content-type'] ?? '';
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
  const body = request.postDataBuffer();
  if (!boundary || !body) return null;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = {};
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString();
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1];
    if (name) parts[name] = { filename, contentType, data: part.subarray(headerEnd + 4) };
    start = next;
  }
  return parts;
}

function score() {
  const categoryScores = { planning: 72.5, prompt_engineering: 81, tool_orchestration: 64, outcome_quality: 78.25 };
  const subitemScores = {};
  for (const [category, subitems] of Object.entries(WEIGHTS.subitemWeights)) {
    subitemScores[category] = {};
    let i = 0;
    for (const [subitem, weight] of Object.entries(subitems)) {
      const raw = Math.max(30, Math.min(98, categoryScores[category] + (i++ % 2 === 0 ? 9 : -11)));
      subitemScores[category][subitem] = { raw, weight, weighted: (raw * weight) / 100, evidenceScore: raw, judgeScore: null };
    }
  }
  return {
    finalScore: 73.94,
    proficiencyLevel: 'architect',
    categoryScores,
    subitemScores,
    strengths: [
      {
        category: 'prompt_engineering',
        subitem: 'clarity_specificity',
        text: 'Your prompts named the file, the framework and the expected status codes.',
        evidence: [{ eventId: 'e1', timestamp: new Date(Date.now() - 40 * 60_000).toISOString(), description: 'Prompt asking for 422 on empty titles' }],
      },
      {
        category: 'tool_orchestration',
        subitem: 'workflow_efficiency',
        text: 'You ran the tests after each change suggested by the assistant.',
        evidence: [{ eventId: 'e2', timestamp: new Date(Date.now() - 25 * 60_000).toISOString(), description: 'pytest run, 3 passed' }],
      },
    ],
    improvements: [
      {
        category: 'planning',
        subitem: 'time_estimation',
        text: 'Write down a short plan with milestones before the first prompt.',
        evidence: [],
      },
    ],
    aiHighlights: [
      {
        type: 'effective_prompt',
        description: 'A precise request with constraints and an example.',
        content: 'Add validation so an empty title returns 422, and add a test for it.',
        eventId: 'e1',
        timestamp: new Date(Date.now() - 40 * 60_000).toISOString(),
      },
    ],
    detailedAnalysis: {
      summary:
        'A well-structured session: clear prompts, steady verification with tests and a working API. Planning before the first prompt would lift the score further.',
      categoryAnalysis: { planning: 'Started coding quickly; milestones were implicit.' },
      timeAnalysis: { totalSeconds: 2820, planningSeconds: 240, codingSeconds: 1900 },
      aiUsageAnalysis: { prompts: 6 },
    },
    scoringVersion: '1.0.0',
    scoringModels: [],
    failedEvaluators: [],
  };
}

/** A small but real PDF (one page, one line of text), what the evidence report's download answers. */
function minimalPdf(title) {
  const text = title.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * The session's timeline as assessment-service builds it for the evidence report: the candidate opens the starter,
 * asks the assistant, edits the file three times (the last adds the ValueError check), runs commands and tests, and
 * submits; the hidden suite runs at submit.
 */
function sessionTimeline(startedAt, hidden) {
  const start = Date.parse(startedAt ?? new Date(Date.now() - 3_600_000).toISOString());
  const at = (s) => ({ at: new Date(start + s * 1000).toISOString(), offsetSeconds: s });
  const v2 =
    'def reconcile(payments, ledger):\n    """Match payments to ledger entries by reference."""\n    by_ref = {entry["ref"]: entry for entry in ledger}\n    return [p for p in payments if p["ref"] in by_ref]\n';
  const v3 =
    'def reconcile(payments, ledger):\n    """Match payments to ledger entries by reference."""\n    if payments is None or ledger is None:\n        raise ValueError("payments and ledger are required")\n    by_ref = {entry["ref"]: entry for entry in ledger}\n    return [p for p in payments if p["ref"] in by_ref]\n';
  return [
    { ...at(4), kind: 'file-open', eventId: 'ev-1', recordedBy: 'client', path: 'reconcile.py' },
    { ...at(41), kind: 'prompt', eventId: 'ev-2', recordedBy: 'server', text: 'How should I match payments to ledger entries by reference, in one pass?', model: 'offline-assistant', provider: 'offline', requestId: 'rq-1' },
    { ...at(47), kind: 'answer', eventId: 'ev-3', recordedBy: 'server', text: 'Index the ledger by reference in a dict, then keep the payments whose reference is in it.', model: 'offline-assistant', provider: 'offline', requestId: 'rq-1', inputTokens: 182, outputTokens: 64, latencyMs: 900, complete: true },
    { ...at(95), kind: 'file-change', eventId: 'ev-4', recordedBy: 'client', path: 'reconcile.py', op: 'edit', linesAdded: 2, linesRemoved: 1, diffTruncated: false, contentTruncated: false,
      diff: '--- a/reconcile.py\n+++ b/reconcile.py\n@@ -1,3 +1,4 @@\n def reconcile(payments, ledger):\n     """Match payments to ledger entries by reference."""\n-    pass\n+    by_ref = {entry["ref"]: entry for entry in ledger}\n+    return [p for p in payments if p["ref"] in by_ref]\n',
      content: v2 },
    { ...at(130), kind: 'command', eventId: 'ev-5', recordedBy: 'server', command: 'python -m pytest -q' },
    { ...at(134), kind: 'test-run', eventId: 'ev-6', recordedBy: 'server', command: 'python -m pytest -q', exitCode: 1, durationMs: 1450, timedOut: false, stopped: false, hidden: false },
    { ...at(180), kind: 'prompt', eventId: 'ev-7', recordedBy: 'server', text: 'The test for missing input fails. What should reconcile do with None?', model: 'offline-assistant', provider: 'offline', requestId: 'rq-2' },
    { ...at(186), kind: 'answer', eventId: 'ev-8', recordedBy: 'server', text: 'Raise a ValueError naming what is missing, before touching the data.', model: 'offline-assistant', provider: 'offline', requestId: 'rq-2', inputTokens: 240, outputTokens: 41, latencyMs: 700, complete: true },
    { ...at(200), kind: 'focus', eventId: 'ev-9', recordedBy: 'client', focused: false },
    { ...at(214), kind: 'focus', eventId: 'ev-10', recordedBy: 'client', focused: true },
    { ...at(220), kind: 'file-change', eventId: 'ev-13', recordedBy: 'client', path: 'NOTES.md', op: 'create', linesAdded: 1, linesRemoved: 0, diffTruncated: false, contentTruncated: false, diff: '--- /dev/null\n+++ b/NOTES.md\n@@ -0,0 +1 @@\n+Matched by reference; None raises ValueError.\n', content: 'Matched by reference; None raises ValueError.\n' },
    { ...at(230), kind: 'paste', eventId: 'ev-11', recordedBy: 'client', origin: 'chat', path: 'reconcile.py', length: 68, text: 'raise ValueError("payments and ledger are required")' },
    { ...at(236), kind: 'file-change', eventId: 'ev-12', recordedBy: 'client', path: 'reconcile.py', op: 'edit', linesAdded: 2, linesRemoved: 0, diffTruncated: false, contentTruncated: false,
      diff: '--- a/reconcile.py\n+++ b/reconcile.py\n@@ -1,4 +1,6 @@\n def reconcile(payments, ledger):\n     """Match payments to ledger entries by reference."""\n+    if payments is None or ledger is None:\n+        raise ValueError("payments and ledger are required")\n     by_ref = {entry["ref"]: entry for entry in ledger}\n     return [p for p in payments if p["ref"] in by_ref]\n',
      content: v3 },
    { ...at(262), kind: 'test-run', eventId: 'ev-14', recordedBy: 'server', command: 'python -m pytest -q', exitCode: 0, durationMs: 1320, timedOut: false, stopped: false, hidden: false },
    { ...at(300), kind: 'submit', eventId: null, recordedBy: 'platform', autoSubmitted: false, text: 'Done; edge cases for duplicates are not handled.' },
    ...(hidden ? [{ ...at(301), kind: 'test-run', eventId: null, recordedBy: 'platform', hidden: true, testsTotal: hidden.total, testsPassed: hidden.passed, testsFailed: hidden.total - hidden.passed, durationMs: 2100, timedOut: false }] : []),
  ];
}

/**
 * Earlier scored attempts of the mock candidate, one a day going back from yesterday, on a task the journey does not
 * take: enough to page the dashboard's list and draw its progress chart.
 */
function seedPastAssessments(state, count) {
  const task = [...state.tasks.values()].find((t) => t.title !== 'Build a REST API with AI Assistance' && t.isDefault !== false);
  for (let i = count; i >= 1; i--) {
    const day = Date.now() - i * 86_400_000;
    const base = score();
    const step = (count - i) * 1.5;
    const categoryScores = Object.fromEntries(Object.entries(base.categoryScores).map(([key, value]) => [key, Math.min(99, Math.round((value - 20 + step) * 10) / 10)]));
    const id = `past-${count - i + 1}`;
    state.assessments.set(id, {
      id,
      owner: 'user-1',
      status: 'scored',
      attemptNumber: count - i + 1,
      task,
      startedAt: new Date(day).toISOString(),
      deadline: new Date(day + 3_600_000).toISOString(),
      submittedAt: new Date(day + 1_800_000).toISOString(),
      scoredAt: new Date(day + 1_900_000).toISOString(),
      timeSpentSeconds: 1800,
      failureReason: null,
      chatHistory: [],
      score: { ...base, finalScore: Math.min(99, base.finalScore - 20 + step), categoryScores },
      createdAt: new Date(day).toISOString(),
    });
  }
}

/** The AI limits the mock reports: what the chat spent on an assessment, against small limits. */
const AI_LIMITS = { perAssessment: 50_000, daily: 200_000, perMinute: 20 };

function newState(options) {
  const users = new Map();
  const addUser = (user) => users.set(user.email, { deleted: false, verified: true, company: null, ...user });
  addUser({ sub: 'user-1', email: MOCK_USER.email, password: MOCK_USER.password, name: MOCK_USER.name, firstName: 'Casey', lastName: 'Candidate', userType: 'individual' });
  addUser({
    sub: 'biz-1',
    email: MOCK_BUSINESS.email,
    password: MOCK_BUSINESS.password,
    name: MOCK_BUSINESS.name,
    firstName: 'Bea',
    lastName: 'Business',
    userType: 'business',
    company: { ...MOCK_BUSINESS.company },
  });
  return {
    tracked: [],
    writes: [],
    chatRequests: [],
    /** The signed-in person's AI keys by provider, as stored (the key itself kept only to show it is never sent back). */
    aiKeys: new Map(),
    /** Tokens the chat spent, by assessment, and when each chat request came (for GET /api/ai/budget). */
    aiTokens: new Map(),
    aiRequests: [],
    submitted: [],
    unauthenticated: [],
    files: { ...STARTER_FILES },
    assessments: new Map(),
    resultPolls: 0,
    terminalConnections: 0,
    terminalInputs: [],
    runCommands: [],
    runStops: 0,
    /** Finishers of the Run-tab commands that run until stopped. */
    runningCommands: [],
    failFirstTerminalConnections: options.failFirstTerminalConnections ?? 0,
    users,
    signUps: [],
    /** Addresses that already had an account and were signed up with again (their owner would be emailed). */
    signUpNotices: [],
    verificationEmails: [],
    /** The query of every sign-in request to the identity provider (login_hint, skillslab_notice...). */
    authRequests: [],
    profileUpdates: [],
    taskWrites: [],
    tasks: new Map(TASKS.map((task) => [task.id, { ...task }])),
    taskConfigs: new Map(),
    taskFiles: new Map(),
    grants: new Set(),
    invitations: [],
    invitationRequests: [],
    publishRequests: [],
    resendRequests: [],
    /** The business pipeline: reviews by assessment, the report figures seeded per attempt, exports asked for. */
    reviews: new Map(),
    reviewRequests: [],
    /** The next n review saves fail with 503 (to see the list roll back). */
    failNextReviews: 0,
    pipelineFacts: new Map(),
    exports: [],
    /** Personal data exports asked for (`GET /api/me/export`): the Accept header of each. */
    personalExports: [],
    /** The next n personal data exports fail with 502 export-unavailable. */
    failNextPersonalExports: 0,
    /** PDF downloads of evidence reports, by assessment. */
    pdfRequests: [],
    /** Bodies of `POST /api/invitations/bulk`. */
    bulkRequests: [],
    // Every share request (public results): {assessmentId, nameDisplay}.
    shares: [],
    analyticsRequests: [],
    notifications: [],
    preferences: new Map(),
    /** Open `/ws/notifications` sockets. */
    notificationSockets: [],
    webhooks: [],
    webhookRequests: [],
    deliveries: new Map(),
    /** A notice for a user, in the list and live on every open socket (what notification-service does). */
    notify(sub, { kind, title, body, link = null }) {
      const notification = { id: `ntf-${this.notifications.length + 1}`, sub, kind, title, body, link, createdAt: new Date().toISOString(), readAt: null };
      this.notifications.push(notification);
      const unread = this.notifications.filter((n) => n.sub === sub && !n.readAt).length;
      const { sub: _sub, ...view } = notification;
      for (const ws of this.notificationSockets) ws.send(JSON.stringify({ type: 'notification', notification: view, unread }));
      return notification;
    },
    /**
     * Gives the demo business a published task with scored attempts of different quality, one still running and one
     * invitation nobody accepted: what the candidates, compare and analytics pages need to show something.
     */
    seedPipeline(businessSub = 'biz-1') {
      const task = {
        ...TASKS[0],
        id: 'task-pipeline',
        title: 'Build a payments reconciliation service',
        isDefault: false,
        isPublic: false,
        creatorId: businessSub,
        createdAt: '2026-11-20T09:00:00Z',
        status: 'published',
        publishedAt: '2026-11-20T09:30:00Z',
        archivedAt: null,
      };
      this.tasks.set(task.id, task);
      this.taskConfigs.set(task.id, JSON.parse(JSON.stringify(WEIGHTS)));
      const people = [
        ['Ada Lovelace', 'ada@example.com', 'scored', 88.4, 'innovator', [91, 86, 84, 92], { prompts: 9, aiCodeShare: 0.35 }, [], 10],
        ['Grace Hopper', 'grace@example.com', 'scored', 71.2, 'architect', [64, 78, 70, 73], { prompts: 14, aiCodeShare: 0.62 }, ['evidence-incomplete'], 8],
        ['Linus Example', 'linus@example.com', 'scored', 52.5, 'operator', [40, 58, 55, 57], { prompts: 22, aiCodeShare: 0.88 }, ['conftest', 'manipulation-attempts'], 5],
        ['Margaret Hamilton', 'margaret@example.com', 'scored', 79.9, 'architect', [82, 75, 77, 84], { prompts: 7, aiCodeShare: 0.21 }, [], 9],
        ['Dennis Pending', 'dennis@example.com', 'in_progress', null, null, null, null, null, null],
      ];
      people.forEach(([name, email, status, finalScore, level, categories, aiUsage, flags, passed], index) => {
        const id = `asm-p${index + 1}`;
        const submittedAt = status === 'scored' ? new Date(Date.now() - (index + 1) * 86_400_000).toISOString() : null;
        const base = score();
        const categoryScores = categories
          ? Object.fromEntries(Object.keys(base.categoryScores).map((key, i) => [key, categories[i]]))
          : null;
        const subitemScores = categories
          ? Object.fromEntries(
              Object.entries(base.subitemScores).map(([category, subitems], c) => [
                category,
                Object.fromEntries(Object.entries(subitems).map(([key, value], s) => [key, { ...value, raw: Math.max(0, Math.min(100, categories[c] + (s % 2 ? -6 : 5) + index)) }])),
              ]),
            )
          : null;
        this.assessments.set(id, {
          id,
          owner: `cand-${index + 1}`,
          status,
          attemptNumber: 1,
          task,
          startedAt: new Date(Date.now() - (index + 2) * 86_400_000).toISOString(),
          deadline: null,
          submittedAt,
          timeSpentSeconds: status === 'scored' ? 2400 + index * 420 : null,
          failureReason: null,
          chatHistory: [],
          score: status === 'scored' ? { ...base, finalScore, proficiencyLevel: level, categoryScores, subitemScores } : null,
          createdAt: new Date(Date.now() - (index + 3) * 86_400_000).toISOString(),
        });
        if (aiUsage) this.pipelineFacts.set(id, { aiUsage, flags, hiddenTests: { total: 10, passed, ran: true, counted: !flags.includes('conftest') } });
        this.invitations.push({
          id: `inv-p${index + 1}`,
          token: `tok-p${index + 1}`,
          taskId: task.id,
          senderId: businessSub,
          recipientEmail: email,
          recipientName: name,
          message: null,
          status: status === 'scored' ? 'completed' : 'accepted',
          sentAt: new Date(Date.now() - (index + 4) * 86_400_000).toISOString(),
          expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
          acceptedAt: new Date(Date.now() - (index + 3) * 86_400_000).toISOString(),
          completedAt: submittedAt,
          assessmentId: id,
          allowRetakes: false,
          locale: 'en',
          lastSentAt: new Date(Date.now() - (index + 4) * 86_400_000).toISOString(),
          resendCount: 0,
          linkAvailable: false,
        });
      });
      this.invitations.push({
        id: 'inv-p-waiting',
        token: 'tok-p-waiting',
        taskId: task.id,
        senderId: businessSub,
        recipientEmail: 'barbara@example.com',
        recipientName: 'Barbara Liskov',
        message: null,
        status: 'sent',
        sentAt: new Date(Date.now() - 3_600_000).toISOString(),
        expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        acceptedAt: null,
        completedAt: null,
        assessmentId: null,
        allowRetakes: false,
        locale: 'en',
        lastSentAt: new Date(Date.now() - 3_600_000).toISOString(),
        resendCount: 0,
        linkAvailable: true,
      });
      return task;
    },
    /** The candidate's attempt of an invitation is scored (what scoring-service does after a submission). */
    scoreInvitation(invitationId) {
      const invitation = this.invitations.find((i) => i.id === invitationId);
      const assessment = invitation && this.assessments.get(invitation.assessmentId);
      if (!assessment) throw new Error(`invitation ${invitationId} has no assessment to score`);
      Object.assign(assessment, {
        status: 'scored',
        startedAt: assessment.startedAt ?? new Date(Date.now() - 50 * 60_000).toISOString(),
        submittedAt: new Date().toISOString(),
        timeSpentSeconds: 2820,
        score: score(),
      });
      Object.assign(invitation, { status: 'completed', completedAt: assessment.submittedAt });
      return assessment;
    },
    /** The identity provider marks an address verified (what Keycloak's email link does). */
    verify(email) {
      const user = users.get(email.toLowerCase());
      if (user) user.verified = true;
    },
  };
}

/**
 * Installs the mock on a page. Returns the recorded state: tracked events, file writes, chat
 * requests, submitted assessments and any request that arrived without a bearer token; plus the
 * accounts, sign-ups, tasks and invitations of the account and business journeys.
 */
export async function installMockBackend(page, baseURL, options = {}) {
  const state = options.state ?? newState(options);
  if (!options.state && options.pastAssessments) seedPastAssessments(state, options.pastAssessments);
  const origin = new URL(baseURL).origin;
  const userBySub = (sub) => [...state.users.values()].find((u) => u.sub === sub && !u.deleted) ?? null;

  // ---- identity provider ------------------------------------------------------------------
  await page.route(`${MOCK_AUTHORITY}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname.replace('/realms/skills-lab', '');
    if (path === '/.well-known/openid-configuration') {
      return json(route, 200, {
        issuer: MOCK_AUTHORITY,
        authorization_endpoint: `${MOCK_AUTHORITY}/protocol/openid-connect/auth`,
        token_endpoint: `${MOCK_AUTHORITY}/protocol/openid-connect/token`,
        end_session_endpoint: `${MOCK_AUTHORITY}/protocol/openid-connect/logout`,
        userinfo_endpoint: `${MOCK_AUTHORITY}/protocol/openid-connect/userinfo`,
        jwks_uri: `${MOCK_AUTHORITY}/protocol/openid-connect/certs`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (path === '/protocol/openid-connect/auth') {
      state.authRequests.push(Object.fromEntries(url.searchParams));
      const redirect = url.searchParams.get('redirect_uri');
      const stateParam = url.searchParams.get('state');
      if (url.searchParams.get('code_challenge_method') !== 'S256') {
        return route.fulfill({ status: 400, contentType: 'text/plain', body: 'PKCE (S256) is required' });
      }
      const accounts = Object.fromEntries(
        [...state.users.values()].filter((u) => !u.deleted).map((u) => [u.email, { password: u.password, verified: u.verified }]),
      );
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html><head><title>Sign in to skills-lab</title></head><body style="font-family:sans-serif;display:grid;place-items:center;height:100vh;background:#f0f2f5">
<form id="kc-form-login" style="background:#fff;padding:32px;border-radius:8px;display:flex;flex-direction:column;gap:10px;width:320px">
<h1 style="font-size:20px">Sign in to your account</h1>
<label>Email <input id="username" name="username" style="width:100%" value="${(url.searchParams.get('login_hint') ?? '').replace(/[^\w@.+-]/g, '')}"></label>
<label>Password <input id="password" name="password" type="password" style="width:100%"></label>
<input id="kc-login" type="submit" value="Sign In">
<p id="error" style="color:#c00"></p>
</form>
<script>
const accounts = ${JSON.stringify(accounts)};
document.getElementById('kc-form-login').addEventListener('submit', function (e) {
  e.preventDefault();
  const email = document.getElementById('username').value.trim().toLowerCase();
  const account = accounts[email];
  if (!account || account.password !== document.getElementById('password').value) {
    document.getElementById('error').textContent = 'Invalid username or password.';
    return;
  }
  if (!account.verified) {
    document.body.innerHTML = '<h1 id="kc-page-title">Email verification</h1><p>You need to verify your email address to activate your account.</p>';
    return;
  }
  location.href = ${JSON.stringify(redirect)} + '?state=' + encodeURIComponent(${JSON.stringify(stateParam)}) + '&session_state=mock&code=mock-code.' + encodeURIComponent(email);
});
</script></body></html>`,
      });
    }
    if (path === '/protocol/openid-connect/token') {
      const form = new URLSearchParams(request.postData() ?? '');
      if (form.get('grant_type') === 'authorization_code' && !form.get('code_verifier')) {
        return json(route, 400, { error: 'invalid_grant', error_description: 'missing code_verifier' });
      }
      const code = form.get('code') ?? form.get('refresh_token') ?? '';
      const email = decodeURIComponent(code.replace(/^mock-(code|refresh)\.?/, '')) || MOCK_USER.email;
      const user = state.users.get(email);
      if (!user || user.deleted) return json(route, 400, { error: 'invalid_grant', error_description: 'unknown user' });
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: MOCK_AUTHORITY,
        aud: 'skills-lab-web',
        sub: user.sub,
        iat: now,
        exp: now + 3600,
        name: user.name,
        email: user.email,
        realm_access: { roles: [user.userType] },
      };
      return json(route, 200, {
        access_token: fakeJwt({ ...claims, typ: 'Bearer' }),
        id_token: fakeJwt({ ...claims, typ: 'ID' }),
        refresh_token: `mock-refresh.${encodeURIComponent(user.email)}`,
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'openid profile email',
      });
    }
    if (path === '/protocol/openid-connect/logout') {
      const back = url.searchParams.get('post_logout_redirect_uri') ?? origin;
      return route.fulfill({ status: 302, headers: { Location: back } });
    }
    return route.fulfill({ status: 404, body: 'not mocked' });
  });

  const meOf = (user) => ({
    id: user.sub,
    email: user.email,
    name: user.name,
    firstName: user.firstName,
    lastName: user.lastName,
    userType: user.userType,
    subscription: { plan: user.userType === 'business' ? 'business' : 'free', status: 'active' },
    company: user.company ? { ...user.company } : null,
    createdAt: user.createdAt ?? '2026-01-05T09:00:00Z',
  });

  const canSee = (user, task) =>
    task.creatorId === user.sub ||
    (!task.archivedAt && task.status !== 'draft' && (task.isDefault || task.isPublic || state.grants.has(`${task.id}:${user.sub}`)));

  const taskDetail = (task, user) => {
    const isDefaultTask = task.isDefault;
    const files = isDefaultTask
      ? Object.entries(STARTER_FILES).map(([p, c], i) => ({ id: `f${i}`, path: p, visibility: 'starter', fileType: 'starter', sizeBytes: c.length, mimeType: 'text/plain' }))
      : [...(state.taskFiles.get(task.id) ?? [])]
          .filter((f) => f.visibility === 'starter' || task.creatorId === user.sub)
          .map(({ content: _content, ...file }) => file);
    return { ...task, files, evaluationConfig: state.taskConfigs.get(task.id) ?? WEIGHTS };
  };

  const defaultConfig = () => JSON.parse(JSON.stringify(WEIGHTS));

  const candidateName = (a) => state.invitations.find((i) => i.assessmentId === a.id)?.recipientName ?? userBySub(a.owner)?.name ?? null;
  const candidateEmail = (a) => state.invitations.find((i) => i.assessmentId === a.id)?.recipientEmail ?? userBySub(a.owner)?.email ?? '';

  /** The score report's figures the pipeline shows, seeded per attempt (plain defaults otherwise). */
  const pipelineFacts = (a) => ({
    aiUsage: { prompts: 6, aiCodeShare: 0.4 },
    flags: [],
    hiddenTests: { total: 10, passed: 8, ran: true, counted: true },
    time: { trackedSeconds: 2700, aiInteractionSeconds: 600, codingSeconds: 1500, terminalSeconds: 300, planningSeconds: 240, idleSeconds: 60 },
    ...state.pipelineFacts.get(a.id),
    get aiDetail() {
      return { ...this.aiUsage, modelsUsed: ['offline-assistant'], inputTokens: 4200, outputTokens: 9100, promptQuality: { avgPromptLength: 180, avgOwnWords: 24, askedQuestions: 2, promptsWithAnchors: 3, promptsCopyingTheTask: 0, usedCodeBlocks: true, repeatedPrompts: 0, repetitionRate: 0 } };
    },
  });

  /** assessment-service's candidate list: attempts on the caller's tasks and invitations nobody started. */
  const candidateRows = (caller, params) => {
    const own = (taskId) => state.tasks.get(taskId)?.creatorId === caller.sub;
    const rows = [...state.assessments.values()]
      .filter((a) => own(a.task.id))
      .map((a) => {
        const invitation = state.invitations.find((i) => i.assessmentId === a.id);
        const scored = a.status === 'scored' && a.score;
        const facts = pipelineFacts(a);
        const review = state.reviews.get(a.id);
        return {
          assessmentId: a.id,
          invitationId: invitation?.id ?? null,
          name: candidateName(a),
          email: candidateEmail(a),
          taskId: a.task.id,
          taskTitle: a.task.title,
          status: a.status,
          finalScore: a.score?.finalScore ?? null,
          level: a.score?.proficiencyLevel ?? null,
          categoryScores: a.score?.categoryScores ?? null,
          submittedAt: a.submittedAt,
          timeSpentSeconds: a.timeSpentSeconds,
          aiUsage: scored ? facts.aiUsage : null,
          integrityFlags: scored ? facts.flags : null,
          stage: review?.stage ?? 'new',
          rating: review?.rating ?? null,
          date: a.submittedAt ?? a.createdAt,
        };
      });
    for (const i of state.invitations.filter((i) => i.senderId === caller.sub && !i.assessmentId)) {
      rows.push({
        assessmentId: null,
        invitationId: i.id,
        name: i.recipientName,
        email: i.recipientEmail,
        taskId: i.taskId,
        taskTitle: state.tasks.get(i.taskId)?.title ?? '(deleted task)',
        status: i.status,
        finalScore: null,
        level: null,
        categoryScores: null,
        submittedAt: null,
        timeSpentSeconds: null,
        aiUsage: null,
        integrityFlags: null,
        stage: null,
        rating: null,
        date: i.sentAt,
      });
    }
    const statuses = params.get('status')?.split(',').filter(Boolean) ?? [];
    const stages = params.get('stage')?.split(',').filter(Boolean) ?? [];
    const taskId = params.get('taskId');
    const q = params.get('q')?.toLowerCase();
    let kept = rows.filter(
      (r) =>
        (statuses.length ? statuses.includes(r.status) : r.status !== 'abandoned') &&
        (!stages.length || (r.stage && stages.includes(r.stage))) &&
        (!taskId || r.taskId === taskId) &&
        (!q || `${r.name ?? ''} ${r.email}`.toLowerCase().includes(q)),
    );
    const sortBy = params.get('sortBy') ?? 'date';
    const order = params.get('order') ?? 'desc';
    const key = { date: (r) => r.date, score: (r) => r.finalScore, name: (r) => (r.name ?? r.email).toLowerCase() }[sortBy];
    if (!key) return { field: 'sortBy', message: 'must be score, date or name' };
    if (!['asc', 'desc'].includes(order)) return { field: 'order', message: 'must be asc or desc' };
    // Rows without a value come last either way.
    kept = [...kept.filter((r) => key(r) !== null && key(r) !== undefined), ...kept.filter((r) => key(r) === null || key(r) === undefined)];
    const valued = kept.filter((r) => key(r) !== null && key(r) !== undefined);
    valued.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (order === 'asc' ? 1 : -1));
    return [...valued, ...kept.slice(valued.length)];
  };

  const candidatesCsv = (rows) => {
    const cell = (value) => {
      let text = value === null || value === undefined ? '' : String(value);
      if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const header = ['name', 'email', 'task', 'status', 'finalScore', 'level', 'stage', 'rating', 'prompts', 'aiCodeShare', 'integrityFlags'];
    const lines = rows.map((r) =>
      [r.name, r.email, r.taskTitle, r.status, r.finalScore, r.level, r.stage, r.rating, r.aiUsage?.prompts, r.aiUsage?.aiCodeShare, r.integrityFlags?.join(';')].map(cell).join(','),
    );
    return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
  };

  const analytics = (caller, taskId) => {
    const invitations = state.invitations.filter((i) => i.senderId === caller.sub && (!taskId || i.taskId === taskId));
    const attempts = [...state.assessments.values()].filter((a) => a.task.creatorId === caller.sub && (!taskId || a.task.id === taskId));
    const reached = (i, statuses) => {
      const a = i.assessmentId && state.assessments.get(i.assessmentId);
      return Boolean(a && statuses.includes(a.status));
    };
    const scored = attempts.filter((a) => a.status === 'scored' && a.score);
    const median = (values) => {
      if (!values.length) return null;
      const sorted = [...values].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const buckets = (values, count, max) =>
      Array.from({ length: count }, (_, i) => ({
        from: (i * max) / count,
        to: ((i + 1) * max) / count,
        count: values.filter((v) => v >= (i * max) / count && (v < ((i + 1) * max) / count || (i === count - 1 && v <= max))).length,
      }));
    const categories = {};
    for (const a of scored) for (const [k, v] of Object.entries(a.score.categoryScores)) (categories[k] ??= []).push(v);
    const submittedStatuses = ['submitted', 'scoring', 'scored', 'failed'];
    const shares = scored.map((a) => pipelineFacts(a).aiUsage.aiCodeShare).filter((v) => typeof v === 'number');
    return {
      taskId: taskId || null,
      from: null,
      to: null,
      funnel: {
        invited: invitations.length,
        opened: null,
        accepted: invitations.filter((i) => i.acceptedAt || i.assessmentId).length,
        started: invitations.filter((i) => reached(i, ['in_progress', ...submittedStatuses])).length,
        submitted: invitations.filter((i) => reached(i, submittedStatuses)).length,
        scored: invitations.filter((i) => reached(i, ['scored'])).length,
      },
      completionRate: invitations.length ? invitations.filter((i) => reached(i, submittedStatuses)).length / invitations.length : null,
      attempts: {
        total: attempts.length,
        started: attempts.filter((a) => a.startedAt).length,
        submitted: attempts.filter((a) => submittedStatuses.includes(a.status)).length,
        scored: scored.length,
        failed: attempts.filter((a) => a.status === 'failed').length,
        abandoned: attempts.filter((a) => a.status === 'abandoned').length,
      },
      averageScore: scored.length ? scored.reduce((sum, a) => sum + a.score.finalScore, 0) / scored.length : null,
      scoreDistribution: buckets(scored.map((a) => a.score.finalScore), 10, 100),
      averageByCategory: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.reduce((x, y) => x + y, 0) / v.length])),
      medianTimeSpentSeconds: median(attempts.filter((a) => a.timeSpentSeconds !== null).map((a) => a.timeSpentSeconds)),
      aiUsageDistribution: {
        aiCodeShare: buckets(shares, 5, 1),
        withoutAiCodeShare: scored.length - shares.length,
        medianPrompts: median(scored.map((a) => pipelineFacts(a).aiUsage.prompts).filter((v) => typeof v === 'number')),
      },
    };
  };

  const notificationView = ({ sub: _sub, ...n }) => n;
  const webhookView = ({ owner: _owner, secret: _secret, ...w }) => w;

  // ---- API -----------------------------------------------------------------------------------
  await page.route(`${origin}/api/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const method = request.method();
    const path = url.pathname;
    const body = () => {
      try {
        return JSON.parse(request.postData() ?? 'null');
      } catch {
        return null;
      }
    };

    if (path === '/api/config') {
      return json(route, 200, { oidc: { authority: MOCK_AUTHORITY, clientId: 'skills-lab-web' }, version: 'mock' });
    }

    // ---- public endpoints ------------------------------------------------------------------
    if (path === '/api/auth/signup' && method === 'POST') {
      const input = body() ?? {};
      state.signUps.push(input);
      const refused = unknownField(route, input, ['accountType', 'firstName', 'lastName', 'email', 'password', 'companyName', 'companySize', 'companyIndustry', 'returnTo']);
      if (refused) return refused;
      const errors = [];
      if (!['individual', 'business'].includes(input.accountType)) errors.push({ field: 'accountType', message: 'must be individual or business' });
      for (const field of ['firstName', 'lastName']) if (!input[field]?.trim()) errors.push({ field, message: 'must not be blank' });
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email ?? '')) errors.push({ field: 'email', message: 'must be a well-formed email address' });
      if (typeof input.password !== 'string' || [...input.password].length < 12) errors.push({ field: 'password', message: 'must be at least 12 characters long' });
      else if (input.email && input.password.toLowerCase().includes(input.email.trim().toLowerCase())) errors.push({ field: 'password', message: 'must not contain your email address' });
      else if (['password1234', '123456789012', 'qwertyuiop123'].includes(input.password.toLowerCase())) {
        errors.push({ field: 'password', message: 'is one of the most common passwords (or one with digits or symbols added); choose one that is harder to guess' });
      }
      if (input.accountType === 'business') {
        if (!input.companyName?.trim()) errors.push({ field: 'companyName', message: 'is required for a business account' });
        if (!COMPANY_SIZES.includes(input.companySize)) errors.push({ field: 'companySize', message: `must be one of ${COMPANY_SIZES.join(', ')}` });
        if (!INDUSTRIES.includes(input.companyIndustry)) errors.push({ field: 'companyIndustry', message: `must be one of ${INDUSTRIES.join(', ')}` });
      } else {
        for (const field of ['companyName', 'companySize', 'companyIndustry']) if (field in input) errors.push({ field, message: 'is only for business accounts' });
      }
      if (errors.length) return problem(route, 400, 'Invalid request', 'The sign-up form has errors.', { errors });
      const email = input.email.trim().toLowerCase();
      // The same answer for a taken address as for a new one; only its owner's mailbox learns of the attempt.
      const accepted = {
        email,
        userType: input.accountType,
        message: 'Check your email. If the address can be used for a new account, we sent a link to verify it; if it already has an account, we sent its owner a way to sign in.',
      };
      if (state.users.has(email)) {
        state.signUpNotices.push(email);
        return json(route, 202, accepted);
      }
      const user = {
        sub: `user-${state.users.size + 1}`,
        email,
        password: input.password,
        name: `${input.firstName.trim()} ${input.lastName.trim()}`,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        createdAt: new Date().toISOString(),
        userType: input.accountType,
        verified: false,
        deleted: false,
        company: input.accountType === 'business' ? { name: input.companyName, size: input.companySize, industry: input.companyIndustry } : null,
      };
      state.users.set(email, user);
      state.verificationEmails.push(email);
      return json(route, 202, accepted);
    }
    if (path === '/api/auth/verification-email' && method === 'POST') {
      const input = body() ?? {};
      const refused = unknownField(route, input, ['email']);
      if (refused) return refused;
      state.verificationEmails.push(String(input.email ?? '').toLowerCase());
      return route.fulfill({ status: 202 });
    }
    let match = path.match(/^\/api\/invitations\/access\/([^/]+)$/);
    if (match && method === 'GET') {
      const invitation = state.invitations.find((i) => i.token === decodeURIComponent(match[1]));
      if (!invitation) return problem(route, 404, 'Not found', 'No invitation has this link.');
      const task = state.tasks.get(invitation.taskId);
      const sender = userBySub(invitation.senderId);
      return json(route, 200, {
        invitationId: invitation.id,
        taskTitle: task.title,
        taskType: task.taskType,
        difficulty: task.difficulty,
        timeLimitMinutes: task.timeLimitMinutes,
        companyName: sender?.company?.name ?? null,
        senderName: sender?.name ?? null,
        message: invitation.message ?? null,
        expiresAt: invitation.expiresAt,
        status: invitation.status,
        recipientEmail: invitation.recipientEmail,
        recipientName: invitation.recipientName ?? null,
      });
    }

    const authorization = (await request.allHeaders()).authorization ?? '';
    if (!authorization.startsWith('Bearer ')) {
      state.unauthenticated.push(`${method} ${path}`);
      return problem(route, 401, 'Unauthorized', 'A bearer token is required.');
    }
    const caller = userBySub(claimsOf(authorization)?.sub);
    if (!caller) return problem(route, 401, 'Unauthorized', 'The account no longer exists.');

    // ---- the caller's account ------------------------------------------------------------------
    if (path === '/api/auth/me' || (path === '/api/me' && method === 'GET')) return json(route, 200, meOf(caller));
    if (path === '/api/me' && method === 'PUT') {
      const input = body() ?? {};
      state.profileUpdates.push(input);
      const refused = unknownField(route, input, ['firstName', 'lastName', 'companyName', 'companySize', 'companyIndustry']);
      if (refused) return refused;
      const errors = [];
      const touchesCompany = ['companyName', 'companySize', 'companyIndustry'].some((f) => f in input);
      if (touchesCompany && caller.userType !== 'business') errors.push({ field: 'companyName', message: 'is only for business accounts' });
      for (const field of ['firstName', 'lastName']) if (field in input && !input[field]?.trim()) errors.push({ field, message: 'must not be blank' });
      if ('companySize' in input && !COMPANY_SIZES.includes(input.companySize)) errors.push({ field: 'companySize', message: 'must be a company size' });
      if ('companyIndustry' in input && !INDUSTRIES.includes(input.companyIndustry)) errors.push({ field: 'companyIndustry', message: 'must be an industry' });
      if (errors.length) return problem(route, 400, 'Invalid request', 'The profile update is invalid.', { errors });
      caller.firstName = (input.firstName ?? caller.firstName).trim();
      caller.lastName = (input.lastName ?? caller.lastName).trim();
      caller.name = `${caller.firstName} ${caller.lastName}`.trim();
      if (touchesCompany) {
        caller.company = {
          name: input.companyName ?? caller.company?.name,
          size: input.companySize ?? caller.company?.size,
          industry: input.companyIndustry ?? caller.company?.industry,
        };
      }
      return json(route, 200, meOf(caller));
    }
    if (path === '/api/me/export' && method === 'GET') {
      const accept = (await request.allHeaders()).accept ?? '';
      state.personalExports.push(accept);
      if (state.failNextPersonalExports > 0) {
        state.failNextPersonalExports -= 1;
        return problem(route, 502, 'Upstream failure', 'Your files could not be collected right now, so nothing was exported. Try again in a minute.', {
          type: 'https://skillslab.dev/problems/export-unavailable',
        });
      }
      const exportedAt = new Date().toISOString();
      const document = { exportedAt, account: meOf(caller), assessments: { assessments: [], invitationsReceived: [], truncated: false } };
      const day = exportedAt.slice(0, 10);
      if (!/application\/zip/.test(accept)) {
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          headers: { 'Content-Disposition': `attachment; filename="skills-lab-export-${day}.json"` },
          body: JSON.stringify(document),
        });
      }
      const zip = storedZip([
        ['export.json', JSON.stringify(document, null, 2)],
        ['files/manifest.json', JSON.stringify({ exportedAt, sessions: [], omitted: [], truncated: false })],
      ]);
      return route.fulfill({
        status: 200,
        contentType: 'application/zip',
        headers: { 'Content-Disposition': `attachment; filename="skills-lab-export-${day}.zip"` },
        body: zip,
      });
    }
    if (path === '/api/me' && method === 'DELETE') {
      caller.deleted = true;
      return route.fulfill({ status: 204 });
    }

    // ---- tasks -------------------------------------------------------------------------------------
    if (path === '/api/tasks/evaluation-defaults' && method === 'GET') {
      if (caller.userType !== 'business') return problem(route, 403, 'Forbidden', 'Your account may not do this.');
      return json(route, 200, EVALUATION_DEFAULTS);
    }
    if (path === '/api/tasks' && method === 'GET') {
      const type = url.searchParams.get('type');
      const difficulty = url.searchParams.get('difficulty');
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      if (limit < 1 || limit > 100) return problem(route, 400, 'Invalid request', 'The task query is invalid', { errors: [{ field: 'limit', message: 'must be between 1 and 100' }] });
      const visible = [...state.tasks.values()].filter(
        (t) => canSee(caller, t) && (!type || t.taskType === type) && (!difficulty || t.difficulty === difficulty),
      );
      const tasks = visible.slice(offset, offset + limit);
      return json(route, 200, { tasks, total: visible.length, hasMore: offset + tasks.length < visible.length });
    }
    if (path === '/api/tasks' && method === 'POST') {
      if (caller.userType !== 'business') return problem(route, 403, 'Forbidden', 'Your account may not do this.');
      const input = body() ?? {};
      state.taskWrites.push({ method, input });
      const refused = unknownField(route, input, TASK_FIELDS);
      if (refused) return refused;
      const errors = taskProblems(input);
      if (errors.length) return problem(route, 400, 'Invalid request', 'The task is invalid', { errors });
      const { evaluationConfig, ...fields } = input;
      const task = {
        ...fields,
        title: fields.title.trim(),
        id: `task-${state.tasks.size + 1}`,
        isDefault: false,
        isActive: true,
        creatorId: caller.sub,
        archivedAt: null,
        createdAt: new Date().toISOString(),
        status: 'draft',
        publishedAt: null,
      };
      state.tasks.set(task.id, task);
      state.taskConfigs.set(task.id, evaluationConfig ?? defaultConfig());
      return json(route, 201, taskDetail(task, caller));
    }
    match = path.match(/^\/api\/tasks\/([^/]+)(\/.*)?$/);
    if (match) {
      const task = state.tasks.get(decodeURIComponent(match[1]));
      if (!task || !canSee(caller, task)) return problem(route, 404, 'Not Found', 'No such task.');
      const rest = match[2] ?? '';
      const owner = task.creatorId === caller.sub;
      if (rest === '' && method === 'GET') return json(route, 200, taskDetail(task, caller));
      if (rest === '/duplicate' && method === 'POST') {
        if (caller.userType !== 'business') return problem(route, 403, 'Forbidden', 'Your account may not do this.');
        const copy = {
          ...task,
          id: `task-${state.tasks.size + 1}`,
          title: `Copy of ${task.title}`,
          isDefault: false,
          isPublic: false,
          creatorId: caller.sub,
          archivedAt: null,
          maxAttempts: task.isDefault ? 1 : task.maxAttempts,
          createdAt: new Date().toISOString(),
          status: 'draft',
          publishedAt: null,
        };
        state.tasks.set(copy.id, copy);
        state.taskConfigs.set(copy.id, JSON.parse(JSON.stringify(state.taskConfigs.get(task.id) ?? WEIGHTS)));
        const files = (state.taskFiles.get(task.id) ?? []).filter((f) => owner || f.visibility === 'starter');
        state.taskFiles.set(copy.id, files.map((f, i) => ({ ...f, id: `${copy.id}-f${i}` })));
        return json(route, 201, taskDetail(copy, caller));
      }
      if (rest === '/publish' && method === 'POST') {
        if (!owner) return problem(route, 404, 'Not Found', 'No such task.');
        const input = body() ?? {};
        state.publishRequests.push({ id: task.id, input });
        const refused = unknownField(route, input, ['isPublic']);
        if (refused) return refused;
        if ('isPublic' in input && typeof input.isPublic !== 'boolean') {
          return problem(route, 400, 'Invalid request', 'isPublic must be true or false.', { errors: [{ field: 'isPublic', message: 'must be true or false' }] });
        }
        if (task.archivedAt) return problem(route, 409, 'Conflict', 'The task is archived.');
        if ('isPublic' in input) task.isPublic = input.isPublic;
        if (task.status !== 'published') Object.assign(task, { status: 'published', publishedAt: new Date().toISOString() });
        return json(route, 200, taskDetail(task, caller));
      }
      if (!owner) return problem(route, 403, 'Forbidden', "Only the task's creator may change it.");
      if (rest === '' && method === 'PUT') {
        const input = body() ?? {};
        state.taskWrites.push({ method, id: task.id, input });
        const refused = unknownField(route, input, TASK_FIELDS);
        if (refused) return refused;
        if (task.archivedAt) return problem(route, 409, 'Conflict', 'The task is archived and can no longer be changed.');
        const errors = taskProblems({ ...task, ...input });
        if (errors.length) return problem(route, 400, 'Invalid request', 'The task is invalid', { errors });
        const { evaluationConfig, ...fields } = input;
        Object.assign(task, fields, { title: (fields.title ?? task.title).trim() });
        if (evaluationConfig) state.taskConfigs.set(task.id, evaluationConfig);
        return json(route, 200, taskDetail(task, caller));
      }
      if (rest === '' && method === 'DELETE') {
        const taken = [...state.assessments.values()].some((a) => a.task.id === task.id);
        if (taken) {
          task.archivedAt = new Date().toISOString();
          return route.fulfill({ status: 204, headers: { 'Skills-Lab-Task-Outcome': 'archived' } });
        }
        state.tasks.delete(task.id);
        return route.fulfill({ status: 204, headers: { 'Skills-Lab-Task-Outcome': 'deleted' } });
      }
      if (rest === '/files' && method === 'POST') {
        const parts = multipart(request);
        if (!parts?.file) return problem(route, 400, 'Invalid request', 'file is required', { errors: [{ field: 'file', message: "is required: send the file as multipart field 'file'" }] });
        const filePath = (parts.path?.data.toString() ?? parts.file.filename ?? '').trim();
        const visibility = parts.visibility?.data.toString() ?? 'starter';
        const extension = filePath.includes('.') ? filePath.split('.').pop().toLowerCase() : '';
        if (!['starter', 'hidden'].includes(visibility)) return problem(route, 400, 'Invalid request', 'bad visibility', { errors: [{ field: 'visibility', message: 'must be starter or hidden' }] });
        if (!filePath || filePath.startsWith('/') || filePath.split('/').includes('..')) {
          return problem(route, 400, 'Invalid request', 'path is invalid', { errors: [{ field: 'path', message: 'must be relative to the workspace' }] });
        }
        if ((visibility === 'hidden') !== filePath.startsWith('hidden_tests/')) {
          return problem(route, 400, 'Invalid request', 'path is invalid', { errors: [{ field: 'path', message: 'of a hidden file must be under hidden_tests/' }] });
        }
        if (!TEXT_EXTENSIONS.includes(extension)) {
          const message = `Only text, source code and data files can be task files (${TEXT_EXTENSIONS.join(', ')}).`;
          return problem(route, 415, 'Unsupported file type', message, { errors: [{ field: 'path', message }] });
        }
        if (parts.file.data.length > MAX_MOCK_FILE_BYTES) {
          const message = `A task file may be at most ${MAX_MOCK_FILE_BYTES} bytes.`;
          return problem(route, 413, 'File too large', message, { errors: [{ field: 'file', message }] });
        }
        const list = state.taskFiles.get(task.id) ?? [];
        const existing = list.find((f) => f.path === filePath && f.visibility === visibility);
        const file = {
          id: existing?.id ?? `${task.id}-f${list.length + 1}`,
          path: filePath,
          visibility,
          fileType: visibility === 'hidden' || /(^|\/)test_/.test(filePath) ? 'test' : 'code',
          sizeBytes: parts.file.data.length,
          mimeType: 'text/plain',
          content: parts.file.data.toString(),
        };
        state.taskFiles.set(task.id, [...list.filter((f) => f !== existing), file]);
        const { content: _content, ...view } = file;
        return json(route, existing ? 200 : 201, view);
      }
      const fileMatch = rest.match(/^\/files\/([^/]+)$/);
      if (fileMatch) {
        const list = state.taskFiles.get(task.id) ?? [];
        const file = list.find((f) => f.id === decodeURIComponent(fileMatch[1]));
        if (!file) return problem(route, 404, 'Not Found', 'No such file.');
        if (method === 'GET') {
          return route.fulfill({
            status: 200,
            contentType: 'text/plain; charset=utf-8',
            headers: { 'Content-Disposition': `attachment; filename="${file.path.split('/').pop()}"` },
            body: file.content,
          });
        }
        if (method === 'DELETE') {
          state.taskFiles.set(task.id, list.filter((f) => f !== file));
          return route.fulfill({ status: 204 });
        }
      }
    }

    // ---- invitations -----------------------------------------------------------------------------------
    if (path === '/api/invitations' && method === 'POST') {
      if (caller.userType !== 'business') return problem(route, 403, 'Forbidden', 'Your account may not do this.');
      const input = body() ?? {};
      state.invitationRequests.push(input);
      const refused = unknownField(route, input, ['taskId', 'recipientEmail', 'recipientName', 'message', 'expiresAt', 'allowRetakes', 'locale', 'allowResultSharing']);
      if (refused) return refused;
      const task = state.tasks.get(input.taskId);
      if (!task || task.creatorId !== caller.sub) return problem(route, 404, 'Not found', 'No such task of yours.', { errors: [{ field: 'taskId', message: 'is not one of your tasks' }] });
      if (task.status === 'draft') {
        return problem(route, 409, 'Task not published', 'Publish the task before inviting candidates.', { type: 'https://skillslab.dev/problems/task-not-published' });
      }
      if ('allowRetakes' in input && typeof input.allowRetakes !== 'boolean') {
        return problem(route, 400, 'Invalid request', 'Some fields are invalid.', { errors: [{ field: 'allowRetakes', message: 'must be true or false' }] });
      }
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.recipientEmail ?? '')) {
        return problem(route, 400, 'Invalid request', 'Some fields are invalid.', { errors: [{ field: 'recipientEmail', message: 'must be a well-formed email address' }] });
      }
      const id = `inv-${state.invitations.length + 1}`;
      const token = `tok${state.invitations.length + 1}-${Math.random().toString(36).slice(2, 10)}`;
      state.invitations.push({
        id,
        token,
        taskId: task.id,
        senderId: caller.sub,
        recipientEmail: input.recipientEmail.toLowerCase(),
        recipientName: input.recipientName ?? null,
        message: input.message ?? null,
        status: 'sent',
        sentAt: new Date().toISOString(),
        expiresAt: input.expiresAt ?? new Date(Date.now() + 14 * 86_400_000).toISOString(),
        acceptedAt: null,
        completedAt: null,
        assessmentId: null,
        allowRetakes: input.allowRetakes ?? false,
        allowResultSharing: input.allowResultSharing ?? false,
        locale: input.locale ?? 'en',
        lastSentAt: new Date().toISOString(),
        resendCount: 0,
        linkAvailable: true,
      });
      return json(route, 201, { invitationId: id, accessLink: `${origin}/invite/${token}`, status: 'sent' });
    }
    if (path === '/api/invitations/bulk' && method === 'POST') {
      if (caller.userType !== 'business') return problem(route, 403, 'Forbidden', 'Your account may not do this.');
      const input = body() ?? {};
      state.bulkRequests.push(input);
      const refused = unknownField(route, input, ['taskId', 'addresses', 'message', 'expiresAt', 'allowRetakes', 'locale', 'allowResultSharing']);
      if (refused) return refused;
      const task = state.tasks.get(input.taskId);
      if (!task || task.creatorId !== caller.sub) return problem(route, 404, 'Not found', 'No such task of yours.', { errors: [{ field: 'taskId', message: 'is not one of your tasks' }] });
      if (task.status === 'draft') {
        return problem(route, 409, 'Task not published', 'Publish the task before inviting candidates.', { type: 'https://skillslab.dev/problems/task-not-published' });
      }
      const lines = String(input.addresses ?? '').split(/\r?\n/).map((text, i) => ({ row: i + 1, text: text.trim() })).filter((l) => l.text);
      if (lines.length === 0) return problem(route, 400, 'Invalid request', 'Some fields are invalid.', { errors: [{ field: 'addresses', message: 'must have at least one line' }] });
      if (lines.length > 200) return problem(route, 400, 'Invalid request', 'Some fields are invalid.', { errors: [{ field: 'addresses', message: `At most 200 lines at once (${lines.length} given).` }] });
      const created = [];
      const failed = [];
      const seen = new Set();
      const fail = (line, kind, title, detail) => failed.push({ row: line.row, input: line.text, problem: { type: `https://skillslab.dev/problems/${kind}`, title, detail } });
      for (const line of lines) {
        const cells = line.text.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
        if (cells.length > 2) { fail(line, 'invalid-row', 'Invalid row', 'A line is an email, or a name and an email separated by a comma.'); continue; }
        const email = (cells.length === 2 ? cells[1] : cells[0]).toLowerCase();
        const name = cells.length === 2 ? cells[0] : null;
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) { fail(line, 'invalid-email', 'Invalid email', `${email || '(empty)'} is not an email address.`); continue; }
        if (seen.has(email)) { fail(line, 'duplicate-address', 'Duplicate address', `${email} is on an earlier line.`); continue; }
        seen.add(email);
        if (state.invitations.some((i) => i.taskId === task.id && i.recipientEmail === email && i.status === 'sent')) {
          fail(line, 'invitation-pending', 'Invitation pending', `An invitation to this task already waits for ${email}.`);
          continue;
        }
        const id = `inv-${state.invitations.length + 1}`;
        state.invitations.push({
          id,
          token: `tok${state.invitations.length + 1}-${Math.random().toString(36).slice(2, 10)}`,
          taskId: task.id,
          senderId: caller.sub,
          recipientEmail: email,
          recipientName: name,
          message: input.message ?? null,
          status: 'sent',
          sentAt: new Date().toISOString(),
          expiresAt: input.expiresAt ?? new Date(Date.now() + 14 * 86_400_000).toISOString(),
          acceptedAt: null,
          completedAt: null,
          assessmentId: null,
          allowRetakes: input.allowRetakes ?? false,
          locale: input.locale ?? 'en',
          lastSentAt: new Date().toISOString(),
          resendCount: 0,
          linkAvailable: true,
        });
        created.push({ row: line.row, email, invitationId: id });
      }
      return json(route, failed.length ? 207 : 200, { created, failed });
    }
    if (path === '/api/invitations' && method === 'GET') {
      const taskId = url.searchParams.get('taskId');
      const status = url.searchParams.get('status');
      const invitations = state.invitations
        .filter((i) => i.senderId === caller.sub && (!taskId || i.taskId === taskId) && (!status || i.status === status))
        .map(({ token: _token, senderId: _sender, message: _message, locale: _locale, ...i }) => {
          const assessment = i.assessmentId ? state.assessments.get(i.assessmentId) : null;
          return {
            ...i,
            taskTitle: state.tasks.get(i.taskId)?.title ?? '(deleted task)',
            assessmentStatus: assessment?.status ?? null,
            finalScore: assessment?.score?.finalScore ?? null,
            proficiencyLevel: assessment?.score?.proficiencyLevel ?? null,
          };
        });
      return json(route, 200, { invitations });
    }
    match = path.match(/^\/api\/invitations\/([^/]+)\/(resend|link)$/);
    if (match) {
      const invitation = state.invitations.find((i) => i.id === decodeURIComponent(match[1]) && i.senderId === caller.sub);
      if (!invitation) return problem(route, 404, 'Not found', 'No such invitation.');
      if (invitation.status !== 'sent') return problem(route, 409, 'Conflict', `The invitation is already ${invitation.status}.`);
      if (match[2] === 'link' && method === 'GET') {
        if (!invitation.linkAvailable) {
          return problem(route, 409, 'Link unavailable', 'This invitation was made before links were kept.', { type: 'https://skillslab.dev/problems/link-unavailable' });
        }
        return json(route, 200, { accessLink: `${origin}/invite/${invitation.token}` });
      }
      if (match[2] === 'resend' && method === 'POST') {
        state.resendRequests.push(invitation.id);
        if (invitation.resendCount >= 5) {
          return problem(route, 409, 'Resend limit reached', 'An invitation can be sent again at most 5 times.', { type: 'https://skillslab.dev/problems/resend-limit' });
        }
        // One email per 10 minutes, the original one included (lastSentAt starts as the sending time).
        const since = Date.now() - Date.parse(invitation.lastSentAt);
        if (since < 600_000) {
          return route.fulfill({
            status: 429,
            contentType: 'application/problem+json',
            headers: { 'Retry-After': String(Math.ceil((600_000 - since) / 1000)) },
            body: JSON.stringify({ type: 'https://skillslab.dev/problems/resend-too-soon', title: 'Too many requests', status: 429, detail: 'The invitation was sent again only recently.' }),
          });
        }
        Object.assign(invitation, { lastSentAt: new Date().toISOString(), resendCount: invitation.resendCount + 1, linkAvailable: true });
        return json(route, 200, {
          invitationId: invitation.id,
          accessLink: `${origin}/invite/${invitation.token}`,
          lastSentAt: invitation.lastSentAt,
          resendCount: invitation.resendCount,
        });
      }
    }
    if (path.startsWith('/api/business/') && caller.userType !== 'business') {
      return problem(route, 403, 'Forbidden', 'Your account may not do this.');
    }
    if ((path === '/api/business/candidates' || path === '/api/business/candidates/export') && method === 'GET') {
      const rows = candidateRows(caller, url.searchParams);
      if (!Array.isArray(rows)) return problem(route, 400, 'Invalid request', 'The query is invalid.', { errors: [rows] });
      if (path.endsWith('/export')) {
        const format = url.searchParams.get('format') ?? 'csv';
        if (format !== 'csv') return problem(route, 400, 'Invalid request', 'Only csv is offered.', { errors: [{ field: 'format', message: 'must be csv' }] });
        state.exports.push(Object.fromEntries(url.searchParams));
        const csv = candidatesCsv(rows);
        const day = new Date().toISOString().slice(0, 10);
        const scope = url.searchParams.get('taskId') || 'all-tasks';
        return route.fulfill({
          status: 200,
          contentType: 'text/csv; charset=utf-8',
          headers: { 'Content-Disposition': `attachment; filename="candidates-${scope}-${day}.csv"` },
          body: csv,
        });
      }
      const size = Number(url.searchParams.get('size') ?? 20);
      const page = Number(url.searchParams.get('page') ?? 0);
      const candidates = rows.slice(page * size, (page + 1) * size).map(({ date: _date, ...row }) => row);
      return json(route, 200, { candidates, total: rows.length });
    }
    if (path === '/api/business/candidates/compare' && method === 'GET') {
      const ids = (url.searchParams.get('assessmentIds') ?? '').split(',').filter(Boolean);
      if (ids.length < 2 || ids.length > 5 || new Set(ids).size !== ids.length) {
        return problem(route, 400, 'Invalid request', 'Compare 2 to 5 distinct attempts.', { errors: [{ field: 'assessmentIds', message: 'must name 2 to 5 distinct attempts' }] });
      }
      const attempts = ids.map((id) => state.assessments.get(id));
      if (attempts.some((a) => !a || a.task.creatorId !== caller.sub)) return problem(route, 404, 'Not found', 'No such candidate attempt on your tasks.');
      const unscored = attempts.filter((a) => a.status !== 'scored' || !a.score).map((a) => a.id);
      if (unscored.length) {
        return problem(route, 409, 'Not scored', `Only scored attempts can be compared; not scored yet: ${unscored.join(', ')}.`, {
          type: 'https://skillslab.dev/problems/not-scored',
          assessmentIds: unscored,
        });
      }
      const compared = attempts.map((a) => {
        const facts = pipelineFacts(a);
        const subitemScores = Object.fromEntries(
          Object.entries(a.score.subitemScores).map(([category, subitems]) => [category, Object.fromEntries(Object.entries(subitems).map(([k, v]) => [k, v.raw]))]),
        );
        return {
          assessmentId: a.id,
          name: candidateName(a),
          taskId: a.task.id,
          taskTitle: a.task.title,
          finalScore: a.score.finalScore,
          level: a.score.proficiencyLevel,
          categoryScores: a.score.categoryScores,
          subitemScores,
          hiddenTests: facts.hiddenTests,
          aiUsage: facts.aiDetail,
          time: { spentSeconds: a.timeSpentSeconds, timeLimitSeconds: a.task.timeLimitMinutes * 60, ...facts.time },
          integrityFlags: facts.flags,
        };
      });
      const passed = (c) => (c.hiddenTests?.ran ? (c.hiddenTests.counted ? c.hiddenTests.passed : 0) : -1);
      const ranking = [...compared]
        .sort((x, y) => y.finalScore - x.finalScore || passed(y) - passed(x) || x.time.spentSeconds - y.time.spentSeconds)
        .map((c) => c.assessmentId);
      return json(route, 200, { sameTask: new Set(compared.map((c) => c.taskId)).size === 1, candidates: compared, ranking });
    }
    match = path.match(/^\/api\/business\/candidates\/([^/]+)\/review$/);
    if (match) {
      const assessment = state.assessments.get(decodeURIComponent(match[1]));
      if (!assessment || assessment.task.creatorId !== caller.sub) return problem(route, 404, 'Not found', 'No such candidate attempt on your tasks.');
      const review = state.reviews.get(assessment.id) ?? { stage: 'new', rating: null, notes: null, updatedAt: null, updatedBy: null, history: [] };
      const view = () => ({ assessmentId: assessment.id, ...review });
      if (method === 'GET') return json(route, 200, view());
      if (method === 'PUT') {
        const input = body() ?? {};
        state.reviewRequests.push({ id: assessment.id, input });
        const refused = unknownField(route, input, ['stage', 'rating', 'notes']);
        if (refused) return refused;
        if (state.failNextReviews > 0) {
          state.failNextReviews--;
          return problem(route, 503, 'Service unavailable', 'The review store is not reachable right now.');
        }
        const errors = [];
        if (!['new', 'shortlisted', 'interview', 'rejected', 'hired'].includes(input.stage)) errors.push({ field: 'stage', message: 'must be new, shortlisted, interview, rejected or hired' });
        if (input.rating !== null && input.rating !== undefined && !(Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5)) errors.push({ field: 'rating', message: 'must be 1 to 5, or null' });
        if (typeof input.notes === 'string' && input.notes.length > 2000) errors.push({ field: 'notes', message: 'must be at most 2000 characters' });
        if (errors.length) return problem(route, 400, 'Invalid request', 'The review is invalid.', { errors });
        const next = { stage: input.stage, rating: input.rating ?? null, notes: input.notes ?? null };
        const before = { stage: review.stage, rating: review.rating, notes: review.notes };
        if (JSON.stringify(before) !== JSON.stringify(next)) {
          const now = new Date().toISOString();
          review.history.unshift({ changedAt: now, changedBy: caller.sub, changedByName: caller.name, reason: null, from: review.updatedAt ? before : null, to: next });
          Object.assign(review, next, { updatedAt: now, updatedBy: caller.sub });
        }
        state.reviews.set(assessment.id, review);
        return json(route, 200, view());
      }
    }
    match = path.match(/^\/api\/business\/reports\/([^/]+)(\/pdf)?$/);
    if (match && method === 'GET') {
      const assessment = state.assessments.get(decodeURIComponent(match[1]));
      if (!assessment || assessment.task.creatorId !== caller.sub) return problem(route, 404, 'Not found', 'No such candidate attempt on your tasks.');
      const scored = assessment.status === 'scored' && !!assessment.score;
      if (match[2]) {
        state.pdfRequests.push(assessment.id);
        if (!scored) {
          return problem(route, 409, 'Not scored', 'The attempt is not scored yet.', { type: 'https://skillslab.dev/problems/not-scored', assessmentIds: [assessment.id] });
        }
        const day = (assessment.submittedAt ?? new Date().toISOString()).slice(0, 10);
        return route.fulfill({
          status: 200,
          contentType: 'application/pdf',
          headers: { 'Content-Disposition': `attachment; filename="evidence-report-${assessment.id}-${day}.pdf"`, 'X-Report-Cache': 'miss' },
          body: minimalPdf(`Evidence report ${candidateName(assessment) ?? candidateEmail(assessment)}`),
        });
      }
      const facts = state.pipelineFacts.get(assessment.id);
      const submitted = ['submitted', 'scoring', 'scored', 'failed'].includes(assessment.status);
      const hiddenFacts = submitted ? (facts?.hiddenTests ?? { total: 4, passed: 3, counted: true }) : null;
      const timeline = assessment.startedAt ? sessionTimeline(assessment.startedAt, hiddenFacts) : [];
      const shown = submitted ? timeline : timeline.filter((e) => e.kind !== 'submit' && !(e.kind === 'test-run' && e.hidden));
      const chat = shown
        .filter((e) => e.kind === 'prompt' || e.kind === 'answer')
        .map((e, i) => ({ id: `chat-${i + 1}`, role: e.kind === 'prompt' ? 'user' : 'assistant', content: e.text, model: e.model, createdAt: e.at, complete: true }));
      const testNames = ['test_matches_by_reference', 'test_unmatched_payment_is_left_out', 'test_none_raises_value_error', 'test_duplicate_references', 'test_empty_ledger', 'test_amount_mismatch', 'test_currency', 'test_large_input', 'test_order_kept', 'test_refunds'];
      const hiddenTests = hiddenFacts
        ? {
            runner: 'pytest',
            total: hiddenFacts.total,
            passed: hiddenFacts.passed,
            failed: hiddenFacts.total - hiddenFacts.passed,
            durationMs: 2100,
            timedOut: false,
            error: null,
            counted: hiddenFacts.counted ?? true,
            tests: Array.from({ length: hiddenFacts.total }, (_, i) => ({
              name: `tests/test_hidden.py::${testNames[i % testNames.length]}${i >= testNames.length ? `_${i}` : ''}`,
              passed: i < hiddenFacts.passed,
              message: i < hiddenFacts.passed ? null : `AssertionError: assert reconcile(payments, ledger) == expected\n  where 2 != 3 (duplicate reference "R-7" matched once)`,
            })),
            integrityFlags: (facts?.flags ?? []).filter((f) => f === 'conftest'),
          }
        : null;
      const prompts = chat.filter((m) => m.role === 'user').length;
      return json(route, 200, {
        assessmentId: assessment.id,
        candidate: { name: candidateName(assessment), email: candidateEmail(assessment) },
        task: {
          id: assessment.task.id,
          title: assessment.task.title,
          taskType: assessment.task.taskType,
          difficulty: assessment.task.difficulty,
          timeLimitMinutes: assessment.task.timeLimitMinutes,
          runtime: assessment.task.runtime ?? 'python',
        },
        status: assessment.status,
        attemptNumber: assessment.attemptNumber ?? 1,
        invitationId: state.invitations.find((i) => i.assessmentId === assessment.id)?.id ?? null,
        startedAt: assessment.startedAt,
        submittedAt: assessment.submittedAt,
        autoSubmitted: submitted ? false : null,
        timeSpentSeconds: assessment.timeSpentSeconds,
        scoredAt: scored ? assessment.submittedAt : null,
        notes: submitted ? 'Done; edge cases for duplicates are not handled.' : null,
        score: scored ? assessment.score : null,
        scoreVersion: scored ? { eventId: `score-${assessment.id}`, receivedAt: assessment.submittedAt, scoringVersion: assessment.score.scoringVersion, earlierRevisions: 0 } : null,
        hiddenTests,
        aiUsage: scored
          ? { source: 'score-report', prompts: facts?.aiUsage?.prompts ?? prompts, modelsUsed: ['offline-assistant'], aiCodeShare: facts?.aiUsage?.aiCodeShare ?? 0.4, inputTokens: 422, outputTokens: 105 }
          : { source: 'chat', prompts, modelsUsed: prompts ? ['offline-assistant'] : [], aiCodeShare: null, inputTokens: null, outputTokens: null },
        integrityFlags: scored ? (facts?.flags ?? []) : null,
        chat,
        timeline: shown,
        timelineSummary: { trackingObjects: 2, events: shown.length + 3, entries: shown.length, skippedEvents: 0, contentTruncated: false, warnings: submitted ? [] : ["The running session's last 30 seconds are not flushed yet."] },
      });
    }
    if (path === '/api/business/analytics' && method === 'GET') {
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      if (from && to && from > to) return problem(route, 400, 'Invalid request', 'from is after to.', { errors: [{ field: 'from', message: 'must not be after to' }] });
      state.analyticsRequests.push(Object.fromEntries(url.searchParams));
      return json(route, 200, analytics(caller, url.searchParams.get('taskId')));
    }

    // ---- notifications and webhooks (notification-service) ------------------------------------------
    if (path === '/api/notifications' && method === 'GET') {
      const mine = state.notifications.filter((n) => n.sub === caller.sub).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      const size = Number(url.searchParams.get('size') ?? 20);
      return json(route, 200, { notifications: mine.slice(0, size).map(notificationView), unread: mine.filter((n) => !n.readAt).length, total: mine.length });
    }
    if (path === '/api/notifications/read-all' && method === 'POST') {
      const unread = state.notifications.filter((n) => n.sub === caller.sub && !n.readAt);
      unread.forEach((n) => (n.readAt = new Date().toISOString()));
      return json(route, 200, { updated: unread.length, unread: 0 });
    }
    match = path.match(/^\/api\/notifications\/([^/]+)\/read$/);
    if (match && method === 'POST') {
      const notification = state.notifications.find((n) => n.id === decodeURIComponent(match[1]) && n.sub === caller.sub);
      if (!notification) return problem(route, 404, 'Not found', 'No such notification.');
      notification.readAt ??= new Date().toISOString();
      return json(route, 200, notificationView(notification));
    }
    if (path === '/api/notifications/preferences') {
      if (method === 'PUT') {
        const input = body() ?? {};
        const refused = unknownField(route, input, ['preferences']);
        if (refused) return refused;
        const errors = [];
        (input.preferences ?? []).forEach((p, i) => {
          if (!NOTICE_KINDS.includes(p.kind)) errors.push({ field: `preferences[${i}].kind`, message: 'is not a kind of notice' });
          if (typeof p.email !== 'boolean' || typeof p.inApp !== 'boolean') errors.push({ field: `preferences[${i}]`, message: 'needs both email and inApp' });
        });
        if (errors.length) return problem(route, 400, 'Invalid request', 'The preferences are invalid.', { errors });
        state.preferences.set(caller.sub, input.preferences);
      }
      const set = state.preferences.get(caller.sub) ?? [];
      const preferences = NOTICE_KINDS.map((kind) => set.find((p) => p.kind === kind) ?? { kind, email: true, inApp: true });
      return json(route, 200, { preferences });
    }
    if (path === '/api/business/webhooks' && method === 'GET') {
      return json(route, 200, { webhooks: state.webhooks.filter((w) => w.owner === caller.sub).map(webhookView) });
    }
    if (path === '/api/business/webhooks' && method === 'POST') {
      const input = body() ?? {};
      state.webhookRequests.push(input);
      const refused = unknownField(route, input, ['url', 'events', 'secret']);
      if (refused) return refused;
      const errors = [];
      let parsed = null;
      try {
        parsed = new URL(input.url);
      } catch {
        parsed = null;
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) errors.push({ field: 'url', message: 'must be an http(s) URL' });
      else if (/^(169\.254\.|0\.0\.0\.0)/.test(parsed.hostname)) errors.push({ field: 'url', message: 'must not point to a link-local or unspecified address' });
      if (!Array.isArray(input.events) || input.events.length === 0) errors.push({ field: 'events', message: 'must list at least one event' });
      else if (input.events.some((e) => !NOTICE_KINDS.includes(e))) errors.push({ field: 'events', message: `must be among ${NOTICE_KINDS.join(', ')}` });
      if ('secret' in input && (typeof input.secret !== 'string' || !/^[\x21-\x7e]{16,200}$/.test(input.secret))) errors.push({ field: 'secret', message: 'must be 16 to 200 visible ASCII characters' });
      if (errors.length) return problem(route, 400, 'Invalid request', 'The webhook is invalid.', { type: 'https://skillslab.dev/problems/validation', errors });
      const webhook = {
        id: `wh-${state.webhooks.length + 1}`,
        owner: caller.sub,
        url: input.url,
        events: [...input.events],
        createdAt: new Date().toISOString(),
        secret: input.secret ?? `whsec_${Buffer.from(`mock-secret-${state.webhooks.length + 1}-0123456789abcdef`).toString('base64url')}`,
      };
      state.webhooks.push(webhook);
      state.deliveries.set(webhook.id, []);
      return json(route, 201, { ...webhookView(webhook), secret: webhook.secret });
    }
    match = path.match(/^\/api\/business\/webhooks\/([^/]+)(\/deliveries|\/test)?$/);
    if (match) {
      const webhook = state.webhooks.find((w) => w.id === decodeURIComponent(match[1]) && w.owner === caller.sub);
      if (!webhook) return problem(route, 404, 'Not found', 'No such webhook.');
      if (!match[2] && method === 'GET') return json(route, 200, webhookView(webhook));
      if (!match[2] && method === 'DELETE') {
        state.webhooks = state.webhooks.filter((w) => w !== webhook);
        state.deliveries.delete(webhook.id);
        return route.fulfill({ status: 204 });
      }
      if (match[2] === '/deliveries' && method === 'GET') {
        const deliveries = state.deliveries.get(webhook.id) ?? [];
        return json(route, 200, { deliveries: [...deliveries].reverse(), total: deliveries.length });
      }
      if (match[2] === '/test' && method === 'POST') {
        const failing = /fail/.test(webhook.url);
        const now = new Date().toISOString();
        const delivery = {
          id: `del-${webhook.id}-${(state.deliveries.get(webhook.id)?.length ?? 0) + 1}`,
          eventId: `evt-${Date.now()}`,
          event: 'webhook.test',
          status: failing ? 'pending' : 'delivered',
          attempts: 1,
          lastStatusCode: failing ? 500 : 200,
          createdAt: now,
          nextAttemptAt: failing ? new Date(Date.now() + 30_000).toISOString() : null,
          completedAt: failing ? null : now,
          attemptLog: [
            { attempt: 1, attemptedAt: now, statusCode: failing ? 500 : 200, succeeded: !failing, error: failing ? 'HTTP 500' : null, responseExcerpt: failing ? 'Internal Server Error' : '{"received":true}', durationMs: 87 },
          ],
        };
        state.deliveries.get(webhook.id).push(delivery);
        return json(route, 200, delivery);
      }
    }
    match = path.match(/^\/api\/invitations\/access\/([^/]+)\/accept$/);
    if (match && method === 'POST') {
      const invitation = state.invitations.find((i) => i.token === decodeURIComponent(match[1]));
      if (!invitation) return problem(route, 404, 'Not found', 'No invitation has this link.');
      if (invitation.recipientEmail !== caller.email) {
        return problem(route, 403, 'Forbidden', 'This invitation was sent to another email address.');
      }
      if (invitation.status !== 'sent') return problem(route, 409, 'Conflict', `The invitation is ${invitation.status}.`);
      const task = state.tasks.get(invitation.taskId);
      const assessmentId = `asm-${state.assessments.size + 1}`;
      state.assessments.set(assessmentId, {
        id: assessmentId,
        owner: caller.sub,
        status: 'pending',
        attemptNumber: 1,
        task,
        startedAt: null,
        deadline: null,
        submittedAt: null,
        timeSpentSeconds: null,
        failureReason: null,
        chatHistory: [],
        score: null,
        createdAt: new Date().toISOString(),
      });
      state.grants.add(`${task.id}:${caller.sub}`);
      Object.assign(invitation, { status: 'accepted', acceptedAt: new Date().toISOString(), assessmentId });
      return json(route, 200, { assessmentId, redirectUrl: `/workspace/${assessmentId}` });
    }
    match = path.match(/^\/api\/invitations\/([^/]+)$/);
    if (match && method === 'DELETE') {
      const invitation = state.invitations.find((i) => i.id === decodeURIComponent(match[1]) && i.senderId === caller.sub);
      if (!invitation) return problem(route, 404, 'Not found', 'No such invitation.');
      if (invitation.status !== 'sent') return problem(route, 409, 'Conflict', `The invitation is already ${invitation.status}.`);
      invitation.status = 'cancelled';
      return route.fulfill({ status: 204 });
    }

    // ---- assessments, files, AI (the candidate journey) ------------------------------------------------
    if (path === '/api/assessments' && method === 'POST') {
      const task = state.tasks.get(body()?.taskId);
      if (!task || !canSee(caller, task)) {
        return problem(route, 400, 'Invalid request', 'Unknown task.', { errors: [{ field: 'taskId', message: 'unknown task' }] });
      }
      const id = `asm-${state.assessments.size + 1}`;
      state.assessments.set(id, {
        id,
        owner: caller.sub,
        status: 'pending',
        attemptNumber: 1,
        task,
        startedAt: null,
        deadline: null,
        submittedAt: null,
        timeSpentSeconds: null,
        failureReason: null,
        chatHistory: [],
        score: null,
        createdAt: new Date().toISOString(),
      });
      return json(route, 201, { assessmentId: id, status: 'pending' });
    }
    if (path === '/api/assessments' && method === 'GET') {
      const q = url.searchParams;
      const errors = [];
      for (const name of ['from', 'to']) {
        const value = q.get(name);
        if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors.push({ field: name, message: 'must be an ISO date (YYYY-MM-DD)' });
      }
      if (errors.length) return problem(route, 400, 'Invalid request', 'The assessment query is invalid', { errors });
      const statuses = q.get('status') ? q.get('status').split(',') : null;
      const from = q.get('from') ? Date.parse(`${q.get('from')}T00:00:00Z`) : null;
      const to = q.get('to') ? Date.parse(`${q.get('to')}T00:00:00Z`) + 86_400_000 : null;
      const limit = Number(q.get('limit') ?? 20);
      const offset = Number(q.get('offset') ?? 0);
      const matching = [...state.assessments.values()]
        .filter((a) => a.owner === caller.sub)
        .filter((a) => !q.get('taskId') || a.task.id === q.get('taskId'))
        .filter((a) => !statuses || statuses.includes(a.status))
        .filter((a) => (from === null || Date.parse(a.createdAt) >= from) && (to === null || Date.parse(a.createdAt) < to))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      const list = matching
        .slice(offset, offset + limit)
        .map((a) => ({
          id: a.id,
          status: a.status,
          taskId: a.task.id,
          taskTitle: a.task.title,
          attemptNumber: a.attemptNumber,
          startedAt: a.startedAt,
          submittedAt: a.submittedAt,
          finalScore: a.score?.finalScore ?? null,
          proficiencyLevel: a.score?.proficiencyLevel ?? null,
          createdAt: a.createdAt,
        }));
      return json(route, 200, { assessments: list, total: matching.length });
    }
    if (path === '/api/assessments/progress' && method === 'GET') {
      const points = [...state.assessments.values()]
        .filter((a) => a.owner === caller.sub && a.status === 'scored' && a.score)
        .map((a) => ({ assessmentId: a.id, taskTitle: a.task.title, scoredAt: a.scoredAt ?? a.submittedAt, finalScore: a.score.finalScore, categoryScores: a.score.categoryScores }))
        .sort((a, b) => Date.parse(a.scoredAt) - Date.parse(b.scoredAt))
        .slice(-100);
      return json(route, 200, { points });
    }
    if (path === '/api/ai/budget' && method === 'GET') {
      const id = url.searchParams.get('assessmentId');
      if (!id) return problem(route, 400, 'Invalid request', 'assessmentId is required', { errors: [{ field: 'assessmentId', message: 'is required' }] });
      const assessment = state.assessments.get(id);
      if (!assessment || assessment.owner !== caller.sub) return problem(route, 404, 'Not Found', 'No such assessment.');
      const used = state.aiTokens.get(id) ?? 0;
      const today = [...state.aiTokens.values()].reduce((sum, n) => sum + n, 0);
      const minute = Math.floor(Date.now() / 60_000);
      const requests = state.aiRequests.filter((t) => Math.floor(t / 60_000) === minute).length;
      const midnight = new Date();
      midnight.setUTCHours(24, 0, 0, 0);
      return json(route, 200, {
        assessment: { used, limit: AI_LIMITS.perAssessment, remaining: Math.max(0, AI_LIMITS.perAssessment - used) },
        daily: { used: today, limit: AI_LIMITS.daily, remaining: Math.max(0, AI_LIMITS.daily - today), resetsAt: midnight.toISOString() },
        requestsPerMinute: { limit: AI_LIMITS.perMinute, remaining: Math.max(0, AI_LIMITS.perMinute - requests), resetsAt: new Date((minute + 1) * 60_000).toISOString() },
      });
    }
    match = path.match(/^\/api\/assessments\/([^/]+)(\/.*)?$/);
    if (match) {
      const assessment = state.assessments.get(decodeURIComponent(match[1]));
      const rest = match[2] ?? '';
      if (assessment && assessment.owner !== caller.sub && assessment.task.creatorId === caller.sub && rest === '' && method === 'GET') {
        const { owner, ...view } = assessment;
        const candidate = userBySub(owner);
        return json(route, 200, { ...view, viewer: 'business', candidate: { name: candidate?.name ?? '', email: candidate?.email ?? '' } });
      }
      if (!assessment || assessment.owner !== caller.sub) return problem(route, 404, 'Not Found', 'No such assessment.');
      if (rest === '/timeline' && method === 'GET') {
        if (assessment.status !== 'scored') {
          return problem(route, 409, 'Conflict', 'The assessment is not scored yet; its replay is ready once it is.', { type: 'https://skillslab.dev/problems/not-scored' });
        }
        // The owner's view: no integrity entries; the hidden run only as its counts.
        const timeline = sessionTimeline(assessment.startedAt, { total: 10, passed: 8 })
          .filter((e) => e.kind !== 'integrity')
          .map((e) => (e.hidden ? { at: e.at, offsetSeconds: e.offsetSeconds, kind: e.kind, recordedBy: e.recordedBy, hidden: true, testsTotal: e.testsTotal, testsPassed: e.testsPassed, testsFailed: e.testsFailed, timedOut: e.timedOut } : e));
        return json(route, 200, {
          assessmentId: assessment.id,
          timeline,
          chat: assessment.chatHistory,
          timelineSummary: { trackingObjects: 2, events: timeline.length, entries: timeline.length, skippedEvents: 0, contentTruncated: false, warnings: [] },
        });
      }
      if (rest === '' && method === 'GET') {
        if (assessment.status === 'submitted' || assessment.status === 'scoring') {
          state.resultPolls++;
          if (state.resultPolls >= 2) assessment.status = 'scoring';
          if (state.resultPolls >= 3) {
            assessment.status = 'scored';
            assessment.score = score();
          }
        }
        const { owner: _owner, ...view } = assessment;
        return json(route, 200, view);
      }
      if (rest === '/start' && method === 'POST') {
        assessment.status = 'in_progress';
        assessment.startedAt = new Date().toISOString();
        assessment.deadline = new Date(Date.now() + assessment.task.timeLimitMinutes * 60_000).toISOString();
        return json(route, 200, {
          assessmentId: assessment.id,
          status: assessment.status,
          startedAt: assessment.startedAt,
          deadline: assessment.deadline,
          timeLimitMinutes: assessment.task.timeLimitMinutes,
          websocketUrl: `/ws/sandbox/${assessment.id}/terminal`,
        });
      }
      if (rest === '/files' && method === 'GET') {
        const entries = Object.entries(state.files).map(([p, c]) => ({ path: p, type: 'file', size: c.length }));
        entries.push({ path: 'app', type: 'directory', size: 0 }, { path: 'tests', type: 'directory', size: 0 });
        return json(route, 200, { entries });
      }
      const fileMatch = rest.match(/^\/files\/(.+)$/);
      if (fileMatch) {
        const filePath = fileMatch[1].split('/').map(decodeURIComponent).join('/');
        if (method === 'GET') {
          if (!(filePath in state.files)) return problem(route, 404, 'Not Found', `No file ${filePath}`);
          return json(route, 200, { path: filePath, content: state.files[filePath], size: state.files[filePath].length });
        }
        if (method === 'PUT') {
          if (assessment.status !== 'in_progress') return problem(route, 409, 'Conflict', 'The assessment is not in progress.');
          const content = body()?.content ?? '';
          state.files[filePath] = content;
          state.writes.push({ path: filePath, content });
          return json(route, 200, { path: filePath, size: content.length });
        }
        if (method === 'PATCH') {
          const newPath = body()?.newPath;
          state.files[newPath] = state.files[filePath];
          delete state.files[filePath];
          return json(route, 200, { path: newPath });
        }
        if (method === 'DELETE') {
          delete state.files[filePath];
          return route.fulfill({ status: 204 });
        }
      }
      if (rest === '/run' && method === 'GET') {
        return json(route, 200, { timeLimitSeconds: RUN_TIME_LIMIT_SECONDS, running: state.runningCommands.length > 0 });
      }
      if (rest === '/run/stop' && method === 'POST') {
        state.runStops++;
        state.runningCommands.splice(0).forEach((finish) => finish({ stopped: true }));
        return route.fulfill({ status: 204 });
      }
      if (rest === '/run' && method === 'POST') {
        const command = body()?.command ?? '';
        state.runCommands.push(command);
        // A server or a sleep runs until Stop or the time limit, like in the sandbox.
        if (/\b(sleep|http\.server|serve)\b/.test(command)) {
          const started = Date.now();
          const ended = await new Promise((resolve) => {
            const timer = setTimeout(() => finish({ timedOut: true }), RUN_TIME_LIMIT_SECONDS * 1000);
            function finish(how) {
              clearTimeout(timer);
              state.runningCommands = state.runningCommands.filter((f) => f !== finish);
              resolve(how);
            }
            state.runningCommands.push(finish);
          });
          return json(route, 200, {
            exitCode: 137,
            stdout: 'Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n',
            stderr: '',
            durationMs: Date.now() - started,
            truncated: false,
            timedOut: Boolean(ended.timedOut),
            stopped: Boolean(ended.stopped),
            timeLimitSeconds: RUN_TIME_LIMIT_SECONDS,
          });
        }
        // unittest reports on stderr, also when every test passes.
        return json(route, 200, {
          exitCode: 0,
          stdout: '',
          stderr: '...\n----------------------------------------------------------------------\nRan 3 tests in 0.005s\n\nOK\n',
          durationMs: 812,
          truncated: false,
          timedOut: false,
          stopped: false,
          timeLimitSeconds: RUN_TIME_LIMIT_SECONDS,
        });
      }
      if (rest === '/share') {
        // Public results: one share per assessment; an invited one only when its invitation allows it.
        const invitation = assessment.invitationId ? state.invitations.find((i) => i.id === assessment.invitationId) : null;
        if (invitation && !invitation.allowResultSharing) {
          return problem(route, 403, 'Forbidden', 'The business that invited you did not allow sharing this result.', {
            type: 'https://skillslab.dev/problems/sharing-not-allowed',
          });
        }
        if (method === 'GET') {
          return assessment.share ? json(route, 200, assessment.share) : problem(route, 404, 'Not Found', 'This result is not shared.');
        }
        if (method === 'POST') {
          const input = body() ?? {};
          if (!['full', 'initials', 'hidden'].includes(input.nameDisplay)) {
            return problem(route, 400, 'Invalid request', 'nameDisplay is invalid.', { errors: [{ field: 'nameDisplay', message: 'must be full, initials or hidden' }] });
          }
          if (assessment.status !== 'scored') {
            return problem(route, 409, 'Conflict', 'This attempt has no score yet to share.', { type: 'https://skillslab.dev/problems/not-scored' });
          }
          const created = !assessment.share;
          const shareId = assessment.share?.shareId ?? `share${assessment.id.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 22).padEnd(22, 'x');
          assessment.share = { shareId, url: `${origin}/r/${shareId}`, nameDisplay: input.nameDisplay, sharedAt: assessment.share?.sharedAt ?? new Date().toISOString() };
          state.shares.push({ assessmentId: assessment.id, nameDisplay: input.nameDisplay });
          return json(route, created ? 201 : 200, assessment.share);
        }
        if (method === 'DELETE') {
          assessment.share = null;
          return route.fulfill({ status: 204 });
        }
      }
      if (rest === '/track' && method === 'POST') {
        const events = body()?.events ?? [];
        state.tracked.push(...events);
        return json(route, 200, { accepted: events.length, duplicates: 0 });
      }
      if (rest === '/submit' && method === 'POST') {
        assessment.status = 'submitted';
        assessment.submittedAt = new Date().toISOString();
        assessment.timeSpentSeconds = Math.round((Date.now() - Date.parse(assessment.startedAt)) / 1000);
        state.submitted.push({ id: assessment.id, body: body() });
        return json(route, 200, { assessmentId: assessment.id, status: 'submitted', submittedAt: assessment.submittedAt });
      }
    }
    if (path === '/api/ai/models') {
      const server = state.aiKeys.get('openai-compatible');
      const own = (server?.models ?? []).map((name) => ({
        id: `openai-compatible/${name}`,
        name,
        provider: 'openai-compatible',
        maxTokens: 4096,
        offline: false,
        source: 'own-key',
        keyProvider: 'openai-compatible',
        keyHint: server.hint,
        default: false,
      }));
      const models = [...own, ...MODELS].map((m, i) => ({ ...m, default: own.length > 0 ? i === 0 : m.default }));
      return json(route, 200, { models });
    }
    // ---- AI keys (bring-your-own-key) -------------------------------------------------------
    const keyView = ({ apiKey: _key, ...view }) => view;
    if (path === '/api/ai/keys' && method === 'GET') {
      return json(route, 200, { keys: [...state.aiKeys.values()].sort((a, b) => a.provider.localeCompare(b.provider)).map(keyView) });
    }
    if (path === '/api/ai/keys' && method === 'POST') {
      const request = body() ?? {};
      const refused = unknownField(route, request, ['provider', 'apiKey', 'baseUrl', 'models']);
      if (refused) return refused;
      const invalid = (field, message) =>
        problem(route, 400, 'Invalid input', `${field} ${message}`, { errors: [{ field, message }] });
      if (!['openai', 'anthropic', 'openai-compatible'].includes(request.provider)) {
        return invalid('provider', 'must be one of openai, anthropic, openai-compatible');
      }
      const ownServer = Boolean(request.baseUrl);
      if (ownServer && request.provider !== 'openai-compatible') return invalid('baseUrl', 'is accepted only for openai-compatible');
      const key = ownServer && !request.apiKey ? 'not-needed' : request.apiKey ?? '';
      if (!/^[\x21-\x7e]{8,512}$/.test(key)) return invalid('apiKey', 'must be 8 to 512 printable characters without spaces');
      if (ownServer) {
        const why = baseUrlProblem(request.baseUrl);
        if (why) return invalid('baseUrl', why);
      }
      const now = new Date().toISOString();
      const stored = {
        provider: request.provider,
        hint: key === 'not-needed' && ownServer && !request.apiKey ? 'none' : `...${key.slice(-4)}`,
        isValid: true,
        lastUsedAt: null,
        createdAt: state.aiKeys.get(request.provider)?.createdAt ?? now,
        updatedAt: now,
        baseUrl: ownServer ? request.baseUrl.replace(/\/+$/, '') : null,
        models: ownServer ? request.models ?? [] : [],
        apiKey: key,
      };
      state.aiKeys.set(request.provider, stored);
      return json(route, 201, keyView(stored));
    }
    const keyMatch = path.match(/^\/api\/ai\/keys\/([^/]+)(\/test)?$/);
    if (keyMatch) {
      const provider = decodeURIComponent(keyMatch[1]);
      const stored = state.aiKeys.get(provider);
      if (!stored) return problem(route, 404, 'Not found', `No ${provider} key is stored for you`);
      if (keyMatch[2] && method === 'POST') {
        stored.lastUsedAt = new Date().toISOString();
        if (stored.baseUrl) {
          stored.models = OWN_SERVER_MODELS;
          return json(route, 200, {
            provider,
            valid: true,
            detail: `Your server answered and serves ${OWN_SERVER_MODELS.length} models.`,
            models: OWN_SERVER_MODELS.map((m) => `openai-compatible/${m}`),
          });
        }
        return json(route, 200, { provider, valid: true, detail: 'The key works.', models: MODELS.filter((m) => m.provider === provider).map((m) => m.id) });
      }
      if (!keyMatch[2] && method === 'DELETE') {
        state.aiKeys.delete(provider);
        return route.fulfill({ status: 204 });
      }
    }
    if (path === '/api/ai/chat/stream' && method === 'POST') {
      const request = body();
      state.chatRequests.push(request);
      // The conversation is the server's: only the new turn is accepted.
      const refused = unknownField(route, request, ['assessmentId', 'model', 'message', 'maxTokens']);
      if (refused) return refused;
      const answer =
        'Here is a plan:\n\n1. Add a `POST /todos` endpoint.\n2. Validate the title.\n\n| Method | Path | Answer |\n| --- | --- | --- |\n| `GET` | `/todos` | 200 with the list |\n| `POST` | `/todos` | 201, or 400 for an empty title |\n\n```python\n@app.post("/todos", status_code=201)\ndef create_todo(todo: TodoIn):\n    todo_id = len(todos) + 1\n    todos[todo_id] = {"id": todo_id, **todo.model_dump()}\n    return todos[todo_id]\n```';
      const chunks = answer.match(/[\s\S]{1,24}/g);
      const events = chunks.map((text) => `data: ${JSON.stringify({ type: 'delta', text })}\n\n`);
      events.push(`data: ${JSON.stringify({ type: 'done', model: request.model, usage: { inputTokens: 40, outputTokens: 90, totalTokens: 130 } })}\n\n`);
      const assessment = state.assessments.get(request.assessmentId);
      state.aiTokens.set(request.assessmentId, (state.aiTokens.get(request.assessmentId) ?? 0) + 130);
      state.aiRequests.push(Date.now());
      assessment?.chatHistory.push(
        { id: `m${Date.now()}u`, role: 'user', content: request.message, model: request.model, createdAt: new Date().toISOString() },
        { id: `m${Date.now()}a`, role: 'assistant', content: answer, model: request.model, createdAt: new Date().toISOString() },
      );
      return route.fulfill({ status: 200, contentType: 'text/event-stream', body: events.join('') });
    }
    return problem(route, 404, 'Not Found', `The mock has no ${method} ${path}.`);
  });

  // ---- live notifications ---------------------------------------------------------------------
  await page.routeWebSocket(/\/ws\/notifications$/, (ws) => {
    state.notificationSockets.push(ws);
    ws.onClose(() => {
      state.notificationSockets = state.notificationSockets.filter((s) => s !== ws);
    });
    // The count on connecting; whose it is the token (a subprotocol) says, which the mock does not read: every
    // notification of the mock goes to the page's user.
    ws.send(JSON.stringify({ type: 'unread', unread: state.notifications.filter((n) => !n.readAt).length }));
  });

  // ---- terminal ---------------------------------------------------------------------------
  await page.routeWebSocket(/\/ws\/sandbox\/[^/]+\/terminal$/, (ws) => {
    state.terminalConnections++;
    if (state.terminalConnections <= state.failFirstTerminalConnections) {
      ws.close({ code: 1011, reason: 'terminal backend not ready' });
      return;
    }
    let line = '';
    const send = (data) => ws.send(JSON.stringify({ type: 'output', data }));
    send('\x1b[1;32mcandidate@sandbox\x1b[0m:\x1b[1;34m/workspace\x1b[0m$ ');
    ws.onMessage((raw) => {
      const message = JSON.parse(String(raw));
      if (message.type !== 'input') return;
      state.terminalInputs.push(message.data);
      for (const ch of message.data) {
        if (ch === '\r') {
          send('\r\n');
          const command = line.trim();
          // Files made in the shell land in the workspace, as in the sandbox.
          const touched = /^touch\s+(\S+)$/.exec(command);
          const echoed = /^echo\s+(.*?)\s*>\s*(\S+)$/.exec(command);
          if (command === 'ls') send(`${Object.keys(state.files).filter((p) => !p.includes('/')).concat('app', 'tests').sort().join('  ')}\r\n`);
          else if (touched) state.files[touched[1]] ??= '';
          else if (echoed) state.files[echoed[2]] = `${echoed[1].replace(/^["']|["']$/g, '')}\n`;
          else if (command) send(`${command}: ok\r\n`);
          send('\x1b[1;32mcandidate@sandbox\x1b[0m:\x1b[1;34m/workspace\x1b[0m$ ');
          line = '';
        } else if (ch === '\u007f') {
          if (line) {
            line = line.slice(0, -1);
            send('\b \b');
          }
        } else {
          line += ch;
          send(ch);
        }
      }
    });
  });

  return state;
}
