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
package org.apache.cloudstack.devcloud.network.api.command;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseAsyncCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.devcloud.network.DevCloudNetworkService;
import org.apache.cloudstack.devcloud.network.DomainRouterVO;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService;
import org.apache.cloudstack.devcloud.network.api.response.DomainRouterResponse;

import com.cloud.exception.ResourceUnavailableException;
import com.cloud.user.Account;
import com.cloud.vm.VirtualMachine;

/** An admin command, as in CloudStack. The router is stopped and started: its namespace is built anew. */
@APICommand(name = "rebootRouter", description = "Starts a router.", responseObject = DomainRouterResponse.class, entityType = {VirtualMachine.class},
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class RebootRouterCmd extends BaseAsyncCmd {

    @Inject
    private DevCloudNetworkService networkService;
    @Inject
    private NetworkQueryService queryService;

    @Parameter(name = ApiConstants.ID, type = CommandType.UUID, entityType = DomainRouterResponse.class, required = true, description = "the ID of the router")
    private Long id;

    @Parameter(name = "forced", type = CommandType.BOOLEAN, required = false, description = "Force reboot the router (Router is force Stopped and then Started)",
        since = "4.16.0")
    private Boolean forced;

    public Long getId() {
        return id;
    }

    @Override
    public long getEntityOwnerId() {
        DomainRouterVO router = networkService.getRouter(id);
        return router != null ? router.getAccountId() : Account.ACCOUNT_ID_SYSTEM;
    }

    @Override
    public String getEventType() {
        return DevCloudNetworkService.EVENT_ROUTER_REBOOT;
    }

    @Override
    public String getEventDescription() {
        DomainRouterVO router = networkService.getRouter(id);
        return "rebooting router: " + (router == null ? id : router.getUuid());
    }

    @Override
    public Long getApiResourceId() {
        return id;
    }

    @Override
    public ApiCommandResourceType getApiResourceType() {
        return ApiCommandResourceType.DomainRouter;
    }

    @Override
    public void execute() throws ResourceUnavailableException {
        DomainRouterVO router = networkService.rebootRouter(id);
        DomainRouterResponse response = queryService.routerResponse(router);
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
