export * from './contract';
export * from './codec';
export * from './jobs';
export * from './staging';
export * from './messageSchema';
export * from './jobClient';
