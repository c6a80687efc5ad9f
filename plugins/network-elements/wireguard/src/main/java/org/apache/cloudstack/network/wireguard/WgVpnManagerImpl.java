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
import org.apache.cloudstack.framework.config.ConfigKey;
import org.apache.cloudstack.framework.config.Configurable;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.event.ActionEvent;
import com.cloud.event.EventTypes;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.network.vpn.WgVpnEventTypes;
import com.cloud.network.vpn.WgVpnService;
import com.cloud.utils.Pair;
import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.component.PluggableService;
import com.cloud.utils.db.DB;
import com.cloud.vm.VirtualMachine;

/**
 * The WireGuard VPN service as CloudStack sees it: the commands and settings it registers, the
 * router state listener, and each service call (with its event) handed to the collaborator doing that
 * job: VPN operations, user operations, list searches, router pushes, responses.
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

    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;
    @Inject
    private WgVpnOperations vpnOperations;
    @Inject
    private WgUserOperations userOperations;
    @Inject
    private WgListQueries listQueries;
    @Inject
    private WgVpnPusher pusher;
    @Inject
    private WgRouterApplier routerApplier;
    @Inject
    private WgResponseBuilder responseBuilder;

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

    // ------------------------------------------------------------------ lookups

    @Override
    public WgVpn getWgVpn(long vpnId) {
        return wgVpnDao.findById(vpnId);
    }

    @Override
    public WgUser getWgUser(long userId) {
        return wgUserDao.findById(userId);
    }

    // ------------------------------------------------------------------ VPNs

    @Override
    @DB
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_CREATE, eventDescription = "creating WireGuard VPN", create = true)
    public WgVpn createWgVpn(final CreateWgVpnCmd cmd) {
        return vpnOperations.create(cmd);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_CREATE, eventDescription = "starting WireGuard VPN", async = true)
    public WgVpn startWgVpn(long vpnId, boolean openFirewall) throws ResourceUnavailableException {
        return vpnOperations.start(vpnId, openFirewall);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_UPDATE, eventDescription = "updating WireGuard VPN", async = true)
    public WgVpn updateWgVpn(UpdateWgVpnCmd cmd) throws ResourceUnavailableException {
        return vpnOperations.update(cmd);
    }

    @Override
    @DB
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_VPN_DELETE, eventDescription = "deleting WireGuard VPN", async = true)
    public boolean deleteWgVpn(long vpnId) throws ResourceUnavailableException {
        return vpnOperations.delete(vpnId);
    }

    @Override
    public ListResponse<WgVpnResponse> listWgVpns(ListWgVpnsCmd cmd) {
        Pair<List<WgVpnVO>, Integer> found = listQueries.searchVpns(cmd);
        List<WgVpnResponse> responses = new ArrayList<>();
        for (WgVpnVO vpn : found.first()) {
            responses.add(responseBuilder.vpnResponse(vpn));
        }
        ListResponse<WgVpnResponse> response = new ListResponse<>();
        response.setResponses(responses, found.second());
        return response;
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
        return userOperations.create(cmd);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_CREATE, eventDescription = "applying WireGuard VPN user", async = true)
    public WgUser applyWgUser(long userId) throws ResourceUnavailableException {
        return userOperations.apply(userId);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_UPDATE, eventDescription = "updating WireGuard VPN user", async = true)
    public WgUser updateWgUser(UpdateWgUserCmd cmd) throws ResourceUnavailableException {
        return userOperations.update(cmd);
    }

    @Override
    @ActionEvent(eventType = WgVpnEventTypes.EVENT_WG_USER_DELETE, eventDescription = "deleting WireGuard VPN user", async = true)
    public boolean deleteWgUser(long userId) throws ResourceUnavailableException {
        return userOperations.delete(userId);
    }

    @Override
    public ListResponse<WgUserResponse> listWgUsers(ListWgUsersCmd cmd) {
        Pair<List<WgUserVO>, Integer> found = listQueries.searchUsers(cmd);
        // one status query per VPN on the page, not per user
        Map<Long, WgVpnVO> vpns = new HashMap<>();
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
        return userOperations.configResponse(userId);
    }

    // ------------------------------------------------------------------ routers, networks and IPs

    @Override
    public void reapplyForRouter(long routerId) {
        pusher.reapplyForRouter(routerId);
    }

    @Override
    public void removeVpnsOfNetwork(long networkId) {
        vpnOperations.removeVpnsOfNetwork(networkId);
    }

    @Override
    public void removeVpnsOnIp(long ipAddressId) {
        vpnOperations.removeVpnsOnIp(ipAddressId);
    }
}
