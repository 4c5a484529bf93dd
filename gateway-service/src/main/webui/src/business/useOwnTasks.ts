import { api } from '../api/client';
import type { Task } from '../api/types';
import { useApiQuery, type ApiState } from '../shared/useApiQuery';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;

export interface TaskLists {
  /** The caller's own tasks, newest first. */
  own: Task[];
  /** The Skills Lab tasks a business may start from (duplicate). */
  defaults: Task[];
}

/**
 * `GET /api/tasks` answers default, public and own tasks together; the own ones carry the caller's id as creatorId.
 * Pages are read until the list is complete.
 */
export async function loadTaskLists(userId: string, signal?: AbortSignal): Promise<TaskLists> {
  const all: Task[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await api.listTasks({ limit: PAGE_SIZE, offset: page * PAGE_SIZE }, signal);
    all.push(...result.tasks);
    if (!result.hasMore || result.tasks.length === 0) break;
  }
  const own = all
    .filter((task) => task.creatorId === userId)
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  const defaults = all.filter((task) => task.isDefault);
  return { own, defaults };
}

export function useOwnTasks(userId: string): ApiState<TaskLists> {
  return useApiQuery(['own-tasks', userId], (signal) => loadTaskLists(userId, signal));
}
