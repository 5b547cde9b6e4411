/** The Spanish session's content (src/middleware.ts renders this under /es/ in Spanish). */
export { GET } from '../../../room/session/content.json';
