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
"""One tenant's VPN is invisible and untouchable for another tenant; unknown ids are refused.
Error codes and texts as CloudStack gives them: 531 with "Caller does not have permission to
operate with provided resource." (DomainChecker) for another account's object, 431 with
"Invalid parameter id value=<uuid> due to incorrect long value format, or entity does not exist
..." (ParamProcessWorker) for an id that does not exist."""

import uuid

import cs
import pytest

from e2e import steps

DENIED = "Caller does not have permission to operate with provided resource."


@pytest.fixture(scope="module")
def owned(api1, net1):
    """tenant1's VPN with one user, the object of every attempt here."""
    vpn = steps.create_vpn(api1, net1)
    user = steps.create_user(api1, vpn["id"], name="owner")
    yield vpn, user
    if any(v["id"] == vpn["id"] for v in steps.vpns(api1)):
        steps.delete_vpn(api1, vpn["id"])


def state_of(api1, router1, vpn):
    return ([steps.user_view(u) for u in steps.users(api1, vpnid=vpn["id"])], steps.vpns(api1),
            steps.wg_view(router1().wg_dump()))


def test_other_tenant_lists_none_of_the_vpn_or_its_users(api1, api2, admin, owned):
    vpn, user = owned
    # 1. the owner and the root admin see them (so an empty list below means something)
    assert [v["id"] for v in steps.vpns(api1)] == [vpn["id"]]
    assert vpn["id"] in [v["id"] for v in steps.vpns(admin, listall=True)]
    assert user["id"] in [u["id"] for u in steps.users(admin, listall=True)]
    # 2. the other tenant sees nothing, however it asks
    assert steps.vpns(api2) == []
    assert steps.vpns(api2, listall=True) == []
    assert steps.vpns(api2, id=vpn["id"]) == []
    assert steps.vpns(api2, publicipid=vpn["publicipid"]) == []
    assert steps.users(api2) == []
    assert steps.users(api2, listall=True) == []
    assert steps.users(api2, id=user["id"]) == []
    # 3. naming the other tenant's VPN: refused as CloudStack refuses it, or nothing
    try:
        assert steps.users(api2, vpnid=vpn["id"]) == []
    except cs.CloudStackApiException as e:
        assert (e.error.get("errorcode"), e.error.get("errortext")) == (531, DENIED), e.error


ATTEMPTS = {
    "updateWgVpn": lambda vpn, user: {"id": vpn["id"], "mtu": 1380},
    "deleteWgVpn": lambda vpn, user: {"id": vpn["id"]},
    "createWgUser": lambda vpn, user: {"vpnid": vpn["id"], "name": "intruder"},
    "getWgUserConfig": lambda vpn, user: {"id": user["id"]},
    "updateWgUser": lambda vpn, user: {"id": user["id"], "name": "renamed"},
    "deleteWgUser": lambda vpn, user: {"id": user["id"]},
}


@pytest.mark.parametrize("command", sorted(ATTEMPTS))
def test_other_tenant_gets_531_and_changes_nothing(api1, api2, owned, router1, command):
    vpn, user = owned
    before = state_of(api1, router1, vpn)

    error = api2.error(command, **ATTEMPTS[command](vpn, user))

    assert (error.code, error.text) == (531, DENIED), error
    assert error.http_status == 531 and not error.from_job, "refused inside an async job, not before it: %s" % error
    assert "config" not in str(error.body) and user["publickey"] not in str(error.body)
    assert state_of(api1, router1, vpn) == before


def test_other_tenant_cannot_put_a_vpn_on_the_first_tenants_ip(api1, api2, net1, owned):
    error = api2.error("createWgVpn", publicipid=net1["public_ip"]["id"], port=51999)
    assert (error.code, error.text) == (531, DENIED), error
    assert [v["id"] for v in steps.vpns(api1)] == [owned[0]["id"]]


@pytest.mark.parametrize("command,param", [
    ("updateWgVpn", "id"), ("deleteWgVpn", "id"), ("createWgUser", "vpnid"), ("getWgUserConfig", "id"),
    ("updateWgUser", "id"), ("deleteWgUser", "id"), ("createWgVpn", "publicipid"),
])
def test_unknown_ids_get_431(api1, command, param):
    unknown = str(uuid.uuid4())
    error = api1.error(command, **{param: unknown})
    assert error.code == 431 and error.http_status == 431, error
    assert "Invalid parameter %s value=%s due to incorrect long value format, or entity does not exist" % (param, unknown) in error.text, error
