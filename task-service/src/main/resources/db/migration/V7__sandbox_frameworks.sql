-- The sandbox now offers the frameworks its default tasks name (still without network): pytest, FastAPI, Pydantic,
-- httpx, SQLAlchemy and uvicorn for Python; React, react-dom, Vite, Vitest, TypeScript and Express for Node (read-only
-- at /node_modules). "Create a React Dashboard Component" and "Migrate Express API to FastAPI" are rewritten to use
-- them, with new visible test commands; the descriptions that said packages could not be installed are corrected.

UPDATE tasks SET description = $desc$## Task Description

Build a data dashboard component using React and AI assistance. The starter is a React 18 app built with Vite:
`<App />` loads sample data (which can fail) and renders `<Dashboard />`; the chart components are yours to write.

## Requirements

1. Display at least 3 different chart types (`<BarChart>`, `<LineChart>` and `<PieChart>`, rendering SVG)
2. Implement responsive design (one column on small screens)
3. Add loading and error states
4. Create reusable chart components

## Tech Stack
- React 18 with JSX, Vite 5 and Vitest 2, on Node 20
- The sandbox has no network, but React, react-dom, Vite, Vitest and TypeScript are installed (read-only, at
  `/node_modules`): nothing to `npm install`. Charting libraries and Tailwind are not: draw the charts in SVG
- `npm run dev` serves the app on port 5173; run the tests with `vitest run`

## Deliverables
- Working React components (`src/components/BarChart.jsx`, `LineChart.jsx`, `PieChart.jsx`, `Dashboard.jsx`)
- Sample data integration (`src/data.js`, `src/App.jsx`)
- Responsive layout (`src/styles.css`)

## Evaluation Focus
- Component architecture decisions
- AI prompt strategies for UI development
- Code reusability
- A hidden test suite renders the components and checks their contract (see `README.md`) when you submit$desc$,
    visible_test_command = 'vitest run', updated_at = now()
WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567891';

UPDATE tasks SET description = $desc$## Task Description

Refactor an existing Express.js API to Python FastAPI using AI assistance.

## Starting Code
The task files contain the legacy books API in `legacy/` (an Express app, with its tests) and the skeleton of the
FastAPI port in `books_api/`.

## Requirements

1. Maintain all existing functionality: status codes, error codes, validation, filters and limits
2. Add proper type hints
3. Implement Pydantic models
4. Update tests for pytest

## Tech Stack
- Python 3.11 with FastAPI 0.92, Pydantic 1.10, pytest, httpx (FastAPI's `TestClient`) and uvicorn, installed in the
  sandbox (which has no network); the legacy app uses Express 4 on Node 20
- Run the tests with `python3 -m pytest`, the API with `python3 -m uvicorn books_api.app:app --reload`
- The legacy code runs with `node legacy/server.js` and `node --test legacy/`

## Deliverables
- Complete FastAPI application (`books_api/`)
- Updated tests
- Migration notes (`MIGRATION_NOTES.md`)

## Evaluation Focus
- Understanding of both frameworks
- AI-assisted code translation
- Handling edge cases in migration
- A hidden test suite compares the port's behaviour with the legacy API when you submit$desc$,
    visible_test_command = 'python3 -m pytest -v', updated_at = now()
WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567892';

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
- The standard library on purpose: the sandbox (no network) has FastAPI and pytest, but this task is about HTTP
  and storage without a framework
- Run your tests with `python3 -m unittest discover -s tests -v`

## Deliverables
- Working API code
- Basic documentation (`README.md`)
- At least 3 test cases

## Evaluation Focus
- How you use AI to scaffold the project
- Your iteration process with AI
- Code quality of the final result
- A hidden test suite checks the API's behaviour when you submit$desc$, updated_at = now()
WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567890';

UPDATE tasks SET description = $desc$## Task Description

Design a scalable real-time notification system with AI assistance, and prototype its core.

## Requirements

1. Support multiple notification channels (email, push, in-app)
2. Handle high throughput
3. Implement user preferences
4. Design for fault tolerance

## Context
- JavaScript on Node 20, standard library only; the sandbox has no network, so channels are adapters
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
  design document's sections when you submit$desc$, updated_at = now()
WHERE id = 'a1b2c3d4-e5f6-7890-abcd-ef1234567896';
