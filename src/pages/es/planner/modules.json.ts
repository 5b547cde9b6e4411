/** The Spanish planner's modules (src/middleware.ts renders this under /es/ in Spanish). */
export { GET } from '../../planner/modules.json';
