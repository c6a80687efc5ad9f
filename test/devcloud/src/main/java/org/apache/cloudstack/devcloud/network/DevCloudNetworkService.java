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

import javax.inject.Inject;

import org.apache.cloudstack.context.CallContext;
import org.apache.cloudstack.devcloud.vr.RouterNamespace;
import org.apache.cloudstack.devcloud.vr.VrHostManager;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.dc.DataCenter;
import com.cloud.event.ActionEvent;
import com.cloud.event.EventTypes;
import com.cloud.exception.InsufficientAddressCapacityException;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.IpAddress;
import com.cloud.network.Network;
import com.cloud.network.Networks;
import com.cloud.network.rules.FirewallRule;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.component.ManagerBase;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallbackWithException;
import com.cloud.utils.exception.CloudRuntimeException;
import com.cloud.vm.VirtualMachine;

/**
 * The network-side operations of the API (NetworkService.restartNetwork, VirtualNetworkApplianceService.rebootRouter)
 * with CloudStack's checks and error texts, recorded as action events.
 */
public class DevCloudNetworkService extends ManagerBase {
    private static final Logger LOGGER = LogManager.getLogger(DevCloudNetworkService.class);
    public static final String EVENT_NETWORK_RESTART = "NETWORK.RESTART";
    public static final String EVENT_ROUTER_REBOOT = "ROUTER.REBOOT";

    @Inject
    private NetworkDaoImpl networkDao;
    @Inject
    private DomainRouterDaoImpl routerDao;
    @Inject
    private DevCloudRouterManager routerManager;
    @Inject
    private AccountManager accountManager;
    @Inject
    private IPAddressDaoImpl ipAddressDao;
    @Inject
    private FirewallRulesDaoImpl rulesDao;
    @Inject
    private RemoteAccessVpnDaoImpl remoteAccessVpnDao;
    @Inject
    private VrHostManager host;

    public NetworkVO getNetwork(long networkId) {
        return networkDao.findById(networkId);
    }

    public DomainRouterVO getRouter(long routerId) {
        return routerDao.findById(routerId);
    }

    @ActionEvent(eventType = EVENT_NETWORK_RESTART, eventDescription = "restarting network", async = true)
    public boolean restartNetwork(long networkId, boolean cleanup) throws ResourceUnavailableException {
        NetworkVO network = networkDao.findById(networkId);
        if (network == null) {
            throw new InvalidParameterValueException("Network with specified id doesn't exist");
        }
        if (network.getState() != Network.State.Implemented && network.getState() != Network.State.Setup) {
            throw new InvalidParameterValueException("Network is not in the right state to be restarted. Correct states are: " + Network.State.Implemented + ", "
                + Network.State.Setup);
        }
        Account caller = CallContext.current().getCallingAccount();
        accountManager.checkAccess(caller, null, true, network);
        LOGGER.info("Restarting network {} ({}) with cleanup={}", network.getName(), network.getUuid(), cleanup);
        routerManager.restartNetwork(networkId, cleanup);
        return true;
    }

    /** CloudStack reboots a VR by stopping and starting it; here the namespace is built anew in between. */
    @ActionEvent(eventType = EVENT_ROUTER_REBOOT, eventDescription = "rebooting router Vm", async = true)
    public DomainRouterVO rebootRouter(long routerId) throws ResourceUnavailableException {
        DomainRouterVO router = routerDao.findById(routerId);
        if (router == null) {
            throw new InvalidParameterValueException("Unable to find domain router with id " + routerId + ".");
        }
        accountManager.checkAccess(CallContext.current().getCallingAccount(), null, true, router);
        if (router.getState() != VirtualMachine.State.Running) {
            throw new ResourceUnavailableException("Unable to reboot domR, it is not in right state " + router.getState(), DataCenter.class,
                router.getDataCenterId());
        }
        LOGGER.info("Stopping and starting router {} as a part of router reboot", router.getInstanceName());
        return routerManager.recreate(routerId);
    }

    public IPAddressVO getIp(long ipId) {
        return ipAddressDao.findById(ipId);
    }

    /**
     * associateIpAddress, create step (NetworkService.allocateIP): the zone's next free public IP becomes the network
     * owner's, in state Allocating until the job has put it on the network's router. A network the caller may not
     * use is refused, as is an empty pool (CloudStack's "Insufficient address capacity").
     */
    @ActionEvent(eventType = EventTypes.EVENT_NET_IP_ASSIGN, eventDescription = "allocating Ip", create = true)
    public IPAddressVO allocateIp(long networkId) throws InsufficientAddressCapacityException {
        NetworkVO network = networkDao.findById(networkId);
        if (network == null || network.getTrafficType() != Networks.TrafficType.Guest) {
            throw new InvalidParameterValueException("Unable to find network by id");
        }
        Account caller = CallContext.current().getCallingAccount();
        accountManager.checkAccess(caller, null, true, network);
        IPAddressVO ip = Transaction.execute((TransactionCallbackWithException<IPAddressVO, InsufficientAddressCapacityException>)status -> {
            for (IPAddressVO free : ipAddressDao.listFree(network.getDataCenterId())) {
                // another create may have taken it since the list was read
                IPAddressVO locked = ipAddressDao.lockRow(free.getId(), true);
                if (locked != null && locked.getState() == IpAddress.State.Free) {
                    locked.reserveFor(network.getAccountId(), network.getDomainId());
                    ipAddressDao.update(locked.getId(), locked);
                    return locked;
                }
            }
            throw new InsufficientAddressCapacityException("Insufficient address capacity", DataCenter.class, network.getDataCenterId());
        });
        CallContext.current().setEventDetails("Ip Id: " + ip.getUuid());
        LOGGER.info("Allocated public IP {} for network {} ({})", ip.getAddressString(), network.getName(), network.getUuid());
        return ip;
    }

    /**
     * associateIpAddress, job step (NetworkService.associateIPToNetwork): what CloudStack's IpAssocCommand does on the
     * network's running routers -- the address on their public interface with its firewall chain -- then the IP is
     * Allocated. A router that is not running gets it when it starts. On failure the IP goes back to the pool.
     */
    @ActionEvent(eventType = EventTypes.EVENT_NET_IP_ASSIGN, eventDescription = "associating Ip", async = true)
    public IPAddressVO associateIpToNetwork(long ipId, long networkId) throws ResourceUnavailableException {
        IPAddressVO ip = ipAddressDao.findById(ipId);
        NetworkVO network = networkDao.findById(networkId);
        if (ip == null || network == null || ip.getState() != IpAddress.State.Allocating) {
            throw new CloudRuntimeException("Public IP " + (ip == null ? ipId : ip.getUuid()) + " is not being allocated");
        }
        ip.associateWithNetwork(networkId);
        ipAddressDao.update(ip.getId(), ip);
        try {
            for (DomainRouterVO router : routerDao.listByNetwork(networkId)) {
                RouterNamespace ns = host.getRouter(router.getId());
                if (router.getState() == VirtualMachine.State.Running && ns != null) {
                    ns.addPublicIp(ip.getAddressString());
                }
            }
        } catch (RuntimeException e) {
            LOGGER.warn("Failed to associate ip address {} to network {}: {}", ip.getAddressString(), network.getUuid(), e.getMessage());
            removeFromRouters(ip, networkId);
            ip.release();
            ipAddressDao.update(ip.getId(), ip);
            throw new ResourceUnavailableException("Failed to associate ip address " + ip.getAddressString() + " to network " + network.getName(),
                DataCenter.class, network.getDataCenterId());
        }
        ip.setState(IpAddress.State.Allocated);
        ipAddressDao.update(ip.getId(), ip);
        LOGGER.info("Public IP {} is on the router(s) of network {}", ip.getAddressString(), network.getName());
        return ip;
    }

    /**
     * disassociateIpAddress (NetworkService.releaseIpAddress): CloudStack's checks and texts -- the owner's or an
     * admin's IP only, never the source NAT IP, and not while rules use it (a VPN, WireGuard's included, holds a
     * rule on its port: delete the VPN first); then the address leaves the routers and returns to the pool.
     */
    @ActionEvent(eventType = EventTypes.EVENT_NET_IP_RELEASE, eventDescription = "disassociating Ip", async = true)
    public boolean releaseIp(long ipId) throws ResourceUnavailableException {
        IPAddressVO ip = ipAddressDao.findById(ipId);
        if (ip == null) {
            throw new InvalidParameterValueException("Unable to find ip address by id");
        }
        if (ip.getAllocatedTime() == null) {
            LOGGER.debug("Ip Address id= {} is not allocated, so do nothing.", ip.getUuid());
            return true;
        }
        if (ip.getAllocatedToAccountId() != null) {
            accountManager.checkAccess(CallContext.current().getCallingAccount(), null, true, ip);
        }
        if (ip.isSourceNat()) {
            throw new IllegalArgumentException("ip address is used for source nat purposes and can not be disassociated.");
        }
        Long networkId = ip.getAssociatedWithNetworkId();
        if (networkId != null && (hasLiveRules(ip) || remoteAccessVpnDao.findByPublicIpAddress(ip.getId()) != null)) {
            NetworkVO network = networkDao.findById(networkId);
            // CloudStack's text for an IP leaving a network that still has services and rules on it (IpAddressManagerImpl)
            throw new InvalidParameterValueException("IP " + ip + " has services and rules associated in the network "
                + (network == null ? networkId : network.getUuid()));
        }
        if (networkId != null) {
            removeFromRouters(ip, networkId);
        }
        ip.release();
        ipAddressDao.update(ip.getId(), ip);
        LOGGER.info("Released public IP {}", ip.getAddressString());
        return true;
    }

    private boolean hasLiveRules(IPAddressVO ip) {
        for (FirewallRuleVO rule : rulesDao.listByIp(ip.getId())) {
            if (rule.getState() != FirewallRule.State.Revoke) {
                return true;
            }
        }
        return false;
    }

    private void removeFromRouters(IPAddressVO ip, long networkId) {
        for (DomainRouterVO router : routerDao.listByNetwork(networkId)) {
            RouterNamespace ns = host.getRouter(router.getId());
            if (ns != null && ns.exists()) {
                ns.removePublicIp(ip.getAddressString());
            }
        }
    }
}
