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

import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.devcloud.network.api.NetworkQueryService;
import org.apache.cloudstack.devcloud.network.api.response.NetworkServiceProviderResponse;

import com.cloud.user.Account;

/**
 * An admin command, as in CloudStack (the UI asks it after every login and ignores the refusal a tenant gets).
 * physicalnetworkid is a uuid in CloudStack; devcloud has no physical_network table, so it is compared as text.
 */
@APICommand(name = "listNetworkServiceProviders", description = "Lists network serviceproviders for a given physical network.",
    responseObject = NetworkServiceProviderResponse.class, since = "3.0.0", requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class ListNetworkServiceProvidersCmd extends BaseListCmd {

    @Inject
    private NetworkQueryService queryService;

    @Parameter(name = "physicalnetworkid", type = CommandType.STRING, description = "the Physical Network ID")
    private String physicalNetworkId;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "list providers by name")
    private String name;

    @Parameter(name = ApiConstants.STATE, type = CommandType.STRING, description = "list providers by state")
    private String state;

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }

    @Override
    public void execute() {
        List<NetworkServiceProviderResponse> all = queryService.listProviders(physicalNetworkId, name, state);
        long from = Math.min(all.size(), getStartIndex() == null ? 0 : getStartIndex());
        long to = getPageSizeVal() == null || getPageSizeVal() <= 0 ? all.size() : Math.min(all.size(), from + getPageSizeVal());
        ListResponse<NetworkServiceProviderResponse> response = new ListResponse<>();
        response.setResponses(all.subList((int)from, (int)to), all.size());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
