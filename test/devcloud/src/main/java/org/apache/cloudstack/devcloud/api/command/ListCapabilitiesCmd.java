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

import org.apache.cloudstack.acl.RoleType;
import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.devcloud.api.ApiResponseSerializer;
import org.apache.cloudstack.devcloud.api.response.CapabilitiesResponse;

@APICommand(name = "listCapabilities", description = "Lists capabilities", responseObject = CapabilitiesResponse.class,
    requestHasSensitiveInfo = false, responseHasSensitiveInfo = false,
    authorized = {RoleType.Admin, RoleType.ResourceAdmin, RoleType.DomainAdmin, RoleType.User})
public class ListCapabilitiesCmd extends BaseCmd {

    /** CloudStack's default.ui.page.size. */
    public static final long DEFAULT_UI_PAGE_SIZE = 20;

    @Override
    public void execute() {
        CapabilitiesResponse response = new CapabilitiesResponse();
        response.setSecurityGroupsEnabled(false);
        response.setDynamicRolesEnabled(true);
        response.setCloudStackVersion(ApiResponseSerializer.CLOUDSTACK_VERSION);
        response.setUserPublicTemplateEnabled(true);
        response.setSupportELB("false");
        response.setProjectInviteRequired(false);
        response.setAllowUsersCreateProjects(false);
        response.setDiskOffMinSize(1L);
        response.setDiskOffMaxSize(1024L);
        response.setRegionSecondaryEnabled(false);
        response.setApiLimitInterval(1);
        response.setApiLimitMax(-1);
        response.setAllowUserViewDestroyedVM(false);
        response.setAllowUserExpungeRecoverVM(false);
        response.setAllowUserViewAllDomainAccounts(false);
        response.setKubernetesServiceEnabled(false);
        response.setKubernetesClusterExperimentalFeaturesEnabled(false);
        response.setDefaultUiPageSize(DEFAULT_UI_PAGE_SIZE);
        response.setCustomHypervisorDisplayName("Custom");
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return 0;
    }
}
