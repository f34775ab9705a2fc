export * from './contract';
export * from './codec';
export * from './jobs';
export * from './staging';
export * from './message';
export * from './jobClient';
export * from './templateArgs';
