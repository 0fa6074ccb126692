// The API's field errors land on the right field: named by the last segment of their path (the
// first message per field), shown in a paragraph the control is described by, after its hint.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldErrorParts, fieldErrorsByName } from '../src/field-errors.tsx';

afterEach(cleanup);

describe('field errors', () => {
  it('names each error by its field, keeping the first message', () => {
    expect(
      fieldErrorsByName([
        { path: ['input', 'title'], message: 'Au moins 3 caractères.' },
        { path: ['input', 'title'], message: 'Second message' },
        { path: ['capacity'], message: 'Au moins 1 place.' },
      ]),
    ).toEqual({ title: 'Au moins 3 caractères.', capacity: 'Au moins 1 place.' });
    expect(fieldErrorsByName(undefined)).toEqual({});
  });

  it('describes a control by its hint, then its error when there is one', () => {
    const { error, describedBy } = fieldErrorParts('atelier', { title: 'Au moins 3 caractères.' });
    expect(describedBy('title', 'atelier-title-hint')).toBe('atelier-title-hint atelier-title-error');
    expect(describedBy('place')).toBeUndefined();
    expect(describedBy('place', 'atelier-place-hint')).toBe('atelier-place-hint');
    render(
      <div>
        {error('title')}
        {error('place')}
      </div>,
    );
    expect(document.getElementById('atelier-title-error')?.textContent).toBe('Au moins 3 caractères.');
    expect(screen.getAllByText(/./).filter((node) => node.className === 'field-error')).toHaveLength(1);
  });
});
