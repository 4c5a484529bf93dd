import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { Invitation } from '../api/types';
import {
  assessmentProgress,
  canCopyLink,
  canResend,
  countInvitations,
  formatWait,
  linkRefusal,
  reportPath,
  resendRefusal,
  RESEND_LIMIT,
} from './invitations';

function problem(status: number, type = 'about:blank', retryAfterSeconds?: number): ApiError {
  return new ApiError({ status, title: 'Refused', detail: 'No.', type, retryAfterSeconds });
}

const row = (fields: Partial<Invitation>): Pick<Invitation, 'status' | 'assessmentStatus' | 'assessmentId'> => ({
  status: 'sent',
  assessmentStatus: null,
  assessmentId: null,
  ...fields,
});

describe('resending an invitation', () => {
  it('is offered while the invitation is pending and under the limit', () => {
    expect(canResend({ status: 'sent', resendCount: 0 })).toBe(true);
    expect(canResend({ status: 'sent', resendCount: RESEND_LIMIT - 1 })).toBe(true);
    expect(canResend({ status: 'sent', resendCount: RESEND_LIMIT })).toBe(false);
    expect(canResend({ status: 'accepted', resendCount: 0 })).toBe(false);
  });

  it('says how long to wait after a 429, from Retry-After', () => {
    expect(resendRefusal(problem(429, 'about:blank', 600))).toBe('It was sent again only recently. You can resend it in 10 min.');
    expect(resendRefusal(problem(429, 'about:blank', 61))).toMatch(/in 2 min\.$/);
    expect(resendRefusal(problem(429))).toMatch(/Try again in a few minutes/);
  });

  it('says when the limit is reached', () => {
    expect(resendRefusal(problem(409, 'https://skillslab.dev/problems/resend-limit'))).toMatch(/^Resend limit reached: .* at most 5 times/);
    expect(resendRefusal(problem(409, 'https://skillslab.dev/problems/conflict'))).toBe('Refused: No.');
  });

  it('formats waits as a person would say them', () => {
    expect(formatWait(0.2)).toBe('1 s');
    expect(formatWait(45)).toBe('45 s');
    expect(formatWait(60)).toBe('1 min');
    expect(formatWait(599)).toBe('10 min');
    expect(formatWait(3600)).toBe('1 h');
    expect(formatWait(3900)).toBe('1 h 5 min');
  });
});

describe('the invitation link', () => {
  it('can be copied from pending invitations that kept it', () => {
    expect(canCopyLink({ status: 'sent', linkAvailable: true })).toBe(true);
    expect(canCopyLink({ status: 'sent', linkAvailable: false })).toBe(false);
    expect(canCopyLink({ status: 'completed', linkAvailable: true })).toBe(false);
  });

  it('explains an old invitation without a stored link', () => {
    expect(linkRefusal(problem(409, 'https://skillslab.dev/problems/link-unavailable'))).toMatch(/Resend it/);
  });
});

describe("the invited candidate's progress", () => {
  it('follows the assessment once there is one', () => {
    expect(assessmentProgress(row({}))).toEqual({ key: 'waiting', label: 'Not accepted yet' });
    expect(assessmentProgress(row({ status: 'accepted' }))).toEqual({ key: 'pending', label: 'Not started' });
    expect(assessmentProgress(row({ status: 'accepted', assessmentStatus: 'in_progress' })).label).toBe('In progress');
    expect(assessmentProgress(row({ status: 'completed', assessmentStatus: 'scored' })).label).toBe('Scored');
    expect(assessmentProgress(row({ status: 'cancelled' })).label).toBe('—');
  });

  it('links the report only once scored', () => {
    expect(reportPath(row({ assessmentId: 'a 1', assessmentStatus: 'scored' }))).toBe('/results/a%201');
    expect(reportPath(row({ assessmentId: 'a1', assessmentStatus: 'submitted' }))).toBeNull();
    expect(reportPath(row({ assessmentStatus: 'scored' }))).toBeNull();
  });

  it('counts waiting, in progress and scored invitations', () => {
    expect(
      countInvitations([
        row({}),
        row({ status: 'accepted' }),
        row({ status: 'accepted', assessmentStatus: 'submitted' }),
        row({ status: 'completed', assessmentStatus: 'scored' }),
        row({ status: 'expired' }),
      ]),
    ).toEqual({ total: 5, waiting: 1, inProgress: 2, scored: 1 });
  });
});
