import { levelInfo } from './levels';

export function LevelBadge({
  level,
  size = 'md',
  testId,
}: {
  level: string | null | undefined;
  size?: 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  const info = levelInfo(level);
  return (
    <span className={`level-badge level-${info.key} level-badge-${size}`} data-testid={testId} data-level={info.key}>
      <info.Icon className="level-badge-icon" size={size === 'lg' ? 18 : 14} aria-hidden="true" />
      <span>{info.label}</span>
    </span>
  );
}
