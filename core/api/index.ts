export * from './contract';
export * from './codec';
export * from './message';
