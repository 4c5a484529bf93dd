// The keys of the reads more than one page shares, so that a page can refresh or update what another shows.

export const queryKeys = {
  profiles: ['me'] as const,
  me: (userId: string | null) => ['me', userId] as const,
  assessment: (id: string) => ['assessment', id] as const,
  task: (id: string) => ['task', id] as const,
  evaluationDefaults: ['task', 'evaluation-defaults'] as const,
};
