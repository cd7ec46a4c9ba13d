// Preload (node --import) that makes a SIGKILL land inside a write: when KILL_MID_WRITE_DIR is set, the
// KILL_MID_WRITE_AT-th writeFileSync of a file under that folder writes the first half of its bytes, then the
// process kills itself. Every file a build writes can thus be interrupted exactly half-way, without timing.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const dir = process.env.KILL_MID_WRITE_DIR;
if (dir) {
  const under = resolve(dir) + sep;
  const at = Number(process.env.KILL_MID_WRITE_AT ?? '1');
  const write = fs.writeFileSync;
  let writes = 0;
  fs.writeFileSync = function writeFileSyncThenDie(file, data, ...rest) {
    if (typeof file === 'string' && resolve(file).startsWith(under) && ++writes === at) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      write(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      process.kill(process.pid, 'SIGKILL');
    }
    return write.call(this, file, data, ...rest);
  };
  syncBuiltinESMExports();
}
