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

import org.apache.cloudstack.devcloud.vr.VrHostManager;

import com.cloud.agent.AgentManager;
import com.cloud.agent.api.Answer;
import com.cloud.agent.api.Command;
import com.cloud.agent.api.routing.NetworkElementCommand;
import com.cloud.agent.manager.Commands;
import com.cloud.exception.AgentUnavailableException;
import com.cloud.utils.component.ManagerBase;

/**
 * The agent of devcloud's single host. Router commands go to the VR agent, which finds the router by the
 * command's router.name access detail as CloudStack's VirtualRoutingResource does; anything else is unsupported.
 */
public class DevCloudAgentManager extends ManagerBase implements AgentManager {
    @Inject
    private VrHostManager host;

    @Override
    public Answer easySend(Long hostId, Command cmd) {
        try {
            Answer answer = send(hostId, cmd);
            return answer != null && answer.getResult() ? answer : null;
        } catch (AgentUnavailableException e) {
            return null;
        }
    }

    @Override
    public Answer send(Long hostId, Command cmd) throws AgentUnavailableException {
        check(hostId);
        if (cmd instanceof NetworkElementCommand) {
            NetworkElementCommand nec = (NetworkElementCommand)cmd;
            return host.execute(nec.getAccessDetail(NetworkElementCommand.ROUTER_NAME), nec);
        }
        return Answer.createUnsupportedCommandAnswer(cmd);
    }

    @Override
    public Answer[] send(Long hostId, Commands cmds) throws AgentUnavailableException {
        check(hostId);
        Command[] commands = cmds.toCommands();
        Answer[] answers = new Answer[commands.length];
        for (int i = 0; i < commands.length; i++) {
            answers[i] = send(hostId, commands[i]);
            if (!answers[i].getResult() && cmds.stopOnError()) {
                for (int j = i + 1; j < commands.length; j++) {
                    answers[j] = new Answer(commands[j], false, "Stopped by previous failure");
                }
                break;
            }
        }
        cmds.setAnswers(answers);
        return answers;
    }

    @Override
    public Answer[] send(Long hostId, Commands cmds, int timeout) throws AgentUnavailableException {
        return send(hostId, cmds);
    }

    private void check(Long hostId) throws AgentUnavailableException {
        if (hostId == null || hostId != VMInstanceVO.HOST_ID) {
            throw new AgentUnavailableException("Host " + hostId + " is not connected", hostId == null ? -1 : hostId);
        }
    }
}
