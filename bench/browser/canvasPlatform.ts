/**
 * The browser benchmarks' platform: the shared benchmark generator (src/test/fixtures/benchPlatform.ts),
 * `hosts` hosts of 10 components and 20 connections each (50 hosts: 500 components, 1,000 connections).
 */
import { generateBenchPlatform } from '../../src/test/fixtures/benchPlatform';

export function generateCanvasPlatform(catalog: { id: string; version: string }, hosts = 50) {
  const size = hosts * 10;
  return generateBenchPlatform({
    size,
    catalog,
    id: `benchcanvas${size}`,
    name: `Generated platform (${size} components)`,
  });
}
