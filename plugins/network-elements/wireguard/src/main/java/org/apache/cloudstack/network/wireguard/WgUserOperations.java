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

import org.apache.cloudstack.api.command.user.vpn.CreateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgUserCmd;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.WgUser;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.user.Account;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackWithException;

/**
 * The user (peer) side of the service: create (keys, the tunnel address under the VPN's row lock), push,
 * update, delete, and the client configuration with its QR code.
 */
public class WgUserOperations {
    private static final Logger LOGGER = LogManager.getLogger(WgUserOperations.class);

    private static final int MAX_ALLOCATION_ATTEMPTS = 3;

    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;
    @Inject
    private WgVpnValidator validator;
    @Inject
    private WgVpnPusher pusher;
    @Inject
    private WgCallerAccess access;
    @Inject
    private WgClientConfigBuilder configBuilder;
    @Inject
    private WgResponseBuilder responseBuilder;
    @Inject
    private WgEventDetails eventDetails;

    private final WgKeys keys = new WgKeys();
    private final WgAddressAllocator allocator = new WgAddressAllocator();
    private final WgClientConfigRenderer configRenderer = new WgClientConfigRenderer();
    private final WgQrEncoder qrEncoder = new WgQrEncoder();

    public WgUser create(final CreateWgUserCmd cmd) {
        final Account caller = WgCallerAccess.caller();
        final WgVpnVO vpn = access.vpn(cmd.getVpnId());
        eventDetails.vpn(vpn);
        access.checkOwnerParameters(caller, cmd.getAccountName(), cmd.getDomainId(), cmd.getProjectId(), vpn.getAccountId(), "WireGuard VPN " + vpn.getUuid());
        if (cmd.getName() != null) {
            validator.validateName(cmd.getName());
        }
        final boolean ownKey = cmd.getPublicKey() != null;
        final String publicKey;
        final String privateKey;
        if (ownKey) {
            keys.validatePublicKey(cmd.getPublicKey(), "publickey");
            if (cmd.getPublicKey().equals(vpn.getPublicKey())) {
                throw new InvalidParameterValueException("Invalid publickey: it is the VPN server's own key");
            }
            publicKey = cmd.getPublicKey();
            privateKey = null;
        } else {
            WgKeys.KeyPair pair = keys.generateKeyPair();
            publicKey = pair.getPublicKey();
            privateKey = pair.getPrivateKey();
        }
        final String presharedKey = cmd.isUsePresharedKey() ? keys.generatePresharedKey() : null;

        InvalidParameterValueException lastConflict = null;
        for (int attempt = 1; attempt <= MAX_ALLOCATION_ATTEMPTS; attempt++) {
            try {
                WgUserVO user = Transaction.execute((TransactionCallbackWithException<WgUserVO, InvalidParameterValueException>)status ->
                        persist(vpn.getId(), cmd, publicKey, privateKey, ownKey, presharedKey));
                eventDetails.user(user, vpn);
                LOGGER.info("Added user {} to WireGuard VPN {}", user.getUuid(), vpn.getUuid());
                return user;
            } catch (AddressTakenException e) {
                // the unique key on the address caught a race the row lock did not (another management
                // server without the lock, or a user added outside this path): pick again
                lastConflict = new InvalidParameterValueException("Unable to allocate a tunnel address in WireGuard VPN " + vpn.getUuid() + ", try again");
            }
        }
        throw lastConflict;
    }

    /** Signals a unique-key clash on a tunnel address, so the allocation is retried. */
    private static final class AddressTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AddressTakenException(Throwable cause) {
            super(cause);
        }
    }

    // Runs in a transaction holding the VPN row's lock: every user creation of one VPN passes here one at
    // a time, so the limit and the free address it reads cannot change under it.
    private WgUserVO persist(long vpnId, CreateWgUserCmd cmd, String publicKey, String privateKey, boolean ownKey, String presharedKey) {
        WgVpnVO vpn = wgVpnDao.lockRow(vpnId, true);
        WgCallerAccess.checkLive(vpn);
        long count = wgUserDao.countByVpn(vpnId);
        int max = WgVpnManagerImpl.MaxUsers.value();
        if (count >= max) {
            throw new InvalidParameterValueException("WireGuard VPN " + vpn.getUuid() + " has reached its limit of " + max + " users (setting wireguard.vpn.max.users)");
        }
        if (wgUserDao.findByVpnAndPublicKey(vpnId, publicKey) != null) {
            throw new InvalidParameterValueException("Invalid publickey: another user of WireGuard VPN " + vpn.getUuid() + " already has this key");
        }
        String ip4 = null;
        if (vpn.isIp4Enabled()) {
            ip4 = allocator.allocate(WgCidr.parse(vpn.getIp4Range()), wgUserDao.listUsedIp4Addresses(vpnId));
            if (ip4 == null) {
                throw new InvalidParameterValueException("The IPv4 range " + vpn.getIp4Range() + " of WireGuard VPN " + vpn.getUuid() + " has no free address left");
            }
        }
        String ip6 = null;
        if (vpn.isIp6Enabled()) {
            ip6 = allocator.allocate(WgCidr.parse(vpn.getIp6Range()), wgUserDao.listUsedIp6Addresses(vpnId));
            if (ip6 == null) {
                throw new InvalidParameterValueException("The IPv6 range " + vpn.getIp6Range() + " of WireGuard VPN " + vpn.getUuid() + " has no free address left");
            }
        }
        String name = cmd.getName() != null ? cmd.getName() : "user-" + (count + 1);
        WgUserVO user = new WgUserVO(vpnId, vpn.getAccountId(), vpn.getDomainId(), name, publicKey, ownKey);
        user.setPrivateKey(privateKey);
        user.setPresharedKey(presharedKey);
        user.setIp4Address(ip4);
        user.setIp6Address(ip6);
        user.setSplitTunnel(cmd.isSplitTunnel());
        user.setDisplay(cmd.isDisplay());
        user.setEnabled(true);
        try {
            return wgUserDao.persist(user);
        } catch (RuntimeException e) {
            if (WgDuplicateKeys.isDuplicateKey(e)) {
                throw new AddressTakenException(e);
            }
            throw e;
        }
    }

    public WgUser apply(long userId) throws ResourceUnavailableException {
        WgUserVO user = access.user(userId);
        WgVpnVO vpn = access.vpn(user.getVpnId());
        eventDetails.user(user, vpn);
        pusher.push(vpn);
        return wgUserDao.findById(userId);
    }

    public WgUser update(UpdateWgUserCmd cmd) throws ResourceUnavailableException {
        WgUserVO user = access.user(cmd.getId());
        WgVpnVO vpn = access.vpn(user.getVpnId());
        eventDetails.user(user, vpn);
        if (user.getState() == WgUser.State.Revoke) {
            throw new InvalidParameterValueException("WireGuard VPN user " + user.getUuid() + " is being deleted");
        }
        boolean routerChange = user.getState() == WgUser.State.Add;
        if (cmd.getName() != null) {
            validator.validateName(cmd.getName());
            user.setName(cmd.getName());
            eventDetails.user(user, vpn);
        }
        if (cmd.getEnabled() != null && cmd.getEnabled() != user.isEnabled()) {
            user.setEnabled(cmd.getEnabled());
            routerChange = true;
        }
        if (cmd.getSplitTunnel() != null && cmd.getSplitTunnel() != user.isSplitTunnel()) {
            user.setSplitTunnel(cmd.getSplitTunnel());
            routerChange = true;
        }
        if (cmd.getDisplay() != null) {
            user.setDisplay(cmd.getDisplay());
        }
        wgUserDao.update(user.getId(), user);
        if (routerChange) {
            pusher.push(vpn);
        }
        return wgUserDao.findById(user.getId());
    }

    public boolean delete(long userId) throws ResourceUnavailableException {
        WgUserVO user = access.user(userId);
        WgVpnVO vpn = access.vpn(user.getVpnId());
        eventDetails.user(user, vpn);
        // Revoke first: from now on no push carries the peer. If this push fails the user stays in
        // Revoke (already absent from the desired state); the next push or a retry removes it.
        user.setState(WgUser.State.Revoke);
        wgUserDao.update(user.getId(), user);
        pusher.push(vpn);
        wgUserDao.remove(user.getId());
        LOGGER.info("Deleted user {} of WireGuard VPN {}", user.getUuid(), vpn.getUuid());
        return true;
    }

    /** The user with its client configuration and QR code; a generated key not retained is shown this once. */
    public WgUserResponse configResponse(long userId) {
        WgUserVO user = access.user(userId);
        WgVpnVO vpn = access.vpn(user.getVpnId());
        String privateKey = user.isOwnKey() ? null : user.getPrivateKey();
        String config = configRenderer.render(configBuilder.build(vpn, user, privateKey));
        WgUserResponse response = responseBuilder.userResponse(user, vpn);
        response.setConfig(config);
        response.setQrCode(qrEncoder.encode(config));
        if (privateKey != null && !WgVpnManagerImpl.ClientKeyRetention.value()) {
            // shown this once; from now on the configuration carries the placeholder
            user.setPrivateKey(null);
            wgUserDao.update(user.getId(), user);
        }
        return response;
    }
}
