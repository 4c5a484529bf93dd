// A stand-in for the gateway's API, the identity provider and the terminal WebSocket, installed
// with Playwright routing so that the built SPA can be exercised without any backend running.
// It follows the API contract of the services (JSON shapes, problem+json errors, SSE chat).

export const MOCK_AUTHORITY = 'http://idp.mock.test/realms/skills-lab';
export const MOCK_USER = { email: 'candidate@demo.skillslab.dev', password: 'demo-password', name: 'Casey Candidate' };

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

export const MODELS = [
  { id: 'offline-assistant', name: 'Skills Lab Assistant', provider: 'offline', maxTokens: 4096, offline: true },
  { id: 'claude-sonnet-4', name: 'Claude Sonnet 4', provider: 'anthropic', maxTokens: 8192, offline: false },
];

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function fakeJwt(claims) {
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.sig`;
}

function json(route, status, body, headers = {}) {
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

/**
 * Installs the mock on a page. Returns the recorded state: tracked events, file writes, chat
 * requests, submitted assessments and any request that arrived without a bearer token.
 */
export async function installMockBackend(page, baseURL, options = {}) {
  const state = {
    tracked: [],
    writes: [],
    chatRequests: [],
    submitted: [],
    unauthenticated: [],
    files: { ...STARTER_FILES },
    assessments: new Map(),
    resultPolls: 0,
    terminalConnections: 0,
    terminalInputs: [],
    failFirstTerminalConnections: options.failFirstTerminalConnections ?? 0,
  };
  const origin = new URL(baseURL).origin;

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
      const redirect = url.searchParams.get('redirect_uri');
      const stateParam = url.searchParams.get('state');
      if (url.searchParams.get('code_challenge_method') !== 'S256') {
        return route.fulfill({ status: 400, contentType: 'text/plain', body: 'PKCE (S256) is required' });
      }
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html><head><title>Sign in to skills-lab</title></head><body style="font-family:sans-serif;display:grid;place-items:center;height:100vh;background:#f0f2f5">
<form id="kc-form-login" style="background:#fff;padding:32px;border-radius:8px;display:flex;flex-direction:column;gap:10px;width:320px">
<h1 style="font-size:20px">Sign in to your account</h1>
<label>Email <input id="username" name="username" style="width:100%"></label>
<label>Password <input id="password" name="password" type="password" style="width:100%"></label>
<input id="kc-login" type="submit" value="Sign In">
<p id="error" style="color:#c00"></p>
</form>
<script>
document.getElementById('kc-form-login').addEventListener('submit', function (e) {
  e.preventDefault();
  if (document.getElementById('username').value !== ${JSON.stringify(MOCK_USER.email)} ||
      document.getElementById('password').value !== ${JSON.stringify(MOCK_USER.password)}) {
    document.getElementById('error').textContent = 'Invalid username or password.';
    return;
  }
  location.href = ${JSON.stringify(redirect)} + '?state=' + encodeURIComponent(${JSON.stringify(stateParam)}) + '&session_state=mock&code=mock-code';
});
</script></body></html>`,
      });
    }
    if (path === '/protocol/openid-connect/token') {
      const form = new URLSearchParams(request.postData() ?? '');
      if (form.get('grant_type') === 'authorization_code' && !form.get('code_verifier')) {
        return json(route, 400, { error: 'invalid_grant', error_description: 'missing code_verifier' });
      }
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: MOCK_AUTHORITY,
        aud: 'skills-lab-web',
        sub: 'user-1',
        iat: now,
        exp: now + 3600,
        name: MOCK_USER.name,
        email: MOCK_USER.email,
        realm_access: { roles: ['individual'] },
      };
      return json(route, 200, {
        access_token: fakeJwt({ ...claims, typ: 'Bearer' }),
        id_token: fakeJwt({ ...claims, typ: 'ID' }),
        refresh_token: 'mock-refresh',
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
    const authorization = (await request.allHeaders()).authorization ?? '';
    if (!authorization.startsWith('Bearer ')) {
      state.unauthenticated.push(`${method} ${path}`);
      return problem(route, 401, 'Unauthorized', 'A bearer token is required.');
    }

    if (path === '/api/auth/me') {
      return json(route, 200, {
        id: 'user-1',
        email: MOCK_USER.email,
        name: MOCK_USER.name,
        userType: 'individual',
        subscription: { plan: 'free', status: 'active' },
        company: null,
      });
    }
    if (path === '/api/tasks' && method === 'GET') {
      const type = url.searchParams.get('type');
      const difficulty = url.searchParams.get('difficulty');
      const tasks = TASKS.filter((t) => (!type || t.taskType === type) && (!difficulty || t.difficulty === difficulty));
      return json(route, 200, { tasks, total: tasks.length, hasMore: false });
    }
    let match = path.match(/^\/api\/tasks\/([^/]+)$/);
    if (match) {
      const task = TASKS.find((t) => t.id === decodeURIComponent(match[1]));
      if (!task) return problem(route, 404, 'Not Found', 'No such task.');
      return json(route, 200, {
        ...task,
        files: Object.entries(STARTER_FILES).map(([p, c], i) => ({
          id: `f${i}`,
          path: p,
          fileType: 'starter',
          sizeBytes: c.length,
          mimeType: 'text/plain',
        })),
        evaluationConfig: WEIGHTS,
      });
    }
    if (path === '/api/assessments' && method === 'POST') {
      const task = TASKS.find((t) => t.id === body()?.taskId);
      if (!task) {
        return problem(route, 400, 'Invalid request', 'Unknown task.', { errors: [{ field: 'taskId', message: 'unknown task' }] });
      }
      const id = `asm-${state.assessments.size + 1}`;
      state.assessments.set(id, {
        id,
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
      const list = [...state.assessments.values()].map((a) => ({
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
      return json(route, 200, { assessments: list, total: list.length });
    }
    match = path.match(/^\/api\/assessments\/([^/]+)(\/.*)?$/);
    if (match) {
      const assessment = state.assessments.get(decodeURIComponent(match[1]));
      if (!assessment) return problem(route, 404, 'Not Found', 'No such assessment.');
      const rest = match[2] ?? '';
      if (rest === '' && method === 'GET') {
        if (assessment.status === 'submitted' || assessment.status === 'scoring') {
          state.resultPolls++;
          if (state.resultPolls >= 2) assessment.status = 'scoring';
          if (state.resultPolls >= 3) {
            assessment.status = 'scored';
            assessment.score = score();
          }
        }
        return json(route, 200, assessment);
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
      if (rest === '/run' && method === 'POST') {
        return json(route, 200, {
          exitCode: 0,
          stdout: '...\n3 passed in 0.05s\n',
          stderr: '',
          durationMs: 812,
          truncated: false,
        });
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
    if (path === '/api/ai/models') return json(route, 200, { models: MODELS });
    if (path === '/api/ai/chat/stream' && method === 'POST') {
      const request = body();
      state.chatRequests.push(request);
      const answer =
        'Here is a plan:\n\n1. Add a `POST /todos` endpoint.\n2. Validate the title.\n\n```python\n@app.post("/todos", status_code=201)\ndef create_todo(todo: TodoIn):\n    todo_id = len(todos) + 1\n    todos[todo_id] = {"id": todo_id, **todo.model_dump()}\n    return todos[todo_id]\n```';
      const chunks = answer.match(/[\s\S]{1,24}/g);
      const events = chunks.map((text) => `data: ${JSON.stringify({ type: 'delta', text })}\n\n`);
      events.push(`data: ${JSON.stringify({ type: 'done', model: request.model, usage: { inputTokens: 40, outputTokens: 90, totalTokens: 130 } })}\n\n`);
      const assessment = state.assessments.get(request.assessmentId);
      assessment?.chatHistory.push(
        { id: `m${Date.now()}u`, role: 'user', content: request.messages.at(-1).content, model: request.model, createdAt: new Date().toISOString() },
        { id: `m${Date.now()}a`, role: 'assistant', content: answer, model: request.model, createdAt: new Date().toISOString() },
      );
      return route.fulfill({ status: 200, contentType: 'text/event-stream', body: events.join('') });
    }
    return problem(route, 404, 'Not Found', `The mock has no ${method} ${path}.`);
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
          if (line.trim() === 'ls') send('README.md  app  requirements.txt  tests\r\n');
          else if (line.trim()) send(`${line.trim()}: ok\r\n`);
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
