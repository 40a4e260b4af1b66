// npm start's entry: V8's compile cache first, so that a server started again (after a crash, say)
// reads its compiled code back instead of compiling it anew, then the server itself.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./main');
