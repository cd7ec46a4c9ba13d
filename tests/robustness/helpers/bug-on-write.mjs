// Preload (node --import) that plants a programmer error: when BUG_ON_WRITE_DIR is set, writing any file under that
// folder throws the kind of TypeError a bug throws, so a test can see how a command reports bugs.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const dir = process.env.BUG_ON_WRITE_DIR;
if (dir) {
  const under = resolve(dir) + sep;
  const write = fs.writeFileSync;
  fs.writeFileSync = function writeFileSyncWithBug(file, ...rest) {
    if (typeof file === 'string' && resolve(file).startsWith(under)) {
      const nothing = undefined;
      return nothing.length; // TypeError: Cannot read properties of undefined (reading 'length')
    }
    return write.call(this, file, ...rest);
  };
  syncBuiltinESMExports();
}
