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
"""Paths, commands, JSON and files for the WireGuard VPN handler.

Unlike CsHelper.execute(), commands are argument lists run without a shell, and a failed command
raises CommandError instead of returning an empty list: the caller cannot mistake a failure for
"no output". Secrets never travel on a command line; they go through 0600 files in a private
0700 directory on tmpfs (SecretDir), the way VyOS passes keys to wg.

Start-up cost matters here: CloudStack starts a new interpreter for every databag, and adding one
peer must take well under 100 ms. `import subprocess` costs ~8 ms of CPU and `import json` ~13 ms
(it pulls in `re`, `enum`, `functools`...), against ~10 ms for the bare interpreter. So commands
are started with os.posix_spawnp() and JSON goes through `_json`, the C scanner and encoder that
json itself uses; both modules are still imported where they are really needed (errors, rare paths).
"""

import binascii
import errno
import fcntl
import gc
import os

try:
    import _json
except ImportError:  # another interpreter: the json module does the same, only slower to import
    _json = None

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
SIGKILL = 9
_WHITESPACE = " \t\n\r"


class CommandError(Exception):
    """A command that failed; str() is one line without secrets."""


# --- JSON ------------------------------------------------------------------------------------------

class _Decoding(object):
    """The attributes _json's scanner reads from a json.JSONDecoder."""

    strict = True
    object_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}.__getitem__

    def __init__(self, pairs_hook):
        self.object_pairs_hook = pairs_hook


def loads(text, pairs_hook=None):
    """json.loads(text, object_pairs_hook=pairs_hook). Raises ValueError (or RecursionError)."""
    if _json is None:
        import json
        return json.loads(text, object_pairs_hook=pairs_hook)
    scan = _json.make_scanner(_Decoding(pairs_hook))
    start = len(text) - len(text.lstrip(_WHITESPACE))
    try:
        value, end = scan(text, start)
    except StopIteration as stop:
        raise ValueError("Expecting value: char %d" % stop.value)
    if text[end:].strip(_WHITESPACE):
        raise ValueError("Extra data: char %d" % end)
    return value


def _not_serialisable(value):
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


def dumps(value, sort_keys=False, separators=(",", ":")):
    """json.dumps(value, sort_keys=sort_keys, separators=separators): ASCII, compact by default."""
    if _json is None:
        import json
        return json.dumps(value, sort_keys=sort_keys, separators=separators)
    encode = _json.make_encoder(None, _not_serialisable, _json.encode_basestring_ascii, None,
                                separators[1], separators[0], sort_keys, False, True)
    return "".join(encode(value, 0))


# --- commands --------------------------------------------------------------------------------------

def redact(text):
    """Masks anything shaped like a WireGuard key. wg(8) quotes a malformed key back in its error
    message, so its stderr must not reach a log or the caller unfiltered."""
    import re  # error paths only
    return re.sub(r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=", "<key>", text)


def describe(argv, limit=8):
    shown = list(argv[:limit])
    if len(argv) > limit:
        shown.append("... (%d more arguments)" % (len(argv) - limit))
    return " ".join(shown)


def _failure(argv, returncode, stderr):
    lines = [line.strip() for line in (stderr or "").splitlines() if line.strip()]
    reason = redact(lines[-1]) if lines else "no error output"
    return CommandError("command '%s' failed (exit %s): %s" % (describe(argv), returncode, reason))


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


def _above_stdio(fd):
    """A caller started with a closed stdin/stdout/stderr gets fds 0-2 for its own files; moved
    up so that dup2 onto the child's 0-2 never meets itself."""
    if fd > 2:
        return fd
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)
    os.close(fd)
    return high


def _input_fd(text):
    """stdin for a child: /dev/null, or an in-memory file holding `text` (it may be a key)."""
    if text is None:
        return _above_stdio(os.open(os.devnull, os.O_RDONLY | os.O_CLOEXEC))
    fd = _above_stdio(_capture_fd())
    data = text.encode()
    while data:
        data = data[os.write(fd, data):]
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def _wait(pid, timeout):
    """The child's exit code, or None (the child killed) when it outlived `timeout` seconds."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        import select
        try:
            ready = select.select([handle], [], [], timeout)[0]
        finally:
            os.close(handle)
        if not ready:
            os.kill(pid, SIGKILL)
            os.waitpid(pid, 0)
            return None
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    import time  # kernels before 5.3: poll
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.kill(pid, SIGKILL)
            os.waitpid(pid, 0)
            return None
        time.sleep(0.005)


class Background(object):
    """A command running while this process does other work. Its output goes to in-memory files
    (_capture_fd), read once it has finished; result() raises CommandError on failure."""

    def __init__(self, argv, input=None, env=None, capture=True):
        self.argv = argv
        self.done = None
        fds = [_input_fd(input)]
        try:
            if capture:
                fds += [_above_stdio(_capture_fd()), _above_stdio(_capture_fd())]
            else:
                fds += [_above_stdio(os.open(os.devnull, os.O_WRONLY | os.O_CLOEXEC))] * 2
            actions = [(os.POSIX_SPAWN_DUP2, fd, target) for target, fd in enumerate(fds)]
            self.pid = os.posix_spawnp(argv[0], argv, os.environ if env is None else env, file_actions=actions)
        except FileNotFoundError:
            self._close(fds)
            raise CommandError("command not found: %s" % argv[0])
        except BaseException:
            self._close(fds)
            raise
        os.close(fds[0])
        self.out, self.err = (fds[1], fds[2]) if capture else (None, None)
        if not capture:
            os.close(fds[1])

    @staticmethod
    def _close(fds):
        for fd in set(fds):
            os.close(fd)

    def wait(self, timeout=120):
        """The exit code (None: killed after the timeout), output and error text."""
        if self.done is None:
            code = _wait(self.pid, timeout)
            out = err = ""
            if self.out is not None:
                out, err = _drain(self.out), _drain(self.err)
            self.done = (code, out, err)
        return self.done

    def result(self, timeout=120):
        code, out, err = self.wait(timeout)
        if code is None:
            raise CommandError("command '%s' timed out after %ss" % (describe(self.argv), timeout))
        if code != 0:
            raise _failure(self.argv, code, err)
        return out

    def close(self):
        """Waits for a command whose output is no longer wanted (e.g. the bag turned out invalid)."""
        if self.done is None:
            self.wait(timeout=30)


def run(argv, input=None, timeout=120, env=None):
    """Runs argv (a list, never a shell string) and returns its stdout; raises CommandError."""
    return Background(argv, input=input, env=env).result(timeout)


def succeeds(argv, timeout=60):
    """Runs a probe command; True when it exits 0. Output is discarded."""
    try:
        return Background(argv, capture=False).wait(timeout)[0] == 0
    except (CommandError, OSError):
        return False


def fingerprint(content):
    """Length and CRC-32 of a file's content (bytes, or text): tells whether a file is still the one
    a record was made for (an edit, an interrupted run). Not a defence against someone who can write
    the record too: that is root, who can change the device directly."""
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogateescape")
    return "%d:%08x" % (len(content), binascii.crc32(content))


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


def read_bytes(path):
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None


def write_atomic(path, content, mode, current=None):
    """Writes content (text, or bytes) to path only if it differs: temp file in the same directory,
    fsync, rename. Returns True when the file was (re)written; a wrong mode alone is fixed in place.
    current: the file's content (same type), if the caller has just read it."""
    binary = not isinstance(content, str)
    try:
        if current is None:
            with open(path, "rb" if binary else "r") as handle:
                current = handle.read()
        if current == content:
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
        with os.fdopen(fd, "wb" if binary else "w") as handle:
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
