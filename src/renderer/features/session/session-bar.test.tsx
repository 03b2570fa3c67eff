// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { renderStudio } from '../../testing/render-studio';
import { SessionBar } from './session-bar';

const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('SessionBar: new sessions and naming', () => {
  afterEach(cleanup);

  it('says what is wrong with a session name while typing, and never sends it', async () => {
    const { client } = await renderStudio(<SessionBar />);
    fireEvent.click(screen.getByRole('button', { name: 'New…' }));
    const field = screen.getByLabelText<HTMLInputElement>('New session name');
    fireEvent.change(field, { target: { value: 'Smith: Portraits' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Session name: “:” cannot be in a folder name\. Use letters/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Create' }).disabled).toBe(true);
    fireEvent.submit(field.form!);
    await settle();
    expect(client.callsOf('createSession')).toEqual([]);

    fireEvent.change(field, { target: { value: 'Smith Portraits' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await settle();
    expect(client.callsOf('createSession')).toEqual([['Smith Portraits', undefined]]);
  });

  it('a refusal from the studio names the field and the fix, without the raw code', async () => {
    const { client } = await renderStudio(<SessionBar />);
    client.fail('createSession', ErrorCode.InvalidArgument, 'createSession: name: too long for this disk');
    fireEvent.click(screen.getByRole('button', { name: 'New…' }));
    fireEvent.change(screen.getByLabelText('New session name'), { target: { value: 'Fine name' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await settle();
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toMatch(/^Session name: Too long for this disk\. Use up to 80 letters/);
    expect(text).not.toContain('INVALID_ARGUMENT');
  });

  it('keeps a default naming template: "Use for new sessions", then New… starts with it', async () => {
    const { client, store } = await renderStudio(<SessionBar />);
    const template = screen.getByLabelText<HTMLInputElement>('Naming template');
    fireEvent.change(template, { target: { value: 'Smith_{seq:4}{ext}' } });
    fireEvent.keyDown(template, { key: 'Enter' });
    await settle();
    expect(client.callsOf('setNamingTemplate')).toEqual([['Smith_{seq:4}{ext}']]);
    fireEvent.click(screen.getByRole('button', { name: 'Use for new sessions' }));
    await settle();
    expect(client.callsOf('setDefaultTemplate')).toEqual([['Smith_{seq:4}{ext}']]);
    expect(store.getState().defaultTemplate).toBe('Smith_{seq:4}{ext}');
    expect(screen.queryByRole('button', { name: 'Use for new sessions' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'New…' }));
    fireEvent.change(screen.getByLabelText('New session name'), { target: { value: 'Next Day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await settle();
    expect(store.getState().activeSession).toMatchObject({
      name: 'Next Day',
      template: 'Smith_{seq:4}{ext}',
    });
    expect(screen.getByLabelText<HTMLInputElement>('Naming template').value).toBe('Smith_{seq:4}{ext}');
  });

  it('a bad naming token says which field and what tokens there are', async () => {
    await renderStudio(<SessionBar />);
    const template = screen.getByLabelText<HTMLInputElement>('Naming template');
    fireEvent.change(template, { target: { value: '{nope}{ext}' } });
    fireEvent.keyDown(template, { key: 'Enter' });
    await settle();
    const preview = screen.getByTestId('name-preview').textContent ?? '';
    expect(preview).toMatch(/^Naming template: .*\{nope\}.* Use text and the tokens \{session\}/);
    expect(preview).not.toContain('INVALID_ARGUMENT');
  });
});
