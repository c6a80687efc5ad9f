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

import java.util.List;

import javax.inject.Inject;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.manager.Commands;
import com.cloud.dc.DataCenter;
import com.cloud.exception.AgentUnavailableException;
import com.cloud.exception.OperationTimedoutException;
import com.cloud.exception.ResourceUnavailableException;
import com.cloud.network.router.NetworkHelper;
import com.cloud.network.router.VirtualRouter;
import com.cloud.vm.VirtualMachine;

/** NetworkHelperImpl.sendCommandsToRouter's contract: only a Running router is sent to; the result is "every answer succeeded". */
public class DevCloudNetworkHelper implements NetworkHelper {
    @Inject
    private AgentManager agentManager;

    @Override
    public boolean sendCommandsToRouter(VirtualRouter router, Commands cmds) throws AgentUnavailableException, ResourceUnavailableException {
        if (router.getState() != VirtualMachine.State.Running) {
            throw new ResourceUnavailableException("Unable to send commands to virtual router " + router.getInstanceName() + " in state "
                + router.getState(), DataCenter.class, router.getDataCenterId());
        }
        for (com.cloud.agent.api.Command c : cmds) {
            if (c instanceof NetworkElementCommand && ((NetworkElementCommand)c).getAccessDetail(NetworkElementCommand.ROUTER_NAME) == null) {
                ((NetworkElementCommand)c).setAccessDetail(NetworkElementCommand.ROUTER_NAME, router.getInstanceName());
            }
        }
        Answer[] answers;
        try {
            answers = agentManager.send(router.getHostId(), cmds);
        } catch (OperationTimedoutException e) {
            throw new AgentUnavailableException("Unable to send commands to virtual router ", router.getHostId(), e);
        }
        if (answers == null || answers.length != cmds.size()) {
            return false;
        }
        for (Answer answer : answers) {
            if (answer == null || !answer.getResult()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void handleSingleWorkingRedundantRouter(List<? extends VirtualRouter> connectedRouters, List<? extends VirtualRouter> disconnectedRouters,
        String reason) {
        // devcloud's isolated networks have one router: never redundant
    }

    @Override
    public boolean checkRouterVersion(VirtualRouter router) {
        return true;
    }
}
