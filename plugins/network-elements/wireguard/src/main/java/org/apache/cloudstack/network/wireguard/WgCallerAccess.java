// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.network.wireguard;

import javax.inject.Inject;

import org.apache.cloudstack.context.CallContext;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;

/**
 * Looks up what a call acts on and checks that the caller may: another account's VPN or user is a
 * PermissionDeniedException (531), a missing one an InvalidParameterValueException (431). Messages name
 * objects by uuid; internal ids never leave the server.
 */
public class WgCallerAccess {

    @Inject
    private AccountManager accountManager;
    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;

    public static Account caller() {
        return CallContext.current().getCallingAccount();
    }

    /** The live VPN, if the caller may act on it. */
    public WgVpnVO vpn(Long vpnId) {
        WgVpnVO vpn = vpnId == null ? null : wgVpnDao.findById(vpnId);
        checkLive(vpn);
        accountManager.checkAccess(caller(), null, true, vpn);
        return vpn;
    }

    /** The user, if the caller may act on it. */
    public WgUserVO user(Long userId) {
        WgUserVO user = userId == null ? null : wgUserDao.findById(userId);
        if (user == null) {
            throw new InvalidParameterValueException("Unable to find the WireGuard VPN user");
        }
        accountManager.checkAccess(caller(), null, true, user);
        return user;
    }

    /** A VPN that is gone or being deleted is refused as not found. */
    public static void checkLive(WgVpn vpn) {
        if (vpn == null) {
            throw new InvalidParameterValueException("Unable to find the WireGuard VPN");
        }
        if (vpn.getState() == WgVpn.State.Removed) {
            throw new InvalidParameterValueException("WireGuard VPN " + vpn.getUuid() + " is being deleted");
        }
    }

    /** account/domainid/projectid, when given, must name the owner of what is acted on. */
    public void checkOwnerParameters(Account caller, String accountName, Long domainId, Long projectId, long ownerId, String what) {
        if (accountName == null && domainId == null && projectId == null) {
            return;
        }
        Account owner = accountManager.finalizeOwner(caller, accountName, domainId, projectId);
        if (owner == null || owner.getId() != ownerId) {
            throw new InvalidParameterValueException(what + " does not belong to the account given by account/domainid/projectid");
        }
    }
}
