# Licensed to the Apache Software Foundation (ASF) under one
# or more contributor license agreements.  See the NOTICE file
# distributed with this work for additional information
# regarding copyright ownership.  The ASF licenses this file
# to you under the Apache License, Version 2.0 (the
# "License"); you may not use this file except in compliance
# with the License.  You may obtain a copy of the License at
#
#   http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing,
# software distributed under the License is distributed on an
# "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
# KIND, either express or implied.  See the License for the
# specific language governing permissions and limitations
# under the License.
"""Host commands for the end-to-end tests: argv lists only, never a shell string; namespaces and
the processes inside them, found by the namespace's inode so nothing is matched by name alone."""

import os
import signal
import subprocess
import tempfile
import time

IP = "ip"


class CommandError(AssertionError):
    """A host command failed; the message carries argv, exit status and output for the report."""


def run(argv, input=None, timeout=120, check=True, env=None):
    """Runs argv and returns (returncode, stdout, stderr) as text.

    Output goes through temporary files, not pipes: wireguard-go (started by wg-quick) and the
    HTTP servers fork daemons that would keep a pipe open and make a pipe read hang."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.run(argv, input=input.encode() if isinstance(input, str) else input,
                                  stdout=out, stderr=err, timeout=timeout, env=env,
                                  stdin=None if input is not None else subprocess.DEVNULL)
        except subprocess.TimeoutExpired as e:
            raise CommandError("timed out after %ss: %s" % (timeout, argv)) from e
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        stderr = err.read().decode(errors="replace")
    if check and proc.returncode != 0:
        raise CommandError("%s exited %d\nstdout: %s\nstderr: %s" % (argv, proc.returncode, stdout[-4000:], stderr[-4000:]))
    return proc.returncode, stdout, stderr


def out(argv, **kwargs):
    return run(argv, **kwargs)[1]


def in_netns(ns, argv):
    return ["ip", "netns", "exec", ns] + list(argv)


def netns_list():
    names = []
    for line in out([IP, "netns", "list"]).splitlines():
        if line.strip():
            names.append(line.split()[0])
    return names


def netns_exists(name):
    return os.path.exists("/run/netns/" + name)


def netns_add(name):
    run([IP, "netns", "add", name])
    run(in_netns(name, [IP, "link", "set", "lo", "up"]))


def netns_inode(name):
    return os.stat("/run/netns/" + name).st_ino


def pids_in_netns_inodes(inodes):
    """pid -> command name of every process whose network namespace is one of inodes."""
    wanted = set("net:[%d]" % i for i in inodes)
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.readlink("/proc/%s/ns/net" % entry) in wanted:
                with open("/proc/%s/comm" % entry) as f:
                    found[int(entry)] = f.read().strip()
        except OSError:
            continue
    return found


def kill_pids(pids, grace=3.0):
    """Ends the given processes (ones this run started): SIGTERM, then SIGKILL after grace seconds."""
    pids = [p for p in pids if p != os.getpid()]
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if _alive(p)]
        time.sleep(0.05)
    for pid in alive:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def netns_delete(name):
    """Removes a namespace this run created, after ending every process still inside it (a deleted
    namespace lives on while a process holds it: wireguard-go, an HTTP server)."""
    if not netns_exists(name):
        return
    kill_pids(list(pids_in_netns_inodes([netns_inode(name)])))
    run([IP, "netns", "delete", name], check=False)


def links(ns=None):
    """Interface names in a namespace (or the host's own)."""
    argv = [IP, "-o", "link", "show"]
    text = out(in_netns(ns, argv) if ns else argv)
    names = []
    for line in text.splitlines():
        parts = line.split(":", 2)
        if len(parts) >= 2:
            names.append(parts[1].strip().split("@")[0])
    return names


def wait_until(probe, timeout, interval=0.2, what="condition"):
    """Calls probe until it returns a true value; returns that value or fails naming what."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        try:
            last = probe()
        except (CommandError, OSError) as e:
            last = e
        if last and not isinstance(last, Exception):
            return last
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %ss waiting for %s (last: %r)" % (timeout, what, last))
        time.sleep(interval)
