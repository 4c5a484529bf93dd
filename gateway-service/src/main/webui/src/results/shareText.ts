import { formatScore } from '../shared/format';
import { levelInfo } from '../shared/levels';

export function shareText(score: number, level: string, taskTitle: string): string {
  const info = levelInfo(level);
  return `I just scored ${formatScore(score)}/100 on the "${taskTitle}" AI assessment and earned the ${info.label} badge${info.emoji ? ` ${info.emoji}` : ''}! Test how well you build software with AI on Skills Lab.`;
}
