// Started detached by cluster.ts: when the process that started a cluster is gone (even killed outright, which runs
// no exit handler), stop the cluster and remove its temporary directory. Killed by stop() otherwise.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const { pid, file, args, cwd, remove } = JSON.parse(process.argv[2]);

const alive = () => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

const timer = setInterval(() => {
  if (alive()) return;
  clearInterval(timer);
  spawnSync(file, args, { cwd, stdio: 'ignore' });
  if (remove) rmSync(remove, { recursive: true, force: true });
}, 500);
