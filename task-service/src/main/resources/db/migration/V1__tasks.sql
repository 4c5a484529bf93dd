-- Tasks, their files and their evaluation configs, plus the 11 default tasks of the product design.
-- Users are OIDC subjects (creator_id); nothing here references another service's tables.

CREATE TABLE tasks (
    id                   UUID PRIMARY KEY,
    creator_id           VARCHAR(255),
    title                VARCHAR(255) NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 255),
    description          TEXT NOT NULL,
    task_type            VARCHAR(32) NOT NULL CHECK (task_type IN
                            ('code_generation', 'refactoring', 'bug_fix', 'system_design', 'multi_agent', 'open_ended')),
    difficulty           VARCHAR(16) NOT NULL DEFAULT 'intermediate' CHECK (difficulty IN ('basic', 'intermediate', 'advanced')),
    time_limit_minutes   INTEGER NOT NULL DEFAULT 120 CHECK (time_limit_minutes BETWEEN 30 AND 480),
    is_default           BOOLEAN NOT NULL DEFAULT FALSE,
    is_public            BOOLEAN NOT NULL DEFAULT FALSE,
    is_active            BOOLEAN NOT NULL DEFAULT TRUE,
    archived_at          TIMESTAMPTZ,
    uses_platform_keys   BOOLEAN NOT NULL DEFAULT TRUE,
    access_start_date    TIMESTAMPTZ,
    access_end_date      TIMESTAMPTZ,
    max_attempts         INTEGER CHECK (max_attempts IS NULL OR max_attempts >= 1),
    runtime              VARCHAR(16) NOT NULL DEFAULT 'python' CHECK (runtime IN ('python', 'node')),
    visible_test_command VARCHAR(500),
    hidden_test_runner   VARCHAR(32) NOT NULL DEFAULT 'none' CHECK (hidden_test_runner IN ('python-unittest', 'node-test', 'none')),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (access_end_date IS NULL OR access_start_date IS NULL OR access_end_date > access_start_date)
);
CREATE INDEX idx_tasks_creator ON tasks (creator_id);
CREATE INDEX idx_tasks_type ON tasks (task_type);
CREATE INDEX idx_tasks_default ON tasks (is_default);
CREATE INDEX idx_tasks_public ON tasks (is_public);

-- visibility: 'starter' files are given to the candidate; 'hidden' files (the hidden test suite) never are.
CREATE TABLE task_files (
    id           UUID PRIMARY KEY,
    task_id      UUID NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    path         VARCHAR(500) NOT NULL,
    visibility   VARCHAR(16) NOT NULL CHECK (visibility IN ('starter', 'hidden')),
    file_type    VARCHAR(16) NOT NULL CHECK (file_type IN ('code', 'document', 'test', 'data', 'other')),
    mime_type    VARCHAR(100) NOT NULL,
    size_bytes   BIGINT NOT NULL CHECK (size_bytes >= 0),
    sha256       CHAR(64) NOT NULL,
    object_key   VARCHAR(700) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (task_id, visibility, path)
);
CREATE INDEX idx_task_files_task ON task_files (task_id);

-- config: {categoryWeights, subitemWeights, levelThresholds, customCategories}, validated by the service before it is
-- stored (weights sum to 100, thresholds contiguous over 0..100).
CREATE TABLE evaluation_configs (
    task_id    UUID PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
    config     JSONB NOT NULL CHECK (jsonb_typeof(config) = 'object'),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO tasks (id, title, description, task_type, difficulty, time_limit_minutes, is_default, is_public,
                   uses_platform_keys, max_attempts, runtime, visible_test_command, hidden_test_runner)
VALUES
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567890', 'Build a REST API with AI Assistance',
     '## Task Description

Build a simple REST API for a todo list application using AI assistance.

## Requirements

1. Create endpoints for CRUD operations on todos
2. Implement proper error handling
3. Add input validation
4. Write basic tests

## Tech Stack
- Python with FastAPI OR Node.js with Express
- Your choice of database (SQLite for simplicity)

## Deliverables
- Working API code
- Basic documentation
- At least 3 test cases

## Evaluation Focus
- How you use AI to scaffold the project
- Your iteration process with AI
- Code quality of the final result',
     'code_generation', 'basic', 120, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567891', 'Create a React Dashboard Component',
     '## Task Description

Build a data dashboard component using React and AI assistance.

## Requirements

1. Display at least 3 different chart types
2. Implement responsive design
3. Add loading and error states
4. Create reusable chart components

## Tech Stack
- React 18+
- Recharts or Chart.js
- Tailwind CSS

## Deliverables
- Working React component
- Sample data integration
- Responsive layout

## Evaluation Focus
- Component architecture decisions
- AI prompt strategies for UI development
- Code reusability',
     'code_generation', 'intermediate', 180, TRUE, TRUE, TRUE, NULL, 'node', 'node --test tests/', 'node-test'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567892', 'Migrate Express API to FastAPI',
     '## Task Description

Refactor an existing Express.js API to Python FastAPI using AI assistance.

## Starting Code
(Provided in task files)

## Requirements

1. Maintain all existing functionality
2. Add proper type hints
3. Implement Pydantic models
4. Update tests for pytest

## Deliverables
- Complete FastAPI application
- Updated tests
- Migration notes

## Evaluation Focus
- Understanding of both frameworks
- AI-assisted code translation
- Handling edge cases in migration',
     'refactoring', 'intermediate', 240, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567893', 'Debug Authentication Flow',
     '## Task Description

Fix authentication bugs in a provided codebase using AI assistance.

## Bug Report
(Provided in task files)

## Requirements

1. Identify root cause of auth failures
2. Fix the bugs without breaking other features
3. Add regression tests
4. Document the fix

## Deliverables
- Fixed code
- Test cases
- Bug analysis report

## Evaluation Focus
- Debugging methodology
- AI-assisted diagnosis
- Comprehensive testing',
     'bug_fix', 'basic', 120, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567894', 'Fix Race Condition in Async Code',
     '## Task Description

Identify and fix race conditions in an async Python application.

## Starting Code
(Provided in task files - contains intentional race conditions)

## Requirements

1. Identify all race conditions
2. Implement proper synchronization
3. Maintain performance
4. Add concurrency tests

## Deliverables
- Fixed async code
- Concurrency test suite
- Analysis document

## Evaluation Focus
- Understanding of async patterns
- AI-assisted concurrent debugging
- Solution correctness',
     'bug_fix', 'intermediate', 180, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567895', 'Design an AI-Powered Search Feature',
     '## Task Description

Design and prototype an AI-powered semantic search feature.

## Requirements

1. Design the system architecture
2. Implement a working prototype
3. Handle edge cases (empty results, long queries)
4. Consider scalability

## Deliverables
- Architecture diagram (can be ASCII or description)
- Working prototype code
- Design document

## Evaluation Focus
- System design thinking
- AI integration patterns
- Practical implementation',
     'system_design', 'intermediate', 180, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567896', 'Design Real-Time Notification System',
     '## Task Description

Design a scalable real-time notification system with AI assistance.

## Requirements

1. Support multiple notification channels (email, push, in-app)
2. Handle high throughput
3. Implement user preferences
4. Design for fault tolerance

## Deliverables
- Complete system design
- Data models
- API specifications
- Prototype of core components

## Evaluation Focus
- Distributed systems knowledge
- AI-assisted architecture decisions
- Scalability considerations',
     'system_design', 'advanced', 240, TRUE, TRUE, TRUE, NULL, 'node', 'node --test tests/', 'node-test'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567897', 'Build a Code Review Agent Workflow',
     '## Task Description

Create a multi-agent workflow for automated code review.

## Requirements

1. Design agent roles (reviewer, suggester, security checker)
2. Implement agent communication
3. Create feedback aggregation
4. Handle conflicts between agents

## Deliverables
- Working multi-agent system
- Agent prompt designs
- Demo with sample code review

## Evaluation Focus
- Multi-agent architecture
- Prompt engineering for agents
- System coordination',
     'multi_agent', 'advanced', 240, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567898', 'Create a Research Assistant Pipeline',
     '## Task Description

Build a multi-agent research assistant that can gather, analyze, and summarize information.

## Requirements

1. Implement search agent
2. Create analysis agent
3. Build summarization agent
4. Design orchestration layer

## Deliverables
- Complete agent pipeline
- Orchestration logic
- Demo with research query

## Evaluation Focus
- Agent specialization
- Information flow design
- Result quality',
     'multi_agent', 'advanced', 300, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567899', 'Improve User Retention with AI',
     '## Task Description

Propose and prototype an AI-powered feature to improve user retention for a SaaS product.

## Context
You are given analytics data showing user drop-off patterns.
(Data provided in task files)

## Requirements

1. Analyze the provided data
2. Propose an AI-powered solution
3. Build a working prototype
4. Estimate impact

## Deliverables
- Analysis document
- Solution proposal
- Working prototype
- Impact estimation

## Evaluation Focus
- Business problem understanding
- Creative AI application
- Practical implementation',
     'open_ended', 'advanced', 240, TRUE, TRUE, TRUE, NULL, 'python', 'python3 -m unittest discover -s tests -v', 'python-unittest'),
    ('a1b2c3d4-e5f6-7890-abcd-ef1234567900', 'Automate Customer Support Workflow',
     '## Task Description

Design and implement an AI-powered customer support automation system.

## Requirements

1. Classify incoming support tickets
2. Route to appropriate teams or auto-respond
3. Generate response suggestions
4. Implement escalation logic

## Deliverables
- System design
- Working prototype
- Sample ticket processing
- Metrics dashboard design

## Evaluation Focus
- End-to-end thinking
- AI workflow design
- Business value delivery',
     'open_ended', 'advanced', 300, TRUE, TRUE, TRUE, NULL, 'node', 'node --test tests/', 'node-test');

-- Every default task weighs the four categories equally; subitem weights follow the task type (all rows sum to 100).
-- Levels: a score belongs to the band with the greatest min not above it, so the bands cover every score from 0 to 100.
INSERT INTO evaluation_configs (task_id, config)
SELECT id, jsonb_build_object(
    'categoryWeights', '{"planning": 25, "prompt_engineering": 25, "tool_orchestration": 25, "outcome_quality": 25}'::jsonb,
    'subitemWeights', CASE task_type
        WHEN 'code_generation' THEN '{"planning": {"task_breakdown": 20, "time_estimation": 25, "milestone_definition": 25, "problem_understanding": 30}, "prompt_engineering": {"clarity_specificity": 35, "context_management": 25, "iteration_efficiency": 25, "error_recovery": 15}, "tool_orchestration": {"tool_selection": 30, "multi_tool_coordination": 20, "workflow_efficiency": 30, "resource_utilization": 20}, "outcome_quality": {"correctness": 40, "code_quality": 30, "documentation": 15, "edge_case_handling": 15}}'::jsonb
        WHEN 'refactoring' THEN '{"planning": {"task_breakdown": 30, "time_estimation": 20, "milestone_definition": 25, "problem_understanding": 25}, "prompt_engineering": {"clarity_specificity": 25, "context_management": 30, "iteration_efficiency": 25, "error_recovery": 20}, "tool_orchestration": {"tool_selection": 25, "multi_tool_coordination": 25, "workflow_efficiency": 30, "resource_utilization": 20}, "outcome_quality": {"correctness": 35, "code_quality": 35, "documentation": 15, "edge_case_handling": 15}}'::jsonb
        WHEN 'bug_fix' THEN '{"planning": {"task_breakdown": 20, "time_estimation": 25, "milestone_definition": 20, "problem_understanding": 35}, "prompt_engineering": {"clarity_specificity": 25, "context_management": 30, "iteration_efficiency": 30, "error_recovery": 15}, "tool_orchestration": {"tool_selection": 25, "multi_tool_coordination": 20, "workflow_efficiency": 35, "resource_utilization": 20}, "outcome_quality": {"correctness": 45, "code_quality": 25, "documentation": 15, "edge_case_handling": 15}}'::jsonb
        WHEN 'system_design' THEN '{"planning": {"task_breakdown": 35, "time_estimation": 20, "milestone_definition": 25, "problem_understanding": 20}, "prompt_engineering": {"clarity_specificity": 25, "context_management": 25, "iteration_efficiency": 25, "error_recovery": 25}, "tool_orchestration": {"tool_selection": 30, "multi_tool_coordination": 30, "workflow_efficiency": 25, "resource_utilization": 15}, "outcome_quality": {"correctness": 30, "code_quality": 25, "documentation": 25, "edge_case_handling": 20}}'::jsonb
        WHEN 'multi_agent' THEN '{"planning": {"task_breakdown": 35, "time_estimation": 20, "milestone_definition": 25, "problem_understanding": 20}, "prompt_engineering": {"clarity_specificity": 25, "context_management": 30, "iteration_efficiency": 25, "error_recovery": 20}, "tool_orchestration": {"tool_selection": 35, "multi_tool_coordination": 35, "workflow_efficiency": 20, "resource_utilization": 10}, "outcome_quality": {"correctness": 35, "code_quality": 25, "documentation": 20, "edge_case_handling": 20}}'::jsonb
        WHEN 'open_ended' THEN '{"planning": {"task_breakdown": 30, "time_estimation": 20, "milestone_definition": 25, "problem_understanding": 25}, "prompt_engineering": {"clarity_specificity": 20, "context_management": 25, "iteration_efficiency": 25, "error_recovery": 30}, "tool_orchestration": {"tool_selection": 30, "multi_tool_coordination": 30, "workflow_efficiency": 25, "resource_utilization": 15}, "outcome_quality": {"correctness": 25, "code_quality": 20, "documentation": 30, "edge_case_handling": 25}}'::jsonb
    END,
    'levelThresholds', '{"explorer": {"min": 0, "max": 39}, "operator": {"min": 40, "max": 64}, "architect": {"min": 65, "max": 84}, "innovator": {"min": 85, "max": 100}}'::jsonb,
    'customCategories', '[]'::jsonb)
FROM tasks
WHERE is_default;
