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
package org.apache.cloudstack.devcloud.api;

import java.util.List;

import org.apache.cloudstack.devcloud.api.command.CloudianIsEnabledCmd;
import org.apache.cloudstack.devcloud.api.command.ListAccountsCmd;
import org.apache.cloudstack.devcloud.api.command.ListApisCmd;
import org.apache.cloudstack.devcloud.api.command.ListAsyncJobsCmd;
import org.apache.cloudstack.devcloud.api.command.ListCapabilitiesCmd;
import org.apache.cloudstack.devcloud.api.command.ListDomainsCmd;
import org.apache.cloudstack.devcloud.api.command.ListEventsCmd;
import org.apache.cloudstack.devcloud.api.command.ListGuiThemesCmd;
import org.apache.cloudstack.devcloud.api.command.ListIdpsCmd;
import org.apache.cloudstack.devcloud.api.command.ListLdapConfigurationsCmd;
import org.apache.cloudstack.devcloud.api.command.ListOauthProviderCmd;
import org.apache.cloudstack.devcloud.api.command.ListUsersCmd;
import org.apache.cloudstack.devcloud.api.command.LoginCmd;
import org.apache.cloudstack.devcloud.api.command.LogoutCmd;
import org.apache.cloudstack.devcloud.api.command.QueryAsyncJobResultCmd;

import com.cloud.utils.component.PluggableService;

/**
 * The account-side core commands devcloud serves, registered the way every CloudStack module
 * registers its commands.
 */
public class DevCloudApiCommands implements PluggableService {

    @Override
    public List<Class<?>> getCommands() {
        return List.of(LoginCmd.class, LogoutCmd.class, ListApisCmd.class, ListCapabilitiesCmd.class, ListUsersCmd.class, ListAccountsCmd.class,
            ListDomainsCmd.class, ListLdapConfigurationsCmd.class, CloudianIsEnabledCmd.class, ListIdpsCmd.class, ListGuiThemesCmd.class,
            ListOauthProviderCmd.class, QueryAsyncJobResultCmd.class, ListAsyncJobsCmd.class, ListEventsCmd.class);
    }
}
