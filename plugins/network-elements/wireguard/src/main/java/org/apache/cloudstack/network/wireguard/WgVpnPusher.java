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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.Network;
import com.cloud.network.NetworkModel;
import com.cloud.network.WgUser;
import com.cloud.network.WgVpn;
import com.cloud.network.dao.WgUserDao;
import com.cloud.network.dao.WgUserVO;
import com.cloud.network.dao.WgVpnDao;
import com.cloud.network.dao.WgVpnVO;
import com.cloud.network.router.VirtualRouter;
import com.cloud.utils.db.EntityManager;

/**
 * Pushes a VPN's whole desired state to its routers and keeps the states in the database in step with
 * the outcome. Every push carries every enabled, not revoked user, so a failed push leaves nothing
 * half-applied (the VPN in Error, a new user in Add) and any later push converges.
 */
public class WgVpnPusher {
    private static final Logger LOGGER = LogManager.getLogger(WgVpnPusher.class);

    @Inject
    private WgVpnDao wgVpnDao;
    @Inject
    private WgUserDao wgUserDao;
    @Inject
    private WgRouterApplier routerApplier;
    @Inject
    private NetworkModel networkModel;
    @Inject
    private EntityManager entityManager;

    /**
     * Success: the VPN is Running and every user that was in Add is Active. Failure: the VPN is in Error,
     * users keep their state, the exception names the routers and reasons.
     */
    public void push(WgVpnVO vpn) throws ResourceUnavailableException {
        List<WgUserVO> users = wgUserDao.listByVpn(vpn.getId());
        try {
            routerApplier.apply(vpn, desiredPeers(users));
        } catch (ResourceUnavailableException e) {
            mark(vpn, WgVpn.State.Error);
            throw e;
        }
        mark(vpn, WgVpn.State.Running);
        for (WgUserVO user : users) {
            if (user.getState() == WgUser.State.Add) {
                user.setState(WgUser.State.Active);
                wgUserDao.update(user.getId(), user);
            }
        }
    }

    public void mark(WgVpnVO vpn, WgVpn.State state) {
        if (vpn.getState() != state) {
            vpn.setState(state);
            wgVpnDao.update(vpn.getId(), vpn);
        }
    }

    /**
     * Pushes every VPN a router serves to that router (it just started or was recreated). Failures are
     * logged: the next change or restart converges.
     */
    public void reapplyForRouter(long routerId) {
        VirtualRouter router = entityManager.findById(VirtualRouter.class, routerId);
        if (router == null) {
            return;
        }
        for (WgVpnVO vpn : vpnsServedBy(router)) {
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

    private List<WgVpnVO> vpnsServedBy(VirtualRouter router) {
        if (router.getVpcId() != null) {
            return wgVpnDao.listByVpc(router.getVpcId());
        }
        Map<Long, WgVpnVO> vpns = new LinkedHashMap<>();
        List<? extends Network> networks = networkModel.listNetworksUsedByVm(router.getId(), true);
        if (networks != null) {
            for (Network network : networks) {
                for (WgVpnVO vpn : wgVpnDao.listByNetwork(network.getId())) {
                    vpns.put(vpn.getId(), vpn);
                }
            }
        }
        return new ArrayList<>(vpns.values());
    }

    private static List<WgUserVO> desiredPeers(List<WgUserVO> users) {
        List<WgUserVO> peers = new ArrayList<>();
        for (WgUserVO user : users) {
            if (user.isEnabled() && user.getState() != WgUser.State.Revoke) {
                peers.add(user);
            }
        }
        return peers;
    }
}
