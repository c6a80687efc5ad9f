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
"""Paths, commands and files for the WireGuard VPN handler.

Unlike CsHelper.execute(), commands are argument lists run without a shell, and a failed command
raises CommandError instead of returning an empty list: the caller cannot mistake a failure for
"no output". Secrets never travel on a command line; they go through 0600 files in a private
0700 directory on tmpfs (SecretDir), the way VyOS passes keys to wg.
"""

import errno
import fcntl
import gc
import os
import re
import subprocess

# The router's real paths (DESIGN §3.2). Tests and devcloud bind their own directories over these
# inside a private mount namespace instead of passing another root.
WIREGUARD_DIR = "/etc/wireguard"
DATABAG_DIR = "/etc/cloudstack"
MERGED_BAG = DATABAG_DIR + "/wireguardvpn.json"
CACHE_DIR = "/var/cache/cloud"
RUN_DIR = "/var/run/wireguard"
IPTABLES_DIR = "/etc/iptables"
# flock(2) on the databag directory itself: no lock file is left behind on the router.
LOCK_PATH = DATABAG_DIR
SECRET_PARENTS = ("/run", "/dev/shm")

_KEY_TOKEN_RE = re.compile(r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=")


class CommandError(Exception):
    """A command that failed; str() is one line without secrets."""


def redact(text):
    """Masks anything shaped like a WireGuard key. wg(8) quotes a malformed key back in its error
    message, so its stderr must not reach a log or the caller unfiltered."""
    return _KEY_TOKEN_RE.sub("<key>", text)


def describe(argv, limit=8):
    shown = list(argv[:limit])
    if len(argv) > limit:
        shown.append("... (%d more arguments)" % (len(argv) - limit))
    return " ".join(shown)


def _failure(argv, returncode, stderr):
    lines = [line.strip() for line in (stderr or "").splitlines() if line.strip()]
    reason = redact(lines[-1]) if lines else "no error output"
    return CommandError("command '%s' failed (exit %s): %s" % (describe(argv), returncode, reason))


def run(argv, input=None, timeout=120, env=None):
    """Runs argv (a list, never a shell string) and returns its stdout; raises CommandError."""
    try:
        result = subprocess.run(argv, input=input, capture_output=True, text=True, timeout=timeout, env=env)
    except FileNotFoundError:
        raise CommandError("command not found: %s" % argv[0])
    except subprocess.TimeoutExpired:
        raise CommandError("command '%s' timed out after %ss" % (describe(argv), timeout))
    if result.returncode != 0:
        raise _failure(argv, result.returncode, result.stderr)
    return result.stdout


def succeeds(argv, timeout=60):
    """Runs a probe command; True when it exits 0. Output is discarded."""
    try:
        return subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=timeout).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _capture_fd():
    """An anonymous in-memory file for a child's output: unlike a pipe it never fills up (a
    10,000-peer `wg show dump` is 1.5 MB), and unlike a temporary file it has no path, which
    matters because that output holds private and preshared keys."""
    try:
        return os.memfd_create("cs-wireguard", os.MFD_CLOEXEC)
    except (AttributeError, OSError):
        import tempfile
        with tempfile.TemporaryFile() as handle:
            return os.dup(handle.fileno())


def _drain(fd):
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8", "replace")


class Background(object):
    """A read-only command started early so that device and firewall reads overlap with the
    validation and rendering work (a 10,000-peer dump from wireguard-go takes ~60 ms)."""

    def __init__(self, argv):
        self.argv = argv
        self.out = _capture_fd()
        self.err = _capture_fd()
        self.done = None
        try:
            self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=self.out, stderr=self.err)
        except FileNotFoundError:
            os.close(self.out)
            os.close(self.err)
            raise CommandError("command not found: %s" % argv[0])

    def result(self, timeout=120):
        if self.done is None:
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self.done = (None, "", "timed out after %ss" % timeout)
            else:
                self.done = (self.proc.returncode, _drain(self.out), _drain(self.err))
        code, out, err = self.done
        if code is None:
            raise CommandError("command '%s' %s" % (describe(self.argv), err))
        if code != 0:
            raise _failure(self.argv, code, err)
        return out

    def close(self):
        """Discards the command (e.g. the bag turned out invalid)."""
        if self.done is None:
            try:
                self.result(timeout=30)
            except CommandError:
                pass


class GcPaused(object):
    """Pauses the cyclic garbage collector: parsing and validating a 10,000-peer bag allocates
    some 100,000 containers, and the collector's repeated passes over them cost more than the
    work itself (measured: validation 0.6 s -> 0.14 s). Nothing here builds reference cycles."""

    def __enter__(self):
        self.was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc):
        if self.was_enabled:
            gc.enable()
        return False


def read_text(path):
    try:
        with open(path, "r") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def write_atomic(path, content, mode):
    """Writes content to path only if it differs: temp file in the same directory, fsync, rename.
    Returns True when the file was (re)written; a wrong mode alone is fixed in place."""
    try:
        with open(path, "r") as handle:
            if handle.read() == content:
                if os.stat(path).st_mode & 0o7777 != mode:
                    os.chmod(path, mode)
                return False
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, exist_ok=True)
    tmp = "%s.tmp.%d" % (path, os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, mode)
    try:
        os.fchmod(fd, mode)  # the umask must not widen or narrow it
        with os.fdopen(fd, "w") as handle:
            fd = None
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        # The data is on disk before the rename, so a crash leaves the old file or the new one,
        # never a truncated one. The directory is not synced: a lost rename only means the next
        # apply writes the file again.
        os.rename(tmp, path)
    except BaseException:
        if fd is not None:
            os.close(fd)
        remove_file(tmp)
        raise
    return True


def remove_file(path):
    try:
        os.unlink(path)
        return True
    except FileNotFoundError:
        return False


def ensure_dir(path, mode):
    try:
        os.makedirs(path, mode)
    except OSError as error:
        if error.errno != errno.EEXIST:
            raise


class Lock(object):
    """Serialises merge and apply on one router (flock). Re-entrant within one process, so the
    stand-alone driver can hold it across merge + apply while the handler takes it too."""

    _depth = 0
    _handle = None

    def __enter__(self):
        if Lock._depth == 0:
            ensure_dir(LOCK_PATH, 0o755)
            fd = os.open(LOCK_PATH, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            fcntl.flock(fd, fcntl.LOCK_EX)
            Lock._handle = fd
        Lock._depth += 1
        return self

    def __exit__(self, *exc):
        Lock._depth -= 1
        if Lock._depth == 0:
            fcntl.flock(Lock._handle, fcntl.LOCK_UN)
            os.close(Lock._handle)
            Lock._handle = None
        return False


class SecretDir(object):
    """A 0700 directory on tmpfs holding 0600 key files for one wg(8) call, removed afterwards.
    Created on the first write: most changes (peers without preshared keys) need no file."""

    def __init__(self):
        self.path = None
        self.count = 0

    def __enter__(self):
        return self

    def _create(self):
        parent = next((p for p in SECRET_PARENTS if os.path.isdir(p) and os.access(p, os.W_OK)), "/tmp")
        path = os.path.join(parent, "cs-wireguard.%s" % os.urandom(8).hex())
        os.mkdir(path, 0o700)  # fails if it exists: never reuse a directory someone else made
        os.chmod(path, 0o700)
        self.path = path

    def write(self, secret):
        if self.path is None:
            self._create()
        self.count += 1
        path = os.path.join(self.path, "k%d" % self.count)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secret + "\n")
        return path

    def __exit__(self, *exc):
        if self.path:
            for name in os.listdir(self.path):
                remove_file(os.path.join(self.path, name))
            os.rmdir(self.path)
        return False
