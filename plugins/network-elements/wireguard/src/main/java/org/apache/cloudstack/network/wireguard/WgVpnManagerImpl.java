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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.inject.Inject;

import org.apache.cloudstack.api.command.user.vpn.CreateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.CreateWgVpnCmd;
import org.apache.cloudstack.api.command.user.vpn.DeleteWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.DeleteWgVpnCmd;
import org.apache.cloudstack.api.command.user.vpn.GetWgUserConfigCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgUsersCmd;
import org.apache.cloudstack.api.command.user.vpn.ListWgVpnsCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgUserCmd;
import org.apache.cloudstack.api.command.user.vpn.UpdateWgVpnCmd;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.api.response.WgUserResponse;
import org.apache.cloudstack.api.response.WgVpnResponse;
import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.event.ActionEvent;
import com.cloud.event.EventTypes;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.NetworkRuleConflictException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.network.router.VirtualRouter;
import com.cloud.network.rules.FirewallManager;
import com.cloud.network.rules.FirewallRule;
import com.cloud.network.rules.RulesManager;
import com.cloud.network.vpc.Vpc;
import com.cloud.network.vpn.WgVpnEventTypes;
import com.cloud.network.vpn.WgVpnService;
import com.cloud.projects.Project;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.Pair;
import com.cloud.utils.Ternary;
import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.component.PluggableService;
import com.cloud.utils.db.DB;
import com.cloud.utils.db.EntityManager;
import com.cloud.utils.db.Filter;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackWithException;
import com.cloud.vm.VirtualMachine;

/**
 * The WireGuard VPN service: checks, persistence and state; keys, addresses, configurations and router
 * pushes are delegated to small collaborators. Every push carries the VPN's whole desired peer set, so a
 * failed push leaves nothing half-applied in the database (the VPN in Error, a new user in Add) and any
 * later push converges.
 */
public class WgVpnManagerImpl extends ManagerBase implements WgVpnManager, PluggableService, Configurable {
    private static final Logger LOGGER = LogManager.getLogger(WgVpnManagerImpl.class);

    private static final String CATEGORY = "Network";

    // getCommands() is read once when the management server starts: a restart applies a change.
    static final ConfigKey<Boolean> WireGuardVpnEnabled = new ConfigKey<>(CATEGORY, Boolean.class, "wireguard.vpn.enabled", "true",
            "Whether the WireGuard VPN API is offered (read at management server start).", false);
    static final ConfigKey<Integer> DefaultPort = new ConfigKey<>(CATEGORY, Integer.class, "wireguard.vpn.default.port", "51820",
            "UDP port of a WireGuard VPN created without one.", true);
    static final ConfigKey<String> DefaultIp4Range = new ConfigKey<>(CATEGORY, String.class, "wireguard.vpn.default.ip4.range", "10.8.0.0/24",
            "IPv4 tunnel range (CIDR) of a WireGuard VPN created without one; the server takes its first host address.", true);
    static final ConfigKey<Integer> MaxUsers = new ConfigKey<>(CATEGORY, Integer.class, "wireguard.vpn.max.users", "250",
            "Maximum number of users (peers) of one WireGuard VPN.", true);
    static final ConfigKey<Boolean> ClientKeyRetention = new ConfigKey<>(CATEGORY, Boolean.class, "wireguard.vpn.client.key.retention", "true",
            "Keep generated client private keys (encrypted) so getWgUserConfig can return them again; false: shown once at creation, then dropped.", true);
    static final ConfigKey<Integer> DefaultMtu = new ConfigKey<>(CATEGORY, Integer.class, "wireguard.vpn.mtu", "1420",
            "Tunnel MTU of a WireGuard VPN created without one.", true);
    static final ConfigKey<Integer> DefaultKeepalive = new ConfigKey<>(CATEGORY, Integer.class, "wireguard.vpn.keepalive", "25",
            "PersistentKeepalive (seconds, 0 for none) put in client configurations of a WireGuard VPN created without one.", true);

    private static final int MAX_ALLOCATION_ATTEMPTS = 3;

    @Inject
    private AccountManager accountManager;
    @Inject
    private NetworkModel networkModel;
    @Inject
    private RulesManager rulesManager;
    @Inject
    private FirewallManager firewallManager;
    @Inject
    private EntityManager entityManager;
    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;
    @Inject
    private WgVpnValidator validator;
    @Inject
    private WgRouterApplier routerApplier;
    @Inject
    private WgResponseBuilder responseBuilder;

    private final WgKeys keys = new WgKeys();
    private final WgAddressAllocator allocator = new WgAddressAllocator();
    private final WgClientConfigRenderer configRenderer = new WgClientConfigRenderer();
    private final WgQrEncoder qrEncoder = new WgQrEncoder();
    private ExecutorService routerStartExecutor;

    // ------------------------------------------------------------------ lifecycle and registration

    @Override
    public boolean start() {
        routerStartExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "WireGuardVpn-RouterStart");
            thread.setDaemon(true);
            return thread;
        });
        VirtualMachine.State.getStateMachine().registerListener(new WgRouterStateListener(this, routerStartExecutor));
        registerEventEntities();
        return true;
    }

    @Override
    public boolean stop() {
        if (routerStartExecutor != null) {
            routerStartExecutor.shutdownNow();
        }
        return true;
    }

    // EventTypes.addEntityEventDetail exists from 4.21 on; on 4.20 events simply carry no entity type.
    private static void registerEventEntities() {
        try {
            EventTypes.addEntityEventDetail(WgVpnEventTypes.EVENT_WG_VPN_CREATE, WgVpn.class);
            EventTypes.addEntityEventDetail(WgVpnEventTypes.EVENT_WG_VPN_UPDATE, WgVpn.class);
            EventTypes.addEntityEventDetail(WgVpnEventTypes.EVENT_WG_VPN_DELETE, WgVpn.class);
            EventTypes.addEntityEventDetail(WgVpnEventTypes.EVENT_WG_USER_CREATE, WgUser.class);
            EventTypes.addEntityEventDetail(WgVpnEventTypes.EVENT_WG_USER_UPDATE, WgUser.class);
            EventTypes.addEntityEventDetail(WgVpnEventTypes.EVENT_WG_USER_DELETE, WgUser.class);
        } catch (NoSuchMethodError e) {
            LOGGER.debug("This CloudStack has no EventTypes.addEntityEventDetail; WireGuard events carry no entity type");
        }
    }

    @Override
    public List<Class<?>> getCommands() {
        List<Class<?>> commands = new ArrayList<>();
        if (!WireGuardVpnEnabled.value()) {
            return commands;
        }
        commands.add(CreateWgVpnCmd.class);
        commands.add(ListWgVpnsCmd.class);
        commands.add(UpdateWgVpnCmd.class);
        commands.add(DeleteWgVpnCmd.class);
        commands.add(CreateWgUserCmd.class);
        commands.add(ListWgUsersCmd.class);
        commands.add(UpdateWgUserCmd.class);
        commands.add(DeleteWgUserCmd.class);
        commands.add(GetWgUserConfigCmd.class);
        return commands;
    }

    @Override
    public String getConfigComponentName() {
        return WgVpnService.class.getSimpleName();
    }

    @Override
    public ConfigKey<?>[] getConfigKeys() {
        return new ConfigKey<?>[] {WireGuardVpnEnabled, DefaultPort, DefaultIp4Range, MaxUsers, ClientKeyRetention, DefaultMtu, DefaultKeepalive};
    }

    // ------------------------------------------------------------------ lookups and access

    private static Account caller() {
        return CallContext.current().getCallingAccount();
    }

    @Override
    public WgVpn getWgVpn(long vpnId) {
        return wgVpnDao.findById(vpnId);
    }

    @Override
    public WgUser getWgUser(long userId) {
        return wgUserDao.findById(userId);
    }

    private WgVpnVO vpnForCaller(Long vpnId) {
        WgVpnVO vpn = vpnId == null ? null : wgVpnDao.findById(vpnId);
        if (vpn == null || vpn.getState() == WgVpn.State.Removed) {
            throw new InvalidParameterValueException("Unable to find WireGuard VPN by id " + vpnId);
        }
        accountManager.checkAccess(caller(), null, true, vpn);
        return vpn;
    }

    private WgUserVO userForCaller(Long userId) {
        WgUserVO user = userId == null ? null : wgUserDao.findById(userId);
        if (user == null) {
            throw new InvalidParameterValueException("Unable to find WireGuard VPN user by id " + userId);
        }
        accountManager.checkAccess(caller(), null, true, user);
        return user;
    }

    /** account/domainid/projectid, when given, must name the owner of what is acted on. */
    private void checkOwnerParameters(Account caller, String accountName, Long domainId, Long projectId, long ownerId, String what) {
        if (accountName == null && domainId == null && projectId == null) {
            return;
        }
        Account owner = accountManager.finalizeOwner(caller, accountName, domainId, projectId);
        if (owner == null || owner.getId() != ownerId) {
            throw new InvalidParameterValueException(what + " does not belong to the account given by account/domainid/projectid");
        }
    }

    private WgVpnTarget targetOf(WgVpn vpn) {
        if (vpn.getVpcId() != null) {
            Vpc vpc = entityManager.findById(Vpc.class, vpn.getVpcId());
            List<? extends Network> tiers = networkModel.listNetworksByVpc(vpn.getVpcId());
            return WgVpnTarget.ofVpc(vpc, tiers == null ? List.of() : tiers);
        }
        return WgVpnTarget.ofNetwork(networkModel.getNetwork(vpn.getNetworkId()));
    }

    // ------------------------------------------------------------------ VPNs

    @Override
    @DB
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_CREATE, eventDescription = "creating WireGuard VPN", create = true)
    public WgVpn createWgVpn(final CreateWgVpnCmd cmd) {
        final Account caller = caller();
        final IpAddress ip = cmd.getPublicIpId() == null ? null : networkModel.getIp(cmd.getPublicIpId());
        if (ip == null) {
            throw new InvalidParameterValueException("Unable to find public IP address by id " + cmd.getPublicIpId());
        }
        accountManager.checkAccess(caller, null, true, ip);
        final String address = ip.getAddress().addr();
        if (ip.getState() != IpAddress.State.Allocated || ip.getAllocatedToAccountId() == null) {
            throw new InvalidParameterValueException("Public IP " + address + " is not allocated to an account");
        }
        checkOwnerParameters(caller, cmd.getAccountName(), cmd.getDomainId(), cmd.getProjectId(), ip.getAccountId(), "Public IP " + address);
        final WgVpnTarget target = validator.resolveTarget(ip);

        final int port = cmd.getPort() != null ? cmd.getPort() : DefaultPort.value();
        validator.validatePort(port);
        final boolean ip4 = cmd.getIp4Enable() == null || cmd.getIp4Enable();
        final boolean ip6 = Boolean.TRUE.equals(cmd.getIp6Enable());
        if (!ip4 && !ip6) {
            throw new InvalidParameterValueException("A WireGuard VPN needs ip4enable or ip6enable");
        }
        final WgCidr ip4Range = ip4 ? validator.validateIp4Range(cmd.getIp4Range() != null ? cmd.getIp4Range() : DefaultIp4Range.value()) : null;
        WgCidr ip6Range = null;
        if (ip6) {
            if (!target.hasIp6()) {
                throw new InvalidParameterValueException("ip6enable needs IPv6 on " + target.describe() + ", which has none");
            }
            if (cmd.getIp6Range() == null) {
                throw new InvalidParameterValueException("ip6enable needs ip6range, the IPv6 tunnel range (/64 to /120)");
            }
            ip6Range = validator.validateIp6Range(cmd.getIp6Range());
        } else if (cmd.getIp6Range() != null) {
            throw new InvalidParameterValueException("ip6range is only used with ip6enable=true");
        }
        validator.checkOverlaps(target, ip4Range, ip6Range, null);
        final int mtu = cmd.getMtu() != null ? cmd.getMtu() : DefaultMtu.value();
        validator.validateMtu(mtu, ip6);
        final int keepalive = cmd.getKeepalive() != null ? cmd.getKeepalive() : DefaultKeepalive.value();
        validator.validateKeepalive(keepalive);
        final String dns = cmd.getDns() != null ? validator.validateDns(cmd.getDns()) : target.getDefaultDns();
        WgVpnVO existing = wgVpnDao.findByPublicIpAndPort(ip.getId(), port);
        if (existing != null) {
            throw new InvalidParameterValueException("UDP port " + port + " on public IP " + address + " is already used by WireGuard VPN " + existing.getUuid());
        }
        // A VPC opens the port on the router itself (its ACLs do not cover the public side), as the
        // L2TP VPN does there.
        final boolean openFirewall = cmd.isOpenFirewall() && !target.isVpc();
        final WgKeys.KeyPair serverKeys = keys.generateKeyPair();
        final WgCidr ip6Final = ip6Range;

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
            if (ip6Final != null) {
                vo.setIp6Range(ip6Final.toString());
                vo.setIp6Address(allocator.serverAddress(ip6Final));
            }
            vo.setMtu(mtu);
            vo.setKeepalive(keepalive);
            vo.setDns(dns);
            vo.setDisplay(cmd.isDisplay());
            vo.setFirewallRuleId(ruleId);
            try {
                return wgVpnDao.persist(vo);
            } catch (RuntimeException e) {
                // the unique key on (public IP, port) caught a concurrent create the check above missed
                if (isDuplicateKey(e)) {
                    throw new InvalidParameterValueException("UDP port " + port + " on public IP " + address + " is already used by another WireGuard VPN");
                }
                throw e;
            }
        });
        LOGGER.info("Created WireGuard VPN {} on {}:{} for {}", vpn.getUuid(), address, port, target.describe());
        return vpn;
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_CREATE, eventDescription = "starting WireGuard VPN", async = true)
    public WgVpn startWgVpn(long vpnId, boolean openFirewall) throws ResourceUnavailableException {
        WgVpnVO vpn = vpnForCaller(vpnId);
        if (openFirewall && vpn.getNetworkId() != null && vpn.getFirewallRuleId() != null) {
            try {
                firewallManager.applyIngressFirewallRules(vpn.getServerAddressId(), caller());
            } catch (ResourceUnavailableException e) {
                markVpn(vpn, WgVpn.State.Error);
                throw e;
            }
        }
        push(vpn);
        return wgVpnDao.findById(vpnId);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_UPDATE, eventDescription = "updating WireGuard VPN", async = true)
    public WgVpn updateWgVpn(UpdateWgVpnCmd cmd) throws ResourceUnavailableException {
        WgVpnVO vpn = vpnForCaller(cmd.getId());
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
            String customId = cmd.getCustomId();
            if (!customId.matches("[A-Za-z0-9-]{1,40}")) {
                throw new InvalidParameterValueException("Invalid customid: 1 to 40 letters, digits or '-'");
            }
            WgVpnVO other = wgVpnDao.findByUuid(customId);
            if (other != null && other.getId() != vpn.getId()) {
                throw new InvalidParameterValueException("customid " + customId + " is already used by another WireGuard VPN");
            }
            vpn.setUuid(customId);
        }
        wgVpnDao.update(vpn.getId(), vpn);
        // Always pushed: besides the MTU this converges a VPN left in Error by an earlier failure.
        push(vpn);
        return wgVpnDao.findById(vpn.getId());
    }

    @Override
    @DB
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_DELETE, eventDescription = "deleting WireGuard VPN", async = true)
    public boolean deleteWgVpn(long vpnId) throws ResourceUnavailableException {
        final WgVpnVO vpn = vpnForCaller(vpnId);
        final Account caller = caller();
        markVpn(vpn, WgVpn.State.Removed);
        try {
            routerApplier.remove(vpn);
        } catch (ResourceUnavailableException e) {
            markVpn(vpn, WgVpn.State.Error);
            throw e;
        }
        releaseFirewallRule(vpn, caller);
        Transaction.execute((TransactionCallbackWithException<Boolean, RuntimeException>)status -> {
            for (WgUserVO user : wgUserDao.listByVpn(vpn.getId())) {
                wgUserDao.remove(user.getId());
            }
            return wgVpnDao.remove(vpn.getId());
        });
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

    @Override
    public ListResponse<WgVpnResponse> listWgVpns(ListWgVpnsCmd cmd) {
        Account caller = caller();
        List<Long> permittedAccounts = new ArrayList<>();
        Ternary<Long, Boolean, Project.ListProjectResourcesCriteria> domainIdRecursiveListProject = new Ternary<>(cmd.getDomainId(), cmd.isRecursive(), null);
        accountManager.buildACLSearchParameters(caller, cmd.getId(), cmd.getAccountName(), cmd.getProjectId(), permittedAccounts, domainIdRecursiveListProject,
                cmd.listAll(), false);
        Long domainId = domainIdRecursiveListProject.first();
        Boolean isRecursive = domainIdRecursiveListProject.second();
        Project.ListProjectResourcesCriteria criteria = domainIdRecursiveListProject.third();

        SearchBuilder<WgVpnVO> sb = wgVpnDao.createSearchBuilder();
        accountManager.buildACLSearchBuilder(sb, domainId, isRecursive, permittedAccounts, criteria);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("networkId", sb.entity().getNetworkId(), SearchCriteria.Op.EQ);
        sb.and("vpcId", sb.entity().getVpcId(), SearchCriteria.Op.EQ);
        sb.and("serverAddressId", sb.entity().getServerAddressId(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.and("state", sb.entity().getState(), SearchCriteria.Op.NEQ);
        sb.and("keyword", sb.entity().getIp4Range(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<WgVpnVO> sc = sb.create();
        accountManager.buildACLSearchCriteria(sc, domainId, isRecursive, permittedAccounts, criteria);
        sc.setParameters("state", WgVpn.State.Removed);
        setIfNotNull(sc, "id", cmd.getId());
        setIfNotNull(sc, "networkId", cmd.getNetworkId());
        setIfNotNull(sc, "vpcId", cmd.getVpcId());
        setIfNotNull(sc, "serverAddressId", cmd.getPublicIpId());
        setIfNotNull(sc, "display", cmd.getDisplay());
        if (cmd.getKeyword() != null) {
            sc.setParameters("keyword", "%" + cmd.getKeyword() + "%");
        }
        Pair<List<WgVpnVO>, Integer> found = wgVpnDao.searchAndCount(sc, new Filter(WgVpnVO.class, "id", true, cmd.getStartIndex(), cmd.getPageSizeVal()));
        List<WgVpnResponse> responses = new ArrayList<>();
        for (WgVpnVO vpn : found.first()) {
            responses.add(responseBuilder.vpnResponse(vpn));
        }
        ListResponse<WgVpnResponse> response = new ListResponse<>();
        response.setResponses(responses, found.second());
        return response;
    }

    private static void setIfNotNull(SearchCriteria<?> sc, String name, Object value) {
        if (value != null) {
            sc.setParameters(name, value);
        }
    }

    @Override
    public WgVpnResponse createWgVpnResponse(WgVpn vpn) {
        return responseBuilder.vpnResponse(vpn);
    }

    // ------------------------------------------------------------------ users

    @Override
    @DB
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_CREATE, eventDescription = "adding WireGuard VPN user", create = true)
    public WgUser createWgUser(final CreateWgUserCmd cmd) {
        final Account caller = caller();
        final WgVpnVO vpn = vpnForCaller(cmd.getVpnId());
        checkOwnerParameters(caller, cmd.getAccountName(), cmd.getDomainId(), cmd.getProjectId(), vpn.getAccountId(), "WireGuard VPN " + vpn.getUuid());
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
                        persistUser(vpn.getId(), cmd, publicKey, privateKey, ownKey, presharedKey));
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
    private WgUserVO persistUser(long vpnId, CreateWgUserCmd cmd, String publicKey, String privateKey, boolean ownKey, String presharedKey) {
        WgVpnVO vpn = wgVpnDao.lockRow(vpnId, true);
        if (vpn == null || vpn.getState() == WgVpn.State.Removed) {
            throw new InvalidParameterValueException("Unable to find WireGuard VPN by id " + vpnId);
        }
        long count = wgUserDao.countByVpn(vpnId);
        int max = MaxUsers.value();
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
            if (isDuplicateKey(e)) {
                throw new AddressTakenException(e);
            }
            throw e;
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.persistence.EntityExistsException
                    || (t.getMessage() != null && t.getMessage().contains("Duplicate entry"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_CREATE, eventDescription = "applying WireGuard VPN user", async = true)
    public WgUser applyWgUser(long userId) throws ResourceUnavailableException {
        WgUserVO user = userForCaller(userId);
        WgVpnVO vpn = vpnForCaller(user.getVpnId());
        push(vpn);
        return wgUserDao.findById(userId);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_UPDATE, eventDescription = "updating WireGuard VPN user", async = true)
    public WgUser updateWgUser(UpdateWgUserCmd cmd) throws ResourceUnavailableException {
        WgUserVO user = userForCaller(cmd.getId());
        WgVpnVO vpn = vpnForCaller(user.getVpnId());
        if (user.getState() == WgUser.State.Revoke) {
            throw new InvalidParameterValueException("WireGuard VPN user " + user.getUuid() + " is being deleted");
        }
        boolean routerChange = user.getState() == WgUser.State.Add;
        if (cmd.getName() != null) {
            validator.validateName(cmd.getName());
            user.setName(cmd.getName());
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
            push(vpn);
        }
        return wgUserDao.findById(user.getId());
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_DELETE, eventDescription = "deleting WireGuard VPN user", async = true)
    public boolean deleteWgUser(long userId) throws ResourceUnavailableException {
        WgUserVO user = userForCaller(userId);
        WgVpnVO vpn = vpnForCaller(user.getVpnId());
        // Revoke first: from now on no push carries the peer. If this push fails the user stays in
        // Revoke (already absent from the desired state); the next push or a retry removes it.
        user.setState(WgUser.State.Revoke);
        wgUserDao.update(user.getId(), user);
        push(vpn);
        wgUserDao.remove(user.getId());
        LOGGER.info("Deleted user {} of WireGuard VPN {}", user.getUuid(), vpn.getUuid());
        return true;
    }

    @Override
    public ListResponse<WgUserResponse> listWgUsers(ListWgUsersCmd cmd) {
        Account caller = caller();
        List<Long> permittedAccounts = new ArrayList<>();
        Ternary<Long, Boolean, Project.ListProjectResourcesCriteria> domainIdRecursiveListProject = new Ternary<>(cmd.getDomainId(), cmd.isRecursive(), null);
        accountManager.buildACLSearchParameters(caller, cmd.getId(), cmd.getAccountName(), cmd.getProjectId(), permittedAccounts, domainIdRecursiveListProject,
                cmd.listAll(), false);
        Long domainId = domainIdRecursiveListProject.first();
        Boolean isRecursive = domainIdRecursiveListProject.second();
        Project.ListProjectResourcesCriteria criteria = domainIdRecursiveListProject.third();

        SearchBuilder<WgUserVO> sb = wgUserDao.createSearchBuilder();
        accountManager.buildACLSearchBuilder(sb, domainId, isRecursive, permittedAccounts, criteria);
        sb.and("id", sb.entity().getId(), SearchCriteria.Op.EQ);
        sb.and("vpnId", sb.entity().getVpnId(), SearchCriteria.Op.EQ);
        sb.and("name", sb.entity().getName(), SearchCriteria.Op.EQ);
        sb.and("display", sb.entity().isDisplay(), SearchCriteria.Op.EQ);
        sb.and("keyword", sb.entity().getName(), SearchCriteria.Op.LIKE);
        sb.done();
        SearchCriteria<WgUserVO> sc = sb.create();
        accountManager.buildACLSearchCriteria(sc, domainId, isRecursive, permittedAccounts, criteria);
        setIfNotNull(sc, "id", cmd.getId());
        setIfNotNull(sc, "vpnId", cmd.getVpnId());
        setIfNotNull(sc, "name", cmd.getName());
        setIfNotNull(sc, "display", cmd.getDisplay());
        if (cmd.getKeyword() != null) {
            sc.setParameters("keyword", "%" + cmd.getKeyword() + "%");
        }
        Pair<List<WgUserVO>, Integer> found = wgUserDao.searchAndCount(sc, new Filter(WgUserVO.class, "id", true, cmd.getStartIndex(), cmd.getPageSizeVal()));

        // one status query per VPN on the page, not per user
        Map<Long, WgVpnVO> vpns = new LinkedHashMap<>();
        Map<Long, Map<String, GetWireGuardVpnStatusAnswer.PeerStatus>> live = new HashMap<>();
        for (WgUserVO user : found.first()) {
            if (!vpns.containsKey(user.getVpnId())) {
                WgVpnVO vpn = wgVpnDao.findById(user.getVpnId());
                vpns.put(user.getVpnId(), vpn);
                live.put(user.getVpnId(), vpn == null ? Map.of() : routerApplier.queryStatus(vpn));
            }
        }
        List<WgUserResponse> responses = new ArrayList<>();
        for (WgUserVO user : found.first()) {
            WgUserResponse response = responseBuilder.userResponse(user, vpns.get(user.getVpnId()));
            responseBuilder.addLiveState(response, live.get(user.getVpnId()).get(user.getPublicKey()));
            responses.add(response);
        }
        ListResponse<WgUserResponse> response = new ListResponse<>();
        response.setResponses(responses, found.second());
        return response;
    }

    @Override
    public WgUserResponse listWgUsersResponseFor(WgUser user) {
        WgVpnVO vpn = wgVpnDao.findById(user.getVpnId());
        WgUserResponse response = responseBuilder.userResponse(user, vpn);
        if (vpn != null) {
            responseBuilder.addLiveState(response, routerApplier.queryStatus(vpn).get(user.getPublicKey()));
        }
        return response;
    }

    @Override
    public WgUserResponse createWgUserConfigResponse(long userId) {
        WgUserVO user = userForCaller(userId);
        WgVpnVO vpn = vpnForCaller(user.getVpnId());
        String privateKey = user.isOwnKey() ? null : user.getPrivateKey();
        String config = configRenderer.render(clientConfig(vpn, user, privateKey));
        WgUserResponse response = responseBuilder.userResponse(user, vpn);
        response.setConfig(config);
        response.setQrCode(qrEncoder.encode(config));
        if (privateKey != null && !ClientKeyRetention.value()) {
            // shown this once; from now on the configuration carries the placeholder
            user.setPrivateKey(null);
            wgUserDao.update(user.getId(), user);
        }
        return response;
    }

    private WgClientConfig clientConfig(WgVpnVO vpn, WgUserVO user, String privateKey) {
        WgClientConfig config = new WgClientConfig().setPrivateKey(privateKey).setPublicKey(user.getPublicKey()).setDns(vpn.getDns())
                .setMtu(vpn.getMtu()).setServerPublicKey(vpn.getPublicKey()).setPresharedKey(user.getPresharedKey()).setKeepalive(vpn.getKeepalive());
        if (vpn.isIp4Enabled() && user.getIp4Address() != null) {
            config.addAddress(user.getIp4Address() + "/32");
        }
        if (vpn.isIp6Enabled() && user.getIp6Address() != null) {
            config.addAddress(user.getIp6Address() + "/128");
        }
        IpAddress ip = networkModel.getIp(vpn.getServerAddressId());
        config.setEndpoint(ip.getAddress().addr(), vpn.getPort());
        if (user.isSplitTunnel()) {
            for (Network guest : targetOf(vpn).getGuestNetworks()) {
                if (vpn.isIp4Enabled() && guest.getCidr() != null) {
                    config.addAllowedIp(guest.getCidr());
                }
                if (vpn.isIp6Enabled() && guest.getIp6Cidr() != null) {
                    config.addAllowedIp(guest.getIp6Cidr());
                }
            }
            if (vpn.isIp4Enabled()) {
                config.addAllowedIp(vpn.getIp4Range());
            }
            if (vpn.isIp6Enabled()) {
                config.addAllowedIp(vpn.getIp6Range());
            }
        } else {
            if (vpn.isIp4Enabled()) {
                config.addAllowedIp("0.0.0.0/0");
            }
            if (vpn.isIp6Enabled()) {
                config.addAllowedIp("::/0");
            }
        }
        return config;
    }

    // ------------------------------------------------------------------ pushes

    private List<WgUserVO> desiredPeers(List<WgUserVO> users) {
        List<WgUserVO> peers = new ArrayList<>();
        for (WgUserVO user : users) {
            if (user.isEnabled() && user.getState() != WgUser.State.Revoke) {
                peers.add(user);
            }
        }
        return peers;
    }

    /**
     * Sends the VPN's whole desired state to its routers. Success: the VPN is Running and every user
     * that was in Add is Active. Failure: the VPN is in Error, users keep their state, the exception
     * names the routers and reasons.
     */
    private void push(WgVpnVO vpn) throws ResourceUnavailableException {
        List<WgUserVO> users = wgUserDao.listByVpn(vpn.getId());
        try {
            routerApplier.apply(vpn, desiredPeers(users));
        } catch (ResourceUnavailableException e) {
            markVpn(vpn, WgVpn.State.Error);
            throw e;
        }
        markVpn(vpn, WgVpn.State.Running);
        for (WgUserVO user : users) {
            if (user.getState() == WgUser.State.Add) {
                user.setState(WgUser.State.Active);
                wgUserDao.update(user.getId(), user);
            }
        }
    }

    private void markVpn(WgVpnVO vpn, WgVpn.State state) {
        if (vpn.getState() != state) {
            vpn.setState(state);
            wgVpnDao.update(vpn.getId(), vpn);
        }
    }

    @Override
    public void reapplyForRouter(long routerId) {
        VirtualRouter router = entityManager.findById(VirtualRouter.class, routerId);
        if (router == null) {
            return;
        }
        Map<Long, WgVpnVO> vpns = new LinkedHashMap<>();
        if (router.getVpcId() != null) {
            for (WgVpnVO vpn : wgVpnDao.listByVpc(router.getVpcId())) {
                vpns.put(vpn.getId(), vpn);
            }
        } else {
            List<? extends Network> networks = networkModel.listNetworksUsedByVm(routerId, true);
            if (networks != null) {
                for (Network network : networks) {
                    for (WgVpnVO vpn : wgVpnDao.listByNetwork(network.getId())) {
                        vpns.put(vpn.getId(), vpn);
                    }
                }
            }
        }
        for (WgVpnVO vpn : vpns.values()) {
            if (vpn.getState() == WgVpn.State.Removed) {
                continue;
            }
            try {
                routerApplier.applyTo(router, vpn, desiredPeers(wgUserDao.listByVpn(vpn.getId())));
                LOGGER.info("Pushed WireGuard VPN {} to router {}", vpn.getUuid(), router.getInstanceName());
            } catch (ResourceUnavailableException e) {
                LOGGER.warn("Unable to push WireGuard VPN {} to router {}: {}", vpn.getUuid(), router.getInstanceName(), e.getMessage());
            }
        }
    }

    @Override
    public void removeVpnsOfNetwork(long networkId) {
        for (WgVpnVO vpn : wgVpnDao.listByNetwork(networkId)) {
            dropWithoutPush(vpn);
        }
    }

    @Override
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
        Transaction.execute((TransactionCallbackWithException<Boolean, RuntimeException>)status -> {
            for (WgUserVO user : wgUserDao.listByVpn(vpn.getId())) {
                wgUserDao.remove(user.getId());
            }
            vpn.setState(WgVpn.State.Removed);
            wgVpnDao.update(vpn.getId(), vpn);
            return wgVpnDao.remove(vpn.getId());
        });
        LOGGER.info("Removed WireGuard VPN {} with its network or public IP", vpn.getUuid());
    }
}
