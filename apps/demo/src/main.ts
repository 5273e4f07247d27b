import { createDemoServer } from './serve.js';

const port = Number(process.env.PORT ?? 8080);
const apiUrl = process.env.GOALKIT_API_URL ?? 'http://127.0.0.1:8787';
const server = createDemoServer({ apiUrl, port });
server.on('listening', () => console.log(`demo on http://127.0.0.1:${port}/ (API: ${apiUrl})`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
