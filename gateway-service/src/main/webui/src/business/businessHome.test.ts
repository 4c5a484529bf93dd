import { describe, expect, it } from 'vitest';
import type { Invitation, Task } from '../api/types';
import { candidateReportPath, gettingStarted, inviteTarget, recentInvitations, recentTasks } from './businessHome';
import { copyText } from './clipboard';
import { publishErrorMessage } from './publication';
import { ApiError } from '../api/client';

function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    title: `Task ${id}`,
    description: 'd',
    taskType: 'bug_fix',
    difficulty: 'basic',
    timeLimitMinutes: 60,
    isDefault: false,
    isPublic: false,
    usesPlatformKeys: true,
    maxAttempts: 1,
    creatorId: 'biz',
    createdAt: `2030-01-0${id}T00:00:00Z`,
    status: 'published',
    publishedAt: null,
    ...fields,
  };
}

function invitation(id: string, sentAt: string, lastSentAt: string | null = null): Invitation {
  return {
    id,
    taskId: '1',
    taskTitle: 'Task 1',
    recipientEmail: `${id}@example.com`,
    recipientName: null,
    status: 'sent',
    sentAt,
    expiresAt: null,
    acceptedAt: null,
    completedAt: null,
    assessmentId: null,
    assessmentStatus: null,
    finalScore: null,
    proficiencyLevel: null,
    allowRetakes: false,
    lastSentAt,
    resendCount: lastSentAt ? 1 : 0,
    linkAvailable: true,
  };
}

describe('business home', () => {
  it('lists live tasks newest first, archived ones last, at most five', () => {
    const tasks = [task('1'), task('3', { archivedAt: '2030-02-01T00:00:00Z' }), task('2'), task('4'), task('5'), task('6'), task('7')];
    expect(recentTasks(tasks).map((t) => t.id)).toEqual(['7', '6', '5', '4', '2']);
    expect(recentTasks(tasks, 10).at(-1)?.id).toBe('3');
  });

  it('lists invitations by their latest sending', () => {
    const list = [invitation('a', '2030-01-01T00:00:00Z'), invitation('b', '2030-01-02T00:00:00Z'), invitation('c', '2029-12-01T00:00:00Z', '2030-01-03T00:00:00Z')];
    expect(recentInvitations(list).map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });

  it('walks a new business through create, publish, invite', () => {
    const done = (tasks: Task[], invitations: Invitation[]) => gettingStarted(tasks, invitations).map((s) => s.done);
    expect(done([], [])).toEqual([false, false, false]);
    expect(done([task('1', { status: 'draft' })], [])).toEqual([true, false, false]);
    expect(done([task('1')], [])).toEqual([true, true, false]);
    expect(done([task('1')], [invitation('a', '2030-01-01T00:00:00Z')])).toEqual([true, true, true]);
  });

  it('invites to a published task, or asks to publish the newest draft first', () => {
    expect(inviteTarget([])).toEqual({ kind: 'none' });
    expect(inviteTarget([task('1', { status: 'draft' }), task('2', { status: 'draft' })])).toEqual({
      kind: 'draft',
      task: task('2', { status: 'draft' }),
    });
    expect(inviteTarget([task('1', { status: 'draft' }), task('2')])).toEqual({ kind: 'choose' });
    expect(inviteTarget([task('1', { archivedAt: '2030-02-01T00:00:00Z' })])).toEqual({ kind: 'none' });
  });

  it('links a result to its report once scored', () => {
    expect(candidateReportPath({ assessmentId: 'x', status: 'scored' })).toBe('/results/x');
    expect(candidateReportPath({ assessmentId: 'x', status: 'in_progress' })).toBeNull();
    expect(candidateReportPath({ assessmentId: null, status: 'sent' })).toBeNull();
  });
});

describe('copying and publishing', () => {
  it('reports whether the clipboard took the text', async () => {
    const written: string[] = [];
    expect(await copyText('link', { writeText: async (text: string) => void written.push(text) })).toBe(true);
    expect(written).toEqual(['link']);
    expect(await copyText('link', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).toBe(false);
    expect(await copyText('link', undefined)).toBe(false);
  });

  it("shows what task-service says is missing before publishing", () => {
    const refused = new ApiError({
      status: 409,
      title: 'Task is not ready',
      detail: 'Complete the task before publishing.',
      type: 'https://skillslab.dev/problems/task-incomplete',
      errors: [{ field: 'description', message: 'is required' }],
    });
    expect(publishErrorMessage(refused)).toBe('Complete the task before publishing. (description: is required)');
  });
});
