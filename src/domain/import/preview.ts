/**
 * What each chosen file would contribute, file by file, before anything changes: the import
 * dialog shows it. A file that cannot be read is refused with its typed error (file and line)
 * and contributes nothing; the others are merged as `importConfigFiles` merges them.
 */
import { detectFormat, parseConfigFile, type ConfigFormat } from './detectFormat';
import { mergeImports } from './merge';
import { formatBytes } from '../text/formatBytes';
import { ConfigImportError, MAX_CONFIG_BYTES, type ConfigFile, type ImportResult } from './types';

export type FilePreview =
  | { file: string; ok: true; format: ConfigFormat; result: ImportResult; domains: string[]; attributes: number }
  | { file: string; ok: false; error: ConfigImportError };

export interface ImportPreview {
  files: FilePreview[];
  /** The accepted files merged (empty when every file was refused). */
  merged: ImportResult;
  /** Accepted files (each one domain or VM configuration). */
  accepted: number;
}

/** Most files one import takes: a rack of hosts, not a data centre, and the preview stays readable. */
export const MAX_CONFIG_FILES = 500;

const DOMAIN_TYPES = new Set(['guest-vm', 'device-driver-vm']);

/** A file refused before reading because of its size. */
export function tooLargeConfigFile(name: string, bytes: number): ConfigImportError {
  return new ConfigImportError(
    'too-large',
    name,
    1,
    `is too large: ${formatBytes(bytes)}, the limit is ${formatBytes(MAX_CONFIG_BYTES)}`,
  );
}

export function previewConfigFiles(files: readonly (ConfigFile | ConfigImportError)[]): ImportPreview {
  const previews: FilePreview[] = files.slice(0, MAX_CONFIG_FILES).map((file) => {
    if (file instanceof ConfigImportError) return { file: file.file, ok: false, error: file };
    try {
      const result = parseConfigFile(file);
      return {
        file: file.name,
        ok: true,
        format: detectFormat(file),
        result,
        domains: result.components.filter((c) => DOMAIN_TYPES.has(c.type)).map((c) => c.name),
        attributes: result.components.reduce((n, c) => n + Object.keys(c.attributes).length, 0),
      };
    } catch (error) {
      const typed =
        error instanceof ConfigImportError
          ? error
          : new ConfigImportError(
              'invalid',
              file.name,
              1,
              `could not be read: ${error instanceof Error ? error.message : String(error)}`,
            );
      return { file: file.name, ok: false, error: typed };
    }
  });
  for (const extra of files.slice(MAX_CONFIG_FILES)) {
    const name = extra instanceof ConfigImportError ? extra.file : extra.name;
    previews.push({
      file: name,
      ok: false,
      error: new ConfigImportError(
        'too-large',
        name,
        1,
        `is one file too many: one import takes at most ${MAX_CONFIG_FILES} files`,
      ),
    });
  }
  const accepted = previews.filter((p) => p.ok);
  return { files: previews, merged: mergeImports(accepted.map((p) => p.result)), accepted: accepted.length };
}
