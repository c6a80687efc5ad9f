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
"""vrhost.py, the interface devcloud shares with these tests: each router's paths are its own
directory, state persists between calls, the exit status is the command's, no shell."""

import os
import sys

import pytest

import wglab

SKIP_REASON = wglab.can_run_lab()
if SKIP_REASON:
    print("TestVrHost skipped: %s" % SKIP_REASON, file=sys.stderr)
    pytest.skip(SKIP_REASON, allow_module_level=True)


@pytest.fixture
def netns():
    name = "wgt%s-vh" % os.urandom(3).hex()
    wglab.sh(["ip", "netns", "add", name])
    yield name
    wglab.sh(["ip", "netns", "del", name], check=False)


def vrhost(root, netns, *argv, bin_dir=None):
    command = [wglab.PYTHON, wglab.VRHOST, "exec", "--root", str(root)]
    if bin_dir:
        command += ["--bin", str(bin_dir)]
    return wglab.sh(command + [netns, "--"] + list(argv), check=False)


def test_the_exit_status_is_the_commands(tmp_path, netns):
    assert vrhost(tmp_path, netns, "sh", "-c", "exit 7").returncode == 7
    assert vrhost(tmp_path, netns, "true").returncode == 0
    assert vrhost(tmp_path, netns, "no-such-command-here").returncode == 127


def test_router_paths_are_the_routers_own_and_persist_between_calls(tmp_path, netns):
    first, second = tmp_path / "r1", tmp_path / "r2"
    marker = "vrhost-test-%s" % os.urandom(4).hex()
    for path in ("/etc/wireguard", "/etc/cloudstack", "/var/cache/cloud", "/var/run/wireguard", "/etc/iptables"):
        assert vrhost(first, netns, "touch", os.path.join(path, marker)).returncode == 0
        assert (first / path.lstrip("/") / marker).exists()
        assert not os.path.exists(os.path.join(path, marker)), "wrote through to the host's %s" % path
        assert vrhost(first, netns, "test", "-e", os.path.join(path, marker)).returncode == 0
        assert vrhost(second, netns, "test", "-e", os.path.join(path, marker)).returncode == 1
    assert oct((first / "etc" / "wireguard").stat().st_mode & 0o777) == oct(0o700)


def test_bin_is_bound_over_opt_cloud_bin(tmp_path, netns):
    scripts = tmp_path / "bin"
    scripts.mkdir()
    (scripts / "hello.py").write_text("print('hello from the router')\n")
    result = vrhost(tmp_path / "root", netns, wglab.PYTHON, "/opt/cloud/bin/hello.py", bin_dir=scripts)
    assert result.stdout == "hello from the router\n"


def test_commands_run_in_the_namespace_without_a_shell(tmp_path, netns):
    links = vrhost(tmp_path, netns, "ip", "-o", "link", "show").stdout
    assert [line.split(":")[1].strip() for line in links.splitlines()] == ["lo"]
    assert vrhost(tmp_path, netns, "printf", "%s", "a;b $(id) `id` | c").stdout == "a;b $(id) `id` | c"
