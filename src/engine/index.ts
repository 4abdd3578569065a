// The engine's public surface: everything outside src/engine imports from here only.
export * from './types';
export { analyse, createAnalyser } from './analyse';
