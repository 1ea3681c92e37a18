/** pako 1.0.11 ships no types; only the streaming raw inflater the draw.io reader uses. */
declare module 'pako/lib/inflate' {
  export class Inflate {
    constructor(options: { raw: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    push(data: Uint8Array, mode: boolean): boolean;
    err: number;
    msg: string;
    ended: boolean;
  }
}
