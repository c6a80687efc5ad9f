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
"""ICMP echo at a fixed interval, counting replies: `pinger.py TARGET COUNT INTERVAL [WAIT]`
prints {"sent": N, "received": M, "lost_seqs": [...]} as JSON; SIGTERM ends the
sending early (then replies are still awaited for WAIT seconds). A raw socket (root) instead of
ping(8), which Debian does not install by default; IPv4 only, which is what the tests ping."""

import json
import os
import select
import signal
import socket
import struct
import sys
import time


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    total = (total >> 16) + (total & 0xffff)
    total += total >> 16
    return ~total & 0xffff


def echo_request(ident, seq):
    payload = struct.pack("!d", time.time()) + b"wireguard-vpn-test" * 2
    header = struct.pack("!BBHHH", 8, 0, 0, ident, seq)
    return struct.pack("!BBHHH", 8, 0, checksum(header + payload), ident, seq) + payload


def run(target, count, interval, wait):
    sock = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    sock.setblocking(False)
    ident = os.getpid() & 0xffff
    received = set()
    start = time.monotonic()

    def collect(until):
        while True:
            left = until - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([sock], [], [], left)
            if not ready:
                return
            while True:
                try:
                    packet = sock.recv(2048)
                except BlockingIOError:
                    break
                offset = (packet[0] & 0x0f) * 4
                kind, _, _, rid, seq = struct.unpack("!BBHHH", packet[offset:offset + 8])
                if kind == 0 and rid == ident:
                    received.add(seq)

    stopped = []
    signal.signal(signal.SIGTERM, lambda *_: stopped.append(True))
    sent = 0
    for seq in range(count):
        if stopped:
            break
        sent += 1
        try:
            sock.sendto(echo_request(ident, seq), (target, 0))
        except OSError:
            pass  # no route for a moment counts as a lost packet
        collect(start + (seq + 1) * interval)
    collect(time.monotonic() + wait)
    lost = sorted(set(range(sent)) - received)
    return {"sent": sent, "received": len(received & set(range(sent))), "lost_seqs": lost[:50]}


if __name__ == "__main__":
    wait = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
    print(json.dumps(run(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), wait)))
