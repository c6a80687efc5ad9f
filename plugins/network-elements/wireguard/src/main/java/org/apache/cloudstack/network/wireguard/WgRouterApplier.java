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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusAnswer;
import com.cloud.agent.api.routing.GetWireGuardVpnStatusCommand;
import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.api.routing.WireGuardVpnCfgCommand;
import com.cloud.agent.manager.Commands;
import com.cloud.dc.DataCenter;
import com.cloud.exception.AgentUnavailableException;
import com.cloud.exception.OperationTimedoutException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.network.router.NetworkHelper;
import com.cloud.network.router.VirtualNetworkApplianceManager;
import com.cloud.network.router.VirtualRouter;
import com.cloud.utils.db.EntityManager;
import com.cloud.vm.Nic;
import com.cloud.vm.VirtualMachine;

/**
 * Builds the one agent command carrying a VPN's whole desired state and sends it to each running router
 * of the VPN's network (or VPC), so both routers of a redundant pair get the same configuration and
 * key. Stopped routers are skipped: a router that starts gets the state pushed then (the manager's
 * router state listener).
 */
public class WgRouterApplier {
    private static final Logger LOGGER = LogManager.getLogger(WgRouterApplier.class);

    static final String ANSWER_ID = "wireguardvpn";
    static final String ISOLATED_PUBLIC_INTERFACE = "eth2";
    static final String VPC_PUBLIC_INTERFACE = "eth1";
    static final String DEFAULT_GUEST_INTERFACE = "eth0";
    /** Seconds a status query may take: listWgUsers must not hang on an unreachable router. */
    static final int STATUS_TIMEOUT_SECONDS = 5;

    @Inject
    private VirtualNetworkApplianceManager routerManager;
    @Inject
    private NetworkHelper networkHelper;
    @Inject
    private NetworkModel networkModel;
    @Inject
    private AgentManager agentManager;
    @Inject
    private EntityManager entityManager;

    /**
     * The routers serving the VPN: those of its network, or of its VPC (every tier has the VPC's routers).
     */
    public List<VirtualRouter> routersOf(WgVpn vpn) {
        return vpn.getNetworkId() != null ? routersOfNetwork(vpn.getNetworkId()) : routersOfTiers(tiersOf(vpn));
    }

    /**
     * The routers that would serve a VPN on this target. A VPC's router is found through its tiers (it has
     * a NIC in each tier in use), so a VPC with no tier in use has none yet.
     */
    public List<VirtualRouter> routersOf(WgVpnTarget target) {
        return target.isVpc() ? routersOfTiers(target.getGuestNetworks()) : routersOfNetwork(target.getNetwork().getId());
    }

    private List<VirtualRouter> routersOfNetwork(long networkId) {
        List<VirtualRouter> routers = routerManager.getRoutersForNetwork(networkId);
        return routers == null ? Collections.emptyList() : routers;
    }

    private List<VirtualRouter> routersOfTiers(List<? extends Network> tiers) {
        Map<Long, VirtualRouter> routers = new LinkedHashMap<>();
        for (Network tier : tiers) {
            for (VirtualRouter router : routersOfNetwork(tier.getId())) {
                routers.putIfAbsent(router.getId(), router);
            }
        }
        return new ArrayList<>(routers.values());
    }

    private List<? extends Network> tiersOf(WgVpn vpn) {
        if (vpn.getVpcId() == null) {
            return Collections.emptyList();
        }
        List<? extends Network> tiers = networkModel.listNetworksByVpc(vpn.getVpcId());
        return tiers == null ? Collections.emptyList() : tiers;
    }

    /**
     * Pushes the VPN (with these peers) to every running router of it.
     *
     * @throws ResourceUnavailableException naming each router that failed and why
     */
    public void apply(WgVpnVO vpn, List<WgUserVO> peers) throws ResourceUnavailableException {
        send(vpn, peers, true, routersOf(vpn));
    }

    /** Removes the VPN from every running router of it. */
    public void remove(WgVpnVO vpn) throws ResourceUnavailableException {
        send(vpn, Collections.emptyList(), false, routersOf(vpn));
    }

    /** Pushes the VPN to one router (a router that just started). */
    public void applyTo(VirtualRouter router, WgVpnVO vpn, List<WgUserVO> peers) throws ResourceUnavailableException {
        send(vpn, peers, true, List.of(router));
    }

    private void send(WgVpnVO vpn, List<WgUserVO> peers, boolean create, List<VirtualRouter> routers) throws ResourceUnavailableException {
        List<String> failures = new ArrayList<>();
        long zoneId = 0;
        for (VirtualRouter router : routers) {
            if (router.getState() != VirtualMachine.State.Running) {
                LOGGER.debug("Skipping router {} ({}) for WireGuard VPN {}: it gets the VPN when it starts", router.getInstanceName(), router.getState(), vpn.getUuid());
                continue;
            }
            zoneId = router.getDataCenterId();
            WireGuardVpnCfgCommand cmd = buildCommand(vpn, peers, create, router);
            Commands cmds = new Commands(Command.OnError.Stop);
            cmds.addCommand(ANSWER_ID, cmd);
            try {
                boolean result = networkHelper.sendCommandsToRouter(router, cmds);
                Answer answer = cmds.getAnswer(ANSWER_ID);
                if (!result || answer == null || !answer.getResult()) {
                    failures.add(router.getInstanceName() + ": " + (answer == null || answer.getDetails() == null ? "no answer" : answer.getDetails()));
                }
            } catch (AgentUnavailableException e) {
                failures.add(router.getInstanceName() + ": agent unavailable (" + e.getMessage() + ")");
            } catch (ResourceUnavailableException e) {
                failures.add(router.getInstanceName() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            String message = (create ? "Failed to apply" : "Failed to remove") + " WireGuard VPN " + vpn.getUuid() + " on router " + String.join("; ", failures);
            LOGGER.warn(message);
            throw new ResourceUnavailableException(message, DataCenter.class, zoneId);
        }
    }

    /**
     * The command for one router: interface names come from that router (public eth2 on an isolated
     * network's router, eth1 on a VPC router; guest interfaces from its NIC device ids).
     */
    WireGuardVpnCfgCommand buildCommand(WgVpnVO vpn, List<WgUserVO> peers, boolean create, VirtualRouter router) {
        WireGuardVpnCfgCommand cmd = new WireGuardVpnCfgCommand(vpn.getUuid(), create);
        IpAddress ip = networkModel.getIp(vpn.getServerAddressId());
        cmd.setPublicIp(ip == null ? null : ip.getAddress().addr());
        cmd.setListenPort(vpn.getPort());
        List<String> guestInterfaces = new ArrayList<>();
        List<String> localCidrs = new ArrayList<>();
        Long guestNetworkId;
        if (vpn.getVpcId() != null) {
            cmd.setPublicInterface(VPC_PUBLIC_INTERFACE);
            guestNetworkId = null;
            for (Network tier : tiersOf(vpn)) {
                Nic nic = networkModel.getNicInNetwork(router.getId(), tier.getId());
                if (nic == null) {
                    continue;
                }
                guestNetworkId = guestNetworkId == null ? tier.getId() : guestNetworkId;
                guestInterfaces.add("eth" + nic.getDeviceId());
                addCidrs(localCidrs, tier, vpn);
            }
        } else {
            cmd.setPublicInterface(ISOLATED_PUBLIC_INTERFACE);
            guestNetworkId = vpn.getNetworkId();
            Network network = networkModel.getNetwork(vpn.getNetworkId());
            Nic nic = networkModel.getNicInNetwork(router.getId(), vpn.getNetworkId());
            guestInterfaces.add(nic == null ? DEFAULT_GUEST_INTERFACE : "eth" + nic.getDeviceId());
            if (network != null) {
                addCidrs(localCidrs, network, vpn);
                if (vpn.isIp6Enabled()) {
                    cmd.setPublicIp6(network.getRouterIpv6());
                }
            }
        }
        cmd.setGuestInterfaces(guestInterfaces);
        cmd.setLocalCidrs(localCidrs);
        if (create) {
            cmd.setMtu(vpn.getMtu() == null ? WgVpnManagerImpl.DefaultMtu.value() : vpn.getMtu());
            cmd.setPrivateKey(vpn.getPrivateKey());
            if (vpn.isIp4Enabled()) {
                cmd.setIp4Address(vpn.getIp4Address() + "/" + WgCidr.parse(vpn.getIp4Range()).getPrefix());
            }
            if (vpn.isIp6Enabled()) {
                cmd.setIp6Address(vpn.getIp6Address() + "/" + WgCidr.parse(vpn.getIp6Range()).getPrefix());
            }
            List<WireGuardVpnCfgCommand.Peer> cmdPeers = new ArrayList<>();
            for (WgUserVO peer : peers) {
                cmdPeers.add(new WireGuardVpnCfgCommand.Peer(peer.getPublicKey(), peer.getPresharedKey(), vpn.isIp4Enabled() ? peer.getIp4Address() : null,
                        vpn.isIp6Enabled() ? peer.getIp6Address() : null, true, !peer.isSplitTunnel()));
            }
            cmd.setPeers(cmdPeers);
        }
        setAccessDetails(cmd, router, guestNetworkId);
        return cmd;
    }

    private static void addCidrs(List<String> cidrs, Network network, WgVpn vpn) {
        if (vpn.isIp4Enabled() && network.getCidr() != null) {
            cidrs.add(network.getCidr());
        }
        if (vpn.isIp6Enabled() && network.getIp6Cidr() != null) {
            cidrs.add(network.getIp6Cidr());
        }
    }

    // As CommandSetupHelper stamps every router command: the control address the agent reaches the
    // router on (a router's private IP is its control NIC's address), its name, guest IP and zone type.
    private void setAccessDetails(NetworkElementCommand cmd, VirtualRouter router, Long guestNetworkId) {
        cmd.setAccessDetail(NetworkElementCommand.ROUTER_IP, router.getPrivateIpAddress());
        cmd.setAccessDetail(NetworkElementCommand.ROUTER_NAME, router.getInstanceName());
        if (guestNetworkId != null) {
            cmd.setAccessDetail(NetworkElementCommand.ROUTER_GUEST_IP, networkModel.getIpInNetwork(router.getId(), guestNetworkId));
        }
        DataCenter zone = entityManager.findById(DataCenter.class, router.getDataCenterId());
        if (zone != null && zone.getNetworkType() != null) {
            cmd.setAccessDetail(NetworkElementCommand.ZONE_NETWORK_TYPE, zone.getNetworkType().toString());
        }
    }

    /**
     * The live state of the VPN's peers, by public key, from one running router (the primary of a
     * redundant pair when known). Empty when no router answers in time: the caller then shows no live
     * fields rather than failing.
     */
    public Map<String, GetWireGuardVpnStatusAnswer.PeerStatus> queryStatus(WgVpn vpn) {
        VirtualRouter target = null;
        for (VirtualRouter router : routersOf(vpn)) {
            if (router.getState() != VirtualMachine.State.Running || router.getHostId() == null) {
                continue;
            }
            if (target == null || router.getRedundantState() == VirtualRouter.RedundantState.PRIMARY) {
                target = router;
            }
        }
        if (target == null) {
            return Collections.emptyMap();
        }
        GetWireGuardVpnStatusCommand cmd = new GetWireGuardVpnStatusCommand(List.of(vpn.getUuid()));
        setAccessDetails(cmd, target, vpn.getNetworkId());
        cmd.setWait(STATUS_TIMEOUT_SECONDS);
        Commands cmds = new Commands(cmd);
        Answer[] answers;
        try {
            answers = agentManager.send(target.getHostId(), cmds, STATUS_TIMEOUT_SECONDS);
        } catch (AgentUnavailableException | OperationTimedoutException e) {
            LOGGER.debug("No WireGuard status from router {}: {}", target.getInstanceName(), e.getMessage());
            return Collections.emptyMap();
        }
        Map<String, GetWireGuardVpnStatusAnswer.PeerStatus> peers = new HashMap<>();
        if (answers == null) {
            return peers;
        }
        for (Answer answer : answers) {
            if (!(answer instanceof GetWireGuardVpnStatusAnswer) || !answer.getResult()) {
                continue;
            }
            for (GetWireGuardVpnStatusAnswer.VpnStatus status : ((GetWireGuardVpnStatusAnswer)answer).getVpns()) {
                if (vpn.getUuid().equals(status.getVpnUuid())) {
                    for (GetWireGuardVpnStatusAnswer.PeerStatus peer : status.getPeers()) {
                        peers.put(peer.getPublicKey(), peer);
                    }
                }
            }
        }
        return peers;
    }
}
