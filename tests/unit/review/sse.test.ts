import { describe, expect, it } from 'vitest';
import { parseLastEventId, sseComment, sseEvent } from '../../../server/review/sse';

describe('sseEvent', () => {
  it('writes id, event name and one line of JSON data, ending with a blank line', () => {
    expect(sseEvent('change', 42, { entity: 'factor' })).toBe('id: 42\nevent: change\ndata: {"entity":"factor"}\n\n');
    expect(sseEvent('end', null, {})).toBe('event: end\ndata: {}\n\n');
  });

  it('keeps data on one line even when strings hold line separators', () => {
    expect(sseEvent('change', 1, { t: 'a\nb\u2028c' })).toBe('id: 1\nevent: change\ndata: {"t":"a\\nb\\u2028c"}\n\n');
  });
});

describe('sseComment', () => {
  it('writes a comment line that cannot break out into a field', () => {
    expect(sseComment('heartbeat')).toBe(': heartbeat\n\n');
    expect(sseComment('a\ndata: x')).toBe(': a data: x\n\n');
  });
});

describe('parseLastEventId', () => {
  it('accepts a whole number and refuses anything else', () => {
    expect(parseLastEventId('17')).toBe(17);
    expect(parseLastEventId(' 17 ')).toBe(17);
    expect(parseLastEventId('-1')).toBeUndefined();
    expect(parseLastEventId('1e3')).toBeUndefined();
    expect(parseLastEventId(undefined)).toBeUndefined();
  });
});
