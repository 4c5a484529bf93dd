import { BarChart3, Building2, Compass, Rocket, Wrench, type LucideIcon } from 'lucide-react';
import type { ProficiencyLevel } from '../api/types';

export interface LevelInfo {
  label: string;
  /** Drawn in the page (an SVG icon, independent of emoji fonts). */
  Icon: LucideIcon;
  /** For text shared outside the app (posts), where an image cannot go. */
  emoji: string;
  range: string;
  description: string;
}

export const LEVELS: Record<ProficiencyLevel, LevelInfo> = {
  explorer: {
    label: 'AI Explorer',
    Icon: Compass,
    emoji: '🧭',
    range: 'below 40',
    description: 'Getting started: uses AI occasionally, with room to build a deliberate workflow.',
  },
  operator: {
    label: 'AI Operator',
    Icon: Wrench,
    emoji: '🔧',
    range: '40–64',
    description: 'Uses AI effectively for well-defined tasks.',
  },
  architect: {
    label: 'AI Architect',
    Icon: Building2,
    emoji: '🏗️',
    range: '65–84',
    description: 'Plans with AI, orchestrates tools and verifies the results.',
  },
  innovator: {
    label: 'AI Innovator',
    Icon: Rocket,
    emoji: '🚀',
    range: '85–100',
    description: 'Sets the bar: strategic, efficient and rigorous collaboration with AI.',
  },
};

export function levelInfo(level: string | null | undefined): LevelInfo & { key: string } {
  if (level && level in LEVELS) return { key: level, ...LEVELS[level as ProficiencyLevel] };
  return { key: 'unknown', label: level ? level : 'Not rated', Icon: BarChart3, emoji: '', range: '', description: '' };
}
