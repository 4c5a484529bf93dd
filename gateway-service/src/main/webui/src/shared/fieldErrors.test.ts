import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { fieldSentence, splitFieldErrors } from './fieldErrors';

describe('fieldSentence', () => {
  it('prefixes fragments with the label and leaves sentences alone', () => {
    expect(fieldSentence('First name', 'must not be blank')).toBe('First name must not be blank.');
    expect(fieldSentence('Email', 'An account exists.')).toBe('An account exists.');
    expect(fieldSentence('Email', '')).toBe('Email is invalid.');
  });
});

describe('splitFieldErrors', () => {
  it('joins two messages about one field', () => {
    const error = new ApiError({
      status: 400,
      title: 'Invalid request',
      detail: '',
      type: 'about:blank',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'is too short' },
      ],
    });
    expect(splitFieldErrors(error, { name: 'Name' }).fields.name).toBe('Name must not be blank. Name is too short.');
  });
});
