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

import org.apache.cloudstack.api.command.user.vpn.CreateWgVpnCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgVpnCmd;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.network.rules.FirewallManager;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.RulesManager;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackWithException;

/**
 * The VPN side of the service: create (every check, then the port reservation and the row in one
 * transaction), start, update, delete, and the drops when the network or public IP goes away.
 */
public class WgVpnOperations {
    private static final Logger LOGGER = LogManager.getLogger(WgVpnOperations.class);

    @Inject
    private AccountManager accountManager;
    @Inject
    private NetworkModel networkModel;
    @Inject
    private RulesManager rulesManager;
    @Inject
    private FirewallManager firewallManager;
    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;
    @Inject
    private WgVpnValidator validator;
    @Inject
    private WgVpnTargets targets;
    @Inject
    private WgRouterApplier routerApplier;
    @Inject
    private WgVpnPusher pusher;
    @Inject
    private WgCallerAccess access;
    @Inject
    private WgEventDetails eventDetails;

    private final WgKeys keys = new WgKeys();
    private final WgAddressAllocator allocator = new WgAddressAllocator();

    public WgVpn create(final CreateWgVpnCmd cmd) {
        final Account caller = WgCallerAccess.caller();
        final IpAddress ip = cmd.getPublicIpId() == null ? null : networkModel.getIp(cmd.getPublicIpId());
        if (ip == null) {
            throw new InvalidParameterValueException("Unable to find the public IP address");
        }
        accountManager.checkAccess(caller, null, true, ip);
        final String address = ip.getAddress().addr();
        if (ip.getState() != IpAddress.State.Allocated || ip.getAllocatedToAccountId() == null) {
            throw new InvalidParameterValueException("Public IP " + address + " is not allocated to an account");
        }
        eventDetails.newVpn(ip);
        access.checkOwnerParameters(caller, cmd.getAccountName(), cmd.getDomainId(), cmd.getProjectId(), ip.getAccountId(), "Public IP " + address);
        final WgVpnTarget target = targets.ofIp(ip);
        checkVpcHasARouter(target);

        final int port = cmd.getPort() != null ? cmd.getPort() : WgVpnManagerImpl.DefaultPort.value();
        validator.validatePort(port);
        final boolean ip4 = cmd.getIp4Enable() == null || cmd.getIp4Enable();
        final boolean ip6 = Boolean.TRUE.equals(cmd.getIp6Enable());
        if (!ip4 && !ip6) {
            throw new InvalidParameterValueException("A WireGuard VPN needs ip4enable or ip6enable");
        }
        final WgCidr ip4Range = ip4 ? validator.validateIp4Range(cmd.getIp4Range() != null ? cmd.getIp4Range() : WgVpnManagerImpl.DefaultIp4Range.value()) : null;
        final WgCidr ip6Range = ip6Range(cmd, target, ip6);
        validator.checkOverlaps(target, ip4Range, ip6Range, null);
        final int mtu = cmd.getMtu() != null ? cmd.getMtu() : WgVpnManagerImpl.DefaultMtu.value();
        validator.validateMtu(mtu, ip6);
        final int keepalive = cmd.getKeepalive() != null ? cmd.getKeepalive() : WgVpnManagerImpl.DefaultKeepalive.value();
        validator.validateKeepalive(keepalive);
        final String dns = cmd.getDns() != null ? validator.validateDns(cmd.getDns()) : target.getDefaultDns();
        validator.checkPortFree(target, ip, port);
        // A VPC opens the port on the router itself (its ACLs do not cover the public side), as the
        // L2TP VPN does there.
        final boolean openFirewall = cmd.isOpenFirewall() && !target.isVpc();
        final WgKeys.KeyPair serverKeys = keys.generateKeyPair();

        WgVpnVO vpn = Transaction.execute((TransactionCallbackWithException<WgVpnVO, InvalidParameterValueException>)status -> {
            Long ruleId = null;
            if (!target.isVpc()) {
                try {
                    FirewallRule[] rules = rulesManager.reservePorts(ip, "udp", FirewallRule.Purpose.Vpn, openFirewall, caller, port);
                    ruleId = rules != null && rules.length > 0 ? rules[0].getId() : null;
                } catch (NetworkRuleConflictException e) {
                    throw new InvalidParameterValueException("UDP port " + port + " on public IP " + address + " is already in use: " + e.getMessage());
                }
            }
            WgVpnVO vo = new WgVpnVO(ip.getAccountId(), ip.getDomainId(), target.isVpc() ? null : target.getNetwork().getId(),
                    target.isVpc() ? target.getVpc().getId() : null, ip.getId(), port, serverKeys.getPublicKey(), serverKeys.getPrivateKey());
            vo.setIp4Enabled(ip4);
            if (ip4Range != null) {
                vo.setIp4Range(ip4Range.toString());
                vo.setIp4Address(allocator.serverAddress(ip4Range));
            }
            vo.setIp6Enabled(ip6);
            if (ip6Range != null) {
                vo.setIp6Range(ip6Range.toString());
                vo.setIp6Address(allocator.serverAddress(ip6Range));
            }
            vo.setMtu(mtu);
            vo.setKeepalive(keepalive);
            vo.setDns(dns);
            vo.setDisplay(cmd.isDisplay());
            vo.setFirewallRuleId(ruleId);
            try {
                return wgVpnDao.persist(vo);
            } catch (RuntimeException e) {
                // the unique keys on (public IP, port) and (network or VPC, port) caught a concurrent
                // create the checks above missed
                if (WgDuplicateKeys.isDuplicateKey(e)) {
                    throw new InvalidParameterValueException("UDP port " + port + " is already used by another WireGuard VPN on the virtual router of public IP "
                            + address);
                }
                throw e;
            }
        });
        eventDetails.vpn(vpn);
        LOGGER.info("Created WireGuard VPN {} on {}:{} for {}", vpn.getUuid(), address, port, target.describe());
        return vpn;
    }

    // A VPC's router is reached, and its networks given to peers, through the tiers: with no tier in use
    // the VPN would reach no router and would not be pushed when one is added (the router is already
    // running, so no state change tells us), so it is refused until there is one.
    private void checkVpcHasARouter(WgVpnTarget target) {
        if (target.isVpc() && routerApplier.routersOf(target).isEmpty()) {
            throw new InvalidParameterValueException("VPC " + target.getVpc().getUuid() + " has no tier on its virtual router yet: a WireGuard VPN reaches "
                    + "the VPC's router, and gives its peers the VPC's networks, through the tiers. Create the VPN once a tier of the VPC is in use "
                    + "(an instance runs in it)");
        }
    }

    private WgCidr ip6Range(CreateWgVpnCmd cmd, WgVpnTarget target, boolean ip6) {
        if (!ip6) {
            if (cmd.getIp6Range() != null) {
                throw new InvalidParameterValueException("ip6range is only used with ip6enable=true");
            }
            return null;
        }
        if (!target.hasIp6()) {
            throw new InvalidParameterValueException("ip6enable needs IPv6 on " + target.describe() + ", which has none");
        }
        if (cmd.getIp6Range() == null) {
            throw new InvalidParameterValueException("ip6enable needs ip6range, the IPv6 tunnel range (/64 to /120)");
        }
        return validator.validateIp6Range(cmd.getIp6Range());
    }

    public WgVpn start(long vpnId, boolean openFirewall) throws ResourceUnavailableException {
        WgVpnVO vpn = access.vpn(vpnId);
        eventDetails.vpn(vpn);
        if (openFirewall && vpn.getNetworkId() != null && vpn.getFirewallRuleId() != null) {
            try {
                firewallManager.applyIngressFirewallRules(vpn.getServerAddressId(), WgCallerAccess.caller());
            } catch (ResourceUnavailableException e) {
                pusher.mark(vpn, WgVpn.State.Error);
                throw e;
            }
        }
        pusher.push(vpn);
        return wgVpnDao.findById(vpnId);
    }

    public WgVpn update(UpdateWgVpnCmd cmd) throws ResourceUnavailableException {
        WgVpnVO vpn = access.vpn(cmd.getId());
        eventDetails.vpn(vpn);
        if (cmd.getMtu() != null) {
            validator.validateMtu(cmd.getMtu(), vpn.isIp6Enabled());
            vpn.setMtu(cmd.getMtu());
        }
        if (cmd.getKeepalive() != null) {
            validator.validateKeepalive(cmd.getKeepalive());
            vpn.setKeepalive(cmd.getKeepalive());
        }
        if (cmd.getDns() != null) {
            vpn.setDns(cmd.getDns().isBlank() ? null : validator.validateDns(cmd.getDns()));
        }
        if (cmd.getDisplay() != null) {
            vpn.setDisplay(cmd.getDisplay());
        }
        if (cmd.getCustomId() != null) {
            setCustomId(vpn, cmd.getCustomId());
        }
        wgVpnDao.update(vpn.getId(), vpn);
        // Always pushed: besides the MTU this converges a VPN left in Error by an earlier failure, and
        // brings VPC tiers added since the last push to the router.
        pusher.push(vpn);
        return wgVpnDao.findById(vpn.getId());
    }

    private void setCustomId(WgVpnVO vpn, String customId) {
        if (!customId.matches("[A-Za-z0-9-]{1,40}")) {
            throw new InvalidParameterValueException("Invalid customid: 1 to 40 letters, digits or '-'");
        }
        WgVpnVO other = wgVpnDao.findByUuid(customId);
        if (other != null && other.getId() != vpn.getId()) {
            throw new InvalidParameterValueException("customid " + customId + " is already used by another WireGuard VPN");
        }
        vpn.setUuid(customId);
    }

    public boolean delete(long vpnId) throws ResourceUnavailableException {
        final WgVpnVO vpn = access.vpn(vpnId);
        eventDetails.vpn(vpn);
        pusher.mark(vpn, WgVpn.State.Removed);
        try {
            routerApplier.remove(vpn);
        } catch (ResourceUnavailableException e) {
            pusher.mark(vpn, WgVpn.State.Error);
            throw e;
        }
        releaseFirewallRule(vpn, WgCallerAccess.caller());
        removeWithUsers(vpn);
        LOGGER.info("Deleted WireGuard VPN {}", vpn.getUuid());
        return true;
    }

    // Only the rule this VPN reserved (and the firewall rule opened with it) goes: the same IP may carry
    // the L2TP VPN's rules and others, which stay.
    private void releaseFirewallRule(WgVpnVO vpn, Account caller) throws ResourceUnavailableException {
        Long ruleId = vpn.getFirewallRuleId();
        if (ruleId == null) {
            return;
        }
        firewallManager.revokeRelatedFirewallRule(ruleId, false);
        firewallManager.applyIngressFirewallRules(vpn.getServerAddressId(), caller);
        FirewallRule rule = firewallManager.getFirewallRule(ruleId);
        if (rule != null) {
            firewallManager.removeRule(rule);
        }
    }

    /** Drops the VPNs of a network that is being destroyed (its routers go with it). */
    public void removeVpnsOfNetwork(long networkId) {
        for (WgVpnVO vpn : wgVpnDao.listByNetwork(networkId)) {
            dropWithoutPush(vpn);
        }
    }

    /** Drops the VPNs on a public IP that is being released. */
    public void removeVpnsOnIp(long ipAddressId) {
        for (WgVpnVO vpn : wgVpnDao.listByPublicIp(ipAddressId)) {
            try {
                routerApplier.remove(vpn);
            } catch (ResourceUnavailableException e) {
                LOGGER.warn("Unable to remove WireGuard VPN {} from its routers: {}", vpn.getUuid(), e.getMessage());
            }
            dropWithoutPush(vpn);
        }
    }

    // The routers are gone or going with the network / IP; CloudStack removes the IP's rules itself.
    private void dropWithoutPush(WgVpnVO vpn) {
        vpn.setState(WgVpn.State.Removed);
        removeWithUsers(vpn);
        LOGGER.info("Removed WireGuard VPN {} with its network or public IP", vpn.getUuid());
    }

    private void removeWithUsers(WgVpnVO vpn) {
        Transaction.execute((TransactionCallbackWithException<Boolean, RuntimeException>)status -> {
            for (WgUserVO user : wgUserDao.listByVpn(vpn.getId())) {
                wgUserDao.remove(user.getId());
            }
            wgVpnDao.update(vpn.getId(), vpn);
            return wgVpnDao.remove(vpn.getId());
        });
    }
}
