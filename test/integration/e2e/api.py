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
"""The CloudStack API as a tenant sees it, through the `cs` client (Debian's python3-cs) and its
`cloudstack` command: nothing here signs or parses requests itself."""

import json
import os
from dataclasses import dataclass

import cs

from . import host

# cs polls async jobs every 2 s by default; the jobs here take well under a second.
POLL_INTERVAL = 0.2
JOB_TIMEOUT = 300


@dataclass
class ApiError:
    """A refused call: the error code and text, and whether the refusal came straight back (HTTP
    status = code, before any async job) or as a failed job."""
    code: int
    text: str
    http_status: int
    from_job: bool
    body: dict


class Api:
    """One account's API client (its keys from devcloud.json)."""

    def __init__(self, api_url, account):
        self.account = account
        self.name = account["name"]
        self.endpoint = api_url
        self.client = cs.CloudStack(endpoint=api_url, key=account["api_key"], secret=account["secret_key"],
                                    timeout=120, poll_interval=POLL_INTERVAL, job_timeout=JOB_TIMEOUT,
                                    fetch_result=True)

    def call(self, command, **params):
        """Runs a command; async ones are waited for and their jobresult returned."""
        return getattr(self.client, command)(**params)

    def submit(self, command, **params):
        """Submits without waiting: returns the immediate reply (jobid, and id for creates)."""
        return getattr(self.client, command)(fetch_result=False, **params)

    def job(self, jobid):
        return self.client._jobresult(jobid=jobid)

    def items(self, command, key, **params):
        """A list call's items (an empty list for CloudStack's empty `{}` reply)."""
        reply = self.call(command, **params)
        items = reply.get(key, [])
        if items:
            assert reply.get("count", 0) >= len(items), "%s: count %s < %d items" % (command, reply.get("count"), len(items))
        return items

    def error(self, command, **params):
        """Runs a command that must be refused; returns the ApiError (fails if it succeeded)."""
        try:
            reply = self.call(command, **params)
        except cs.CloudStackApiException as e:
            body = e.error if isinstance(e.error, dict) else {}
            status = e.response.status_code if e.response is not None else 0
            from_job = e.args and e.args[0] == "Job failure"
            code = body.get("errorcode")
            return ApiError(code=code, text=body.get("errortext", ""), http_status=status, from_job=bool(from_job), body=body)
        raise AssertionError("%s %s by %s was accepted, expected a refusal: %s" % (command, _safe(params), self.name, _safe(reply)))

    def cli(self, command, *options):
        """The `cloudstack` command line client with this account's keys in its environment;
        options are `name=value` strings. Returns the parsed JSON it prints."""
        env = dict(os.environ)
        env.update({"CLOUDSTACK_ENDPOINT": self.endpoint, "CLOUDSTACK_KEY": self.account["api_key"],
                    "CLOUDSTACK_SECRET": self.account["secret_key"], "CLOUDSTACK_POLL_INTERVAL": str(POLL_INTERVAL),
                    "CLOUDSTACK_TIMEOUT": "120"})
        for k in ("CLOUDSTACK_CONFIG", "CLOUDSTACK_REGION", "CLOUDSTACK_OVERRIDES"):
            env.pop(k, None)
        code, stdout, stderr = host.run(["cloudstack", "--quiet", command] + list(options), env=env, check=False)
        assert code == 0, "cloudstack %s failed (%d): %s %s" % (command, code, stdout[-2000:], stderr[-2000:])
        return json.loads(stdout)


SECRET_FIELDS = ("config", "qrcode", "privatekey", "presharedkey", "secret_key", "secretkey")


def _safe(value):
    """A reply or parameters fit for an assertion message: key material cut out."""
    if isinstance(value, dict):
        return {k: ("<%d chars>" % len(str(v)) if k.lower() in SECRET_FIELDS else _safe(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_safe(v) for v in value]
    return value


safe = _safe
