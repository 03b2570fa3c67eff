import { describe, expect, it } from 'vitest';
import { ErrorCode, TetherError } from '../../../shared/errors';
import { ioError } from '../../core/fs-errors';
import { toHttpError } from './error-reply';

const os = (code: string) => Object.assign(new Error(`${code}: system error`), { code });

describe('IO_ERROR over HTTP (issue 12 item 5)', () => {
  it('answers a path the caller can fix with 400, a full disk with 507, a silent disk with 504, naming path and reason', () => {
    for (const [errno, status] of [
      ['EROFS', 400],
      ['EACCES', 400],
      ['ENOTDIR', 400],
      ['ENOSPC', 507],
      ['ETIMEDOUT', 504],
      ['EIO', 500],
    ] as const) {
      const { status: got, body } = toHttpError(
        ioError(os(errno), '/Volumes/CARD/DCIM', 'Cannot write'),
        '/api/studio/x',
      );
      expect(got, errno).toBe(status);
      expect(body).toMatchObject({ code: 'IO_ERROR', data: { path: '/Volumes/CARD/DCIM', errno } });
      expect(body.message).toMatch(new RegExp(`^Cannot write /Volumes/CARD/DCIM: .+ \\(${errno}\\)$`));
    }
    // Anything unexpected stays an opaque 500 (never the stack or a path from an unrelated error).
    expect(toHttpError(new Error('boom'), '/api/studio/x')).toMatchObject({
      status: 500,
      body: { code: 'INTERNAL' },
    });
    expect(toHttpError(new TetherError(ErrorCode.IoError, 'x'), '/api/cameras').status).toBe(500);
  });
});
