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
"""pytest set-up of the end-to-end tests: one devcloud for the whole run (started as a user starts
it, stopped with SIGINT, then checked for leftovers), API clients per account, and client
namespaces on devcloud's public segment, all named with this run's own prefix and removed after
each test (also when it fails).

E2E_DEVCLOUD_STATE=/path/devcloud.json runs the tests against a devcloud that is already running
(it is then neither started nor stopped by the tests; E2E_DEVCLOUD_DATA_DIR names its data folder)."""

import json
import os
import shutil
import tempfile

import pytest

from e2e import host, steps
from e2e.client import ClientNamespace, Segment, WgClient, WhoAmI
from e2e.devcloud import DevCloud
from e2e.router import Router

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROOT_REASON = "needs root: network namespaces, wg-quick on wireguard-go, and devcloud's virtual routers"
TOOLS = ("ip", "wg", "wg-quick", "wireguard-go", "curl", "ping", "iptables-save", "unshare", "cloudstack", "zbarimg")


def pytest_report_header(config):
    return "end-to-end against devcloud from %s (%s)" % (REPO, "root" if os.geteuid() == 0 else "not root: " + ROOT_REASON)


@pytest.fixture(scope="session")
def workdir():
    d = tempfile.mkdtemp(prefix="wg-e2e-")
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def devcloud(workdir):
    if os.geteuid() != 0:
        pytest.skip(ROOT_REASON)
    missing = [t for t in TOOLS if not shutil.which(t)]
    assert not missing, "tools missing (scripts/setup.sh installs them): %s" % missing
    attached = os.environ.get("E2E_DEVCLOUD_STATE")
    if attached:
        with open(attached) as f:
            state = json.load(f)
        dc = DevCloud(REPO, workdir, prefix=state["public"]["netns"].rsplit("-", 1)[0])
        dc.state = state
        dc.data_dir = os.environ.get("E2E_DEVCLOUD_DATA_DIR", "/var/lib/devcloud/" + dc.prefix)
        yield dc
        clients_left = [ns for ns in host.netns_list() if ns.startswith(dc.prefix + "c-")]
        assert not clients_left, "client namespaces left by the tests: %s" % clients_left
        return
    dc = DevCloud(REPO, os.path.join(workdir, "devcloud"), file_mb=int(os.environ.get("E2E_FILE_MB", "32")))
    dc.start()
    running = None
    try:
        yield dc
        running = _leave_a_vpn_running(dc)
    finally:
        clients_left = [ns for ns in host.netns_list() if ns.startswith(dc.prefix + "c-")]
        dc.stop(check=True)
        assert not clients_left, "client namespaces left by the tests: %s" % clients_left
    assert running and set(running) <= set(dc.inside), "wireguard-go %s was not among the processes the stop checked" % running


def _leave_a_vpn_running(dc):
    """A VPN with a user on tenant2's router when devcloud is stopped, so the stop is shown to end
    its wireguard-go too. Returns the pids of the router's wireguard-go."""
    tenant = dc.tenants()[1]
    api = dc.api(tenant)
    net = dc.network_of(tenant["name"])
    vpn = steps.create_vpn(api, net, port=51899)
    steps.create_user(api, vpn["id"], name="left-running")
    procs = Router.for_public_ip(dc.prefix, dc.data_dir, net["public_ip"]["address"]).wireguard_processes()
    assert procs, "no wireguard-go on tenant2's router with a VPN running"
    return list(procs)


@pytest.fixture(scope="session")
def tenant1(devcloud):
    return devcloud.tenants()[0]


@pytest.fixture(scope="session")
def tenant2(devcloud):
    return devcloud.tenants()[1]


@pytest.fixture(scope="session")
def api1(devcloud, tenant1):
    return devcloud.api(tenant1)


@pytest.fixture(scope="session")
def api2(devcloud, tenant2):
    return devcloud.api(tenant2)


@pytest.fixture(scope="session")
def admin(devcloud):
    return devcloud.api(devcloud.account(role="Admin"))


@pytest.fixture(scope="session")
def net1(devcloud, tenant1):
    return devcloud.network_of(tenant1["name"])


@pytest.fixture(scope="session")
def net2(devcloud, tenant2):
    return devcloud.network_of(tenant2["name"])


@pytest.fixture(scope="session")
def segment(devcloud):
    return Segment(devcloud.state["public"])


@pytest.fixture(scope="session")
def client_prefix(devcloud):
    # not "<devcloud prefix>-": devcloud's own clean-up owns that name space
    return devcloud.prefix + "c"


class Clients:
    """Makes client namespaces (each with a WgClient) and removes them all afterwards."""

    def __init__(self, devcloud, segment, prefix, workdir):
        self.devcloud = devcloud
        self.segment = segment
        self.prefix = prefix
        self.workdir = workdir
        self.made = []
        self.servers = []

    def new(self):
        n = Clients.counter = getattr(Clients, "counter", 0) + 1
        onlink = [net["public_ip"]["address"] for net in self.devcloud.state["networks"]]
        ns = ClientNamespace(self.segment, "%s-%d" % (self.prefix, n), "%s%d" % (self.prefix, n), onlink=onlink)
        self.made.append(ns)
        ns.create()
        ns.wg = WgClient(ns, self.workdir)
        return ns

    def connect(self, config):
        """A new client namespace with config brought up by wg-quick."""
        ns = self.new()
        ns.wg.up(config)
        return ns

    def whoami(self):
        """An HTTP server on devcloud's public host telling each caller its source address."""
        server = WhoAmI(self.segment.netns, self.segment.host_address, 20000 + len(self.servers) + os.getpid() % 20000, self.workdir)
        server.start()
        self.servers.append(server)
        return server

    def close(self):
        for server in self.servers:
            server.stop()
        for ns in self.made:
            try:
                ns.wg.down()
            except (AssertionError, AttributeError):
                pass
            ns.destroy()


@pytest.fixture
def clients(devcloud, segment, client_prefix, workdir):
    c = Clients(devcloud, segment, client_prefix, workdir)
    yield c
    c.close()


@pytest.fixture
def router1(devcloud, net1):
    """tenant1's router as it is now (looked up again after a recreate)."""
    return lambda: Router.for_public_ip(devcloud.prefix, devcloud.data_dir, net1["public_ip"]["address"])


@pytest.fixture
def router2(devcloud, net2):
    return lambda: Router.for_public_ip(devcloud.prefix, devcloud.data_dir, net2["public_ip"]["address"])


class VpnJanitor:
    """Deletes, after a test, the VPNs it created that are still there (a failed test must not
    leave a VPN holding the public IP for the next one)."""

    def __init__(self):
        self.created = []

    def create(self, api, network, **params):
        vpn = steps.create_vpn(api, network, **params)
        self.created.append((api, vpn["id"]))
        return vpn

    def close(self):
        for api, vpn_id in self.created:
            if any(v["id"] == vpn_id for v in steps.vpns(api)):
                steps.delete_vpn(api, vpn_id)


@pytest.fixture
def janitor():
    j = VpnJanitor()
    yield j
    j.close()
