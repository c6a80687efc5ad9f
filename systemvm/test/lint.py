#!/usr/bin/python3
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
"""A standard-library lint for the WireGuard VR files (the build machine has no pycodestyle or
pyflakes): every file compiles, carries the ASF header, keeps lines under 120 characters with no
tabs or trailing blanks, and router code never runs a shell or imports outside the standard
library and its own cs/ package. pycodestyle/pyflakes run too when they are installed."""

import ast
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.normpath(os.path.join(HERE, "..", "debian", "opt", "cloud", "bin"))
ROUTER_FILES = ["cs_wireguardvpn.py", "wireguard_vpn.py", "cs/__init__.py", "cs/CsWireguardConfig.py",
                "cs/CsWireguardHelper.py", "cs/CsWireguardNetfilter.py", "cs/CsWireguardState.py",
                "cs/CsWireguardVpn.py"]
MAX_LINE = 120


def files():
    result = [os.path.join(BIN, name) for name in ROUTER_FILES]
    for root, _, names in os.walk(HERE):
        result.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
    return result


def check(path, router):
    problems = []
    with open(path) as handle:
        text = handle.read()
    try:
        tree = ast.parse(text, path)
    except SyntaxError as error:
        return ["%s:%s: %s" % (path, error.lineno, error.msg)]
    if "Licensed to the Apache Software Foundation" not in text[:400]:
        problems.append("%s: no ASF license header" % path)
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > MAX_LINE:
            problems.append("%s:%d: line longer than %d" % (path, number, MAX_LINE))
        if "\t" in line or line != line.rstrip():
            problems.append("%s:%d: tab or trailing blank" % (path, number))
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    used |= {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
    lines = text.splitlines()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)) and "noqa" not in lines[node.lineno - 1]:
            for alias in node.names:
                bound = alias.asname or alias.name.split(".")[0]
                if bound not in used:
                    problems.append("%s:%d: %s imported but unused" % (path, node.lineno, bound))
    if router:
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "shell":
                problems.append("%s:%d: shell= in router code" % (path, node.value.lineno))
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in ("cs", "cs_wireguardvpn"):
                        problems.append("%s:%d: import of %s (not standard library)" % (path, node.lineno, name))
    return problems


def optional_tools(paths):
    problems = []
    for module, args in (("pycodestyle", ["--max-line-length=%d" % MAX_LINE]), ("pyflakes", [])):
        probe = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True)
        if probe.returncode != 0:
            print("lint: %s not installed, skipped" % module)
            continue
        result = subprocess.run([sys.executable, "-m", module] + args + paths, capture_output=True, text=True)
        problems.extend(line for line in result.stdout.splitlines() if line.strip())
    return problems


def main():
    paths = files()
    problems = []
    for path in paths:
        problems.extend(check(path, path.startswith(BIN)))
    problems.extend(optional_tools(paths))
    for problem in problems:
        print(problem)
    print("lint: %d files, %d problems" % (len(paths), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
