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
      <span className="level-badge-icon" aria-hidden="true">
        {info.icon}
      </span>
      <span>{info.label}</span>
    </span>
  );
}
