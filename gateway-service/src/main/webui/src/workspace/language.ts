import { baseName } from './fileTree';

// Extension map of the product design (section 6.3), plus common neighbours.
const BY_EXTENSION: Record<string, string> = {
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  py: 'python',
  pyi: 'python',
  rb: 'ruby',
  go: 'go',
  rs: 'rust',
  java: 'java',
  kt: 'kotlin',
  c: 'c',
  cpp: 'cpp',
  cc: 'cpp',
  h: 'c',
  hpp: 'cpp',
  cs: 'csharp',
  php: 'php',
  html: 'html',
  htm: 'html',
  css: 'css',
  scss: 'scss',
  less: 'less',
  json: 'json',
  xml: 'xml',
  yaml: 'yaml',
  yml: 'yaml',
  md: 'markdown',
  markdown: 'markdown',
  sql: 'sql',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ini: 'ini',
  cfg: 'ini',
  toml: 'ini',
  dockerfile: 'dockerfile',
  graphql: 'graphql',
  swift: 'swift',
};

const BY_FILE_NAME: Record<string, string> = {
  dockerfile: 'dockerfile',
  makefile: 'plaintext',
  '.bashrc': 'shell',
  '.env': 'ini',
  '.gitignore': 'plaintext',
};

/**
 * Monaco language id for a workspace path. Only the last path segment counts, so dots in
 * directory names (`v1.2/Makefile`) never pass for an extension.
 */
export function detectLanguage(path: string): string {
  const name = baseName(path).toLowerCase();
  if (!name) return 'plaintext';
  const special = BY_FILE_NAME[name];
  if (special) return special;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'plaintext'; // no extension, or a dot file such as `.editorconfig`
  return BY_EXTENSION[name.slice(dot + 1)] ?? 'plaintext';
}
