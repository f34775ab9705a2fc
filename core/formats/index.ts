export * from './catalog';
export * from './geometry';
export { formatSchema, fileLimitsSchema, textLimitsSchema, safeZoneSchema } from './schema';
export * from './userFormats';
