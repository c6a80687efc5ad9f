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
package org.apache.cloudstack.devcloud.api.command;

import java.util.ArrayList;

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.response.ListResponse;
import org.apache.cloudstack.devcloud.api.response.GuiThemeResponse;

/**
 * No custom themes: the empty list, so the UI keeps its own look. Allowed without credentials.
 */
@APICommand(name = "listGuiThemes", description = "Lists GUI themes.", responseObject = GuiThemeResponse.class, entityType = {}, since = "4.21.0.0",
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListGuiThemesCmd extends BaseListCmd {

    @Override
    public void execute() {
        ListResponse<GuiThemeResponse> response = new ListResponse<>();
        response.setResponses(new ArrayList<>(), 0);
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
