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

/** One service of a network (CloudStack's ServiceResponse): its name, providers and capabilities. */
public class NetworkServiceResponse extends BaseResponse {
    @SerializedName("name")
    @Param(description = "the service name")
    private String name;

    @SerializedName("provider")
    @Param(description = "the service provider name", responseObject = NetworkServiceProviderResponse.class)
    private List<NetworkServiceProviderResponse> providers;

    @SerializedName("capability")
    @Param(description = "the list of capabilities", responseObject = CapabilityResponse.class)
    private List<CapabilityResponse> capabilities;

    public NetworkServiceResponse() {
        setObjectName("service");
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setProviders(List<NetworkServiceProviderResponse> providers) {
        this.providers = providers;
    }

    public void setCapabilities(List<CapabilityResponse> capabilities) {
        this.capabilities = capabilities;
    }
}
