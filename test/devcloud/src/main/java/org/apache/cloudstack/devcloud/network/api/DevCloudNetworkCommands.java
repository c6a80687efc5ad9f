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
package org.apache.cloudstack.devcloud.network.api;

import java.util.List;

import org.apache.cloudstack.devcloud.network.api.command.AssociateIPAddrCmd;
import org.apache.cloudstack.devcloud.network.api.command.DisassociateIPAddrCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListFirewallRulesCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListNetworkServiceProvidersCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListNetworksCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListPublicIpAddressesCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListRemoteAccessVpnsCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListRoutersCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListVPCsCmd;
import org.apache.cloudstack.devcloud.network.api.command.ListZonesCmd;
import org.apache.cloudstack.devcloud.network.api.command.RebootRouterCmd;
import org.apache.cloudstack.devcloud.network.api.command.RestartNetworkCmd;

import com.cloud.utils.component.PluggableService;

/** The network-side core commands devcloud serves, registered the way every CloudStack module registers its commands. */
public class DevCloudNetworkCommands implements PluggableService {

    @Override
    public List<Class<?>> getCommands() {
        return List.of(ListZonesCmd.class, ListPublicIpAddressesCmd.class, ListNetworksCmd.class, ListVPCsCmd.class, ListRoutersCmd.class,
            ListNetworkServiceProvidersCmd.class, RestartNetworkCmd.class, RebootRouterCmd.class, ListRemoteAccessVpnsCmd.class, ListFirewallRulesCmd.class, AssociateIPAddrCmd.class,
            DisassociateIPAddrCmd.class);
    }
}
