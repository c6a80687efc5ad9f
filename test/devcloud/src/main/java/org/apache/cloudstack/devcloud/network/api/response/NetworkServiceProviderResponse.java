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
package org.apache.cloudstack.devcloud.network.api.response;

import java.util.List;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/**
 * A network service provider (CloudStack's ProviderResponse): what listNetworkServiceProviders lists (object name
 * networkserviceprovider), and, with the name only, a provider of a network's service in listNetworks.
 */
public class NetworkServiceProviderResponse extends BaseResponse {
    @SerializedName("name")
    @Param(description = "the provider name")
    private String name;

    @SerializedName("physicalnetworkid")
    @Param(description = "the physical network this belongs to")
    private String physicalNetworkId;

    @SerializedName("destinationphysicalnetworkid")
    @Param(description = "the destination physical network")
    private String destinationPhysicalNetworkId;

    @SerializedName("state")
    @Param(description = "state of the network provider")
    private String state;

    @SerializedName("id")
    @Param(description = "uuid of the network provider")
    private String id;

    @SerializedName("servicelist")
    @Param(description = "services for this provider")
    private List<String> services;

    @SerializedName("canenableindividualservice")
    @Param(description = "true if individual services can be enabled/disabled")
    private Boolean canEnableIndividualServices;

    public NetworkServiceProviderResponse() {
        setObjectName("networkserviceprovider");
    }

    /** The provider of a network's service, as listNetworks nests it: the name alone. */
    public static NetworkServiceProviderResponse named(String name) {
        NetworkServiceProviderResponse r = new NetworkServiceProviderResponse();
        r.name = name;
        r.setObjectName("provider");
        return r;
    }

    @Override
    public String getObjectId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setPhysicalNetworkId(String physicalNetworkId) {
        this.physicalNetworkId = physicalNetworkId;
    }

    public void setState(String state) {
        this.state = state;
    }

    public void setId(String id) {
        this.id = id;
    }

    public void setServices(List<String> services) {
        this.services = services;
    }

    public void setCanEnableIndividualServices(Boolean canEnableIndividualServices) {
        this.canEnableIndividualServices = canEnableIndividualServices;
    }
}
