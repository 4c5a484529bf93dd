-- The default tasks' descriptions, rewritten to tell the truth about the sandbox: no network, only the standard
-- libraries of Python 3.11 and Node 20, real starter files, a visible test the candidate can run and a hidden test
-- suite run at submission. The design's sections (Task Description, Requirements, Tech Stack or Context,
-- Deliverables, Evaluation Focus) are kept.

UPDATE tasks SET description = $desc$## Task Description

Build a simple REST API for a todo list application using AI assistance. The starter files give you the project
layout: a storage layer (`todo_api/store.py`) and an HTTP layer (`todo_api/server.py`) to complete.

## Requirements

1. Create endpoints for CRUD operations on todos: `GET /todos`, `POST /todos`, `GET /todos/<id>`, `PUT /todos/<id>`,
   `DELETE /todos/<id>` (see `README.md` for the exact contract)
2. Implement proper error handling: JSON errors, 404 for unknown todos, 400 for bad input or invalid JSON
3. Add input validation: a non-blank title, `done` must be a boolean
4. Write basic tests in `tests/`

## Tech Stack
- Python 3.11 with its standard library only: `http.server` for HTTP and `sqlite3` for storage
- The sandbox has no network, so FastAPI, Express or other packages cannot be installed
- Run your tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Working API code
- Basic documentation (`README.md`)
- At least 3 test cases

## Evaluation Focus
- How you use AI to scaffold the project
- Your iteration process with AI
- Code quality of the final result
- A hidden test suite checks the API's behaviour when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';

UPDATE tasks SET description = $desc$## Task Description

Build a data dashboard component using AI assistance: reusable charts and a page that shows them, with loading and
error states.

## Requirements

1. Display at least 3 different chart types (bar, line and pie)
2. Implement responsive design (one column on small screens)
3. Add loading and error states
4. Create reusable chart components

## Tech Stack
- JavaScript ES modules on Node 20, SVG and CSS
- The sandbox has no network, so React, Recharts, Chart.js and Tailwind cannot be installed: build the components as
  framework-free functions that turn data into SVG and HTML, the way those libraries work underneath
- `index.html` shows the dashboard in a browser (`node serve.mjs`); run the tests with `node --test tests/`

## Deliverables
- Working chart components (`src/charts.mjs`) and dashboard (`src/dashboard.mjs`)
- Sample data integration (`src/data.mjs`)
- Responsive layout (`styles.css`)

## Evaluation Focus
- Component architecture decisions
- AI prompt strategies for UI development
- Code reusability
- A hidden test suite checks the components' contract (see `README.md`) when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567891';

UPDATE tasks SET description = $desc$## Task Description

Refactor an existing Express.js API to a FastAPI-style Python application using AI assistance.

## Starting Code
The task files contain the legacy books API in `legacy/` (Express-style routes running on Node's `http` module, with
its tests) and the skeleton of the Python port in `books_api/`.

## Requirements

1. Maintain all existing functionality: status codes, error codes, validation, filters and limits
2. Add proper type hints
3. Implement typed request models with validation
4. Update tests for the Python version

## Tech Stack
- Python 3.11 standard library; the sandbox has no network, so FastAPI, Pydantic and pytest cannot be installed
- Models are dataclasses with validation (the role of Pydantic), routing is a small app object (the role of FastAPI's
  router), tests use `unittest` (`python3 -m unittest discover -s tests -v`)
- The legacy code runs with `node legacy/server.js` and `node --test legacy/`

## Deliverables
- Complete Python application (`books_api/`)
- Updated tests
- Migration notes (`MIGRATION_NOTES.md`)

## Evaluation Focus
- Understanding of both frameworks
- AI-assisted code translation
- Handling edge cases in migration
- A hidden test suite compares the port's behaviour with the legacy API when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567892';

UPDATE tasks SET description = $desc$## Task Description

Fix authentication bugs in a provided codebase using AI assistance.

## Bug Report
See `BUG_REPORT.md` in the task files: failed logins after a hashing change, case-sensitive e-mail addresses, expired
and unsigned tokens being accepted, logout that does nothing and lock-outs that never reset.

## Requirements

1. Identify root cause of auth failures
2. Fix the bugs without breaking other features
3. Add regression tests
4. Document the fix

## Tech Stack
- Python 3.11 standard library (`hashlib`, `hmac`, `base64`, `json`); the sandbox has no network
- Run the tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Fixed code
- Test cases
- Bug analysis report (`BUG_ANALYSIS.md`)

## Evaluation Focus
- Debugging methodology
- AI-assisted diagnosis
- Comprehensive testing
- A hidden test suite checks each fix and the features that must keep working when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567893';

UPDATE tasks SET description = $desc$## Task Description

Identify and fix race conditions in an async Python application.

## Starting Code
The task files contain the asyncio core of a small shop (`shop/`): stock reservations, wallet transfers, a cache in
front of a slow service and a checkout limiter. Each contains intentional race conditions.

## Requirements

1. Identify all race conditions
2. Implement proper synchronization
3. Maintain performance: independent requests must not wait for each other, and nothing may deadlock
4. Add concurrency tests

## Tech Stack
- Python 3.11 `asyncio`, standard library only; the sandbox has no network
- Run the tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Fixed async code
- Concurrency test suite
- Analysis document (`ANALYSIS.md`)

## Evaluation Focus
- Understanding of async patterns
- AI-assisted concurrent debugging
- Solution correctness
- A hidden test suite checks the invariants under concurrent load when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567894';

UPDATE tasks SET description = $desc$## Task Description

Design and prototype an AI-powered semantic search feature for a help centre.

## Requirements

1. Design the system architecture
2. Implement a working prototype
3. Handle edge cases (empty results, long queries)
4. Consider scalability

## Context
- Python 3.11 standard library; the sandbox has no network, so no hosted embedding model or vector database can be
  used: `search/embedding.py` provides an offline embedder with the same interface as an embedding API, and
  `data/synonyms.json` a synonym list for query expansion
- The articles are in `data/articles.json`; run the tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Architecture diagram (can be ASCII or description) in `DESIGN.md`
- Working prototype code (`search/engine.py`)
- Design document (`DESIGN.md`: architecture, scalability, edge cases)

## Evaluation Focus
- System design thinking
- AI integration patterns
- Practical implementation
- A hidden test suite checks the prototype's behaviour and the design document's structure when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567895';

UPDATE tasks SET description = $desc$## Task Description

Design a scalable real-time notification system with AI assistance, and prototype its core.

## Requirements

1. Support multiple notification channels (email, push, in-app)
2. Handle high throughput
3. Implement user preferences
4. Design for fault tolerance

## Context
- JavaScript on Node 20, standard library only; the sandbox has no network or npm packages, so channels are adapters
  (`src/channels.mjs` has in-memory ones that can be told to fail)
- The prototype's contract is in `README.md`; run the tests with `node --test tests/`

## Deliverables
- Complete system design (`DESIGN.md`)
- Data models
- API specifications
- Prototype of core components (`src/notifier.mjs`)

## Evaluation Focus
- Distributed systems knowledge
- AI-assisted architecture decisions
- Scalability considerations
- A hidden test suite checks the prototype (preferences, retries, idempotency, quiet hours, concurrency) and the
  design document's sections when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567896';

UPDATE tasks SET description = $desc$## Task Description

Create a multi-agent workflow for automated code review.

## Requirements

1. Design agent roles (reviewer, suggester, security checker)
2. Implement agent communication: the suggester builds on the other agents' findings
3. Create feedback aggregation
4. Handle conflicts between agents

## Context
- Python 3.11 standard library; the sandbox has no network, so agents cannot call an LLM from it: each agent is a
  prompt design (`prompts/`) plus a deterministic stand-in with the same interface (`review/agents.py`), which the
  workflow runs
- Run the demo with `python3 demo.py` and the tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Working multi-agent system
- Agent prompt designs
- Demo with sample code review

## Evaluation Focus
- Multi-agent architecture
- Prompt engineering for agents
- System coordination
- A hidden test suite checks the agents, the aggregation and the prompt designs when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567897';

UPDATE tasks SET description = $desc$## Task Description

Build a multi-agent research assistant that can gather, analyze, and summarize information from a document corpus.

## Requirements

1. Implement search agent
2. Create analysis agent
3. Build summarization agent
4. Design orchestration layer

## Context
- Python 3.11 standard library; the sandbox has no network, so agents cannot call an LLM or the web: they work on the
  documents in `corpus/` as deterministic stand-ins with the contracts in `README.md`
- Run the demo with `python3 demo.py "your question"` and the tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Complete agent pipeline
- Orchestration logic
- Demo with research query

## Evaluation Focus
- Agent specialization
- Information flow design
- Result quality
- A hidden test suite checks each agent, the citations and the orchestration when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567898';

UPDATE tasks SET description = $desc$## Task Description

Propose and prototype an AI-powered feature to improve user retention for a SaaS product.

## Context
You are given analytics data showing user drop-off patterns: `data/events.csv` in the task files, three months of a
product's event log. Python 3.11 standard library only (no pandas, no network).

## Requirements

1. Analyze the provided data
2. Propose an AI-powered solution
3. Build a working prototype (`retention/analysis.py`, `retention/nudges.py`)
4. Estimate impact

## Deliverables
- Analysis document (`ANALYSIS.md`)
- Solution proposal
- Working prototype
- Impact estimation

## Evaluation Focus
- Business problem understanding
- Creative AI application
- Practical implementation
- A hidden test suite checks the analysis functions on known data and the document's sections when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567899';

UPDATE tasks SET description = $desc$## Task Description

Design and implement an AI-powered customer support automation system.

## Requirements

1. Classify incoming support tickets
2. Route to appropriate teams or auto-respond
3. Generate response suggestions
4. Implement escalation logic

## Context
- JavaScript on Node 20, standard library only; the sandbox has no network, so the classifier and reply writer are
  prototyped as deterministic functions with the contracts in `README.md` (the design says how LLMs plug in)
- Sample tickets are in `data/tickets.json`; run the demo with `node demo.mjs` and the tests with `node --test tests/`

## Deliverables
- System design (`DESIGN.md`)
- Working prototype (`src/support.mjs`)
- Sample ticket processing
- Metrics dashboard design

## Evaluation Focus
- End-to-end thinking
- AI workflow design
- Business value delivery
- A hidden test suite checks classification, routing, escalation, metrics and the design's sections when you submit$desc$, updated_at = now() WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567900';
