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
"""CsWireguardHelper's lean replacements for json and subprocess (they keep a one-peer change
out of ~20 ms of imports): same results as the modules they stand in for, commands without a
shell, failures that raise, and the driver's start-up free of the heavy modules."""

import json
import os
import subprocess
import sys
import time

import pytest

from conftest import BIN_DIR
from cs.CsWireguardHelper import Background, CommandError, dumps, fingerprint, loads, run, succeeds
from wgsamples import sample

DOCUMENTS = [
    sample(), [], {}, "text", 0, -12, 3.25, 1e300, True, None, {"a": [1, [2, {"b": None}]], "c": "\u00e9\u2028"},
    {"nested": [[[]]], "empty": "", "quote": "\"\\/\b\f\n\r\t", "big": 10 ** 30},
]


@pytest.mark.parametrize("value", DOCUMENTS, ids=range(len(DOCUMENTS)))
def test_loads_and_dumps_agree_with_the_json_module(value):
    text = json.dumps(value)
    assert loads(text) == json.loads(text)
    assert dumps(value) == json.dumps(value, separators=(",", ":"))
    assert dumps(value, sort_keys=True, separators=(", ", ": ")) == json.dumps(value, sort_keys=True)
    assert loads(" \n\t" + text + "\r\n ") == value


@pytest.mark.parametrize("text", ["", "   ", "{", '{"a": 1} x', "[1,]", "nul", '{"a" 1}', '"\x01"', "01"])
def test_loads_refuses_what_the_json_module_refuses(text):
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        loads(text)


def test_loads_hands_each_object_to_the_pairs_hook():
    seen = []
    assert loads('{"a": {"b": 1}}', lambda pairs: seen.append(pairs) or dict(pairs)) == {"a": {"b": 1}}
    assert seen == [[("b", 1)], [("a", {"b": 1})]]


def test_dumps_refuses_what_json_cannot_write():
    with pytest.raises(TypeError):
        dumps({"a": object()})


def test_run_returns_the_output_and_passes_input_on_stdin():
    assert run(["cat"], input="a key that must not be in argv\n") == "a key that must not be in argv\n"
    assert run(["printf", "%s", "a;b $(id) `id`"]) == "a;b $(id) `id`"


def test_a_failed_command_raises_with_its_last_error_line_and_no_key():
    key = sample()["private_key"]
    with pytest.raises(CommandError) as caught:
        run(["sh", "-c", "read k; echo first >&2; echo \"bad key $k\" >&2; exit 3"], input=key + "\n")
    assert "exit 3" in str(caught.value) and "bad key <key>" in str(caught.value)
    assert key not in str(caught.value)


def test_a_missing_command_and_a_hung_one_raise():
    with pytest.raises(CommandError, match="command not found"):
        run(["no-such-command-here"])
    start = time.monotonic()
    with pytest.raises(CommandError, match="timed out"):
        run(["sleep", "30"], timeout=0.3)
    assert time.monotonic() - start < 10


def test_background_commands_run_while_the_caller_works():
    start = time.monotonic()
    first, second = Background(["sleep", "0.5"]), Background(["sh", "-c", "sleep 0.5; echo done"])
    assert first.result() == "" and second.result() == "done\n"
    assert time.monotonic() - start < 0.95
    assert succeeds(["true"]) and not succeeds(["false"]) and not succeeds(["no-such-command-here"])


def test_commands_started_with_closed_standard_streams_still_get_their_own():
    # update_config.py may be started without stdin/stdout: the child must not get our files.
    code = ("import os, sys; sys.path.insert(0, %r); os.close(0); os.close(1)\n"
            "from cs.CsWireguardHelper import run\n"
            "out = run(['cat'], input='through stdin')\n"
            "os.write(2, out.encode())" % BIN_DIR)
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == "through stdin"


def test_fingerprints_tell_texts_apart():
    assert fingerprint("abc") == fingerprint("abc") != fingerprint("abd")
    assert fingerprint("") == "0:00000000"


def test_the_driver_starts_without_the_heavy_modules():
    """json, re, subprocess, socket and ipaddress cost more start-up time than a one-peer change
    takes: none of them may be imported on the way to applying a bag."""
    code = ("import sys; sys.argv = ['wireguard_vpn.py']; sys.path.insert(0, %r)\n"
            "import wireguard_vpn\n"
            "print(' '.join(sorted(sys.modules)))" % BIN_DIR)
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    loaded = set(result.stdout.split())
    assert "cs.CsWireguardVpn" in loaded
    assert not loaded & {"json", "re", "subprocess", "socket", "ipaddress", "tempfile", "logging", "hashlib"}
