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
package org.apache.cloudstack.devcloud.config.command;

import java.util.List;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.Parameter;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.devcloud.config.ConfigurationService;
import org.apache.cloudstack.devcloud.config.response.ConfigurationResponse;
import org.apache.cloudstack.framework.config.impl.ConfigurationVO;

import com.cloud.utils.Pair;

/** CloudStack's listConfigurations (root admin only: no role is listed), for the global scope. */
@APICommand(name = "listConfigurations", description = "Lists all configurations.", responseObject = ConfigurationResponse.class,
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false)
public class ListCfgsByCmd extends BaseListCmd {

    @Inject
    private ConfigurationService configurationService;

    @Parameter(name = "category", type = CommandType.STRING, description = "lists configurations by category")
    private String category;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, description = "lists configuration by name")
    private String configName;

    @Override
    public void execute() {
        Pair<List<ConfigurationVO>, Integer> result = configurationService.searchForConfigurations(configName, category, getKeyword(), getStartIndex(),
            getPageSizeVal());
        ListResponse<ConfigurationResponse> response = new ListResponse<>();
        response.setResponses(configurationService.responses(result.first()), result.second());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
