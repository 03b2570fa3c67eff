// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStudioClient } from '../../testing/fake-client';
import { renderStudio } from '../../testing/render-studio';
import { NamingTemplate } from './naming-template';

describe('NamingTemplate preview', () => {
  afterEach(cleanup);

  it('shows the next name, and says when the studio cut a long name (issue 12 item 3)', async () => {
    const client = new FakeStudioClient();
    const long = `${'Studio session, long title '.repeat(6)}${'y'.repeat(22)}_{seq:4}{ext}`;
    // What the studio answers for a name over 180 bytes: the text cut in the middle, {seq} and {ext} kept.
    const cut = `Studio session, long title Studio…long title _0001.JPG`;
    const preview = vi.spyOn(client, 'previewName');
    preview.mockImplementation(async (t: string) => (t === long ? cut : 'Preview_0001.JPG'));
    await renderStudio(<NamingTemplate />, client);

    const field = screen.getByLabelText<HTMLInputElement>('Naming template');
    fireEvent.change(field, { target: { value: '{session}_{seq:4}{ext}' } });
    await waitFor(() => expect(screen.getByTestId('name-preview').textContent).toBe('→ Preview_0001.JPG'), {
      timeout: 10_000,
    });
    expect(screen.queryByTestId('name-cut')).toBeNull();

    fireEvent.change(field, { target: { value: long } });
    await waitFor(() => expect(screen.getByTestId('name-preview').textContent).toBe(`→ ${cut}`), {
      timeout: 10_000,
    });
    expect(screen.getByTestId('name-cut').textContent).toBe('shortened');
    expect(preview).toHaveBeenCalledWith(long);
  });
});
