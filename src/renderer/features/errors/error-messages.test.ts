import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../shared/errors';
import { describeError } from './error-messages';

describe('describeError', () => {
  it('names the field, says what was wrong without the validation prefix, and the fix', () => {
    const bad = { code: ErrorCode.InvalidArgument, message: 'invalid body: path: must be an absolute path' };
    expect(describeError(bad, 'Session folder')).toMatch(
      /^Session folder: Must be an absolute path\. Type a full path, e\.g\./,
    );
    const arg = { code: ErrorCode.InvalidArgument, message: 'createSession: name: contains ":"' };
    expect(describeError(arg, 'Session name')).toMatch(/^Session name: Contains ":"\. Use up to 80 letters/);
  });

  it('never puts a raw code on screen, warnings included', () => {
    for (const code of ['NOT_CONNECTED', 'TRANSFER_PAUSED', 'WRONG_CONNECTION_MODE', 'INTERNAL']) {
      const text = describeError({ code, message: `${code} happened` });
      expect(text, code).not.toMatch(/[A-Z]{3,}_[A-Z]+/);
    }
  });
});
