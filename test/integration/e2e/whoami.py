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
"""`whoami.py ADDRESS PORT READYFILE`: an HTTP server answering every GET with the address the
request came from. Run on devcloud's public host, it tells whether a client's traffic arrived
directly (the client's own address) or through the VR (the VR's public IP, after its SNAT).
socketserver rather than http.server.HTTPServer: the latter looks up the host name of the bind
address, and a namespace without DNS waits for the resolver's timeout."""

import http.server
import socketserver
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = (self.client_address[0] + "\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main(argv):
    server = Server((argv[1], int(argv[2])), Handler)
    with open(argv[3], "w") as f:
        f.write("ready\n")
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
