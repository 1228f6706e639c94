/** `npm run serve`: serves the built site on http://localhost:4321 (PORT overrides). */
import { startStaticServer } from './static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer('dist', port);
console.log(`Left Open is being served at ${url}/ (Ctrl+C to stop)`);
