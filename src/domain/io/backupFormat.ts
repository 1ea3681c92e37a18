/** Format tag of a backup file of all projects (see backup.ts). */
export const BACKUP_FORMAT = 'hypervisor-threat-workbench/backup';
export const CURRENT_BACKUP_VERSION = 1;
