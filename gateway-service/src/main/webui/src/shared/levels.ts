import type { ProficiencyLevel } from '../api/types';

export interface LevelInfo {
  label: string;
  icon: string;
  range: string;
  description: string;
}

export const LEVELS: Record<ProficiencyLevel, LevelInfo> = {
  explorer: {
    label: 'AI Explorer',
    icon: '🧭',
    range: 'below 40',
    description: 'Getting started: uses AI occasionally, with room to build a deliberate workflow.',
  },
  operator: {
    label: 'AI Operator',
    icon: '🔧',
    range: '40–64',
    description: 'Uses AI effectively for well-defined tasks.',
  },
  architect: {
    label: 'AI Architect',
    icon: '🏗️',
    range: '65–84',
    description: 'Plans with AI, orchestrates tools and verifies the results.',
  },
  innovator: {
    label: 'AI Innovator',
    icon: '🚀',
    range: '85–100',
    description: 'Sets the bar: strategic, efficient and rigorous collaboration with AI.',
  },
};

export function levelInfo(level: string | null | undefined): LevelInfo & { key: string } {
  if (level && level in LEVELS) return { key: level, ...LEVELS[level as ProficiencyLevel] };
  return { key: 'unknown', label: level ? level : 'Not rated', icon: '📊', range: '', description: '' };
}
