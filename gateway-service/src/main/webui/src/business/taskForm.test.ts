import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { EVALUATION_DEFAULTS } from '../test/evaluationDefaults';
import { draftForTaskType } from './evaluation';
import { NEW_TASK, fromLocalInput, taskPayload, taskServerErrors, toLocalInput, validateTaskDetails, type TaskDetailsValues } from './taskForm';

const VALID: TaskDetailsValues = {
  ...NEW_TASK,
  title: 'Build a rate limiter',
  description: '## Goal\n\nA token bucket.',
  timeLimitMinutes: '90',
};

describe('validateTaskDetails', () => {
  it('accepts a complete task', () => {
    expect(validateTaskDetails(VALID)).toEqual({});
  });

  it('bounds the title, the time limit and the attempts', () => {
    expect(validateTaskDetails({ ...VALID, title: ' ab ' }).title).toBeDefined();
    expect(validateTaskDetails({ ...VALID, title: 'x'.repeat(256) }).title).toBeDefined();
    expect(validateTaskDetails({ ...VALID, timeLimitMinutes: '29' }).timeLimitMinutes).toBeDefined();
    expect(validateTaskDetails({ ...VALID, timeLimitMinutes: '481' }).timeLimitMinutes).toBeDefined();
    expect(validateTaskDetails({ ...VALID, timeLimitMinutes: '90.5' }).timeLimitMinutes).toBeDefined();
    expect(validateTaskDetails({ ...VALID, timeLimitMinutes: '480' }).timeLimitMinutes).toBeUndefined();
    expect(validateTaskDetails({ ...VALID, maxAttempts: '0' }).maxAttempts).toBeDefined();
    expect(validateTaskDetails({ ...VALID, maxAttempts: '' }).maxAttempts).toBeUndefined();
    expect(validateTaskDetails({ ...VALID, description: '  ' }).description).toBeDefined();
  });

  it('wants the access window to end after it starts', () => {
    expect(
      validateTaskDetails({ ...VALID, accessStartDate: '2030-05-02T10:00', accessEndDate: '2030-05-01T10:00' }).accessEndDate,
    ).toBe('Must be after the start of the access window.');
    expect(
      validateTaskDetails({ ...VALID, accessStartDate: '2030-05-02T10:00', accessEndDate: '2030-05-02T10:00' }).accessEndDate,
    ).toBeDefined();
    expect(validateTaskDetails({ ...VALID, accessStartDate: '2030-05-02T10:00', accessEndDate: '' })).toEqual({});
  });
});

describe('taskPayload', () => {
  it('has exactly the fields task-service accepts, with numbers, null for no limit and ISO dates', () => {
    const payload = taskPayload(
      { ...VALID, title: '  Build a rate limiter ', maxAttempts: '', accessStartDate: '2030-05-01T09:30' },
      draftForTaskType(EVALUATION_DEFAULTS, 'code_generation'),
    );
    expect(Object.keys(payload).sort()).toEqual(
      [
        'accessEndDate',
        'accessStartDate',
        'description',
        'difficulty',
        'evaluationConfig',
        'hiddenTestRunner',
        'isPublic',
        'maxAttempts',
        'runtime',
        'taskType',
        'timeLimitMinutes',
        'title',
        'usesPlatformKeys',
        'visibleTestCommand',
      ].sort(),
    );
    expect(payload.hiddenTestRunner).toBe('python-unittest');
    expect(payload.title).toBe('Build a rate limiter');
    expect(payload.timeLimitMinutes).toBe(90);
    expect(payload.maxAttempts).toBeNull();
    expect(payload.accessStartDate).toBe(new Date('2030-05-01T09:30').toISOString());
    expect(payload.accessEndDate).toBeNull();
    expect(payload.evaluationConfig.categoryWeights.planning).toBe(25);
  });

  it('runs no hidden suite when the business turns it off, and uses node --test for Node tasks', () => {
    const node = taskPayload({ ...VALID, runtime: 'node', runHiddenTests: true }, draftForTaskType(EVALUATION_DEFAULTS, 'bug_fix'));
    expect(node.hiddenTestRunner).toBe('node-test');
    const off = taskPayload({ ...VALID, runHiddenTests: false, visibleTestCommand: '  ' }, draftForTaskType(EVALUATION_DEFAULTS, 'bug_fix'));
    expect(off.hiddenTestRunner).toBe('none');
    expect(off.visibleTestCommand).toBeNull();
  });

  it('round-trips dates through the datetime-local format', () => {
    const iso = new Date('2031-01-15T08:05').toISOString();
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });
});

describe('taskServerErrors', () => {
  it('sorts field errors onto the details, the scoring step and the rest', () => {
    const mapped = taskServerErrors(
      new ApiError({
        status: 400,
        title: 'Invalid request',
        detail: 'The task is invalid',
        type: 'about:blank',
        errors: [
          { field: 'title', message: 'must be 3 to 255 characters (leading spaces ignored)' },
          { field: 'evaluationConfig.categoryWeights', message: 'must add up to 100' },
          { field: 'runtime', message: 'must be python or node' },
          { field: 'archivedAt', message: 'cannot be set' },
        ],
      }),
    );
    expect(mapped.fields.title).toBe('Title must be 3 to 255 characters (leading spaces ignored).');
    expect(mapped.evaluation).toEqual(['categoryWeights: must add up to 100']);
    expect(mapped.fields.runtime).toBe('Runtime must be python or node.');
    expect(mapped.general).toEqual(['archivedAt: cannot be set']);
  });
});
