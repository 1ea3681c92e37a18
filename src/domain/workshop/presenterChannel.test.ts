import { describe, expect, it } from 'vitest';
import { isRequestMessage, requestMessage } from './presenterChannel';
import { frameMessage, parsePresenterMessage } from './presenterFrame';

describe('isRequestMessage', () => {
  // The hand-written check must agree with the schema, which the presenter and broadcaster use.
  const request = requestMessage();
  const samples: unknown[] = [
    request,
    { ...request },
    { ...request, extra: 1 },
    { ...request, version: 2 },
    { ...request, protocol: 'other' },
    { protocol: request.protocol, version: request.version },
    frameMessage(null),
    [request],
    'request',
    null,
    undefined,
    42,
  ];

  it.each(samples.map((s) => [s]))('agrees with the schema on %j', (sample) => {
    expect(isRequestMessage(sample)).toBe(parsePresenterMessage(sample)?.type === 'request');
  });
});
