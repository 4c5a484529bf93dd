import type { AiModel } from '../api/types';

export type ModelSource = 'platform' | 'own-key' | 'offline';

/** Where a model's key comes from, for the workspace's picker; servers before this field say nothing but offline. */
export function modelSource(model: AiModel): ModelSource {
  if (model.offline) return 'offline';
  if (model.source === 'own-key' || model.source === 'platform') return model.source;
  return 'platform';
}

export const SOURCE_LABELS: Record<ModelSource, string> = {
  'own-key': 'your key',
  platform: 'platform',
  offline: 'offline',
};

/**
 * The model the workspace selects first: the one chosen earlier in this session, else the server's default (a model
 * with a key when there is one), else the first listed, as servers before `default` meant.
 */
export function initialModel(models: AiModel[], stored: string | null): AiModel | undefined {
  return models.find((m) => m.id === stored) ?? models.find((m) => m.default) ?? models[0];
}
