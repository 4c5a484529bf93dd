import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, actionLabel, auditQuery, detailsText, filtersFrom, paramsOf, toInstant } from './audit';

describe('audit filters', () => {
  it('read from and write to the address bar, leaving out what is empty', () => {
    const filters = filtersFrom(new URLSearchParams('actor=u-1&action=task.published&page=2'));
    expect(filters).toEqual({ actor: 'u-1', action: 'task.published', targetType: '', targetId: '', from: '', to: '', page: 2 });
    expect(paramsOf(filters).toString()).toBe('actor=u-1&action=task.published&page=2');
    expect(paramsOf({ ...filters, actor: '  ', page: 0 }).toString()).toBe('action=task.published');
  });

  it('treat a page that is not a number as the first', () => {
    expect(filtersFrom(new URLSearchParams('page=-3')).page).toBe(0);
    expect(filtersFrom(new URLSearchParams('page=abc')).page).toBe(0);
  });

  it('ask the API with instants and the page size', () => {
    const query = auditQuery({ actor: '', action: '', targetType: 'task', targetId: ' t-1 ', from: '2026-12-01T10:00', to: '', page: 1 });
    expect(query.targetType).toBe('task');
    expect(query.targetId).toBe('t-1');
    expect(query.actor).toBeUndefined();
    expect(query.from).toBe(new Date('2026-12-01T10:00').toISOString());
    expect(query.to).toBeUndefined();
    expect(query.size).toBe(AUDIT_PAGE_SIZE);
    expect(toInstant('not a time')).toBeUndefined();
  });

  it('label known actions and show unknown ones as they are', () => {
    expect(actionLabel('report.exported')).toBe('Report exported');
    expect(actionLabel('thing.done')).toBe('thing.done');
    expect(detailsText({ plan: 'premium', previousPlan: 'business' })).toBe('plan: premium · previousPlan: business');
    expect(detailsText(undefined)).toBe('');
  });
});
