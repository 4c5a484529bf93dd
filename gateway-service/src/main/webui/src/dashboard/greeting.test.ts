import { describe, expect, it } from 'vitest';
import { greeting } from './greeting';

describe('dashboard greeting', () => {
  it('welcomes a newcomer and welcomes back only someone who has been here before', () => {
    expect(greeting('Mary Ann', false)).toBe('Welcome, Mary Ann');
    expect(greeting('Mary Ann', true)).toBe('Welcome back, Mary Ann');
    expect(greeting(undefined, false)).toBe('Welcome to Skills Lab');
  });
});
