// A business evidence report around the replay's short session.
import type { EvidenceReport } from '../../api/types';
import { TIMELINE } from '../../shared/replay/fixture';

const at = (s: number) => new Date(Date.parse('2026-12-06T10:00:00Z') + s * 1000).toISOString();

export function reportFixture(overrides: Partial<EvidenceReport> = {}): EvidenceReport {
  return {
    assessmentId: 'asm-1',
    candidate: { name: 'Ada Lovelace', email: 'ada@example.com' },
    task: { id: 't-1', title: 'Greeting', taskType: 'bug_fix', difficulty: 'basic', timeLimitMinutes: 30, runtime: 'python' },
    status: 'scored',
    attemptNumber: 1,
    startedAt: at(0),
    submittedAt: at(200),
    timeSpentSeconds: 200,
    score: null,
    hiddenTests: {
      runner: 'pytest',
      total: 2,
      passed: 1,
      failed: 1,
      tests: [
        { name: 'test_greet', passed: true, message: null },
        { name: 'test_empty', passed: false, message: 'AssertionError: expected ValueError' },
      ],
    },
    aiUsage: { source: 'chat', prompts: 1, modelsUsed: ['offline-assistant'] },
    integrityFlags: [],
    chat: [],
    timeline: TIMELINE,
    ...overrides,
  };
}
