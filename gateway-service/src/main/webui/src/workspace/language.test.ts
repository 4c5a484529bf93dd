import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['main.py', 'python'],
    ['src/app/routes.py', 'python'],
    ['deep/nested/dir/component.tsx', 'typescript'],
    ['web/index.JS', 'javascript'],
    ['server.mjs', 'javascript'],
    ['config/settings.yml', 'yaml'],
    ['docs/README.md', 'markdown'],
    ['db/schema.sql', 'sql'],
    ['scripts/run.sh', 'shell'],
    ['Cargo.rs', 'rust'],
    ['pkg/handler.go', 'go'],
    ['Main.java', 'java'],
    ['styles/site.scss', 'scss'],
    ['data.json', 'json'],
    ['include/lib.hpp', 'cpp'],
  ])('%s → %s', (path, language) => {
    expect(detectLanguage(path)).toBe(language);
  });

  it('looks only at the file name, not at dots in folder names', () => {
    expect(detectLanguage('v1.2/Makefile')).toBe('plaintext');
    expect(detectLanguage('my.project/notes')).toBe('plaintext');
    expect(detectLanguage('app.v2/main.py')).toBe('python');
  });

  it('handles special names, dot files and unknown extensions', () => {
    expect(detectLanguage('docker/Dockerfile')).toBe('dockerfile');
    expect(detectLanguage('.gitignore')).toBe('plaintext');
    expect(detectLanguage('.env')).toBe('ini');
    expect(detectLanguage('.editorconfig')).toBe('plaintext');
    expect(detectLanguage('archive.tar.xyz')).toBe('plaintext');
    expect(detectLanguage('tests/test_api.test.py')).toBe('python');
    expect(detectLanguage('')).toBe('plaintext');
  });
});
