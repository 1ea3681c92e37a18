import { describe, expect, it } from 'vitest';
import {
  frameMessage,
  hasPrototypeKey,
  helloMessage,
  isHelloMessage,
  isRequestMessage,
  requestMessage,
} from './presenterChannel';
import { parsePresenterMessage } from './presenterFrame';

describe('isRequestMessage', () => {
  // The hand-written check must agree with the schema, which the presenter and broadcaster use.
  const request = requestMessage('proj1');
  const samples: unknown[] = [
    request,
    { ...request },
    { ...request, extra: 1 },
    { ...request, projectId: 'bad id' },
    { ...request, projectId: 7 },
    JSON.parse(`{"__proto__":{},${JSON.stringify(request).slice(1)}`),
    helloMessage(),
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

describe('isHelloMessage', () => {
  const hello = helloMessage();
  const samples: unknown[] = [
    hello,
    { ...hello, frame: null },
    { ...hello, version: 1 },
    requestMessage('p'),
    JSON.parse(`{"constructor":1,${JSON.stringify(hello).slice(1)}`),
    null,
  ];
  it.each(samples.map((s) => [s]))('agrees with the schema on %j', (sample) => {
    expect(isHelloMessage(sample)).toBe(parsePresenterMessage(sample)?.type === 'hello');
  });
});

describe('hasPrototypeKey', () => {
  it('finds __proto__, constructor and prototype as own keys at any depth, in objects and arrays', () => {
    expect(hasPrototypeKey(JSON.parse('{"a":{"b":[{"c":1},{"__proto__":{"x":1}}]}}'))).toBe(true);
    expect(hasPrototypeKey({ a: [{ constructor: 'x' }] })).toBe(true);
    expect(hasPrototypeKey({ a: { prototype: null } })).toBe(true);
    expect(hasPrototypeKey(structuredClone(JSON.parse('{"f":{"__proto__":{"p":1}}}')))).toBe(true);
    expect(hasPrototypeKey({ [Symbol('s')]: 1 })).toBe(true);
    expect(hasPrototypeKey({ a: [{ b: 'constructor' }], text: '__proto__' })).toBe(false);
    expect(hasPrototypeKey(frameMessage(null))).toBe(false);
  });

  it('refuses what nests deeper than any frame', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect(hasPrototypeKey(deep)).toBe(true);
  });
});
