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
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.dc.DataCenter;
import com.cloud.event.ActionEvent;
import com.cloud.exception.InvalidParameterValueException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.Network;
import com.cloud.user.Account;
import com.cloud.user.AccountManager;
import com.cloud.utils.component.ManagerBase;
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
}
