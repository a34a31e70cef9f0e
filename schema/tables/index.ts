/** Every drizzle table of Sightline (server only; the client imports contracts, never these). */
export * from './accounts';
export * from './investigations';
export * from './chronology';
export * from './analysis';
export * from './recommendations';
export * from './review';
