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
import java.util.List;

import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.agent.api.routing.WireGuardVpnCfgCommand;
import com.cloud.agent.manager.Commands;
import com.cloud.network.router.NetworkHelper;
import com.cloud.network.router.VirtualRouter;

/**
 * Stands in for the routers: records every WireGuard command sent and answers as a router would,
 * successfully or with the failure the test asks for.
 */
class RecordingNetworkHelper implements NetworkHelper {

    final List<WireGuardVpnCfgCommand> sent = Collections.synchronizedList(new ArrayList<>());
    volatile String failWith;

    @Override
    public boolean sendCommandsToRouter(VirtualRouter router, Commands cmds) {
        Command[] commands = cmds.toCommands();
        Answer[] answers = new Answer[commands.length];
        for (int i = 0; i < commands.length; i++) {
            if (commands[i] instanceof WireGuardVpnCfgCommand) {
                sent.add((WireGuardVpnCfgCommand)commands[i]);
            }
            answers[i] = new Answer(commands[i], failWith == null, failWith);
        }
        cmds.setAnswers(answers);
        return failWith == null;
    }

    @Override
    public void handleSingleWorkingRedundantRouter(List<? extends VirtualRouter> connectedRouters, List<? extends VirtualRouter> disconnectedRouters, String reason) {
    }

    @Override
    public boolean checkRouterVersion(VirtualRouter router) {
        return true;
    }

    WireGuardVpnCfgCommand last() {
        return sent.get(sent.size() - 1);
    }
}
