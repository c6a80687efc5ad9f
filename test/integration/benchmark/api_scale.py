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
"""API scale: createWgUser latency end to end (submit -> job done, which includes the VR apply)
with 100, 1,000 and 10,000 users already in the VPN, and listWgUsers page times at the largest
size. The per-VPN user limit (wireguard.vpn.max.users, 250) is raised through updateConfiguration
as the root admin for the run and set back afterwards; the VPN gets a /16 range.

  /usr/bin/python3 test/integration/benchmark/api_scale.py [--levels 100,1000,10000] [--samples 50] [--state devcloud.json]
"""

import base64
import concurrent.futures
import ipaddress
import sys
import uuid
import time

import cs
from common import devcloud, percentile, median, parser, table

from e2e import steps
from e2e.devcloud import sql

POLL = 0.01


def timed_create(api, vpn_id, n):
    """One createWgUser, timed from submission to the job's completion, polled every 10 ms."""
    start = time.monotonic()
    reply = api.submit("createWgUser", vpnid=vpn_id, name="bench-%d" % n)
    while True:
        job = api.submit("queryAsyncJobResult", jobid=reply["jobid"])
        if job["jobstatus"] != 0:
            break
        time.sleep(POLL)
    took = time.monotonic() - start
    assert job["jobstatus"] == 1, "createWgUser failed: %s" % job.get("jobresult")
    return took


def fill(dc, tenant, vpn_id, start, stop, workers=4):
    """Adds users start..stop-1 with several clients at once (the server runs them one by one per
    network; overlapping the clients' polling is what saves time)."""
    apis = [dc.api(tenant) for _ in range(workers)]

    def add(i):
        try:
            apis[i % workers].call("createWgUser", vpnid=vpn_id, name="fill-%d" % i)
        except cs.CloudStackApiException as e:
            raise AssertionError("createWgUser fill-%d: %s" % (i, e.error)) from None

    begin = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for done, _ in enumerate(pool.map(add, range(start, stop)), 1):
            if done % 500 == 0:
                rate = done / (time.monotonic() - begin)
                print("  filled %d/%d (%.1f users/s)" % (start + done, stop, rate), flush=True)


MAX_USERS = "wireguard.vpn.max.users"


def user_limit(admin):
    """The per-VPN user limit as listConfigurations shows it to the root admin."""
    found = [c for c in admin.items("listConfigurations", "configuration", name=MAX_USERS) if c["name"] == MAX_USERS]
    assert found, "listConfigurations does not show %s" % MAX_USERS
    return found[0]["value"]


def set_user_limit(admin, limit):
    """wireguard.vpn.max.users (a dynamic setting) through updateConfiguration as the root admin: the plugin
    reads it at the next createWgUser, no restart."""
    cfg = admin.call("updateConfiguration", name=MAX_USERS, value=str(limit))["configuration"]
    assert cfg["value"] == str(limit), cfg
    print("%s = %s (updateConfiguration)" % (MAX_USERS, cfg["value"]), flush=True)


def fill_db(dc, vpn_id, start, stop):
    """Adds users start..stop-1 as rows of devcloud's database: own-key users (real X25519 public
    keys, no private key or PSK to encrypt), Active, consecutive addresses high in the /16. The
    router learns them at the next push; the caller makes one (untimed) before measuring."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    vpn_db, account, domain = sql(dc.data_dir, "SELECT id, account_id, domain_id FROM wireguard_vpn WHERE uuid = '%s'" % vpn_id).split()
    rows = []
    for i in range(start, stop):
        key = base64.b64encode(X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
        # 10.200.128.0 upwards: clear of what the API allocates from the bottom of 10.200.0.0/16
        address = str(ipaddress.ip_address("10.200.128.0") + i)
        rows.append("('%s', %s, 'db-%d', 'Active', 1, 1, '%s', '%s', 1, 1, %s, %s, NOW())" % (uuid.uuid4(), vpn_db, i, key, address, account, domain))
    for chunk in range(0, len(rows), 1000):
        sql(dc.data_dir, "INSERT INTO wireguard_vpn_user (uuid, vpn_id, name, state, enabled, own_key, public_key, ip4_address, split_tunnel, "
            "display, account_id, domain_id, created) VALUES " + ", ".join(rows[chunk:chunk + 1000]))


def main():
    p = parser(__doc__.split("\n\n")[0])
    p.add_argument("--levels", default="100,1000,10000")
    p.add_argument("--samples", type=int, default=50)
    p.add_argument("--pages", type=int, default=20)
    p.add_argument("--fill", choices=("api", "db"), default="api",
                   help="reach each level with createWgUser calls (api) or rows in devcloud's database (db, fast)")
    args = p.parse_args()
    levels = [int(x) for x in args.levels.split(",")]
    with devcloud(args, 8) as dc:
        run(dc, levels, args)


def run(dc, levels, args):
    admin = dc.api(dc.account(role="Admin"))
    tenant = dc.tenants()[1]
    api = dc.api(tenant)
    net = dc.network_of(tenant["name"])
    limit = max(levels) + args.samples * len(levels) + 10
    previous = user_limit(admin)
    set_user_limit(admin, limit)
    try:
        measure(dc, tenant, api, net, levels, args)
    finally:
        set_user_limit(admin, previous)


def measure(dc, tenant, api, net, levels, args):
    vpn = steps.create_vpn(api, net, ip4range="10.200.0.0/16")
    rows = []
    count = 0
    try:
        for level in levels:
            print("filling to %d users..." % level, flush=True)
            if args.fill == "api":
                fill(dc, tenant, vpn["id"], count, level)
            else:
                fill_db(dc, vpn["id"], count, level)
            count = level
            listed = api.call("listWgUsers", vpnid=vpn["id"], page=1, pagesize=1)
            assert listed["count"] == count, "listWgUsers counts %s, expected %d" % (listed.get("count"), count)
            if args.fill == "db":
                # one push with every row above, so the router holds them all before the timed calls
                timed_create(api, vpn["id"], count)
                count += 1
            samples = []
            for i in range(args.samples):
                samples.append(timed_create(api, vpn["id"], count))
                count += 1
            rows.append([level, args.samples, "%.0f" % (1000 * median(samples)), "%.0f" % (1000 * percentile(samples, 99)),
                         "%.0f" % (1000 * min(samples)), "%.0f" % (1000 * max(samples))])
            print(table(["users before", "samples", "p50 ms", "p99 ms", "min ms", "max ms"], rows[-1:]), flush=True)

        print()
        print("createWgUser, submit to job completion (VR apply included), polled every %d ms" % (POLL * 1000))
        print(table(["users before", "samples", "p50 ms", "p99 ms", "min ms", "max ms"], rows))

        page_rows = []
        for pagesize, page in ((20, 1), (500, 1), (500, count // 500)):
            times = []
            for _ in range(args.pages):
                start = time.monotonic()
                reply = api.call("listWgUsers", vpnid=vpn["id"], page=page, pagesize=pagesize)
                times.append(time.monotonic() - start)
                assert len(reply.get("wguser", [])) == pagesize and reply["count"] == count
            page_rows.append([count, pagesize, page, "%.0f" % (1000 * median(times)), "%.0f" % (1000 * percentile(times, 99))])
        print()
        print("listWgUsers page time (with the live fields from the VR)")
        print(table(["users", "pagesize", "page", "p50 ms", "p99 ms"], page_rows))
    finally:
        start = time.monotonic()
        steps.delete_vpn(api, vpn["id"])
        print("\ndeleteWgVpn with %d users: %.1fs" % (count, time.monotonic() - start))


if __name__ == "__main__":
    sys.exit(main())
