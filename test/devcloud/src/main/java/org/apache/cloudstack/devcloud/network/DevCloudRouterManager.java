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
package org.apache.cloudstack.devcloud.network;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.devcloud.vr.RouterSpec;
import org.apache.cloudstack.devcloud.vr.VrHostManager;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.router.VirtualNetworkApplianceManager;
import com.cloud.network.router.VirtualRouter;
import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.utils.fsm.NoTransitionException;
import com.cloud.vm.VirtualMachine;
import com.cloud.vm.VirtualMachine.Event;
import com.cloud.vm.VirtualMachine.State;

/**
 * Routers of devcloud's isolated networks. Starting a router builds its namespace from nothing (a VR boots with
 * no state) and moves it Stopped -> Starting -> Running through CloudStack's VM state machine, so listeners that
 * plugins registered (WireGuard re-applies its VPNs when a DomainRouter reaches Running) fire as in CloudStack.
 * Stopping moves it Running -> Stopping -> Stopped and removes the namespace, its processes and state folders.
 */
public class DevCloudRouterManager extends ManagerBase implements VirtualNetworkApplianceManager {
    private static final Logger LOGGER = LogManager.getLogger(DevCloudRouterManager.class);

    @Inject
    private DomainRouterDaoImpl routerDao;
    @Inject
    private NetworkDaoImpl networkDao;
    @Inject
    private GuestVmDaoImpl guestVmDao;
    @Inject
    private VrHostManager host;
    @Inject
    private DevCloudFirewallManager firewallManager;
    @Inject
    private RemoteAccessVpnDaoImpl remoteAccessVpnDao;
    @Inject
    private IPAddressDaoImpl ipAddressDao;

    @Override
    public List<VirtualRouter> getRoutersForNetwork(long networkId) {
        return new ArrayList<>(routerDao.listByNetwork(networkId));
    }

    public List<DomainRouterVO> listRouters() {
        return routerDao.listRouters();
    }

    /** Rebuilds a router from nothing: stop (namespace and state removed), then start. restartNetwork cleanup=true and rebootRouter. */
    public synchronized DomainRouterVO recreate(long routerId) {
        DomainRouterVO router = routerDao.findById(routerId);
        if (router == null) {
            throw new CloudRuntimeException("Unable to find router " + routerId);
        }
        stop(router);
        return start(router);
    }

    public void stop(DomainRouterVO router) {
        if (router.getState() == State.Running) {
            transit(router, Event.StopRequested, null);
            host.destroyRouter(router.getId());
            transit(router, Event.OperationSucceeded, null);
        } else {
            host.destroyRouter(router.getId());
            if (router.getState() == State.Starting || router.getState() == State.Stopping) {
                transit(router, Event.OperationFailed, null);
            }
        }
    }

    /**
     * Starts a router from nothing: Stopped -> Starting, the namespace built, the IP's ingress firewall rules applied
     * (CloudStack re-applies a network's rules to a starting VR before it is Running), then Running. The listeners on
     * the VM state machine (WireGuard's) see the Running transition and push their own configuration.
     */
    public DomainRouterVO start(DomainRouterVO router) {
        if (router.getState() != State.Stopped) {
            stop(router);
        }
        transit(router, Event.StartRequested, VMInstanceVO.HOST_ID);
        try {
            host.buildRouter(specOf(router));
            firewallManager.pushIngressRules(router);
        } catch (RuntimeException | ResourceUnavailableException e) {
            host.destroyRouter(router.getId());
            transit(router, Event.OperationFailed, null);
            throw e instanceof RuntimeException ? (RuntimeException)e : new CloudRuntimeException(e.getMessage(), e);
        }
        transit(router, Event.OperationSucceeded, VMInstanceVO.HOST_ID);
        return router;
    }

    /**
     * restartNetwork: with cleanup every router of the network is destroyed and built anew (its state on the VR is
     * gone, its configuration comes back from the database); without, running routers get their rules again and
     * stopped ones are started, as implementing the network does.
     */
    public void restartNetwork(long networkId, boolean cleanup) throws ResourceUnavailableException {
        for (DomainRouterVO router : routerDao.listByNetwork(networkId)) {
            if (cleanup || router.getState() != State.Running) {
                LOGGER.info("Restarting network {}: {} router {}", networkId, cleanup ? "recreating" : "starting", router.getInstanceName());
                recreate(router.getId());
            } else {
                LOGGER.info("Restarting network {}: re-applying the rules of router {}", networkId, router.getInstanceName());
                firewallManager.pushIngressRules(router);
            }
        }
    }

    RouterSpec specOf(DomainRouterVO router) {
        NetworkVO network = networkDao.findById(router.getNetworkId());
        VMInstanceVO vm = guestVmDao.findInNetwork(network);
        String vmNetns = vm == null || host.getGuestVm(vm.getId()) == null ? null : host.getGuestVm(vm.getId()).getNetns();
        RouterSpec spec = new RouterSpec(router.getId(), router.getInstanceName(), network.getCidr(), network.getGateway(), router.getPublicIpAddress(),
            vmNetns, vm == null ? null : vm.getPrivateIpAddress());
        // a rebuilt router carries every public IP of its network again, as the IpAssocCommand of a starting VR does
        List<String> secondary = new ArrayList<>();
        for (IPAddressVO ip : ipAddressDao.listOnRouters(network.getId())) {
            if (!ip.getAddressString().equals(router.getPublicIpAddress())) {
                secondary.add(ip.getAddressString());
            }
        }
        spec.withSecondaryPublicIps(secondary);
        for (RemoteAccessVpnVO vpn : remoteAccessVpnDao.listByNetwork(network.getId())) {
            if (vpn.getState() == RemoteAccessVpnVO.State.Running) {
                spec.withL2tpVpn(vpn.getLocalIp());
            }
        }
        return spec;
    }

    private void transit(DomainRouterVO router, Event event, Long hostId) {
        try {
            if (!VirtualMachine.State.getStateMachine().transitTo(router, event, hostId, routerDao)) {
                throw new CloudRuntimeException("Router " + router.getInstanceName() + " changed state concurrently during " + event);
            }
        } catch (NoTransitionException e) {
            throw new CloudRuntimeException("Router " + router.getInstanceName() + ": " + e.getMessage(), e);
        }
    }
}
